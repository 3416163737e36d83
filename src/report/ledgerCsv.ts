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

function csvField(cell: OutCell, lang: Lang): CsvField {
  if (cell === null || typeof cell !== "object") return cell;
  if ("date" in cell) return lang === "en" ? isoOf(cell.date) : fiDateOf(cell.date);
  if ("money" in cell) return { money: cell.money };
  if ("percent" in cell) return formatRate(cell.percent, lang);
  if ("formula" in cell) return cell.result ?? null;
  return cell.error;
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
