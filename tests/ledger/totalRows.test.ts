import assert from "node:assert/strict";
import { buildLedger } from "../../src/ledger/build";
import { book } from "../support/book";

describe("total and subtotal rows inside a table", () => {
  const header = ["Pvm", "Laskuttaja", "Laskun nro", "Ajalta", "Summa €"];
  const rows = (extra: unknown[][]) => buildLedger(book({ Laskut: [header, [41671, "Verso", "V-1", "1/2014", 100], ...extra] as never }));

  it("skips a subtotal whose label has the total word first or last", () => {
    for (const label of ["Yhteensä tammikuu", "Tammikuu yhteensä", "Verso yht.", "Välisumma 1/2014", "Totalt januari", "KAIKKI YHTEENSÄ"]) {
      const { ledger, findings } = rows([[label, null, null, null, 100]]);
      assert.equal(ledger.invoices.length, 1, label);
      assert.deepEqual(findings, [], label);
    }
  });

  it("skips a subtotal labelled left of the table, and an unlabelled sum", () => {
    const { ledger, findings } = buildLedger(
      book({
        Laskut: [
          [null, ...header],
          [null, 41671, "Verso", "V-1", "1/2014", 100],
          ["Yhteensä tammikuu", null, null, null, null, 100],
          [null, null, null, null, null, 100],
        ],
      }),
    );
    assert.equal(ledger.invoices.length, 1);
    assert.deepEqual(findings, []);
  });

  it("skips the totals of a CSV file, whose amounts are text: labelled after the amount, or not at all", () => {
    const { ledger, findings } = buildLedger(
      book({
        Laskut: [
          [...header, "Selite"],
          ["1.2.2014", "Verso", "V-1", "1/2014", "100,00", null],
          // a line of the invoice above, its keys left blank (an ERP report), is still read
          [null, null, null, null, "50,00", "Toimitilat"],
          [null, null, null, null, "150,00", "Yhteensä"],
          [null, null, null, null, "150,00", null],
        ],
      }),
    );
    assert.deepEqual(
      ledger.invoices.map((l) => [l.number, l.net, l.description]),
      [
        ["V-1", 10_000, ""],
        ["V-1", 5_000, "Toimitilat"],
      ],
    );
    assert.deepEqual(findings, []);
  });

  it("still reads a row whose description says yhteensä, and a name that starts with Summa", () => {
    const { ledger } = buildLedger(
      book({
        Laskut: [
          [...header, "Selite"],
          [41671, "Verso", "V-1", "1/2014", 100, "Palkat yhteensä"],
          [41671, "Summanen Oy", "S-1", "1/2014", 100],
        ],
      }),
    );
    assert.equal(ledger.invoices.length, 2);
  });
});
