/**
 * Cell values between Office.js and the library: what `range.values` gives is turned into the
 * workbook interface's CellValue, and an OutCell into what to write into `range.values` plus
 * a number format.
 */
import { serialOf } from "../../src/periods";
import { isDateCell, isFormulaCell, isMoneyCell, isPercentCell } from "../../src/workbook/cells";
import type { OutCell } from "../../src/workbook/cells";
import { escapeFormulaText } from "../../src/workbook/injection";
import type { CellValue } from "../../src/workbook/types";

/**
 * Excel's error values as `range.values` shows them. Office gives an error cell as its text;
 * a text cell holding exactly one of these is practically impossible (typing `#REF!` makes an
 * error, so only `'#REF!` or a formula's text result could), so the text is read as the error.
 */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#EXTERNAL!",
  "#PYTHON!",
]);

const HASH = 35; // "#"

/** One value of `range.values` as the workbook interface has it: "" is empty, `#REF!` an error. */
export function cellFromOffice(value: unknown): CellValue {
  if (typeof value === "string") {
    if (value === "") return null;
    if (value.charCodeAt(0) === HASH && EXCEL_ERRORS.has(value)) return { error: value };
    return value;
  }
  if (typeof value === "number" || typeof value === "boolean") return value;
  return null;
}

/**
 * A row of `range.values` converted where it stands: the array Office gave is the read's own,
 * and a 100 000-row read then allocates no second copy of every row.
 */
export function rowFromOfficeInPlace(values: unknown[]): CellValue[] {
  for (let c = 0; c < values.length; c++) values[c] = cellFromOffice(values[c]);
  return values as CellValue[];
}

/** A row of `range.values` converted in place of a new array (the big reads do this a million times). */
export function rowFromOffice(values: readonly unknown[]): CellValue[] {
  const row = new Array<CellValue>(values.length);
  for (let c = 0; c < values.length; c++) row[c] = cellFromOffice(values[c]);
  return row;
}

const DATE_FORMAT = "d.m.yyyy";
const MONEY_FORMAT = "#,##0.00";
const PERCENT_FORMAT = "0 %";

/**
 * Text Excel would not keep as text when typed: a formula start (escapeFormulaText), a
 * leading apostrophe (Excel drops it), or something the locale reads as a number, date,
 * percent, boolean or error (`1,5`, `3.4.2014`, `12 %`, `TOSI`, `#N/A`, `maaliskuu 2014`). Such text gets a
 * leading apostrophe, which Excel takes as "this is text" and does not store.
 */
const READ_AS_NOT_TEXT = /^(?:'|\s*[-+(]?\s*[\d.,€$]|#|(?:true|false|tosi|epätosi|sant|falskt)$)/i;
/** A month's name and a number (`maaliskuu 2014`, `March 2014`, `mars 2014`): Excel may take it as a date. */
const MONTH_AND_NUMBER =
  /^\s*(?:(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuu\p{L}*|jan\p{L}*|feb\p{L}*|mar\p{L}*|apr\p{L}*|ma[yj]|jun\p{L}*|jul\p{L}*|aug\p{L}*|sep\p{L}*|o[ck]t\p{L}*|nov\p{L}*|dec\p{L}*)\.?\s+\d/iu;

/** Text as it must be written through `range.values` to stay exactly that text. */
export function officeText(text: string): string {
  const escaped = escapeFormulaText(text);
  if (escaped !== text) return escaped;
  return READ_AS_NOT_TEXT.test(text) || MONTH_AND_NUMBER.test(text) ? `'${text}` : text;
}

export interface OfficeCell {
  /** What to put into `range.values` ("" empties the cell). */
  readonly value: string | number | boolean;
  /** The number format to set, or null to leave the cell's format. */
  readonly format: string | null;
}

const FORMULA_FORMATS = { money: MONEY_FORMAT, date: DATE_FORMAT, percent: PERCENT_FORMAT } as const;

/** An OutCell as Office.js writes it (see src/workbook/cells.ts for what each kind means). */
export function officeCellOf(cell: OutCell, date1904: boolean): OfficeCell {
  if (cell === null) return { value: "", format: null };
  if (typeof cell === "string") return { value: officeText(cell), format: null };
  if (typeof cell === "number" || typeof cell === "boolean") return { value: cell, format: null };
  if (isDateCell(cell)) return { value: serialOf(cell.date, date1904), format: DATE_FORMAT };
  if (isMoneyCell(cell)) return { value: cell.money / 100, format: MONEY_FORMAT };
  if (isPercentCell(cell)) return { value: cell.percent / 1_000_000, format: PERCENT_FORMAT };
  if (isFormulaCell(cell)) return { value: `=${cell.formula}`, format: cell.format ? FORMULA_FORMATS[cell.format] : null };
  // an error value: typing `#N/A` makes the error
  return { value: cell.error, format: null };
}

/** A block of OutCells as the `values` and `numberFormat` grids of its bounding rectangle. */
export interface OfficeGrid {
  readonly rows: number;
  readonly cols: number;
  /** null where a ragged row has no cell: Office leaves such a cell as it is. */
  readonly values: (string | number | boolean | null)[][];
  /** null when no cell needs a number format. */
  readonly formats: (string | null)[][] | null;
}

export function officeGrid(rows: ReadonlyArray<ReadonlyArray<OutCell>>, date1904: boolean, fill: "" | null = null): OfficeGrid {
  const cols = rows.reduce((max, row) => Math.max(max, row.length), 0);
  let anyFormat = false;
  const values: (string | number | boolean | null)[][] = [];
  const formats: (string | null)[][] = [];
  for (const row of rows) {
    const valueRow = new Array<string | number | boolean | null>(cols).fill(fill);
    const formatRow = new Array<string | null>(cols).fill(null);
    row.forEach((cell, c) => {
      const office = officeCellOf(cell, date1904);
      valueRow[c] = office.value;
      if (office.format) {
        formatRow[c] = office.format;
        anyFormat = true;
      }
    });
    values.push(valueRow);
    formats.push(formatRow);
  }
  return { rows: rows.length, cols, values, formats: anyFormat ? formats : null };
}

/** Excel's column width in points for a width in characters (Calibri 11: 7 px a digit, 5 px padding, ¾ pt a px). */
export function pointsOfChars(chars: number): number {
  return Math.round(chars * 7 + 5) * 0.75;
}
