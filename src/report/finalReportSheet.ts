/**
 * The final report (loppuselvitys) as a sheet with live formulas over the structured ledger's
 * tables (ledgerTables.ts): realised costs are SUMIFS over the laskut table's eligible cost,
 * year, budget partner and budget cost line columns, funding and the settlement are formulas
 * over those sums, the kuntaosuudet and maksatukset tables and the hanke facts. Each formula
 * carries the library's figure (finalReport.ts) as its cached result, so the sheet reads right
 * before a spreadsheet recalculates it, and a test has LibreOffice recompute it to the same.
 *
 * The chosen budget (budgetUse.ts picks a version per cell) and the project's period are
 * values, not formulas: which budget row counts is the library's choice, not a sum.
 * Where the tables stand is given (`LedgerTablesAt`): one sheet per table in the CLI's
 * workbook, blocks of the pane's KASTE-kirjanpito sheet.
 */
import type { Lang } from "../findings/render";
import { GENERATED_MARK } from "../ledger/generated";
import { columnLetter, sheetRef } from "../workbook/address";
import type { OutCell, OutSheet } from "../workbook/cells";
import type { FinalReport } from "./finalReport";
import type { LedgerExport } from "./ledgerExport";
import type { LedgerSheetModel } from "./ledgerSheet";
import type { LedgerTable } from "./ledgerTables";
import { APPLICATION_COLUMNS, FACT_VALUE_COLUMN, MUNI_SHARE_COLUMNS, budgetPartnerName, factRow, invoiceColumn } from "./ledgerTables";
import type { InvoiceColumnKey } from "./ledgerTables";

export const FINAL_SHEET_NAME = "KASTE-loppuselvitys";

/** Where a table of the ledger stands: its sheet, first data row (0-based) and number of data rows. */
export interface TableAt {
  readonly sheet: string;
  readonly firstRow: number;
  readonly rows: number;
}

export type LedgerTablesAt = Readonly<Record<"project" | "applications" | "muniShares" | "invoices", TableAt>>;

/** The tables as the CLI's workbook holds them: a sheet each, named as the table, header in row 1. */
export function tablesOnOwnSheets(tables: readonly LedgerTable[]): LedgerTablesAt {
  const at = (id: LedgerTable["id"]): TableAt => {
    const table = tables.find((t) => t.id === id);
    return { sheet: table?.name ?? id, firstRow: 1, rows: table?.rows.length ?? 0 };
  };
  return { project: at("project"), applications: at("applications"), muniShares: at("muniShares"), invoices: at("invoices") };
}

/** The tables as the pane's KASTE-kirjanpito sheet holds them: blocks one under another, each a header row and its rows. */
export function tablesOnLedgerSheet(model: LedgerSheetModel): LedgerTablesAt {
  const at = (id: LedgerTable["id"]): TableAt => {
    // buildLedgerSheet writes every table, an empty one with its header and one blank row
    const table = model.tables.find((t) => t.id === id);
    return { sheet: model.name, firstRow: (table?.headerRow ?? 0) + 1, rows: table?.rows ?? 0 };
  };
  return { project: at("project"), applications: at("applications"), muniShares: at("muniShares"), invoices: at("invoices") };
}

interface Words {
  readonly title: string;
  readonly project: string;
  readonly period: string;
  readonly byLine: string;
  readonly byPartner: string;
  readonly costLine: string;
  readonly partner: string;
  readonly total: string;
  readonly noLine: string;
  readonly funding: string;
  readonly source: string;
  readonly amount: string;
  readonly share: string;
  readonly eligible: string;
  readonly rate: string;
  readonly granted: string;
  readonly stateGrant: string;
  readonly municipalRequired: string;
  readonly municipal: string;
  readonly municipalTotal: string;
  readonly otherFunding: string;
  readonly income: string;
  readonly fundingTotal: string;
  readonly budget: string;
  readonly budgetHeader: readonly string[];
  readonly partnerTotal: string;
  readonly settlement: string;
  readonly lastApplication: string;
  readonly start: string;
  readonly end: string;
  readonly eligibleInPeriod: string;
  readonly allowed: string;
  readonly applied: string;
  readonly paid: string;
  readonly difference: string;
  readonly threshold: string;
  readonly toReturn: string;
  readonly notReturned: string;
  readonly stillDue: string;
}

