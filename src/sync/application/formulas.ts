import { fromEuros } from "../../money";
import type { Cents } from "../../money";
import type { Ledger, TableRef } from "../../ledger/model";
import { SheetReader } from "../../ledger/sheetReader";
import { YES_NO } from "../../ledger/vocabulary";
import { columnLetter, sheetRef } from "../../workbook/address";
import { normalizeHeader, nameKey } from "../../workbook/normalize";
import { cellText, isCellError } from "../../workbook/types";
import type { CellValue, WorkbookData } from "../../workbook/types";
import type { ClaimedCost } from "../../ledger/costs";

/**
 * Live formulas over the ledger table that compute what the library computes, built from
 * the table's real sheet name and column letters: `SUMIFS('Laskut'!$H$2:$H$1048576, …)`.
 *
 * A group of ledger rows (one partner's cost line, or one partner's costs to a day) becomes a
 * sum of SUMIFS terms, one per spelling of its partner and cost line as typed (SUMIFS compares
 * text as typed, ignoring case only) and per way its rows date their cost (period end, else
 * invoice date). Eligibility follows `eligibleCents` (ledger/eligible.ts): net amounts, plus
 * VAT for partners that do not get it back, VAT-inclusive amounts made net with the VAT column,
 * rows marked "ei" (or another no-word as typed) left out.
 *
 * `evaluateTerms` computes the same terms over the workbook's cells the way Excel and
 * LibreOffice do (numbers only, text ignored), so a draft knows where a formula would
 * disagree with the library (amounts or dates typed as text) and says so.
 */

/** One SUMIFS criterion over a column (0-based sheet column `col` of the criteria range). */
export type Criterion =
  /** Equal or not to a text, ignoring case. */
  | { readonly col: number; readonly op: "eq" | "ne"; readonly text: string }
  | { readonly col: number; readonly op: "blank" | "nonblank" }
  /** At or after the period's start, at or before its end (the application's own cells). */
  | { readonly col: number; readonly op: "ge" | "le"; readonly bound: "start" | "end" };

export interface SumTerm {
  readonly sign: 1 | -1;
  readonly table: TableRef;
  /** 0-based first and last row (inclusive) of the ranges: the table's data rows. */
  readonly firstRow: number;
  readonly lastRow: number;
  /** 0-based column summed. */
  readonly sumCol: number;
  readonly criteria: readonly Criterion[];
}

/** Where the period's bounds stand on the application sheet, as absolute references ("$B$3"). */
export interface BoundRefs {
  readonly start: string;
  readonly end: string;
}

const LAST_EXCEL_ROW = 1_048_575;

function rangeOf(term: SumTerm, col: number): string {
  const letter = columnLetter(col);
  return `${sheetRef(term.table.sheet)}!$${letter}$${term.firstRow + 1}:$${letter}$${term.lastRow + 1}`;
}

