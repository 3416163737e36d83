/**
 * The check report as a sheet (`KASTE-tarkistus`) for the task pane to write: a title whose A1
 * carries the generated-sheet mark (so buildLedger never reads the report back as input), the
 * as-of date and counts, every finding with a link to its cell, the budget-use table, and a
 * block "use % per partner vs the elapsed share of the project" for a bar chart.
 *
 * Pure: the pane's Office adapter turns the model into cells, links and a native chart.
 * `ReportSheetModel` is a `ReportSheet` of the pane (taskpane/host.ts), which takes its links
 * and chart from here; src does not import the pane.
 */
import type { CheckResult } from "../check/checkWorkbook";
import type { BudgetUseRow, BudgetUseTable } from "../ledger/budgetUse";
import type { OutCell, OutSheet } from "../workbook/cells";
import { GENERATED_MARK } from "../ledger/generated";
import type { Severity } from "../findings/finding";
import { missingTables, renderFinding, summarize } from "../findings/render";
import type { Lang } from "../findings/render";

export const REPORT_SHEET_NAME = "KASTE-tarkistus";

/** A cell (0-based row, col) of the report that links to a cell of the workbook, e.g. `'Laskut'!G12`. */
export interface ReportLink {
  readonly row: number;
  readonly col: number;
  readonly target: { readonly sheet: string; readonly cell: string };
}

/** A clustered bar chart over a block of the report: its header row and data rows, first column the categories. */
export interface ReportChart {
  readonly title: string;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
}

export interface ReportSheetModel extends OutSheet {
  readonly boldRows: readonly number[];
  readonly widths: readonly number[];
  readonly links: readonly ReportLink[];
  /** Absent when there is no budget use to chart. */
  readonly chart?: ReportChart;
}

interface Words {
  readonly title: string;
  readonly asOf: string;
  readonly counts: Readonly<Record<Severity, string>>;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly notChecked: string;
  readonly missing: string;
  readonly findings: string;
  readonly noFindings: string;
  readonly findingHeader: readonly string[];
  readonly budget: string;
  readonly budgetHeader: readonly string[];
  readonly all: string;
  readonly common: string;
  readonly chart: string;
  readonly chartHeader: readonly string[];
  readonly project: string;
}

const WORDS: Readonly<Record<Lang, Words>> = {
  fi: {
    title: "tarkistusraportti",
    asOf: "Tarkastuspäivä",
    counts: { error: "Virheet", warning: "Varoitukset", info: "Huomiot" },
    severity: { error: "virhe", warning: "varoitus", info: "huomio" },
    notChecked: "Ei tarkistettu",
    missing: "puuttuu",
    findings: "Löydökset",
    noFindings: "Ei löydöksiä.",
    findingHeader: ["Vakavuus", "Koodi", "Välilehti", "Solu", "Viesti", "Oikea arvo"],
    budget: "Budjetin käyttö",
    budgetHeader: ["Vuosi", "Kumppani", "Tilikohta", "Budjetti", "Toteuma", "Käyttö", "Kulunut", "Vauhti"],
    all: "kaikki",
    common: "yhteisosuus",
    chart: "Käyttö % kumppaneittain ja kulunut osuus hankkeesta",
    chartHeader: ["Kumppani", "Käyttö", "Kulunut osuus"],
    project: "Koko hanke",
  },
  sv: {
    title: "kontrollrapport",
    asOf: "Kontrolldatum",
    counts: { error: "Fel", warning: "Varningar", info: "Anmärkningar" },
    severity: { error: "fel", warning: "varning", info: "anmärkning" },
    notChecked: "Inte kontrollerat",
    missing: "saknas",
    findings: "Fynd",
    noFindings: "Inga fynd.",
    findingHeader: ["Allvarlighet", "Kod", "Flik", "Cell", "Meddelande", "Rätt värde"],
    budget: "Budgetanvändning",
    budgetHeader: ["År", "Partner", "Kostnadsslag", "Budget", "Utfall", "Användning", "Förflutet", "Takt"],
    all: "alla",
    common: "gemensam andel",
    chart: "Användning % per partner och förfluten andel av projektet",
    chartHeader: ["Partner", "Användning", "Förfluten andel"],
    project: "Hela projektet",
  },
  en: {
    title: "check report",
    asOf: "As of",
    counts: { error: "Errors", warning: "Warnings", info: "Notes" },
    severity: { error: "error", warning: "warning", info: "info" },
    notChecked: "Not checked",
    missing: "missing",
    findings: "Findings",
    noFindings: "No findings.",
    findingHeader: ["Severity", "Code", "Sheet", "Cell", "Message", "Right value"],
    budget: "Budget use",
    budgetHeader: ["Year", "Partner", "Cost line", "Budget", "Actual", "Use", "Elapsed", "Pace"],
    all: "all",
    common: "common share",
    chart: "Use % per partner and elapsed share of the project",
    chartHeader: ["Partner", "Use", "Elapsed share"],
    project: "Whole project",
  },
};

