/**
 * How Excel takes a value written through `range.values` / `range.formulas`: like typing it.
 * A leading apostrophe makes the rest text; `=` (and `+`, `-`, `@` before anything that is
 * no number) starts a formula; number-looking text becomes a number, TRUE/FALSE booleans,
 * `#REF!` an error; "" empties the cell; null leaves it as it is. (Real Excel also reads dates
 * and percents by the locale; the fake reads only these, which is enough to catch text that
 * was not escaped.)
 */
import type { CellValue } from "../../../src/workbook/types";

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

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export type Typed = { readonly value: CellValue; readonly formula?: string } | "unchanged";

export function typedEntry(input: unknown): Typed {
  if (input === null || input === undefined) return "unchanged";
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new TypeError(`not a finite number: ${input}`);
    return { value: input };
  }
  if (typeof input === "boolean") return { value: input };
  if (typeof input !== "string") throw new TypeError(`Office takes numbers, strings and booleans, not ${typeof input}`);
  if (input === "") return { value: null };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (NUMBER.test(input.trim())) return { value: Number(input.trim()) };
  if (/^(true|false)$/i.test(input)) return { value: input.toLowerCase() === "true" };
  if (EXCEL_ERRORS.has(input.toUpperCase())) return { value: { error: input.toUpperCase() } };
  if (input.startsWith("=")) return { value: null, formula: input };
  if (/^[+\-@]/.test(input)) return { value: null, formula: `=${input.startsWith("@") ? input.slice(1) : input}` };
  return { value: input };
}

/** A stored cell as `range.values` gives it: errors as their text, empty as "". */
export function officeValue(value: CellValue): number | string | boolean {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  return value;
}
