/**
 * The one workbook interface every reader (the .xlsx reader, a CSV folder, Office.js) produces.
 * Cells are what Excel stores: numbers (dates are serials), text, booleans, errors.
 */

/** An Excel error value such as `#REF!` or `#DIV/0!`. */
export interface CellError {
  readonly error: string;
}

export type CellValue = null | number | string | boolean | CellError;

export interface SheetData {
  readonly name: string;
  /** Row-major cells of the used range; `cells[0][0]` is at `origin`. Rows may be ragged. */
  readonly cells: ReadonlyArray<ReadonlyArray<CellValue>>;
  /** 0-based row and column of `cells[0][0]`; A1 when absent. */
  readonly origin?: { readonly row: number; readonly col: number };
  /**
   * Merged ranges, in 0-based sheet coordinates (not relative to `origin`). Excel keeps a
   * merged block's value in its top-left cell only; the ledger reads it for every row it covers.
   */
  readonly merged?: readonly CellRange[];
  /**
   * Cells that hold a formula but no stored value (a file a script wrote and nobody opened in
   * Excel): their cells read as empty; the ledger computes the simple ones (workbook/formulas.ts).
   */
  readonly uncalculated?: readonly FormulaCell[];
  /** The sheet is hidden in Excel (hidden or very hidden): a backup or an old copy is often kept so. */
  readonly hidden?: boolean;
}

/** A formula without its value, in 0-based sheet coordinates, its text without the leading `=`. */
export interface FormulaCell {
  readonly row: number;
  readonly col: number;
  readonly formula: string;
}

/** A block of cells, 0-based sheet coordinates, both corners inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface WorkbookData {
  readonly sheets: ReadonlyArray<SheetData>;
  /** True when date serials count from 1904-01-01 (old Mac workbooks). */
  readonly date1904: boolean;
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

/** A cell as text a person would read in it: "" when empty, `#REF!` for an error. */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  return isCellError(value) ? value.error : String(value);
}
