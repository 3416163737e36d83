import assert from "node:assert/strict";
import { buildLedger } from "../../src/ledger/build";
import { eligibleCents } from "../../src/ledger/eligible";
import type { CellValue } from "../../src/workbook/types";
import { book } from "../support/book";
import { findingsOf } from "../support/check";

const PARTNERS: CellValue[][] = [
  ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy", "ALV palautuu"],
  ["Pikassos", "kuukausi+tasaus", "1.8.2013", "31.10.2015", "kyllä"],
  ["Verso", "kuukausi+tasaus", "1.12.2013", "30.9.2015", "ei"],
];

describe("VAT in eligible costs", () => {
  it("counts VAT only for a partner that does not recover it", () => {
    const { ledger } = buildLedger(
      book({
        Kumppanit: PARTNERS,
        Laskut: [
          ["Laskuttaja", "Laskun numero", "Summa (ALV 0)", "ALV"],
          ["Pikassos", "1", 1000, 240],
          ["Verso", "2", 1000, 240],
        ],
      }),
    );
    const [pikassos, verso] = ledger.partners;
    assert.equal(eligibleCents(ledger.invoices[0], pikassos), 100_000);
    assert.equal(eligibleCents(ledger.invoices[1], verso), 124_000);
  });

  it("turns a VAT-inclusive amount into net with the VAT column", () => {
    const { ledger } = buildLedger(
      book({
        Kumppanit: PARTNERS,
        Laskut: [
          ["Laskuttaja", "Laskun numero", "Summa sis. ALV", "ALV"],
          ["Pikassos", "1", 1240, 240],
          ["Verso", "2", 1240, 240],
        ],
      }),
    );
    assert.equal(eligibleCents(ledger.invoices[0], ledger.partners[0]), 100_000);
    assert.equal(eligibleCents(ledger.invoices[1], ledger.partners[1]), 124_000);
  });

  it("warns when a recovering partner's amount includes VAT and no VAT column says how much", () => {
    const sheets = {
      Kumppanit: PARTNERS,
      Laskut: [
        ["Laskuttaja", "Laskun numero", "Brutto"],
        ["Pikassos", "1", 1240],
        ["Verso", "2", 1240],
      ],
    };
    assert.deepEqual(findingsOf(sheets, ["VAT_UNKNOWN"]), [["VAT_UNKNOWN", "Laskut!C2"]]);
  });

  it("warns once per partner when the table has no VAT column at all, not once per row", () => {
    const sheets = {
      Kumppanit: PARTNERS,
      Laskut: [
        ["Laskuttaja", "Laskun numero", "Brutto"],
        ["Pikassos", "1", 1240],
        ["Pikassos", "2", 1240],
        ["Verso", "3", 1240],
        ["Pikassos", "4", 620],
      ],
    };
    assert.deepEqual(findingsOf(sheets, ["VAT_UNKNOWN"]), [["VAT_UNKNOWN", "Laskut!C2"]]);
  });

  it("warns per row where the VAT column is there but the row's VAT is empty", () => {
    const sheets = {
      Kumppanit: PARTNERS,
      Laskut: [
        ["Laskuttaja", "Laskun numero", "Brutto", "ALV"],
        ["Pikassos", "1", 1240, null],
        ["Pikassos", "2", 1240, 240],
        ["Pikassos", "3", 1240, null],
      ],
    };
    assert.deepEqual(findingsOf(sheets, ["VAT_UNKNOWN"]), [
      ["VAT_UNKNOWN", "Laskut!C2"],
      ["VAT_UNKNOWN", "Laskut!C4"],
    ]);
  });

  it("does not warn for net amounts", () => {
    const sheets = {
      Kumppanit: PARTNERS,
      Laskut: [
        ["Laskuttaja", "Laskun numero", "Summa"],
        ["Pikassos", "1", 1000],
      ],
    };
    assert.deepEqual(findingsOf(sheets, ["VAT_UNKNOWN"]), []);
  });

  it("counts a line marked not eligible as no cost", () => {
    const { ledger } = buildLedger(
      book({
        Laskut: [
          ["Laskuttaja", "Laskun numero", "Summa", "Hyväksyttävä"],
          ["Verso", "1", 1000, "ei"],
        ],
      }),
    );
    assert.equal(eligibleCents(ledger.invoices[0], undefined), 0);
  });
});
