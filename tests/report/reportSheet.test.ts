import assert from "node:assert/strict";
import { brokenExample } from "../../examples/broken";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { budgetUse } from "../../src/ledger/budgetUse";
import { parseDate } from "../../src/periods";
import { buildReportSheet, REPORT_SHEET_NAME } from "../../src/report/reportSheet";
import type { ReportSheetModel } from "../../src/report/reportSheet";
import { renderFinding, summarize } from "../../src/findings/render";
import { addSheet, isPercentCell } from "../../src/workbook/cells";
import { isGeneratedSheet } from "../../src/ledger/generated";
import type { WorkbookData } from "../../src/workbook/types";
import type { ReportSheet } from "../../taskpane/host";
import { workbookFromWritableSheets } from "../support/fakeOffice";

const asOf = parseDate("15.12.2015")!;
const workbook: WorkbookData = workbookFromWritableSheets(brokenExample().sheets);
const result = checkWorkbook(workbook, { asOf });
const budget = budgetUse(result.ledger, result.asOf);

describe("the report sheet (KASTE-tarkistus)", () => {
  const report = buildReportSheet(result, budget, "fi");

  it("fits the pane's ReportSheet and is marked as generated, so it is never read as input", () => {
    const asHost: ReportSheet = report;
    assert.equal(asHost.name, REPORT_SHEET_NAME);
    assert.match(String(report.rows[0][0]), /^KASTE Ledger: /);
    const withReport = addSheet(workbook, report);
    assert.ok(isGeneratedSheet(withReport.sheets[withReport.sheets.length - 1]));
    const again = checkWorkbook(withReport, { asOf });
    assert.deepEqual(again.findings, result.findings, "the report adds no findings");
  });

  it("has the as-of date, the counts and every finding with a link to its cell", () => {
    assert.deepEqual(report.rows[1], ["Tarkastuspäivä", { date: asOf }]);
    const summary = summarize(result.findings);
    assert.deepEqual(report.rows.slice(2, 5), [
      ["Virheet", summary.errors],
      ["Varoitukset", summary.warnings],
      ["Huomiot", summary.infos],
    ]);
    const header = report.rows.findIndex((r) => r[0] === "Vakavuus");
    assert.ok(report.boldRows.includes(header));
    const findingRows = report.rows.slice(header + 1, header + 1 + result.findings.length);
    findingRows.forEach((row, i) => {
      const finding = result.findings[i];
      const rendered = renderFinding(finding, "fi");
      assert.deepEqual(row, [
        { error: "virhe", warning: "varoitus", info: "huomio" }[finding.severity],
        finding.code,
        finding.sheet,
        finding.cell,
        rendered.message,
        rendered.expected ?? null,
      ]);
    });
    const withCell = result.findings.filter((f) => f.sheet !== "");
    assert.equal(report.links.length, withCell.length);
    for (const link of report.links) {
      const row = report.rows[link.row];
      assert.equal(row[2], link.target.sheet);
      if (link.col === 3) assert.equal(row[3], link.target.cell);
      else assert.equal(link.target.cell, "A1");
    }
    const ref = report.links.find(
      (l) => l.target.sheet === "Laskut" && result.findings.some((f) => f.code === "CELL_FORMULA_ERROR" && f.cell === l.target.cell),
    );
    assert.ok(ref, "the #REF! finding links to its cell");
  });

  it("has the budget-use table with money and percents, and the chart block of use vs elapsed share per partner", () => {
    const header = report.rows.findIndex((r) => r[0] === "Vuosi" && r[1] === "Kumppani");
    assert.ok(header > 0);
    const budgetRows = report.rows.slice(header + 1, header + 1 + budget.rows.length);
    budgetRows.forEach((row, i) => {
      const use = budget.rows[i];
      assert.deepEqual(row[4], { money: use.realised });
      assert.deepEqual(row[3], use.budget === null ? null : { money: use.budget });
      if (use.use !== null) assert.ok(isPercentCell(row[5]) && Math.abs(row[5].percent / 1e6 - use.use) < 1e-6);
    });
    const chart = report.chart!;
    assert.ok(chart);
    assert.deepEqual(report.rows[chart.firstRow], ["Kumppani", "Käyttö", "Kulunut osuus"]);
    const partners = budget.rows.filter((r) => r.year === null && (r.level === "partner" || r.level === "project") && r.use !== null);
    assert.equal(chart.lastRow - chart.firstRow, partners.length);
    assert.equal(report.rows[chart.lastRow][0], "Koko hanke");
    assert.deepEqual([chart.firstCol, chart.lastCol], [0, 2]);
    assert.equal(chart.lastRow, report.rows.length - 1);
  });

  it("speaks Swedish and English, and leaves the budget and chart out without a budget", () => {
    const sv: ReportSheetModel = buildReportSheet(result, budget, "sv");
    assert.match(String(sv.rows[0][0]), /^KASTE Ledger: kontrollrapport/);
    assert.ok(sv.rows.some((r) => r[0] === "Allvarlighet"));
    const en = buildReportSheet(result, null, "en");
    assert.equal(en.name, REPORT_SHEET_NAME, "one sheet name whatever the language, so a re-run replaces it");
    assert.equal(en.chart, undefined);
    assert.ok(!en.rows.some((r) => r[0] === "Year"));
    assert.ok(en.rows.some((r) => r[0] === "Severity"));
  });
});
