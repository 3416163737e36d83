/** The application as CSV and as text for the terminal. */
import { formatMoney } from "../../money";
import type { Cents } from "../../money";
import { fiDateOf } from "../../periods";
import type { Day } from "../../periods";
import { formatParam } from "../../findings/render";
import type { OutCell, OutSheet } from "../../workbook/cells";
import { toCsv } from "../../workbook/csv";
import type { CsvField } from "../../workbook/csv";
import type { ApplicationFigures } from "./figures";
import { LABELS } from "./labels";
import type { SheetLang } from "./labels";

/**
 * The application as CSV (values, not formulas): the sheet's rows with each formula replaced
 * by the library's figure, amounts as numbers with a decimal comma, dates as 31.10.2014.
 * Text that could be read as a formula is escaped (sync/injection.ts). Prefix a BOM for Excel.
 */
export function applicationCsv(draft: { readonly sheet: OutSheet }): string {
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
