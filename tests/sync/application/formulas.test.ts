import assert from "node:assert/strict";
import { dayFromYmd } from "../../../src/periods";
import { buildLedger } from "../../../src/ledger/build";
import { draftApplication } from "../../../src/sync/application/application";
import { claimedCosts } from "../../../src/ledger/costs";
import { evaluateTerms, termsFor } from "../../../src/sync/application/formulas";
import type { WorkbookData } from "../../../src/workbook/types";
import { renderMessage } from "../../../src/findings/render";
import { book as bookOf } from "../../support/book";
import { ledgerBook, ledgerRow, trickyBook } from "../support";

const PERIOD = { start: dayFromYmd(2014, 1, 1), end: dayFromYmd(2014, 10, 31) };
const AS_OF = dayFromYmd(2014, 11, 30);

describe("the live formulas compute what the library computes (in-process spreadsheet semantics)", () => {
  const book = trickyBook();
  const { ledger } = buildLedger(book);
  const bounds = { start: 41_640, end: 41_943 }; // 1.1.2014, 31.10.2014 as serials

  it("each partner's cost line and each partner's cumulative costs", () => {
    const draft = draftApplication(book, PERIOD, { asOf: AS_OF, override: true });
    assert.deepEqual(draft.mismatches, []);
    for (const group of draft.figures.lines) {
      const terms = termsFor(group.costs, ledger, book, { byLine: true, withStart: true })!;
      assert.equal(evaluateTerms(terms, book, bounds), group.eligible, `${group.partner} / ${group.line}`);
    }
    const cumulative = claimedCosts(ledger, { start: null, end: PERIOD.end }).costs;
    assert.equal(
      evaluateTerms(termsFor(cumulative, ledger, book, { byLine: false, withStart: false })!, book, bounds),
      draft.figures.cumulativeEligible,
    );
  });

  it("references the ledger's real sheet and columns, quoted, with wildcards escaped", () => {
    const draft = draftApplication(book, PERIOD, { asOf: AS_OF, override: true });
    const formulas = draft.sheet.rows
      .flat()
      .filter((c): c is { formula: string } => typeof c === "object" && c !== null && "formula" in c)
      .map((c) => c.formula);
    assert.ok(formulas.some((f) => f.includes("SUMIFS('Laskut'!$H$4:$H$1048576,'Laskut'!$B$4:$B$1048576,\"=Pikassos\"")));
    assert.ok(formulas.some((f) => f.includes("'Laskut 2014 (brutto)'!$F$2:$F$1048576")));
    assert.ok(formulas.some((f) => f.includes('"=Verso~*"') && f.includes('"=Palkat ~~ muut"')));
    assert.ok(formulas.some((f) => f.includes('"<>ei"') && f.includes('"<>no"')));
  });

  it("says where a formula would differ: an amount typed as text", () => {
    const laskut = book.sheets.find((s) => s.name === "Laskut")!;
    const cells = laskut.cells.map((row) => [...row]);
    cells[4][7] = "100,10";
    const textual: WorkbookData = { ...book, sheets: book.sheets.map((s) => (s === laskut ? { ...s, cells } : s)) };
    const draft = draftApplication(textual, PERIOD, { asOf: AS_OF, override: true });
    assert.deepEqual(
      draft.mismatches.map((f) => [f.code, f.cell, f.params.cells]),
      [
        ["APPLICATION_FORMULA_MISMATCH", "C9", "Laskut!H5"],
        ["APPLICATION_FORMULA_MISMATCH", "C22", "Laskut!H5"],
      ],
    );
  });

  it("says plainly where no formula is written, the library's figure instead: a single period column, a text cell to refer to", () => {
    const single = bookOf({
      Hanke: [
        ["Hanke", "Testi"],
        ["Alkaa", 41_365],
        ["Päättyy", 42_308],
      ],
      Kumppanit: [
        ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy", "ALV palautuu"],
        ["Pikassos", "toteuma", 41_365, 42_308, "kyllä"],
      ],
      Laskut: [
        ["Laskuttaja", "Laskun numero", "Ajalta", "Tilikohta", "Summa (ALV 0)", "Hyväksyttävä"],
        ["Pikassos", "P-1", "3/2014", "Palkat", 100, "kyllä"],
      ],
    });
    const byMonth = draftApplication(single, PERIOD, { asOf: AS_OF, override: true, lang: "en" });
    assert.deepEqual(
      byMonth.mismatches.slice(0, 1).map((f) => [f.cell, renderMessage(f, "en")]),
      [
        [
          "C9",
          "The application's figure (Pikassos Palkat) is written as the library's €100.00, not as a formula: no formula can follow the ledger's single period column (such as 3/2014).",
        ],
      ],
    );
    assert.match(
      renderMessage(byMonth.mismatches[0], "fi"),
      /^Maksatushakemuksen luku \(Pikassos Palkat\) on kirjoitettu kirjaston arvona 100,00\u00a0€, ei kaavana: /,
    );
    assert.match(
      renderMessage(byMonth.mismatches[0], "sv"),
      /^Ansökans tal \(Pikassos Palkat\) är skrivet som bibliotekets värde 100,00\u00a0€, inte som formel: /,
    );
    const shares = ledgerBook([ledgerRow("5.2.2014", "Pikassos", "P1", "1.1.2014", "31.1.2014", "toteuma", "Palkat", 1000)], {
      Kuntaosuudet: [
        ["Vuosi", "Kunta", "Maksaja", "Summa"],
        [2014, "Nokia", "", "300,50"],
      ],
    });
    const text = draftApplication(shares, PERIOD, { asOf: AS_OF, override: true, lang: "en" });
    assert.deepEqual(
      text.mismatches.map((f) => [`${f.sheet}!${f.cell}`, renderMessage(f, "en")]),
      [
        [
          "Kuntaosuudet!D2",
          "The application's figure (Municipal shares 2014 Nokia) is written as the library's €300.50, not as a formula: the cell Kuntaosuudet!D2 it would refer to is not a number.",
        ],
      ],
    );
  });
});
