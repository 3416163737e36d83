import assert from "node:assert/strict";
import { buildLedger } from "../../src/ledger/build";
import { normalizeHeader } from "../../src/workbook/normalize";
import { book } from "../support/book";

describe("VAT columns headed with their rate, and a row total", () => {
  it("reads 'ALV 24 %' as the VAT amount, never 'ALV 0 %' or 'ALV %'", () => {
    assert.deepEqual(["ALV 24 %", "Moms 25,5 %", "VAT 24%", "ALV 0 %", "ALV %"].map(normalizeHeader), [
      "alv",
      "moms",
      "vat",
      "alv0",
      "alv pct",
    ]);
  });

  it("takes Yhteensä beside the net amount and its VAT as the amount with VAT, and alone as no column", () => {
    const withVat = buildLedger(
      book({
        Laskut: [
          ["Pvm", "Laskuttaja", "Nro", "Ajalta", "Summa (ALV 0)", "ALV 24 %", "Yhteensä"],
          [41671, "Verso", 1, "1/2014", 1000, 240, 1240],
        ],
      }),
    );
    assert.deepEqual(
      withVat.ledger.invoices.map((i) => [i.net, i.vat, i.gross]),
      [[100_000, 24_000, 124_000]],
    );
    assert.deepEqual(withVat.findings, []);
    const alone = buildLedger(
      book({
        Laskut: [
          ["Pvm", "Laskuttaja", "Nro", "Ajalta", "Summa", "Yhteensä"],
          [41671, "Verso", 1, "1/2014", 1000, 1000],
        ],
      }),
    );
    assert.deepEqual(
      alone.ledger.invoices.map((i) => [i.net, i.gross]),
      [[100_000, null]],
    );
    assert.deepEqual(
      alone.findings.map((f) => [f.code, f.cell]),
      [["COLUMN_NOT_UNDERSTOOD", "F1"]],
    );
  });
});
