import assert from "node:assert/strict";
import { lasseSheets } from "../../examples/lasse";
import { buildLedger } from "../../src/ledger/build";
import { budgetUse } from "../../src/ledger/budgetUse";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { stateShare } from "../../src/money";
import { finalReport } from "../../src/report/finalReport";
import { FINAL_SHEET_NAME, buildFinalReportSheet, tablesOnOwnSheets } from "../../src/report/finalReportSheet";
import { sheetCsv } from "../../src/report/ledgerCsv";
import { ledgerExport } from "../../src/report/ledgerExport";
import { ledgerTables } from "../../src/report/ledgerTables";
import { dayFromYmd } from "../../src/periods";
import { isFormulaCell } from "../../src/workbook/cells";
import type { OutCell } from "../../src/workbook/cells";
import type { CellValue, WorkbookData } from "../../src/workbook/types";
import { book } from "../support/book";
import { throughXlsx } from "../support/xlsx";
import { englishBook, swedishBook } from "./finalReportBooks";

function reportOf(workbook: WorkbookData) {
  const { ledger } = buildLedger(workbook);
  const doc = ledgerExport(ledger);
  return { ledger, doc, report: finalReport(ledger, doc, dayFromYmd(2016, 1, 1)) };
}

/** The row whose column A is `label`: its cells from B. */
function rowAfter(rows: ReadonlyArray<ReadonlyArray<OutCell>>, label: string): readonly OutCell[] {
  const row = rows.find((r) => r[0] === label);
  assert.ok(row, `no row ${label}`);
  return row.slice(1);
}