const WORDS: Readonly<Record<Lang, Words>> = {
  fi: {
    title: "loppuselvityksen taloustaulukot",
    project: "Hanke",
    period: "Hankeaika",
    byLine: "Toteutuneet hyväksyttävät kustannukset vuosittain ja tilikohdittain",
    byPartner: "Toteutuneet hyväksyttävät kustannukset kumppaneittain",
    costLine: "Tilikohta",
    partner: "Kumppani",
    total: "Yhteensä",
    noLine: "(ei tilikohtaa)",
    funding: "Rahoitus lähteittäin",
    source: "Lähde",
    amount: "Summa €",
    share: "Osuus",
    eligible: "Hyväksyttävät kustannukset",
    rate: "Valtionavustuksen osuus",
    granted: "Myönnetty valtionavustus enintään",
    stateGrant: "Valtionavustus",
    municipalRequired: "Kuntien rahoitusosuus kustannuksista",
    municipal: "Kuntaosuus",
    municipalTotal: "Kuntaosuudet yhteensä (Kuntaosuudet-taulukko)",
    otherFunding: "Muu rahoitus",
    income: "Tulot",
    fundingTotal: "Rahoitus yhteensä",
    budget: "Budjetti ja toteuma",
    budgetHeader: ["Kumppani", "Tilikohta", "Budjetti €", "Toteuma €", "Erotus €", "Käyttö %"],
    partnerTotal: "yhteensä",
    settlement: "Viimeisen maksatushakemuksen tilitys",
    lastApplication: "Viimeinen maksatushakemus",
    start: "Hanke alkaa",
    end: "Hanke päättyy",
    eligibleInPeriod: "Hyväksyttävät kustannukset hankeaikana",
    allowed: "Valtionavustus enintään (pyöristetty alas sentteihin)",
    applied: "Haettu yhteensä",
    paid: "Maksettu yhteensä",
    difference: "Maksettu − enintään",
    threshold: "Takaisinperinnän raja",
    toReturn: "Palautettava",
    notReturned: "Jää palauttamatta (enintään raja)",
    stillDue: "Vielä maksettava hankkeelle",
  },
  sv: {
    title: "slutrapportens ekonomiska tabeller",
    project: "Projekt",
    period: "Projekttid",
    byLine: "Godtagbara kostnader per år och kostnadsslag",
    byPartner: "Godtagbara kostnader per partner",
    costLine: "Kostnadsslag",
    partner: "Partner",
    total: "Totalt",
    noLine: "(inget kostnadsslag)",
    funding: "Finansiering per källa",
    source: "Källa",
    amount: "Belopp €",
    share: "Andel",
    eligible: "Godtagbara kostnader",
    rate: "Statsunderstödets andel",
    granted: "Beviljat statsunderstöd högst",
    stateGrant: "Statsunderstöd",
    municipalRequired: "Kommunernas andel av kostnaderna",
    municipal: "Kommunandel",
    municipalTotal: "Kommunandelar totalt (tabellen Kommunandelar)",
    otherFunding: "Annan finansiering",
    income: "Intäkter",
    fundingTotal: "Finansiering totalt",
    budget: "Budget och utfall",
    budgetHeader: ["Partner", "Kostnadsslag", "Budget €", "Utfall €", "Differens €", "Användning %"],
    partnerTotal: "totalt",
    settlement: "Avräkning efter den sista utbetalningsansökan",
    lastApplication: "Sista utbetalningsansökan",
    start: "Projektet börjar",
    end: "Projektet slutar",
    eligibleInPeriod: "Godtagbara kostnader under projekttiden",
    allowed: "Statsunderstöd högst (avrundat nedåt till cent)",
    applied: "Ansökt totalt",
    paid: "Utbetalt totalt",
    difference: "Utbetalt − högst",
    threshold: "Gräns för återkrav",
    toReturn: "Ska återbetalas",
    notReturned: "Återbetalas inte (högst gränsen)",
    stillDue: "Ska ännu betalas till projektet",
  },
  en: {
    title: "final report financial tables",
    project: "Project",
    period: "Project period",
    byLine: "Realised eligible costs by year and cost line",
    byPartner: "Realised eligible costs by partner",
    costLine: "Cost line",
    partner: "Partner",
    total: "Total",
    noLine: "(no cost line)",
    funding: "Funding by source",
    source: "Source",
    amount: "Amount €",
    share: "Share",
    eligible: "Eligible costs",
    rate: "State grant rate",
    granted: "State grant awarded at most",
    stateGrant: "State grant",
    municipalRequired: "Municipal share of the costs",
    municipal: "Municipal share",
    municipalTotal: "Municipal shares in total (Municipal shares table)",
    otherFunding: "Other funding",
    income: "Income",
    fundingTotal: "Funding in total",
    budget: "Budget and actual",
    budgetHeader: ["Partner", "Cost line", "Budget €", "Actual €", "Variance €", "Use %"],
    partnerTotal: "total",
    settlement: "Settlement after the last payment application",
    lastApplication: "Last payment application",
    start: "Project starts",
    end: "Project ends",
    eligibleInPeriod: "Eligible costs within the project period",
    allowed: "State grant at most (rounded down to the cent)",
    applied: "Applied in total",
    paid: "Paid in total",
    difference: "Paid − at most",
    threshold: "Repayment threshold",
    toReturn: "To be returned",
    notReturned: "Not returned (at most the threshold)",
    stillDue: "Still due to the project",
  },
};

