import { checkWorkbook } from "../../check/checkWorkbook";
import type { CheckResult } from "../../check/checkWorkbook";
import { cellOf } from "../../ledger/cell";
import { SheetReader } from "../../ledger/sheetReader";
import type { Ledger, RowRef } from "../../ledger/model";
import { rateOf } from "../../ledger/settings";
import { formatMoney, stateShare } from "../../money";
import type { Cents } from "../../money";
import { fiDateOf, serialOf, ymdOf } from "../../periods";
import type { Day, Interval } from "../../periods";
import type { Finding } from "../../findings/finding";
import { makeFinding } from "../../findings/makeFinding";
import { formatParam } from "../../findings/render";
import type { Lang } from "../../findings/render";
import { columnLetter, parseAddress, sheetRef } from "../../workbook/address";
import { nameKey } from "../../workbook/normalize";
import type { WorkbookData } from "../../workbook/types";
import type { OutCell, OutSheet } from "../../workbook/cells";
import { isFormulaCell, isMoneyCell } from "../../workbook/cells";
import { claimedCosts } from "../../ledger/costs";
import type { ClaimedCost } from "../../ledger/costs";
import { evaluateTerms, renderTerms, termsFor, textTypedCells } from "./formulas";
import type { SumTerm } from "./formulas";
import { GENERATED_MARK } from "../../ledger/generated";
import { toCsv } from "../../workbook/csv";
import type { CsvField } from "../../workbook/csv";

/** One partner's cost line in the application: its eligible costs in the period. */
export interface ApplicationLine {
  readonly partner: string;
  readonly line: string;
  readonly eligible: Cents;
  readonly costs: readonly ClaimedCost[];
}

/** A payment application before this one (Maksatukset rows ending before the period starts). */
export interface EarlierApplication {
  readonly number: string;
  readonly start: Day;
  readonly end: Day;
  readonly applied: Cents | null;
  readonly paid: Cents | null;
  readonly at: RowRef;
}

export interface MunicipalShareRow {
  readonly year: number;
  readonly municipality: string;
  readonly payer: string;
  readonly amount: Cents | null;
  readonly at: RowRef;
}

/** The figures of a payment application, all in cents, as the library computes them. */
export interface ApplicationFigures {
  readonly period: Interval;
  /** The application's number: its Maksatukset row's, else one more than the applications before it. */
  readonly number: string;
  /** The state grant rate in ppm (Hanke's Valtionavustus-%, default 750 000 = 75 %). */
  readonly rate: number;
  /** Eligible costs of the period by partner and cost line (partners and lines in first-seen order). */
  readonly lines: readonly ApplicationLine[];
  readonly eligible: Cents;
  /** The most the rate allows on the period's costs, rounded down to the cent. */
  readonly stateShare: Cents;
  /** The rest of the period's eligible costs. */
  readonly municipalShare: Cents;
  /** Eligible costs from the project's start (all costs counted on or before the period's end). */
  readonly cumulativeEligible: Cents;
  /** The ledger rows behind `cumulativeEligible`. */
  readonly cumulativeCosts: readonly ClaimedCost[];
  readonly cumulativeStateShare: Cents;
  readonly earlier: readonly EarlierApplication[];
  readonly appliedBefore: Cents;
  readonly paidBefore: Cents;
  /** Hanke's Valtionavustus (the grant decided), when given. */
  readonly granted: Cents | null;
  /**
   * The amount to apply now: the period's state share, but never so much that the applications
   * so far exceed the rate of the costs so far, or the grant decided; never below 0.
   */
  readonly applyNow: Cents;
  readonly appliedAfter: Cents;
  /** Kuntaosuudet rows of the years the period touches. */
  readonly municipalShares: readonly MunicipalShareRow[];
  /** Every ledger row the application claims, with its eligible cost. */
  readonly costs: readonly ClaimedCost[];
}

/**
 * The payment application's figures for a period: eligible realised costs by partner and cost
 * line (a cost counts on its period's end, else its invoice date), the state share at the rate
 * rounded down and the municipal share, the earlier applications, the amount to apply now, the
 * cumulative figures and the municipal shares of the years covered.
 *
 * @example
 * applicationFigures(ledger, { start: dayFromYmd(2014, 1, 1), end: dayFromYmd(2014, 10, 31) }).applyNow
 */
