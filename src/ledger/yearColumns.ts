import { normalizeHeader } from "../workbook/normalize";
import type { CellValue } from "../workbook/types";
import type { SheetReader } from "./recognize";

/** A column of a wide table that holds one year's amounts ("Tilikohta | 2013 | 2014 | 2015"). */
export interface YearColumn {
  readonly col: number;
  readonly year: number;
}

/**
 * A year as a wide table's column header: 2014, "2014", "v. 2014", "Vuosi 2014", "År 2014",
 * "Budjetti 2014", "2014 €". Another word before the year ("Toteuma 2014") is not a budget
 * year, so that column stays a column not understood.
 */
const YEAR_HEADER = /^(?:(?:v|vuosi|vuonna|ar|year|fy|budjetti|budget|talousarvio|ta|kustannusarvio) )?((?:19|20)\d\d)$/;

export function yearOfHeader(value: CellValue): number | null {
  if (typeof value === "number") return Number.isInteger(value) && value >= 1990 && value <= 2099 ? value : null;
  if (typeof value !== "string") return null;
  const match = YEAR_HEADER.exec(normalizeHeader(value));
  return match ? Number(match[1]) : null;
}

/** The year columns of a header row, each year once (the first column that names it). */
export function yearColumnsOf(reader: SheetReader, cells: ReadonlyArray<CellValue>): YearColumn[] {
  const columns: YearColumn[] = [];
  cells.forEach((value, index) => {
    const year = yearOfHeader(value);
    if (year !== null && !columns.some((c) => c.year === year)) columns.push({ col: reader.colOf(index), year });
  });
  return columns;
}

/** Words that say a sheet or the title above a wide table is a budget. */
const BUDGET_WORDS = /\b(budj\w*|budget\w*|talousarvio\w*|kustannusarvio\w*|ta)\b/;
const TITLE_ROWS = 5;

/**
 * Whether a wide table with cost lines or partners by year is a budget: the sheet's name,
 * the header row or a title row just above it says so. A wide table of realised costs looks
 * the same, and must not be read as the budget.
 */
export function saysBudget(reader: SheetReader, headerRow: number): boolean {
  if (BUDGET_WORDS.test(normalizeHeader(reader.sheet.name))) return true;
  for (let row = Math.max(reader.rowOffset, headerRow - TITLE_ROWS); row <= headerRow; row++) {
    for (const value of reader.row(row)) if (typeof value === "string" && BUDGET_WORDS.test(normalizeHeader(value))) return true;
  }
  return false;
}
