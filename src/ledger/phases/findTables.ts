import type { Finding } from "../../findings/finding";
import { makeFinding } from "../../findings/makeFinding";
import { cellAddress } from "../../workbook/address";
import { isCellError } from "../../workbook/types";
import type { CellValue } from "../../workbook/types";
import { headerCellOf } from "../cell";
import { isBlank } from "../coerce";
import type { TableRef } from "../model";
import { acrossFieldsOf } from "../across";
import { TABLE_MATCHERS, recognizeHeader } from "../recognize";
import type { HeaderRow } from "../recognize";
import type { SheetReader } from "../sheetReader";
import { TABLES } from "../vocabulary";
import { versionOfContext, yearOfContext } from "../yearColumns";
import { fieldWords, labelOf, specOf } from "./specs";

/** Rows scanned for a first header: real workbooks put titles and notes above their tables. */
const HEADER_SEARCH_ROWS = 500;

/**
 * Phase 1, find tables: every header row of a sheet, top to bottom, tables stacked below each
 * other included; `date1904` is the workbook's date system, for headers typed as dates.
 */
export function findHeaderRows(reader: SheetReader, date1904: boolean): HeaderRow[] {
  const headers: HeaderRow[] = [];
  /** The current table's money and date columns: inside a table only a row with none of them filled can be a new header. */
  let valueCols: readonly number[] = [];
  const rowCount = reader.rowCount;
  for (let row = reader.rowOffset; row < rowCount; row++) {
    const inTable = headers.length > 0;
    if (!inTable && row - reader.rowOffset >= HEADER_SEARCH_ROWS) break;
    if (inTable && row <= headers[headers.length - 1].row) continue; // the second row of a two-row header
    if (inTable && holdsAnyAmount(reader.row(row), valueCols, reader.colOffset)) continue;
    const header = recognizeHeader(reader, row, TABLES, TABLE_MATCHERS, date1904);
    if (header) {
      headers.push(header);
      valueCols = valueColumnsOf(header);
    }
  }
  return headers;
}

/**
 * The columns whose values make a row data: the first amount (of a wide table, its first year or
 * version) and every date. A partner "Kumppani 2" billing "kk laskutus" reads like a header of
 * Kumppanit, but its start and end dates say it is a row of the table.
 */
function valueColumnsOf(header: HeaderRow): number[] {
  // A table laid out across: any of its amount columns
  const cols: number[] = header.acrossColumns?.map((c) => c.col) ?? [];
  if (cols.length === 0 && header.yearColumns) cols.push(header.yearColumns[0].col);
  else if (cols.length === 0 && header.versionColumns) cols.push(header.versionColumns[0].col);
  let amountSeen = cols.length > 0;
  for (const { field, type } of specOf(header.kind).fields) {
    const col = header.columns[field];
    if (col === undefined) continue;
    if (type === "date" || (type === "money" && !amountSeen)) cols.push(col);
    if (type === "money") amountSeen = true;
  }
  return cols;
}

/**
 * A data row's amount or date: a number, or text with digits. A row whose cells under them are
 * blank or words ("Summa", "Alkaa") may be the header of another table stacked below this one.
 */
function holdsAmount(value: CellValue): boolean {
  return typeof value === "number" || (typeof value === "string" && /\d/.test(value));
}

/** Whether any of the columns holds an amount or a date in the row's cells (every row of every table asks). */
function holdsAnyAmount(cells: ReadonlyArray<CellValue>, cols: readonly number[], offset: number): boolean {
  for (let k = 0; k < cols.length; k++) if (holdsAmount(cells[cols[k] - offset] ?? null)) return true;
  return false;
}

/** A found header as the table the ledger keeps: its columns, their headers as typed, a year its titles name. */
export function tableRefOf(reader: SheetReader, header: HeaderRow): TableRef {
  const headers: Record<string, string> = {};
  for (const [field, col] of Object.entries(header.columns)) {
    const value = header.cells ? (header.cells[col - reader.colOffset] ?? null) : reader.cell(header.row, col);
    // A mapped column may have no header: messages then name the field
    headers[field] = isBlank(value) ? labelOf(header.kind, field) : isCellError(value) ? value.error : String(value).trim();
  }
  // Municipal shares of one year often say the year only above the table or in the amount's header
  const contextYear =
    header.kind === "muniShares" && header.columns.year === undefined && !header.yearColumns
      ? yearOfContext(reader, header.row, headers.amount)
      : // A ledger's Kuukausi column may hold months without a year, the sheet or its title naming it ("Laskut 2014")
        header.kind === "invoices" && header.columns.period !== undefined
        ? yearOfContext(reader, header.row, headers.period)
        : null;
  const contextVersion =
    header.kind === "budget" && header.columns.version === undefined && !header.versionColumns
      ? versionOfContext(reader, header.row)
      : null;
  return {
    kind: header.kind,
    sheet: reader.sheet.name,
    headerRow: header.row,
    columns: header.columns,
    headers,
    unknownColumns: header.unknownColumns,
    ...(contextYear !== null ? { contextYear } : {}),
    ...(contextVersion !== null ? { contextVersion } : {}),
    ...(header.yearColumns ? { yearColumns: header.yearColumns } : {}),
    ...(header.versionColumns ? { versionColumns: header.versionColumns } : {}),
    ...(header.acrossColumns ? { acrossColumns: header.acrossColumns } : {}),
  };
}

/** Columns not understood, and required columns the table lacks, reported once at its header. */
export function reportColumns(table: TableRef, findings: Finding[]): void {
  const spec = specOf(table.kind);
  for (const { col, header, quiet } of table.unknownColumns) {
    if (quiet) continue;
    findings.push(
      makeFinding("COLUMN_NOT_UNDERSTOOD", { sheet: table.sheet, cell: cellAddress(table.headerRow, col) }, { header, table: spec.title }),
    );
  }
  // A table laid out across: its columns stand for the amount and their cost line, year or month
  const across = acrossFieldsOf(table);
  for (const required of spec.required) {
    const options = typeof required === "string" ? [required] : required;
    if (options.some((field) => table.columns[field] !== undefined || across.includes(field))) continue;
    // A wide table's year columns are its Vuosi and Summa
    if (table.yearColumns && options.some((field) => field === "year" || field === "amount")) continue;
    if (table.contextYear !== undefined && options.includes("year")) continue;
    // A budget's version columns are its Summa
    if (table.versionColumns && options.includes("amount")) continue;
    // A ledger without Laskuttaja may be one partner's sheet: decided once Kumppanit is read (withContextPartners)
    if (table.kind === "invoices" && options[0] === "partner") continue;
    findings.push(makeFinding("REQUIRED_MISSING", headerCellOf(table), { field: fieldWords(table.kind, options[0]) }));
  }
}