export function applicationFigures(ledger: Ledger, period: Interval): ApplicationFigures {
  const rate = rateOf(ledger.project);
  const { total: eligible, costs } = claimedCosts(ledger, period);
  const groups = new Map<string, { partner: string; line: string; eligible: Cents; costs: ClaimedCost[] }>();
  for (const cost of costs) {
    const key = `${nameKey(cost.line.partner)}\u001f${nameKey(cost.line.line)}`;
    let group = groups.get(key);
    if (!group)
      groups.set(key, (group = { partner: cost.partner?.name ?? cost.line.partner, line: cost.line.line, eligible: 0, costs: [] }));
    group.eligible += cost.cents;
    group.costs.push(cost);
  }
  const lines = [...groups.values()].sort((a, b) => partnerOrder(ledger, a.partner) - partnerOrder(ledger, b.partner));
  const { total: cumulativeEligible, costs: cumulativeCosts } = claimedCosts(ledger, { start: null, end: period.end });
  const dated = ledger.applications.flatMap(({ start, end, ...a }) => (start !== null && end !== null ? [{ ...a, start, end }] : []));
  const earlier: EarlierApplication[] = dated
    .filter((a) => a.end < period.start)
    .sort((a, b) => a.end - b.end)
    .map((a) => ({ number: a.number, start: a.start, end: a.end, applied: a.applied, paid: a.paid, at: a.at }));
  const own = dated.find((a) => a.start === period.start && a.end === period.end);
  const appliedBefore = earlier.reduce((sum, a) => sum + (a.applied ?? 0), 0);
  const paidBefore = earlier.reduce((sum, a) => sum + (a.paid ?? 0), 0);
  const state = stateShare(eligible, rate);
  const cumulativeStateShare = stateShare(cumulativeEligible, rate);
  const granted = ledger.project.stateGrant?.value ?? null;
  const applyNow = Math.max(
    0,
    Math.min(state, cumulativeStateShare - appliedBefore, granted === null ? Infinity : granted - appliedBefore),
  );
  const first = ymdOf(period.start).year;
  const last = ymdOf(period.end).year;
  const municipalShares = ledger.muniShares
    .flatMap(({ year, municipality, payer, amount, at }) =>
      year !== null && year >= first && year <= last ? [{ year, municipality, payer, amount, at }] : [],
    )
    .sort((a, b) => a.year - b.year);
  return {
    period,
    number: own?.number || String(earlier.length + 1),
    rate,
    lines,
    eligible,
    stateShare: state,
    municipalShare: eligible - state,
    cumulativeEligible,
    cumulativeCosts,
    cumulativeStateShare,
    earlier,
    appliedBefore,
    paidBefore,
    granted,
    applyNow,
    appliedAfter: appliedBefore + applyNow,
    municipalShares,
    costs,
  };
}

function partnerOrder(ledger: Ledger, name: string): number {
  const i = ledger.partners.findIndex((p) => nameKey(p.name) === nameKey(name));
  return i < 0 ? ledger.partners.length : i;
}

export type SheetLang = Lang;

export interface DraftOptions {
  /** The day the checks look from and the draft is dated; Asetukset's as-of date, else today. */
  readonly asOf?: Day;
  /** Write the draft although the checks found errors; the sheet says so. */
  readonly override?: boolean;
  readonly lang?: SheetLang;
}

export interface ApplicationDraft {
  readonly figures: ApplicationFigures;
  /** The checks run before drafting (all findings, all rules). */
  readonly check: CheckResult;
  /** The errors among them: they block the draft unless overridden. */
  readonly errors: readonly Finding[];
  /** True when errors block the draft (nothing should be written). */
  readonly blocked: boolean;
  /** The new sheet: totals as live SUMIFS formulas over the ledger, the library's figures and the differences beside them. */
  readonly sheet: OutSheet;
  /** APPLICATION_FORMULA_MISMATCH where a formula would not give the library's figure. */
  readonly mismatches: readonly Finding[];
}