describe("the final report's figures (kaste report --final)", () => {
  it("an English workbook: costs by year × cost line and by partner, spellings and VAT as the ledger reads them", () => {
    const { report } = reportOf(book(englishBook()));
    assert.deepEqual(report.years, [2014, 2015]);
    // Salaries 2014: 2 000,50 + 2 000,25 + VAT 480,06 (Verso does not get its VAT back); 2015: 3 000 + 100
    assert.deepEqual(
      report.byLine.map((r) => [r.name, ...r.byYear, r.total]),
      [
        ["Salaries", 448_081, 310_000, 758_081],
        ["Rents", 30_000, 0, 30_000],
        ["Coffee", 0, 0, 0],
      ],
    );
    assert.deepEqual(
      report.byPartner.map((r) => [r.name, r.total]),
      [
        ["Verso", 758_081],
        ["", 30_000],
      ],
    );
    assert.equal(report.total, 788_081);
    assert.deepEqual(report.totalByYear, [478_081, 310_000]);
    const salaries = report.budget.find((b) => b.partner === "Verso" && b.line === "Salaries");
    assert.deepEqual(salaries && [salaries.budget, salaries.realised, salaries.variance], [1_000_000, 758_081, 241_919]);
    assert.equal(report.funding.stateGrant, stateShare(788_081, 750_000));
    assert.equal(report.funding.stateGrant + report.funding.municipalRequired, 788_081);
    assert.deepEqual(report.funding.municipalities, [
      { name: "Vaasa", spellings: ["Vaasa"], amount: 240_000 },
      { name: "Korsholm", spellings: ["Korsholm"], amount: 50_000 },
    ]);
  });

  it("totals a bilingual municipality once under its Swedish and its Finnish name (Närpes and Närpiö, Vasa and Vaasa), its formula summing both", () => {
    const sheets = englishBook();
    sheets["Municipal shares"] = [
      ["Year", "Municipality", "Payer", "Amount"],
      [2014, "Vaasa", "Vaasa", 1_500],
      [2014, "Närpes", "Närpes", 500],
      [2015, "Vasa", "Vasa", 900],
      [2015, "Närpiö", "Närpiö", 300],
      [2015, "VAASA", "VAASA", 100],
    ];
    const { doc, report } = reportOf(book(sheets));
    assert.deepEqual(report.funding.municipalities, [
      { name: "Vaasa", spellings: ["Vaasa", "Vasa"], amount: 250_000 },
      { name: "Närpes", spellings: ["Närpes", "Närpiö"], amount: 80_000 },
    ]);
    assert.equal(report.funding.municipalTotal, 330_000);
    const sheet = buildFinalReportSheet(report, doc, tablesOnOwnSheets(ledgerTables(doc, "en")), "en");
    const shares = sheet.rows.filter((r) => typeof r[0] === "string" && r[0].startsWith("Municipal share: "));
    assert.deepEqual(
      shares.map((r) => r[0]),
      ["Municipal share: Vaasa", "Municipal share: Närpes"],
    );
    for (const [row, names, euros] of [
      [shares[0], ["Vaasa", "Vasa"], 2_500],
      [shares[1], ["Närpes", "Närpiö"], 800],
    ] as const) {
      const cell = row?.[1] ?? null;
      assert.ok(isFormulaCell(cell));
      assert.equal(cell.result, euros);
      // one SUMIFS per spelling, "VAASA" not counted again (SUMIFS ignores case)
      assert.deepEqual(
        [...cell.formula.matchAll(/SUMIFS\([^)]*"=([^"]*)"\)/g)].map((m) => m[1]),
        names,
      );
    }
  });

  it("settles the state grant on the costs within the project period: the July 2015 cost is left out", () => {
    const { settlement } = reportOf(book(englishBook())).report;
    assert.equal(settlement.eligible, 778_081);
    assert.equal(settlement.allowed, 583_560); // 75 % of 7 780,81 rounded down
    assert.equal(settlement.paid, 550_000);
    assert.deepEqual([settlement.toReturn, settlement.notReturned, settlement.stillDue], [0, 0, 33_560]);
    assert.deepEqual(settlement.last && [settlement.last.number, settlement.last.paid], ["2", 250_000]);
  });

  it("applies the 100 € rule: 50 € paid too much stays, 150 € is returned, the grant's cap counts", () => {
    const over = (paid2: number) => reportOf(book(englishBook({ paid: [3_000, paid2] }))).report.settlement;
    const under = over(5_835.6 + 50 - 3_000);
    assert.deepEqual([under.difference, under.toReturn, under.notReturned, under.stillDue], [5_000, 0, 5_000, 0]);
    const exactly = over(5_835.6 + 100 - 3_000);
    assert.deepEqual([exactly.toReturn, exactly.notReturned], [0, 10_000]);
    const beyond = over(5_835.6 + 150 - 3_000);
    assert.deepEqual([beyond.toReturn, beyond.notReturned, beyond.stillDue], [15_000, 0, 0]);
    const capped = reportOf(book(englishBook({ granted: 5_000 }))).report;
    assert.equal(capped.settlement.allowed, 500_000);
    assert.equal(capped.funding.stateGrant, 500_000);
    assert.equal(capped.settlement.difference, 50_000);
    assert.equal(capped.settlement.toReturn, 50_000);
  });

  it("a Swedish workbook: text dates and amounts, a credit note, the administrator's own costs as the common share", () => {
    const { report } = reportOf(book(swedishBook()));
    assert.deepEqual(
      report.byLine.map((r) => [r.name, r.total]),
      [
        ["Löner", 600_010],
        ["Hyror", 50_000],
      ],
    );
    assert.deepEqual(
      report.byPartner.map((r) => [r.name, r.total]),
      [
        ["SONet BOTNIA", 600_010],
        ["", 50_000],
      ],
    );
    // 75 % of 6 500,10 is 4 875,075: 4 875,07; 4 890,07 was paid, 15 € too much, under the 100 € threshold
    assert.equal(report.settlement.allowed, 487_507);
    assert.deepEqual([report.settlement.difference, report.settlement.notReturned, report.settlement.toReturn], [1_500, 1_500, 0]);
    assert.equal(report.funding.municipalRequired, 162_503);
  });

  it("the LasSe example: every table adds up to the realised costs of budget use, and the check's REPAYMENT rule agrees", async () => {
    const workbook = await throughXlsx(lasseSheets());
    const { ledger, report } = reportOf(workbook);
    const project = budgetUse(ledger, dayFromYmd(2016, 1, 1)).rows.find((r) => r.level === "project" && r.year === null);
    assert.equal(report.total, project?.realised);
    assert.equal(
      report.byPartner.reduce((sum, r) => sum + r.total, 0),
      report.total,
    );
    const budgetTotals = report.budget.filter((b) => b.line === null).reduce((sum, b) => sum + b.realised, 0);
    assert.equal(budgetTotals, report.total);
    const repayment = checkWorkbook(workbook, { asOf: dayFromYmd(2016, 1, 1) }).findings.some((f) => f.code === "REPAYMENT_UNDER_100");
    assert.equal(repayment, report.settlement.notReturned > 0);
  });
});

