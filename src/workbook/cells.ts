import type { Cents } from "../money";
import type { Day } from "../periods";
import { serialOf } from "../periods";
import type { CellValue, WorkbookData } from "./types";

/**
 * A cell the sync functions ask an adapter (the CLI's part-level writer, the task pane's
 * Office.js writer) to write. Plain values are written as they are; the others say what
 * they mean, so each adapter can store them its own way:
 *
 * - `{ date }`: a day, stored as an Excel date serial (1900 or 1904 system, as the workbook) with a date format;
 * - `{ money }`: cents, stored as a number of euros (cents / 100) with a `#,##0.00` format;
 * - `{ percent }`: a rate in parts per million, stored as a fraction (750 000 ppm = 0.75) with a `0 %` format;
 * - `{ formula }`: a formula **without** the leading `=` (as OOXML and exceljs store it; Office.js
 *   wants `"=" + formula`), with `result`, the value the library computed, as its cached value.
 *
 * Text is always text: an adapter whose host turns typed text into formulas (Office.js
 * `range.values`) must escape it with `escapeFormulaText` (sync/injection.ts) first.
 */
export type OutCell =
  | CellValue
  | { readonly date: Day }
  | { readonly money: Cents }
  | { readonly percent: number }
  | { readonly formula: string; readonly result?: number | string; readonly format?: "money" | "date" | "percent" };

/** A sheet to write: rows from A1, bold rows (0-based) and whether to hide the sheet. */
export interface OutSheet {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<OutCell>>;
  readonly boldRows?: readonly number[];
  readonly hidden?: boolean;
  /** Column widths in characters, from column A. */
  readonly widths?: readonly number[];
}

/** A block of rows to write into an existing sheet, its first cell at `row`, `col` (0-based). */
export interface OutBlock {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly rows: ReadonlyArray<ReadonlyArray<OutCell>>;
  /** The rows continue a table: an adapter should give them the styles (fonts, borders, formats) of the row above. */
  readonly styleFromAbove?: boolean;
}

export function isDateCell(cell: OutCell): cell is { readonly date: Day } {
  return typeof cell === "object" && cell !== null && "date" in cell;
}

export function isMoneyCell(cell: OutCell): cell is { readonly money: Cents } {
  return typeof cell === "object" && cell !== null && "money" in cell;
}

export function isPercentCell(cell: OutCell): cell is { readonly percent: number } {
  return typeof cell === "object" && cell !== null && "percent" in cell;
}

export function isFormulaCell(
  cell: OutCell,
): cell is { readonly formula: string; readonly result?: number | string; readonly format?: "money" | "date" | "percent" } {
  return typeof cell === "object" && cell !== null && "formula" in cell;
}

/**
 * What a cell holds once written, as the workbook interface reads it back: a date becomes its
 * serial, money euros, a percent a fraction, a formula its cached result.
 */
export function cellValueOf(cell: OutCell, date1904: boolean): CellValue {
  if (typeof cell !== "object" || cell === null) return cell;
  if (isDateCell(cell)) return serialOf(cell.date, date1904);
  if (isMoneyCell(cell)) return cell.money / 100;
  if (isPercentCell(cell)) return cell.percent / 1_000_000;
  if (isFormulaCell(cell)) return cell.result ?? null;
  return cell;
}

/**
 * A copy of the workbook with blocks of cells written into its sheets (pure; for tests and
 * previews). Rows no block touches are shared with the original, which is never changed.
 */
export function writeBlocks(book: WorkbookData, blocks: readonly OutBlock[]): WorkbookData {
  const sheets = book.sheets.map((sheet) => {
    const mine = blocks.filter((b) => b.sheet === sheet.name);
    if (mine.length === 0) return sheet;
    const rowOffset = sheet.origin?.row ?? 0;
    const colOffset = sheet.origin?.col ?? 0;
    const firstRow = Math.min(rowOffset, ...mine.map((b) => b.row));
    const firstCol = Math.min(colOffset, ...mine.map((b) => b.col));
    // Rows move only when a block starts above or left of the used range
    const cells: CellValue[][] = firstRow === rowOffset && firstCol === colOffset ? (sheet.cells.slice() as CellValue[][]) : [];
    if (cells.length === 0) {
      sheet.cells.forEach((row, r) => {
        cells[r + rowOffset - firstRow] = [...new Array<CellValue>(colOffset - firstCol).fill(null), ...row];
      });
    }
    const copied: boolean[] = [];
    // Plain loops: an import writes 100 000 rows here
    for (const block of mine) {
      const col = block.col - firstCol;
      for (let r = 0; r < block.rows.length; r++) {
        const row = block.rows[r];
        const index = block.row + r - firstRow;
        if (cells[index] === undefined && col === 0) {
          const values = new Array<CellValue>(row.length);
          for (let c = 0; c < row.length; c++) values[c] = cellValueOf(row[c], book.date1904);
          cells[index] = values;
          copied[index] = true;
          continue;
        }
        if (!copied[index]) {
          cells[index] = cells[index] ? [...cells[index]] : [];
          copied[index] = true;
        }
        const target = cells[index];
        while (target.length < col) target.push(null);
        for (let c = 0; c < row.length; c++) target[col + c] = cellValueOf(row[c], book.date1904);
      }
    }
    for (let r = 0; r < cells.length; r++) cells[r] ??= [];
    const origin = firstRow === 0 && firstCol === 0 ? {} : { origin: { row: firstRow, col: firstCol } };
    return { name: sheet.name, cells, ...origin };
  });
  return { ...book, sheets };
}

/** A copy of the workbook with a sheet added (pure; its cells as `cellValueOf` leaves them). */
export function addSheet(book: WorkbookData, sheet: OutSheet): WorkbookData {
  const cells = sheet.rows.map((row) => row.map((cell) => cellValueOf(cell, book.date1904)));
  return { ...book, sheets: [...book.sheets, { name: sheet.name, cells }] };
}

/** A copy of the workbook with one sheet written again in place (by name, ignoring case; its name kept), or added when absent (pure). */
export function replaceSheet(book: WorkbookData, sheet: OutSheet): WorkbookData {
  const at = book.sheets.findIndex((s) => s.name.toLowerCase() === sheet.name.toLowerCase());
  if (at < 0) return addSheet(book, sheet);
  const cells = sheet.rows.map((row) => row.map((cell) => cellValueOf(cell, book.date1904)));
  return { ...book, sheets: book.sheets.map((s, i) => (i === at ? { name: s.name, cells } : s)) };
}

/** The longest row's length (0 for none), by a loop: a spread of a million rows into Math.max overflows the stack. */
export function widestRow(rows: ReadonlyArray<ReadonlyArray<unknown>>): number {
  let width = 0;
  for (const row of rows) if (row.length > width) width = row.length;
  return width;
}