const LABELS = {
  fi: {
    title: (n: string, s: string, e: string) => `${GENERATED_MARK} maksatushakemus ${n}, ${s}–${e} (luonnos)`,
    project: "Hanke",
    period: "Hakemuskausi",
    number: "Hakemus nro",
    drafted: "Laadittu",
    checks: "Tarkistukset",
    noErrors: "ei virheitä",
    overridden: (n: number, codes: string) => `OHITETTU: ${n} virhettä (${codes})`,
    partner: "Kumppani",
    line: "Tilikohta",
    formula: "Summa (kaava)",
    library: "Summa (KASTE Ledger)",
    difference: "Ero",
    noLine: "(ei tilikohtaa)",
    total: "Yhteensä",
    funding: "Rahoitus",
    eligible: "Hyväksyttävät kustannukset kaudella",
    rate: "Valtionavustus-%",
    state: "Valtionavustus enintään (pyöristetty alas sentteihin)",
    municipal: "Kuntaosuus",
    cumulative: "Hyväksyttävät kustannukset hankkeen alusta kauden loppuun",
    cumulativeState: "Valtionavustus enintään hankkeen alusta",
    appliedBefore: "Aiemmin haettu",
    paidBefore: "Aiemmin maksettu",
    granted: "Myönnetty valtionavustus (Hanke)",
    applyNow: "Haetaan nyt",
    appliedAfter: "Haettu yhteensä tämän hakemuksen jälkeen",
    earlier: "Aiemmat maksatushakemukset",
    earlierPeriod: "Kausi",
    applied: "Haettu",
    paid: "Maksettu",
    shares: "Kuntaosuudet",
    year: "Vuosi",
    municipality: "Kunta (maksaja)",
    amount: "Summa",
    yearTotal: (y: number) => `${y} yhteensä`,
    sheet: (year: number) => `Maksatushakemus ${year}`,
  },
  en: {
    title: (n: string, s: string, e: string) => `${GENERATED_MARK} payment application ${n}, ${s}–${e} (draft)`,
    project: "Project",
    period: "Period",
    number: "Application no.",
    drafted: "Drafted",
    checks: "Checks",
    noErrors: "no errors",
    overridden: (n: number, codes: string) => `OVERRIDDEN: ${n} errors (${codes})`,
    partner: "Partner",
    line: "Cost line",
    formula: "Amount (formula)",
    library: "Amount (KASTE Ledger)",
    difference: "Difference",
    noLine: "(no cost line)",
    total: "Total",
    funding: "Funding",
    eligible: "Eligible costs of the period",
    rate: "State grant %",
    state: "State grant at most (rounded down to the cent)",
    municipal: "Municipal share",
    cumulative: "Eligible costs from the project start to the period end",
    cumulativeState: "State grant at most since the project start",
    appliedBefore: "Applied before",
    paidBefore: "Paid before",
    granted: "State grant decided (Hanke)",
    applyNow: "Applied now",
    appliedAfter: "Applied in total after this application",
    earlier: "Earlier payment applications",
    earlierPeriod: "Period",
    applied: "Applied",
    paid: "Paid",
    shares: "Municipal shares",
    year: "Year",
    municipality: "Municipality (payer)",
    amount: "Amount",
    yearTotal: (y: number) => `${y} total`,
    sheet: (year: number) => `Payment application ${year}`,
  },
  sv: {
    title: (n: string, s: string, e: string) => `${GENERATED_MARK} utbetalningsansökan ${n}, ${s}–${e} (utkast)`,
    project: "Projekt",
    period: "Ansökningsperiod",
    number: "Ansökan nr",
    drafted: "Upprättad",
    checks: "Kontroller",
    noErrors: "inga fel",
    overridden: (n: number, codes: string) => `ÅSIDOSATT: ${n} fel (${codes})`,
    partner: "Partner",
    line: "Kostnadspost",
    formula: "Belopp (formel)",
    library: "Belopp (KASTE Ledger)",
    difference: "Skillnad",
    noLine: "(ingen kostnadspost)",
    total: "Totalt",
    funding: "Finansiering",
    eligible: "Godtagbara kostnader under perioden",
    rate: "Statsunderstöd %",
    state: "Statsunderstöd högst (avrundat nedåt till cent)",
    municipal: "Kommunandel",
    cumulative: "Godtagbara kostnader från projektets start till periodens slut",
    cumulativeState: "Statsunderstöd högst sedan projektets start",
    appliedBefore: "Tidigare ansökt",
    paidBefore: "Tidigare utbetalt",
    granted: "Beviljat statsunderstöd (Hanke)",
    applyNow: "Ansöks nu",
    appliedAfter: "Ansökt totalt efter denna ansökan",
    earlier: "Tidigare utbetalningsansökningar",
    earlierPeriod: "Period",
    applied: "Ansökt",
    paid: "Utbetalt",
    shares: "Kommunandelar",
    year: "År",
    municipality: "Kommun (betalare)",
    amount: "Belopp",
    yearTotal: (y: number) => `${y} totalt`,
    sheet: (year: number) => `Utbetalningsansökan ${year}`,
  },
} as const;