describe("the final report's sheet (KASTE-loppuselvitys)", () => {
  for (const [lang, make, eligibleLabel, stillDueLabel] of [
    ["en", englishBook, "Eligible costs", "Still due to the project"],
    ["sv", swedishBook, "Godtagbara kostnader", "Ska ännu betalas till projektet"],
  ] as const) {
    it(`${lang}: formulas over the ledger's own sheets, each carrying the library's figure`, () => {
      const { doc, report } = reportOf(book(make()));
      const tables = ledgerTables(doc, lang);
      const sheet = buildFinalReportSheet(report, doc, tablesOnOwnSheets(tables), lang);
      assert.equal(sheet.name, FINAL_SHEET_NAME);
      const eligible = rowAfter(sheet.rows, eligibleLabel)[0] ?? null;
      assert.ok(isFormulaCell(eligible));
      assert.equal(eligible.result, report.total / 100);
      const due = rowAfter(sheet.rows, stillDueLabel)[0] ?? null;
      assert.ok(isFormulaCell(due));
      assert.equal(due.result, report.settlement.stillDue / 100);
      const formulas = sheet.rows.flat().filter(isFormulaCell);
      assert.ok(formulas.length > 20);
      // every SUMIFS reads the laskut sheet's eligible cost column, every row of it
      const sumifs = formulas.filter((f) => f.formula.includes("SUMIFS(") && f.formula.includes("'laskut'"));
      assert.ok(sumifs.length > 5);
      for (const f of sumifs) assert.match(f.formula, new RegExp(`SUMIFS\\('laskut'!\\$L\\$2:\\$L\\$${doc.invoices.length + 1},`));
    });
  }

  it("writes the rate as 75 % (no formula over the typed cell) when the workbook types one over 75 %", () => {
    const sheets = englishBook();
    sheets.Project = (sheets.Project ?? []).map((row) => (row[0] === "State grant rate" ? ["State grant rate", "90 %"] : row));
    const { doc, report } = reportOf(book(sheets));
    assert.equal(doc.project.ratePpm?.value, 900_000);
    assert.equal(report.funding.rate, 750_000);
    const sheet = buildFinalReportSheet(report, doc, tablesOnOwnSheets(ledgerTables(doc, "en")), "en");
    assert.deepEqual(rowAfter(sheet.rows, "State grant rate")[0], { percent: 750_000 });
    // at 75 % typed, the rate stays a formula over the ledger's cell
    const typed = reportOf(book(englishBook()));
    const rate = rowAfter(
      buildFinalReportSheet(typed.report, typed.doc, tablesOnOwnSheets(ledgerTables(typed.doc, "en")), "en").rows,
      "State grant rate",
    )[0];
    assert.ok(isFormulaCell(rate ?? null));
  });

  it("matches the common share by the word the laskut table writes in its language", () => {
    const { doc, report } = reportOf(book(swedishBook()));
    const sheet = buildFinalReportSheet(report, doc, tablesOnOwnSheets(ledgerTables(doc, "sv")), "sv");
    const common = sheet.rows.find((r) => r[0] === "gemensam andel");
    assert.ok(common, "the common share's row");
    const cell = common[1] ?? null;
    assert.ok(isFormulaCell(cell) && cell.formula.includes(`"=gemensam andel"`), JSON.stringify(cell));
  });

  it("as CSV: Finnish dates and decimal commas in fi, ISO and points in en, a formula-like name neutralised", () => {
    const sheets = englishBook();
    const invoices = sheets.Invoices ?? [];
    sheets.Invoices = [
      ...invoices,
      [invoices[6]?.[0] ?? null, "Office Shop", "O-9", null, null, "=HYPERLINK(1)", 10, 0, "yes"] as CellValue[],
    ];
    const { doc, report } = reportOf(book(sheets));
    const csv = (lang: "fi" | "en") =>
      sheetCsv(buildFinalReportSheet(report, doc, tablesOnOwnSheets(ledgerTables(doc, lang)), lang).rows, lang);
    const fi = csv("fi");
    assert.ok(fi.startsWith("\ufeffKASTE Ledger:"));
    assert.match(fi, /\r\nHankeaika;1\.3\.2014;30\.6\.2015\r\n/);
    assert.match(fi, /\r\nSalaries;4480,81;3100,00;7580,81\r\n/);
    assert.match(fi, /\r\n'=HYPERLINK\(1\);/);
    assert.doesNotMatch(fi, /\r\n=HYPERLINK/);
    const en = csv("en");
    assert.match(en, /\r\nProject period;2014-03-01;2015-06-30\r\n/);
    assert.match(en, /\r\nSalaries;4480\.81;3100\.00;7580\.81\r\n/);
    assert.match(en, /\r\nState grant;5918\.10;74\.9999%\r\n/);
  });
});