/** Widths in characters: severity/year, code/partner, sheet/line, cell/budget, message/actual, right value/use, elapsed, pace. */
const WIDTHS = [14, 30, 24, 14, 70, 16, 12, 10];

const ppm = (ratio: number): OutCell => ({ percent: Math.round(ratio * 1_000_000) });

/** The report of a check; `budget` is `budgetUse(result.ledger, result.asOf)`, or null to leave the budget out. */
export function buildReportSheet(result: CheckResult, budget: BudgetUseTable | null, lang: Lang): ReportSheetModel {
  const words = WORDS[lang];
  const rows: OutCell[][] = [];
  const boldRows: number[] = [];
  const links: ReportLink[] = [];
  const bold = (row: OutCell[]) => {
    boldRows.push(rows.length);
    rows.push(row);
  };

  bold([`${GENERATED_MARK} ${words.title}`]);
  rows.push([words.asOf, { date: result.asOf }]);
  const summary = summarize(result.findings);
  rows.push([words.counts.error, summary.errors]);
  rows.push([words.counts.warning, summary.warnings]);
  rows.push([words.counts.info, summary.infos]);
  rows.push([words.notChecked, result.notChecked.length]);

  rows.push([]);
  bold([words.findings]);
  bold([...words.findingHeader]);
  if (result.findings.length === 0) rows.push([words.noFindings]);
  for (const finding of result.findings) {
    const rendered = renderFinding(finding, lang);
    if (finding.sheet !== "") {
      // the cell column links to the cell; a finding about a whole sheet links from the sheet column to its A1
      links.push(
        finding.cell !== ""
          ? { row: rows.length, col: 3, target: { sheet: finding.sheet, cell: finding.cell } }
          : { row: rows.length, col: 2, target: { sheet: finding.sheet, cell: "A1" } },
      );
    }
    rows.push([words.severity[finding.severity], finding.code, finding.sheet, finding.cell, rendered.message, rendered.expected ?? null]);
  }
  if (result.notChecked.length > 0) {
    rows.push([]);
    bold([words.notChecked]);
    for (const n of result.notChecked) rows.push([n.rule, `${missingTables(n, lang)} ${words.missing}`, n.codes.join(", ")]);
  }

  let chart: ReportChart | undefined;
  if (budget && budget.rows.length > 0) {
    rows.push([]);
    bold([words.budget]);
    bold([...words.budgetHeader]);
    for (const row of budget.rows) {
      if (row.level === "project") boldRows.push(rows.length);
      rows.push(budgetRow(row, words));
    }
    const paceRows = budget.rows.flatMap((r) =>
      r.year === null && (r.level === "partner" || r.level === "project") && r.use !== null ? [{ ...r, use: r.use }] : [],
    );
    if (paceRows.length > 0) {
      rows.push([]);
      bold([words.chart]);
      const firstRow = rows.length;
      bold([...words.chartHeader]);
      for (const row of paceRows)
        rows.push([row.level === "project" ? words.project : row.partner || words.common, ppm(row.use), ppm(row.elapsed)]);
      chart = { title: words.chart, firstRow, lastRow: rows.length - 1, firstCol: 0, lastCol: 2 };
    }
  }

  return { name: REPORT_SHEET_NAME, rows, boldRows, widths: WIDTHS, links, ...(chart ? { chart } : {}) };
}

function budgetRow(row: BudgetUseRow, words: Words): OutCell[] {
  return [
    row.year === null ? words.all : row.year,
    row.partner === null ? words.all : row.partner || words.common,
    row.line === null ? words.all : row.line,
    row.budget === null ? null : { money: row.budget },
    { money: row.realised },
    row.use === null ? null : ppm(row.use),
    ppm(row.elapsed),
    row.pace === null ? null : Math.round(row.pace * 100) / 100,
  ];
}
