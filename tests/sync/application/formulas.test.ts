import assert from "node:assert/strict";
import { dayFromYmd } from "../../../src/periods";
import { buildLedger } from "../../../src/ledger/build";
import { draftApplication } from "../../../src/sync/application/application";
import { claimedCosts } from "../../../src/ledger/costs";
import { evaluateTerms, termsFor } from "../../../src/sync/application/formulas";
import type { WorkbookData } from "../../../src/workbook/types";
import { trickyBook } from "../support";

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
});
