import { dayFromSerial, ymdOf } from "../periods";
import { monthOfText, parsePeriodText } from "../periods/parsePeriod";
import { normalizeHeader } from "../workbook/normalize";
import type { CellValue } from "../workbook/types";
import type { TableRef } from "./model";
import { COST_LINE_NAMES } from "./vocabulary";

/**
 * The header cells of tables laid out across (docs/workbook.md, "Taulukot poikittain"): a
 * column per cost line ("Henkilöstökulut | Palvelujen ostot | Matkakulut"), per month
 * ("tammi … joulu", "1/2014") or per partner block. Recognition itself is in recognize.ts.
 */

const COST_LINES: ReadonlySet<string> = new Set(COST_LINE_NAMES);

/** The cost line a column header names ("Henkilöstökulut €", "Travel costs (VAT 0)"), as typed; null for any other header. */
export function costLineOfHeader(value: CellValue): string | null {
  if (typeof value !== "string") return null;
  const normalized = normalizeHeader(value)
    .replace(/\s*\balv0$/, "")
    .trim();
  return COST_LINES.has(normalized) ? lineText(value) : null;
}

/** The unit and VAT words a header adds around a cost line or a month ("Palkat € (ALV 0)"). */
const UNIT_WORDS = /\(?\b(?:alv|moms|vat)\s*0\s*%?\)?|€|\b(?:eur|euroa|euros)\b/gi;

/** A column header as a cost line's name: the unit and VAT words around it dropped ("Palkat € (ALV 0)" is "Palkat"). */
export function lineText(value: string): string {
  return value.replace(UNIT_WORDS, " ").replace(/\s+/g, " ").trim();
}

export interface MonthHeader {
  readonly month: number;
  /** Null when the header names the month only ("tammi", "Jan"). */
  readonly year: number | null;
}

/** The years of a month header typed as a date ("tammi 14" formatted): other numbers are counts or amounts. */
const YEAR_MIN = 1990;
const YEAR_MAX = 2099;

/**
 * The month a column header names: "tammi", "tammikuu", "Jan", "januari", "1/2014", "2014-01",
 * "tammikuu 2014", "jan-14", or a date on the first of a month (Excel's month headers). A bare
 * number is not a month: it may be a year or a count. A date is read in the workbook's date system
 * (`date1904`, as its other dates): 1.1.2015 is serial 42005 in the 1900 system, 40543 in the 1904.
 */
export function monthOfHeader(value: CellValue, date1904: boolean): MonthHeader | null {
  if (typeof value === "number") {
    if (!Number.isInteger(value)) return null;
    const day = dayFromSerial(value, date1904);
    if (day === null) return null;
    const { year, month, day: dayOfMonth } = ymdOf(day);
    return dayOfMonth === 1 && year >= YEAR_MIN && year <= YEAR_MAX ? { month, year } : null;
  }
  if (typeof value !== "string") return null;
  const text = value.replace(UNIT_WORDS, " ").trim();
  if (text === "" || /^\d{1,2}\.?$/.test(text)) return null;
  const month = monthOfText(text);
  if (month !== null) return { month, year: null };
  const period = parsePeriodText(text);
  if (!period) return null;
  const start = ymdOf(period.start);
  const end = ymdOf(period.end);
  return start.year === end.year && start.month === end.month && start.day === 1 ? { month: start.month, year: start.year } : null;
}

/** The fields a table's across columns stand for: each column is an amount, and its cost line, year or month. */
export function acrossFieldsOf(table: Pick<TableRef, "kind" | "acrossColumns">): string[] {
  const columns = table.acrossColumns;
  if (!columns || columns.length === 0) return [];
  const fields = table.kind === "invoices" ? ["net", "gross"] : ["amount"];
  if (columns.some((c) => c.line !== undefined)) fields.push("line");
  if (columns.some((c) => c.partner !== undefined)) fields.push("partner");
  if (columns.some((c) => c.municipality !== undefined)) fields.push("municipality");
  if (columns.some((c) => c.month !== undefined)) fields.push("period", "periodStart", "periodEnd");
  else if (columns.some((c) => c.year !== undefined)) fields.push("year");
  return fields;
}
