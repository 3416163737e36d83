import assert from "node:assert/strict";
import { lasseSheets } from "../../examples/lasse";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { buildLedger } from "../../src/ledger/build";
import { dayFromYmd } from "../../src/periods";
import { applicationCsv, applicationFigures, draftApplication } from "../../src/sync/application/application";
import { addSheet } from "../../src/workbook/cells";
import { claimedCosts } from "../../src/ledger/costs";
import { evaluateTerms, termsFor } from "../../src/sync/application/formulas";
import type { CellValue, WorkbookData } from "../../src/workbook/types";
import { throughXlsx } from "../support/xlsx";
import { trickyBook } from "./support";

const PERIOD = { start: dayFromYmd(2014, 1, 1), end: dayFromYmd(2014, 10, 31) };
const AS_OF = dayFromYmd(2014, 11, 30);

describe("applicationFigures", () => {
  it("gives the LasSe example's applied amounts for each of its three periods", async () => {
    const { ledger } = buildLedger(await throughXlsx(lasseSheets()));
    for (const app of ledger.applications) {
      const figures = applicationFigures(ledger, { start: app.start!, end: app.end! });
      assert.equal(figures.stateShare, app.applied, `application ${app.number}`);
      assert.equal(figures.eligible, figures.stateShare + figures.municipalShare);
      assert.equal(figures.number, app.number);
    }
  });

  it("counts eligible costs the library's way: VAT where it is not recovered, no-words, dates, both ledger tables", () => {
    const figures = applicationFigures(buildLedger(trickyBook()).ledger, PERIOD);
    // Pikassos 100,10 + 200,20 + 300,30 + 50; SONet BOTNIA 1 240 + 10 + 620 + 248; Verso* 123,45; Verso 100 + 62
    assert.equal(figures.eligible, 10_010 + 20_020 + 30_030 + 5_000 + 124_000 + 1_000 + 62_000 + 24_800 + 12_345 + 10_000 + 6_200);
    assert.equal(figures.stateShare, Math.floor((figures.eligible * 3) / 4));
    assert.equal(figures.cumulativeEligible, figures.eligible + 100_000 + 6_000);
    assert.equal(figures.appliedBefore, 75_000);
    assert.equal(
      figures.applyNow,
      Math.min(figures.stateShare, Math.floor((figures.cumulativeEligible * 3) / 4) - 75_000, 1_000_000 - 75_000),
    );
    assert.deepEqual(
      figures.municipalShares.map((m) => m.municipality),
      ["Tampere", "Forssa"],
    );
  });

  it("never applies over the rate of the costs so far or over the grant", () => {
    const figures = applicationFigures(buildLedger(trickyBook()).ledger, PERIOD);
    assert.ok(figures.appliedAfter <= Math.floor((figures.cumulativeEligible * 3) / 4));
    assert.ok(figures.applyNow <= figures.stateShare);
  });
});

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

describe("draftApplication", () => {
  it("is blocked by errors unless overridden, and an override is written on the sheet", () => {
    const book = trickyBook();
    const errors = checkWorkbook(book, { asOf: AS_OF }).findings.filter((f) => f.severity === "error");
    assert.ok(errors.length > 0);
    assert.equal(draftApplication(book, PERIOD, { asOf: AS_OF }).blocked, true);
    const overridden = draftApplication(book, PERIOD, { asOf: AS_OF, override: true });
    assert.equal(overridden.blocked, false);
    assert.match(String(overridden.sheet.rows[5][1]), /^OHITETTU: \d+ virhettä \(/);
    assert.match(String(draftApplication(book, PERIOD, { asOf: AS_OF, override: true, lang: "en" }).sheet.rows[5][1]), /^OVERRIDDEN: /);
  });

  it("adds a sheet the checks skip: the draft's rows are never read back as invoices", async () => {
    const book = await throughXlsx(lasseSheets());
    const draft = draftApplication(book, { start: dayFromYmd(2015, 1, 1), end: dayFromYmd(2015, 10, 31) });
    assert.equal(draft.blocked, false);
    const before = checkWorkbook(book).findings;
    const after = checkWorkbook(addSheet(book, draft.sheet)).findings;
    assert.deepEqual(after, before);
    assert.equal(draft.sheet.name, "Maksatushakemus 2015");
  });

  it("writes CSV with values, amounts as numbers and formula-looking text escaped", () => {
    const book = trickyBook();
    const sheet = book.sheets.find((s) => s.name === "Laskut")!;
    const cells: CellValue[][] = sheet.cells.map((row) => [...row]);
    cells[4][6] = "=SUM(A1)";
    const draft = draftApplication({ ...book, sheets: book.sheets.map((s) => (s === sheet ? { ...s, cells } : s)) }, PERIOD, {
      asOf: AS_OF,
      override: true,
    });
    const csv = applicationCsv(draft);
    assert.match(csv, /^KASTE Ledger: maksatushakemus 2, 1\.1\.2014–31\.10\.2014 \(luonnos\)\r\n/);
    assert.match(csv, /\r\nPikassos;'=SUM\(A1\);100,10;100,10;0,00\r\n/);
    assert.match(csv, /\r\nHakemuskausi;1\.1\.2014;31\.10\.2014\r\n/);
  });
});