/** Text as a SUMIFS criterion compares it literally: wildcards escaped with ~, quotes doubled. */
function literal(text: string): string {
  return text.replace(/[~*?]/g, "~$&").replace(/"/g, '""');
}

function criterionText(c: Criterion, refs: BoundRefs): string {
  switch (c.op) {
    case "eq":
      return `"=${literal(c.text)}"`;
    case "ne":
      return `"<>${literal(c.text)}"`;
    case "blank":
      return `""`;
    case "nonblank":
      return `"<>"`;
    case "ge":
      return `">="&${refs[c.bound]}`;
    case "le":
      return `"<="&${refs[c.bound]}`;
  }
}

/** The formula text (without "=") of a sum of terms; "0" when there are none. */
export function renderTerms(terms: readonly SumTerm[], refs: BoundRefs): string {
  if (terms.length === 0) return "0";
  return terms
    .map((term, i) => {
      const args = [rangeOf(term, term.sumCol), ...term.criteria.flatMap((c) => [rangeOf(term, c.col), criterionText(c, refs)])];
      const sign = term.sign < 0 ? "-" : i === 0 ? "" : "+";
      return `${sign}SUMIFS(${args.join(",")})`;
    })
    .join("");
}

function isBlankCell(cell: CellValue): boolean {
  return cell === null || cell === "";
}

function equalsText(cell: CellValue, text: string): boolean {
  if (typeof cell === "string") return cell.toLowerCase() === text.toLowerCase();
  if (typeof cell === "number") return text.trim() !== "" && Number(text) === cell;
  if (typeof cell === "boolean") return text.toUpperCase() === (cell ? "TRUE" : "FALSE");
  return false;
}

function matches(cell: CellValue, c: Criterion, bounds: { start: number; end: number }): boolean {
  switch (c.op) {
    case "eq":
      return equalsText(cell, c.text);
    case "ne":
      return !equalsText(cell, c.text);
    case "blank":
      return isBlankCell(cell);
    case "nonblank":
      return !isBlankCell(cell);
    case "ge":
      return typeof cell === "number" && cell >= bounds[c.bound];
    case "le":
      return typeof cell === "number" && cell <= bounds[c.bound];
  }
}

/**
 * What a spreadsheet computes for the terms over the workbook's cells: numbers summed, text
 * ignored, an error value in a counted row making the whole result an error (null).
 * `bounds` are the period's start and end as serials in the workbook's date system.
 */
export function evaluateTerms(terms: readonly SumTerm[], book: WorkbookData, bounds: { start: number; end: number }): Cents | null {
  let sum = 0;
  const readers = new Map<string, SheetReader>();
  for (const term of terms) {
    let reader = readers.get(term.table.sheet);
    if (!reader) {
      const sheet = book.sheets.find((s) => s.name === term.table.sheet);
      if (!sheet) continue;
      readers.set(term.table.sheet, (reader = new SheetReader(sheet)));
    }
    const last = Math.min(term.lastRow, reader.rowCount - 1);
    const cells = reader;
    for (let row = term.firstRow; row <= last; row++) {
      if (!term.criteria.every((c) => matches(cells.cell(row, c.col), c, bounds))) continue;
      const value = cells.cell(row, term.sumCol);
      if (isCellError(value)) return null;
      if (typeof value !== "number") continue;
      // Each amount in cents, then summed: no float sum of euros
      const cents = fromEuros(value);
      if (cents === null) return null;
      sum += term.sign * cents;
    }
  }
  return sum;
}

/** The data rows of a table: from below its header to above the next table on its sheet (or the sheet's end). */
function dataRowsOf(table: TableRef, ledger: Ledger): { firstRow: number; lastRow: number } {
  let next = LAST_EXCEL_ROW + 1;
  for (const tables of Object.values(ledger.tables)) {
    for (const other of tables)
      if (other.sheet === table.sheet && other.headerRow > table.headerRow && other.headerRow < next) next = other.headerRow;
  }
  return { firstRow: table.headerRow + 1, lastRow: next - 1 };
}

const NO_WORDS: ReadonlySet<string> = new Set(YES_NO.no);

/** The spellings of "no" typed in a table's eligibility column (each once, ignoring case), to leave those rows out. */
function noSpellings(table: TableRef, book: WorkbookData, rows: { firstRow: number; lastRow: number }): string[] {
  const col = table.columns.eligible;
  if (col === undefined) return [];
  const sheet = book.sheets.find((s) => s.name === table.sheet);
  if (!sheet) return [];
  const reader = new SheetReader(sheet);
  // Each spelling (ignoring case) is judged once: the column repeats a few words over every row
  const seen = new Set<string>();
  const found: string[] = [];
  const last = Math.min(rows.lastRow, reader.rowCount - 1);
  for (let row = rows.firstRow; row <= last; row++) {
    const cell = reader.cell(row, col);
    if (cell === null) continue;
    const text = typeof cell === "boolean" ? (cell ? "TRUE" : "FALSE") : cellText(cell);
    const key = text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    if (NO_WORDS.has(normalizeHeader(text))) found.push(text);
  }
  return found;
}

/**
 * Builds the SUMIFS terms that add up the eligible costs of `costs` (rows the library counted:
 * one partner's cost line, or any partners' costs), between the period's bounds (`withStart`
 * false: only up to its end). `byLine`: the rows are one cost line, so its spellings are criteria too.
 * Returns null when a table dates its rows in a way SUMIFS cannot follow (a single period
 * column such as "3/2014" and no end-date column): the caller writes the library's figure then.
 */
export function termsFor(
  costs: readonly ClaimedCost[],
  ledger: Ledger,
  book: WorkbookData,
  options: { readonly byLine: boolean; readonly withStart: boolean },
): SumTerm[] | null {
  const terms: SumTerm[] = [];
  // One group per table and partner: each partner's VAT counts or not
  const groups = new Map<string, { table: TableRef; costs: ClaimedCost[] }>();
  const tableIds = new Map<TableRef, number>();
  for (const cost of costs) {
    const table = cost.line.at.table;
    if (!tableIds.has(table)) tableIds.set(table, tableIds.size);
    const key = `${tableIds.get(table)}\u001f${nameKey(cost.line.partner)}`;
    const group = groups.get(key);
    if (group) group.costs.push(cost);
    else groups.set(key, { table, costs: [cost] });
  }
  const sheets = new Map(book.sheets.map((s) => [s.name, s]));
  for (const { table, costs: group } of groups.values()) {
    const sheet = sheets.get(table.sheet);
    if (!sheet) return null;
    const reader = new SheetReader(sheet);
    const cols = table.columns;
    const rows = dataRowsOf(table, ledger);
    if (cols.periodEnd === undefined && cols.period !== undefined) return null;
    /** One criterion per spelling (ignoring case) the group's rows have in a column: equal to it, or blank. */
    const spellings = (col: number | undefined): Criterion[] => {
      if (col === undefined) return [];
      const found = new Map<string, Criterion>();
      for (const { line } of group) {
        const cell = reader.cell(line.at.row, col);
        const text = isBlankCell(cell) ? null : typeof cell === "boolean" ? (cell ? "TRUE" : "FALSE") : cellText(cell);
        const key = text === null ? "\u0000" : text.toLowerCase();
        if (!found.has(key)) found.set(key, text === null ? { col, op: "blank" } : { col, op: "eq", text });
      }
      return [...found.values()];
    };
    const partners = spellings(cols.partner);
    const lines = options.byLine ? spellings(cols.line) : [];
    const eligibleCol = cols.eligible;
    const notEligible: Criterion[] =
      eligibleCol === undefined ? [] : noSpellings(table, book, rows).map((word) => ({ col: eligibleCol, op: "ne", text: word }));
    // How the rows date their cost: by period end, or (period end blank) by invoice date
    const dating: Criterion[][] = [];
    const bounded = (col: number): Criterion[] => [
      ...(options.withStart ? [{ col, op: "ge" as const, bound: "start" as const }] : []),
      { col, op: "le", bound: "end" },
    ];
    if (cols.periodEnd !== undefined) {
      dating.push(bounded(cols.periodEnd));
      if (cols.date !== undefined && group.some(({ line }) => line.periodEnd === null))
        dating.push([{ col: cols.periodEnd, op: "blank" }, ...bounded(cols.date)]);
    } else if (cols.date !== undefined) {
      dating.push(bounded(cols.date));
    } else {
      return null;
    }
    const vatCounts = group[0].partner?.vatRecoverable === false;
    const N = cols.net;
    const V = cols.vat;
    const G = cols.gross;
    for (const partner of partners.length > 0 ? partners : [undefined]) {
      for (const lineName of lines.length > 0 ? lines : [undefined]) {
        for (const dated of dating) {
          const base: Criterion[] = [
            ...(partner !== undefined ? [partner] : []),
            ...(lineName !== undefined ? [lineName] : []),
            ...notEligible,
            ...dated,
          ];
          const term = (sign: 1 | -1, sumCol: number, extra: Criterion[] = []): SumTerm => ({
            sign,
            table,
            ...rows,
            sumCol,
            criteria: [...base, ...extra],
          });
          if (N !== undefined) terms.push(term(1, N));
          if (vatCounts && V !== undefined && N !== undefined) terms.push(term(1, V, [{ col: N, op: "nonblank" }]));
          if (G !== undefined) {
            const netBlank: Criterion[] = N !== undefined ? [{ col: N, op: "blank" }] : [];
            terms.push(term(1, G, netBlank));
            if (!vatCounts && V !== undefined) terms.push(term(-1, V, [...netBlank, { col: G, op: "nonblank" }]));
          }
        }
      }
    }
  }
  return terms;
}

/** The ledger cells behind a group that a formula cannot read as the library does: amounts and dates typed as text. */
export function textTypedCells(costs: readonly ClaimedCost[], book: WorkbookData, limit = 5): string[] {
  const cells: string[] = [];
  const sheets = new Map(book.sheets.map((s) => [s.name, new SheetReader(s)]));
  for (const { line } of costs) {
    const reader = sheets.get(line.at.table.sheet);
    if (!reader) continue;
    for (const field of ["net", "vat", "gross", "periodEnd", "date"]) {
      const col = line.at.table.columns[field];
      if (col === undefined) continue;
      const cell = reader.cell(line.at.row, col);
      if (typeof cell === "string" && cell.trim() !== "") {
        cells.push(`${line.at.table.sheet}!${columnLetter(col)}${line.at.row + 1}`);
        if (cells.length >= limit) return cells;
      }
    }
  }
  return cells;
}