/** Where the period's bounds stand on the sheet (row 3: label, start, end). */
const BOUNDS = { start: "$B$3", end: "$C$3" } as const;

/**
 * Drafts a payment application for a period: runs the checks (errors block the draft unless
 * `override`, and an override is written on the sheet), computes the figures and lays out the
 * new sheet. The sheet's totals are live formulas (SUMIFS over the ledger's real sheet and
 * columns, references to Maksatukset, Hanke and Kuntaosuudet cells), each beside the library's
 * figure and their difference, so an auditor can trace every number and see that they agree.
 * Pure: the adapter writes `sheet` into the workbook (and must not when `blocked`).
 */
export function draftApplication(book: WorkbookData, period: Interval, options: DraftOptions = {}): ApplicationDraft {
  const check = checkWorkbook(book, { asOf: options.asOf });
  const errors = check.findings.filter((f) => f.severity === "error");
  const blocked = errors.length > 0 && !options.override;
  const figures = applicationFigures(check.ledger, period);
  const lang = options.lang ?? "fi";
  const { sheet, mismatches } = applicationSheet(book, check.ledger, figures, {
    lang,
    asOf: check.asOf,
    errors,
    name: uniqueSheetName(book, LABELS[lang].sheet(ymdOf(period.end).year)),
  });
  return { figures, check, errors, blocked, sheet, mismatches };
}

