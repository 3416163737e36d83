import assert from "node:assert/strict";
import { buildLedger } from "../../src/ledger/build";
import { book } from "../support/book";

describe("a summary beside the ledger in its header row", () => {
  it("is not part of the ledger past the empty column, and its totals do not hide ledger rows", () => {
    const { ledger, findings } = buildLedger(
      book({
        Pikassos: [
          ["Pvm", "Nro", "Ajalta", "Summa", "Huom", null, "Kumppani", "Yhteensä"],
          [41671, 101, "1/2014", 100, null, null, "Pikassos", 300],
          [41700, 102, "2/2014", 200, "myöhässä", null, "Yhteensä", 300],
        ],
        Kumppanit: [
          ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy"],
          ["Pikassos", "kuukausi", "1.1.2014", "31.12.2014"],
        ],
      }),
    );
    assert.deepEqual(
      ledger.invoices.map((i) => [i.partner, i.number, i.net]),
      [
        ["Pikassos", "101", 10_000],
        ["Pikassos", "102", 20_000],
      ],
    );
    assert.deepEqual(Object.keys(ledger.tables.invoices[0].columns).sort(), ["date", "net", "number", "period"]);
    assert.deepEqual(findings, []);
  });

  it("keeps a table's own columns past an empty column", () => {
    const { ledger, findings } = buildLedger(
      book({
        Laskut: [
          ["Pvm", "Laskuttaja", "Ajalta", "Summa", null, "Asiatarkastaja", "Hyväksyjä"],
          [41671, "Verso", "1/2014", 100, null, "A", "B"],
        ],
      }),
    );
    assert.deepEqual(
      ledger.invoices.map((i) => [i.checker, i.approver]),
      [["A", "B"]],
    );
    assert.deepEqual(findings, []);
  });
});