/** Text as a SUMIFS criterion compares it literally: wildcards escaped with ~, quotes doubled. */
const literal = (text: string): string => text.replace(/[~*?]/g, "~$&").replace(/"/g, '""');
/** A criterion for a cell equal to `text` (case ignored, as SUMIFS does), or an empty cell for "". */
const equals = (text: string): string => (text === "" ? `""` : `"=${literal(text)}"`);

const money = (formula: string, cents: number): OutCell => ({ formula, result: cents / 100, format: "money" });

/**
 * The final report's sheet; `report` is `finalReport(ledger, doc, asOf)` and `at` where the
 * ledger's tables stand, in the same language `lang` (the budget partner's words are matched).
 */
export function buildFinalReportSheet(report: FinalReport, doc: LedgerExport, at: LedgerTablesAt, lang: Lang): OutSheet {
  const words = WORDS[lang];
  const rows: OutCell[][] = [];
  const boldRows: number[] = [];
  const bold = (row: OutCell[]) => {
    boldRows.push(rows.length);
    rows.push(row);
  };
  const range = (table: TableAt, col: number) => {
    const letter = columnLetter(col);
    const last = table.firstRow + Math.max(1, table.rows);
    return `${sheetRef(table.sheet)}!$${letter}$${table.firstRow + 1}:$${letter}$${last}`;
  };
  const inv = (key: InvoiceColumnKey) => range(at.invoices, invoiceColumn(key));
  const eligible = inv("eligible");
  const sumifs = (criteria: readonly (readonly [InvoiceColumnKey, string])[]) =>
    `ROUND(SUMIFS(${eligible},${criteria.map(([key, c]) => `${inv(key)},${c}`).join(",")}),2)`;
  const fact = (key: Parameters<typeof factRow>[1]): string | null => {
    const row = factRow(doc, key);
    return row < 0 ? null : `${sheetRef(at.project.sheet)}!$${columnLetter(FACT_VALUE_COLUMN)}$${at.project.firstRow + row + 1}`;
  };

  bold([`${GENERATED_MARK} ${words.title}`]);
  if (report.project !== "") rows.push([words.project, report.project]);
  const { settlement } = report;
  rows.push([
    words.period,
    settlement.start === null ? null : { date: settlement.start },
    settlement.end === null ? null : { date: settlement.end },
  ]);

  // 1 and 2: realised by year × cost line, by year × partner
  const yearTable = (title: string, nameHeader: string, key: "budgetLine" | "budgetPartner", table: FinalReport["byLine"]) => {
    rows.push([]);
    bold([title]);
    bold([nameHeader, ...report.years, words.total]);
    const first = rows.length;
    for (const row of table) {
      const shown = key === "budgetPartner" ? budgetPartnerName(row.name, lang) : row.name === "" ? words.noLine : row.name;
      const criterion = equals(key === "budgetPartner" ? budgetPartnerName(row.name, lang) : row.name);
      const yearCells = report.years.map((year, y) =>
        money(
          sumifs([
            ["year", String(year)],
            [key, criterion],
          ]),
          row.byYear[y] ?? 0,
        ),
      );
      const r = rows.length + 1;
      rows.push([
        shown,
        ...yearCells,
        money(report.years.length === 0 ? "0" : `SUM(B${r}:${columnLetter(report.years.length)}${r})`, row.total),
      ]);
    }
    const last = rows.length;
    const totals = [...report.totalByYear, report.total].map((cents, y) => {
      const letter = columnLetter(y + 1);
      return money(last > first ? `SUM(${letter}${first + 1}:${letter}${last})` : "0", cents);
    });
    boldRows.push(rows.length);
    const totalRow = rows.length;
    rows.push([words.total, ...totals]);
    return `$${columnLetter(report.years.length + 1)}$${totalRow + 1}`;
  };
  const totalCell = yearTable(words.byLine, words.costLine, "budgetLine", report.byLine);
  yearTable(words.byPartner, words.partner, "budgetPartner", report.byPartner);

  // 3: funding by source
  const { funding } = report;
  rows.push([]);
  bold([words.funding]);
  bold([words.source, words.amount, words.share]);
  const eligibleCell = `$B$${rows.length + 1}`;
  /** The next row's amount as a share of the eligible costs. */
  const shareOf = (cents: number): OutCell => ({
    formula: `IF(${eligibleCell}=0,"",B${rows.length + 1}/${eligibleCell})`,
    ...(funding.eligible === 0 ? {} : { result: cents / funding.eligible }),
    format: "percent",
  });
  rows.push([words.eligible, money(totalCell, funding.eligible)]);
  // the ledger's rate cell holds the rate as typed: over 75 % it is not the rate the report uses (rateOf)
  const rateRef = doc.project.ratePpm?.value === funding.rate ? fact("ratePpm") : null;
  const rateCell = `$B$${rows.length + 1}`;
  rows.push([
    words.rate,
    rateRef === null ? { percent: funding.rate } : { formula: rateRef, result: funding.rate / 1_000_000, format: "percent" },
  ]);
  const grantedRef = fact("stateGrantCents");
  const grantedCell = grantedRef === null ? null : `$B$${rows.length + 1}`;
  if (grantedRef !== null) rows.push([words.granted, money(grantedRef, settlement.granted ?? 0)]);
  const share = (cell: string) => `INT(ROUND(${cell}*100,0)*ROUND(${rateCell}*1000000,0)/1000000)/100`;
  const capped = (cell: string) => (grantedCell === null ? share(cell) : `MIN(${share(cell)},${grantedCell})`);
  const fundingFirst = rows.length;
  rows.push([words.stateGrant, money(capped(eligibleCell), funding.stateGrant), shareOf(funding.stateGrant)]);
  rows.push([
    words.municipalRequired,
    money(`ROUND(${eligibleCell}-B${rows.length},2)`, funding.municipalRequired),
    shareOf(funding.municipalRequired),
  ]);
  const municipalFirst = rows.length;
  for (const m of funding.municipalities) {
    // a municipality under two names ("Närpes", "Närpiö") is the sum of both
    const sums = m.spellings.map(
      (name) =>
        `SUMIFS(${range(at.muniShares, MUNI_SHARE_COLUMNS.amount)},${range(at.muniShares, MUNI_SHARE_COLUMNS.municipality)},${equals(name)})`,
    );
    const formula = `ROUND(${sums.join("+")},2)`;
    rows.push([`${words.municipal}: ${m.name}`, money(formula, m.amount), shareOf(m.amount)]);
  }
  const municipalSum = rows.length > municipalFirst ? `SUM(B${municipalFirst + 1}:B${rows.length})` : "0";
  const municipalTotalRow = rows.length;
  rows.push([words.municipalTotal, money(municipalSum, funding.municipalTotal), shareOf(funding.municipalTotal)]);
  const extra: number[] = [];
  for (const [key, label, cents] of [
    ["otherFundingCents", words.otherFunding, funding.otherFunding],
    ["incomeCents", words.income, funding.income],
  ] as const) {
    const ref = fact(key);
    if (ref === null || cents === null) continue;
    extra.push(rows.length);
    rows.push([label, money(ref, cents), shareOf(cents)]);
  }
  boldRows.push(rows.length);
  const fundingSum = [fundingFirst, municipalTotalRow, ...extra].map((r) => `B${r + 1}`).join("+");
  rows.push([words.fundingTotal, money(`ROUND(${fundingSum},2)`, funding.total), shareOf(funding.total)]);

  // 4: budget vs realised
  if (report.budget.length > 0) {
    rows.push([]);
    bold([words.budget]);
    bold([...words.budgetHeader]);
    for (const b of report.budget) {
      const partner = budgetPartnerName(b.partner, lang);
      const criteria: (readonly [InvoiceColumnKey, string])[] = [["budgetPartner", equals(partner)]];
      if (b.line !== null) criteria.push(["budgetLine", equals(b.line)]);
      const r = rows.length + 1;
      if (b.line === null) boldRows.push(rows.length);
      rows.push([
        partner,
        b.line === null ? words.partnerTotal : b.line === "" ? words.noLine : b.line,
        b.budget === null ? null : { money: b.budget },
        money(sumifs(criteria), b.realised),
        b.variance === null ? null : money(`ROUND(C${r}-D${r},2)`, b.variance),
        b.use === null ? null : { formula: `IF(C${r}=0,"",D${r}/C${r})`, result: b.use, format: "percent" },
      ]);
    }
  }

  // 5: the settlement after the last application
  rows.push([]);
  bold([words.settlement]);
  const last = settlement.last;
  if (last) rows.push([words.lastApplication, last.number, last.end === null ? null : { date: last.end }]);
  const startCell = `$B$${rows.length + 1}`;
  rows.push([words.start, settlement.start === null ? null : { date: settlement.start }]);
  const endCell = `$B$${rows.length + 1}`;
  rows.push([words.end, settlement.end === null ? null : { date: settlement.end }]);
  const bounds = (dayKey: InvoiceColumnKey): (readonly [InvoiceColumnKey, string])[] => [
    ...(settlement.start === null ? [] : [[dayKey, `">="&${startCell}`] as const]),
    ...(settlement.end === null ? [] : [[dayKey, `"<="&${endCell}`] as const]),
  ];
  // A cost's day is its period end, else its invoice date (ledger/costs.ts costDay)
  const inPeriod =
    settlement.start === null && settlement.end === null
      ? `ROUND(SUM(${eligible}),2)`
      : `ROUND(${sumifs(bounds("periodEnd"))}+${sumifs([["periodEnd", `""`], ...bounds("date")])},2)`;
  const inPeriodCell = `$B$${rows.length + 1}`;
  rows.push([words.eligibleInPeriod, money(inPeriod, settlement.eligible)]);
  const allowedCell = `$B$${rows.length + 1}`;
  rows.push([words.allowed, money(capped(inPeriodCell), settlement.allowed)]);
  const appliedRange = range(at.applications, APPLICATION_COLUMNS.applied);
  rows.push([words.applied, money(`ROUND(SUM(${appliedRange}),2)`, settlement.applied)]);
  const paidCell = `$B$${rows.length + 1}`;
  rows.push([words.paid, money(`ROUND(SUM(${range(at.applications, APPLICATION_COLUMNS.paid)}),2)`, settlement.paid)]);
  const differenceCell = `$B$${rows.length + 1}`;
  rows.push([words.difference, money(`ROUND(${paidCell}-${allowedCell},2)`, settlement.difference)]);
  const thresholdCell = `$B$${rows.length + 1}`;
  rows.push([words.threshold, { money: settlement.threshold }]);
  boldRows.push(rows.length, rows.length + 1, rows.length + 2);
  rows.push([words.toReturn, money(`IF(${differenceCell}>${thresholdCell},${differenceCell},0)`, settlement.toReturn)]);
  rows.push([
    words.notReturned,
    money(`IF(AND(${differenceCell}>0,${differenceCell}<=${thresholdCell}),${differenceCell},0)`, settlement.notReturned),
  ]);
  rows.push([words.stillDue, money(`MAX(0,-${differenceCell})`, settlement.stillDue)]);

  return { name: FINAL_SHEET_NAME, rows, boldRows, widths: [52, 18, 18, 18, 18, 18, 18, 18] };
}
