/**
 * One cell's XML for a value to write (workbook/cells.ts `OutCell`): text as an inline string
 * (no shared strings part to rewrite), numbers, booleans, errors, dates as serials of the
 * workbook's date system, money in euros, a percent as a fraction, a formula with its cached
 * result. The style index is the caller's (styles.ts); `formatOf` says which number format a
 * value needs.
 */
import { serialOf } from "../../periods";
import type { OutCell } from "../cells";
import { isDateCell, isFormulaCell, isMoneyCell, isPercentCell } from "../cells";
import type { NumberFormat } from "./styles";
import { escapeText } from "./xml";

/** The number format a value needs to read as it means (a date as a date); null for none. */
export function formatOf(value: OutCell): NumberFormat | null {
  if (value === null || typeof value !== "object") return null;
  if (isDateCell(value)) return "date";
  if (isMoneyCell(value)) return "money";
  if (isPercentCell(value)) return "percent";
  if (isFormulaCell(value)) return value.format ?? null;
  return null;
}

function numberText(n: number): string {
  return String(n);
}

/**
 * `<c>` for `value` at `ref` (A1) with style `style` (none when null); a null value with a style
 * is an empty styled cell, without one nothing (""). Text is an inline string, or a shared one
 * when `shared` gives its index (a new workbook's sharedStrings part).
 */
export function cellXml(
  ref: string,
  value: OutCell,
  style: number | null,
  date1904: boolean,
  prefix = "",
  shared?: (text: string) => number,
): string {
  const s = style !== null && style !== 0 ? ` s="${style}"` : "";
  const c = `${prefix}c`;
  if (value === null) return s ? `<${c} r="${ref}"${s}/>` : "";
  if (typeof value === "string" && shared) return `<${c} r="${ref}"${s} t="s"><${prefix}v>${shared(value)}</${prefix}v></${c}>`;
  if (typeof value === "string") {
    const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : "";
    return `<${c} r="${ref}"${s} t="inlineStr"><${prefix}is><${prefix}t${space}>${escapeText(value)}</${prefix}t></${prefix}is></${c}>`;
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return `<${c} r="${ref}"${s} t="e"><${prefix}v>#NUM!</${prefix}v></${c}>`;
    return `<${c} r="${ref}"${s}><${prefix}v>${numberText(value)}</${prefix}v></${c}>`;
  }
  if (typeof value === "boolean") return `<${c} r="${ref}"${s} t="b"><${prefix}v>${value ? 1 : 0}</${prefix}v></${c}>`;
  if (isDateCell(value)) return `<${c} r="${ref}"${s}><${prefix}v>${serialOf(value.date, date1904)}</${prefix}v></${c}>`;
  if (isMoneyCell(value)) return `<${c} r="${ref}"${s}><${prefix}v>${numberText(value.money / 100)}</${prefix}v></${c}>`;
  if (isPercentCell(value)) return `<${c} r="${ref}"${s}><${prefix}v>${numberText(value.percent / 1_000_000)}</${prefix}v></${c}>`;
  if (isFormulaCell(value)) {
    const f = `<${prefix}f>${escapeText(value.formula)}</${prefix}f>`;
    if (value.result === undefined) return `<${c} r="${ref}"${s}>${f}</${c}>`;
    if (typeof value.result === "number") return `<${c} r="${ref}"${s}>${f}<${prefix}v>${numberText(value.result)}</${prefix}v></${c}>`;
    return `<${c} r="${ref}"${s} t="str">${f}<${prefix}v>${escapeText(value.result)}</${prefix}v></${c}>`;
  }
  return `<${c} r="${ref}"${s} t="e"><${prefix}v>${escapeText(value.error)}</${prefix}v></${c}>`;
}
