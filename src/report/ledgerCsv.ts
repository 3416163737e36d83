/**
 * The structured ledger as CSV files, one per table (`kaste ledger --format csv`): UTF-8 with a
 * BOM and `;` between fields, so Finnish Excel opens them as they are; Finnish dates (31.3.2014)
 * and decimal commas for fi and sv, ISO dates and decimal points for en. Text that a spreadsheet
 * would read as a formula is escaped by `toCsv`.
 */
import type { Lang } from "../findings/render";
import { formatRate } from "../money";
import { fiDateOf, isoOf } from "../periods";
import type { OutCell } from "../workbook/cells";
import { toCsv } from "../workbook/csv";
import type { CsvField } from "../workbook/csv";
import type { LedgerExport } from "./ledgerExport";
import { ledgerTables, rowsWithSources } from "./ledgerTables";

export interface CsvFile {
  /** File name, e.g. `laskut.csv`. */
  readonly name: string;
  /** The file's text, BOM included. */
  readonly text: string;
}

/** A cell as a CSV field in `lang`'s formats; a formula is its cached result, in the format it is shown. */
export function csvField(cell: OutCell, lang: Lang): CsvField {
  if (cell === null || typeof cell !== "object") return cell;
  if ("date" in cell) return lang === "en" ? isoOf(cell.date) : fiDateOf(cell.date);
  if ("money" in cell) return { money: cell.money };
  if ("percent" in cell) return formatRate(cell.percent, lang);
  if ("formula" in cell) {
    const { result, format } = cell;
    if (typeof result !== "number") return result ?? null;
    if (format === "money") return { money: Math.round(result * 100) };
    if (format === "percent") return formatRate(Math.round(result * 1_000_000), lang);
    return result;
  }
  return cell.error;
}

/** A sheet's rows as one CSV file's text (BOM included), e.g. the final report's. */
export function sheetCsv(rows: ReadonlyArray<ReadonlyArray<OutCell>>, lang: Lang): string {
  return `\ufeff${toCsv(
    rows.map((row) => row.map((cell) => csvField(cell, lang))),
    { decimal: lang === "en" ? "." : "," },
  )}`;
}

/**
 * @example
 * ledgerCsv(ledgerExport(ledger), "fi").map((f) => f.name) //=> ["hanke.csv", "kumppanit.csv", "budjetti.csv", "kuntaosuudet.csv", "maksatukset.csv", "laskut.csv"]
 */
export function ledgerCsv(doc: LedgerExport, lang: Lang): CsvFile[] {
  const decimal = lang === "en" ? "." : ",";
  return ledgerTables(doc, lang).map((table) => ({
    name: `${table.name}.csv`,
    text: `\ufeff${toCsv([table.header, ...rowsWithSources(table).map((row) => row.map((cell) => csvField(cell, lang)))], { decimal })}`,
  }));
}