/** A sheet name not yet taken (Excel compares them ignoring case), at most 31 characters. */
function uniqueSheetName(book: WorkbookData, wanted: string): string {
  const taken = new Set(book.sheets.map((s) => s.name.toLowerCase()));
  const base = wanted.replace(/[:\\/?*[\]]/g, "-").slice(0, 31);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const name = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

function applicationSheet(
  book: WorkbookData,
  ledger: Ledger,
  figures: ApplicationFigures,
  options: { lang: SheetLang; asOf: Day; errors: readonly Finding[]; name: string },
): { sheet: OutSheet; mismatches: Finding[] } {
  const L = LABELS[options.lang];
  const rows: OutCell[][] = [];
  const bold: number[] = [];
  const mismatches: Finding[] = [];
  const bounds = { start: serialOf(figures.period.start, book.date1904), end: serialOf(figures.period.end, book.date1904) };
  /** 1-based sheet row of the next row added. */
  const next = () => rows.length + 1;
  const money = (cents: Cents | null): OutCell => (cents === null ? null : { money: cents });
  const diff = (row: number): OutCell => ({ formula: `ROUND(C${row}-D${row},2)`, result: 0, format: "money" });
  /** A row whose C cell is a formula, D the library's figure and E their difference. */
  const figureRow = (label: string, sub: OutCell, formula: string, cents: Cents): number => {
    const row = next();
    rows.push([label, sub, { formula, result: cents / 100, format: "money" }, { money: cents }, diff(row)]);
    return row;
  };
  /** A row of SUMIFS terms; the library's figure alone where no formula can follow the ledger. */
  const sumRow = (label: string, sub: OutCell, terms: SumTerm[] | null, cents: Cents, costs: readonly ClaimedCost[]): number => {
    const row = next();
    if (terms === null) {
      rows.push([label, sub, { money: cents }, { money: cents }, diff(row)]);
      mismatches.push(
        makeFinding(
          "APPLICATION_FORMULA_MISMATCH",
          { sheet: options.name, cell: `C${row}` },
          { label: `${label} ${typeof sub === "string" ? sub : ""}`.trim(), formula: { cents }, library: { cents }, cells: "" },
        ),
      );
      return row;
    }
    const evaluated = evaluateTerms(terms, book, bounds);
    if (evaluated !== cents) {
      mismatches.push(
        makeFinding(
          "APPLICATION_FORMULA_MISMATCH",
          { sheet: options.name, cell: `C${row}` },
          {
            label: `${label} ${typeof sub === "string" ? sub : ""}`.trim(),
            formula: evaluated === null ? "#VALUE!" : { cents: evaluated },
            library: { cents },
            cells: textTypedCells(costs, book).join(", "),
          },
        ),
      );
    }
    rows.push([label, sub, { formula: renderTerms(terms, BOUNDS), result: cents / 100, format: "money" }, { money: cents }, diff(row)]);
    return row;
  };
  /** A reference to a ledger cell holding money; the library's figure where the cell is not a number. */
  const refOf = (at: RowRef, field: string, cents: Cents | null, label: string): OutCell => {
    if (cents === null) return null;
    const where = cellOf(at, field);
    const reference = numberRef(book, where.sheet, where.cell);
    if (reference === null) {
      mismatches.push(
        makeFinding("APPLICATION_FORMULA_MISMATCH", where, {
          label,
          formula: { cents },
          library: { cents },
          cells: `${where.sheet}!${where.cell}`,
        }),
      );
      return { money: cents };
    }
    return { formula: reference, result: cents / 100, format: "money" };
  };

  const projectName = ledger.project.name?.value ?? "";
  const start = fiDateOf(figures.period.start);
  const end = fiDateOf(figures.period.end);
  const checks =
    options.errors.length === 0
      ? L.noErrors
      : L.overridden(options.errors.length, [...new Set(options.errors.map((f) => f.code))].join(", "));
  rows.push([L.title(figures.number, start, end)]);
  rows.push([L.project, projectName]);
  rows.push([L.period, { date: figures.period.start }, { date: figures.period.end }]);
  rows.push([L.number, figures.number]);
  rows.push([L.drafted, { date: options.asOf }]);
  rows.push([L.checks, checks]);
  rows.push([]);
  bold.push(0, rows.length);
  rows.push([L.partner, L.line, L.formula, L.library, L.difference]);

  const firstLineRow = next();
  for (const group of figures.lines) {
    sumRow(
      group.partner,
      group.line || L.noLine,
      termsFor(group.costs, ledger, book, { byLine: true, withStart: true }),
      group.eligible,
      group.costs,
    );
  }
  const lastLineRow = next() - 1;
  bold.push(rows.length);
  const totalRow = figureRow(L.total, null, lastLineRow >= firstLineRow ? `SUM(C${firstLineRow}:C${lastLineRow})` : "0", figures.eligible);

  rows.push([]);
  bold.push(rows.length);
  rows.push([L.funding, null, L.formula, L.library, L.difference]);
  const E = figureRow(L.eligible, null, `C${totalRow}`, figures.eligible);
  const rateRow = next();
  rows.push([L.rate, null, { percent: figures.rate }, { percent: figures.rate }]);
  const share = (row: number) => `INT(ROUND(C${row}*100,0)*ROUND(C${rateRow}*1000000,0)/1000000)/100`;
  const S = figureRow(L.state, null, share(E), figures.stateShare);
  figureRow(L.municipal, null, `ROUND(C${E}-C${S},2)`, figures.municipalShare);
  // Cumulative: every partner's costs up to the period's end
  const cumulative = figures.cumulativeCosts;
  const cumulativeTerms = termsFor(cumulative, ledger, book, { byLine: false, withStart: false });
  const CE = sumRow(L.cumulative, null, cumulativeTerms, figures.cumulativeEligible, cumulative);
  const CS = figureRow(L.cumulativeState, null, share(CE), figures.cumulativeStateShare);
  const earlierRefs = figures.earlier.map((a) => ({
    applied: refOf(a.at, "applied", a.applied, `${L.applied} ${a.number}`),
    paid: refOf(a.at, "paid", a.paid, `${L.paid} ${a.number}`),
  }));
  const sumOf = (cells: OutCell[]) => {
    const parts = cells.flatMap((c) => (isFormulaCell(c) ? [c.formula] : isMoneyCell(c) ? [String(c.money / 100)] : []));
    return parts.length === 0 ? "0" : `SUM(${parts.join(",")})`;
  };
  const B = figureRow(L.appliedBefore, null, sumOf(earlierRefs.map((r) => r.applied)), figures.appliedBefore);
  figureRow(L.paidBefore, null, sumOf(earlierRefs.map((r) => r.paid)), figures.paidBefore);
  let G: number | null = null;
  const grant = ledger.project.stateGrant;
  if (grant && figures.granted !== null) {
    G = figureRow(L.granted, null, numberRef(book, grant.sheet, grant.cell) ?? String(figures.granted / 100), figures.granted);
  }
  const N = figureRow(L.applyNow, null, `MAX(0,MIN(C${S},C${CS}-C${B}${G === null ? "" : `,C${G}-C${B}`}))`, figures.applyNow);
  figureRow(L.appliedAfter, null, `C${B}+C${N}`, figures.appliedAfter);

  if (figures.earlier.length > 0) {
    rows.push([]);
    bold.push(rows.length);
    rows.push([L.earlier, L.earlierPeriod, L.applied, L.paid]);
    figures.earlier.forEach((a, i) =>
      rows.push([a.number, `${fiDateOf(a.start)}–${fiDateOf(a.end)}`, earlierRefs[i].applied, earlierRefs[i].paid]),
    );
  }

  if (figures.municipalShares.length > 0) {
    rows.push([]);
    bold.push(rows.length);
    rows.push([L.shares, L.municipality, L.amount, L.library, L.difference]);
    const years = [...new Set(figures.municipalShares.map((m) => m.year))];
    for (const year of years) {
      const first = next();
      for (const m of figures.municipalShares.filter((s) => s.year === year)) {
        const who = m.payer && nameKey(m.payer) !== nameKey(m.municipality) ? `${m.municipality} (${m.payer})` : m.municipality;
        const row = next();
        rows.push([year, who, refOf(m.at, "amount", m.amount, `${L.shares} ${year} ${m.municipality}`), money(m.amount), diff(row)]);
      }
      const last = next() - 1;
      const total = figures.municipalShares.filter((s) => s.year === year).reduce((sum, m) => sum + (m.amount ?? 0), 0);
      bold.push(rows.length);
      figureRow(L.yearTotal(year), null, `SUM(C${first}:C${last})`, total);
    }
  }
  return { sheet: { name: options.name, rows, boldRows: bold, widths: [44, 30, 16, 16, 10] }, mismatches };
}

/** An absolute reference to a cell that holds a number ('Maksatukset'!$D$3); null when it holds anything else. */
function numberRef(book: WorkbookData, sheetName: string, cell: string): string | null {
  const sheet = book.sheets.find((s) => s.name === sheetName);
  const at = parseAddress(cell);
  if (!sheet || !at) return null;
  const value = new SheetReader(sheet).cell(at.row, at.col);
  return typeof value === "number" ? `${sheetRef(sheetName)}!$${columnLetter(at.col)}$${at.row + 1}` : null;
}

/**
 * The application as CSV (values, not formulas): the sheet's rows with each formula replaced
 * by the library's figure, amounts as numbers with a decimal comma, dates as 31.10.2014.
 * Text that could be read as a formula is escaped (sync/injection.ts). Prefix a BOM for Excel.
 */
export function applicationCsv(draft: ApplicationDraft): string {
  const value = (cell: OutCell): CsvField => {
    if (cell === null || typeof cell !== "object") return cell;
    if ("date" in cell) return fiDateOf(cell.date);
    if ("money" in cell) return { money: cell.money };
    if ("percent" in cell) return cell.percent / 1_000_000;
    if ("formula" in cell)
      return typeof cell.result === "number" && cell.format === "money" ? { money: Math.round(cell.result * 100) } : (cell.result ?? null);
    if ("error" in cell) return cell.error;
    return null;
  };
  return toCsv(draft.sheet.rows.map((row) => row.map(value)));
}

/** The figures as a few lines of text for the terminal. */
export function applicationText(figures: ApplicationFigures, lang: SheetLang): string {
  const L = LABELS[lang];
  const m = (cents: Cents) => formatMoney(cents, lang).padStart(16);
  const day = (d: Day) => formatParam({ day: d }, lang);
  const lines = [`${L.period}: ${day(figures.period.start)}–${day(figures.period.end)}  (${L.number} ${figures.number})`, ""];
  for (const group of figures.lines) lines.push(`  ${`${group.partner} / ${group.line || L.noLine}`.padEnd(58)} ${m(group.eligible)}`);
  lines.push(`  ${L.total.padEnd(58)} ${m(figures.eligible)}`, "");
  const row = (label: string, cents: Cents | null) => {
    if (cents !== null) lines.push(`  ${label.padEnd(58)} ${m(cents)}`);
  };
  row(L.state, figures.stateShare);
  row(L.municipal, figures.municipalShare);
  row(L.cumulative, figures.cumulativeEligible);
  row(L.cumulativeState, figures.cumulativeStateShare);
  row(L.appliedBefore, figures.appliedBefore);
  row(L.paidBefore, figures.paidBefore);
  row(L.granted, figures.granted);
  row(L.applyNow, figures.applyNow);
  row(L.appliedAfter, figures.appliedAfter);
  return lines.join("\n");
}
