/** The application sheet: live formulas over the ledger beside the library's figures. */
import { cellOf } from "../../ledger/cell";
import { SheetReader } from "../../ledger/sheetReader";
import type { Ledger, RowRef } from "../../ledger/model";
import type { Cents } from "../../money";
import { fiDateOf, serialOf } from "../../periods";
import type { Day } from "../../periods";
import type { Finding } from "../../findings/finding";
import { makeFinding } from "../../findings/makeFinding";
import { columnLetter, parseAddress, sheetRef } from "../../workbook/address";
import { nameKey } from "../../workbook/normalize";
import type { WorkbookData } from "../../workbook/types";
import type { OutCell, OutSheet } from "../../workbook/cells";
import { isFormulaCell, isMoneyCell } from "../../workbook/cells";
import type { ClaimedCost } from "../../ledger/costs";
import { evaluateTerms, renderTerms, termsFor, textTypedCells } from "./formulas";
import type { SumTerm } from "./formulas";
import type { ApplicationFigures } from "./figures";
import { LABELS } from "./labels";
import type { SheetLang } from "./labels";

/** Where the period's bounds stand on the sheet (row 3: label, start, end). */
const BOUNDS = { start: "$B$3", end: "$C$3" } as const;

/** A sheet name not yet taken (Excel compares them ignoring case), at most 31 characters. */
export function uniqueSheetName(book: WorkbookData, wanted: string): string {
  const taken = new Set(book.sheets.map((s) => s.name.toLowerCase()));
  const base = wanted.replace(/[:\\/?*[\]]/g, "-").slice(0, 31);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const name = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

export function applicationSheet(
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
          { label: `${label} ${typeof sub === "string" ? sub : ""}`.trim(), formula: { cents }, library: { cents }, noFormula: "period" },
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
  const refOf = (at: RowRef | null, field: string, cents: Cents | null, label: string): OutCell => {
    if (cents === null) return null;
    // An application marked as sent that Maksatukset has no row for: its frozen figure
    if (at === null) return { money: cents };
    const where = cellOf(at, field);
    const reference = numberRef(book, where.sheet, where.cell);
    if (reference === null) {
      mismatches.push(
        makeFinding("APPLICATION_FORMULA_MISMATCH", where, {
          label,
          formula: { cents },
          library: { cents },
          cells: `${where.sheet}!${where.cell}`,
          noFormula: "text",
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
