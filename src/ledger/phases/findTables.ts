import type { Finding } from "../../findings/finding";
import { makeFinding } from "../../findings/makeFinding";
import { cellAddress } from "../../workbook/address";
import { normalizeHeader } from "../../workbook/normalize";
import { parseAmount } from "../../money";
import { isCellError } from "../../workbook/types";
import type { CellValue, SheetData } from "../../workbook/types";
import { headerCellOf } from "../cell";
import { isBlank } from "../coerce";
import type { TableRef } from "../model";
import { acrossFieldsOf } from "../across";
import { TABLE_MATCHERS, recognizeHeader } from "../recognize";
import type { HeaderRow } from "../recognize";
import { SheetReader } from "../sheetReader";
import { TABLES } from "../vocabulary";
import { titlesAbove, versionOfContext, yearOfContext } from "../yearColumns";
import { fieldWords, labelOf, specOf } from "./specs";

/** Rows scanned for a first header: real workbooks put titles and notes above their tables. */
const HEADER_SEARCH_ROWS = 500;

/**
 * Phase 1, find tables: every header row of a sheet, top to bottom, tables stacked below each
 * other included; `date1904` is the workbook's date system, for headers typed as dates. Tables
 * side by side, past a blank column, are each a table of their own (a second partner's ledger
 * right of the first, on its header row or starting further down): a header of any table kind
 * right of a table starts a lane of columns read by itself, and the table left of it sees only
 * its own columns from there on. The headers come lane by lane, left to right, each lane top to
 * bottom; a lane's tables end at its next header (see `endRowsOf`).
 */
export function findHeaderRows(reader: SheetReader, date1904: boolean): HeaderRow[] {
  const lanes: HeaderRow[][] = [];
  scanLane(reader, reader.rowOffset, undefined, date1904, lanes);
  return lanes.flat();
}

/**
 * Each header's end: the next header's row in its lane (the same `fromCol`), else the sheet's end; an invoice
 * document's (see invoiceDocuments.ts) at the key block above the next one's.
 */
export function endRowsOf(headers: readonly HeaderRow[], rowCount: number): number[] {
  return headers.map((header, i) => {
    for (let k = i + 1; k < headers.length; k++)
      if (headers[k].fromCol === header.fromCol && headers[k].row > header.row)
        return headers[k].invoiceContext?.firstRow ?? headers[k].row;
    return rowCount;
  });
}

/**
 * Each header's own columns, `from` inclusive, `to` exclusive: from its lane's first column up to
 * the next lane right of it (the whole row for a sheet without tables side by side).
 */
export function laneColumnsOf(headers: readonly HeaderRow[]): { from: number; to: number }[] {
  const starts = headers.map((header) => header.fromCol ?? -Infinity);
  return starts.map((from) => ({ from, to: Math.min(Infinity, ...starts.filter((start) => start > from)) }));
}

/** The header rows of one lane (the sheet, or the columns from `fromCol` on), from `start` down; lanes beside them after. */
function scanLane(sheetReader: SheetReader, start: number, fromCol: number | undefined, date1904: boolean, lanes: HeaderRow[][]): void {
  const headers: HeaderRow[] = [];
  lanes.push(headers);
  let reader = fromCol === undefined ? sheetReader : new WindowReader(sheetReader.sheet, fromCol);
  /** The current table's money and date columns: inside a table only a row with none of them filled can be a new header. */
  let valueCols: readonly number[] = [];
  /** The current table's last column: a block past a blank column right of it may be a table beside it. */
  let last = -1;
  const rowCount = reader.rowCount;
  for (let row = start; row < rowCount; row++) {
    const inTable = headers.length > 0;
    if (!inTable && row - start >= HEADER_SEARCH_ROWS) break;
    // the second row of a two-row header, or a row of the table
    const values = inTable ? valuesIn(reader.row(row), valueCols, reader.colOffset) : "none";
    const current = headers[headers.length - 1];
    // a header's words where the table has its dates and amounts: a new table's header, or its own repeated (noise)
    const skip = inTable && (row <= current.row || values === "amount" || (values === "words" && isRepeatedHeader(reader, row, current)));
    const found = skip ? null : recognizeHeader(reader, row, TABLES, TABLE_MATCHERS, date1904);
    const left = found && tableLeftOf(found, reader, row, fromCol ?? sheetReader.colOffset, date1904);
    const header = found && withoutTableBeside(left ?? found, reader, row, date1904);
    if (header) {
      headers.push(fromCol === undefined ? header : { ...header, fromCol });
      valueCols = valueColumnsOf(header);
      last = lastColumnOf(header);
    }
    if (headers.length === 0) continue;
    const from = besideStart(reader.row(row), last - reader.colOffset);
    if (from < 0) continue;
    const beside = new WindowReader(sheetReader.sheet, reader.colOf(from));
    const besideHeader = recognizeHeader(beside, row, TABLES, TABLE_MATCHERS, date1904);
    if (!besideHeader || !startsTableBeside(besideHeader, headers[headers.length - 1])) continue;
    scanLane(sheetReader, row, reader.colOf(from), date1904, lanes);
    // From here on this lane's tables are the columns left of the one beside
    reader = new WindowReader(sheetReader.sheet, fromCol ?? sheetReader.colOffset, reader.colOf(from));
  }
}

/**
 * A complete table's header left of the one found on a row, past a blank column, when the one
 * found has no column there ("Vuosi | Kunta | Maksaja | Summa" and, beside it, "Nro | Ajalta
 * alkaen | … | Haettu"): the row's left table, the one found then read beside it. Null when the
 * found header reaches to the row's first block or the block left of it is no whole table.
 */
function tableLeftOf(found: HeaderRow, reader: SheetReader, row: number, laneFrom: number, date1904: boolean): HeaderRow | null {
  const first = Math.min(...Object.values(found.columns)) - reader.colOffset;
  const cells = reader.row(row);
  let texts = 0;
  let gap = -1;
  for (let i = 0; i < first && i < cells.length; i++) {
    if (isBlank(cells[i] ?? null)) {
      if (texts >= 2) gap = i;
    } else if (gap < 0) texts++;
    else break;
  }
  if (gap < 0) return null;
  const left = recognizeHeader(new WindowReader(reader.sheet, laneFrom, reader.colOf(gap)), row, TABLES, TABLE_MATCHERS, date1904);
  return left && missingRequired(left).length === 0 ? left : null;
}

/**
 * The header without the columns of a complete table beside it, past a blank column right of its
 * own last column ("Nro | … | Lähetetty" and, beside it, "Vuosi | Kunta | Maksaja | Summa"): those
 * are the table beside's, found as such, not columns this one does not understand.
 */
function withoutTableBeside(header: HeaderRow, reader: SheetReader, row: number, date1904: boolean): HeaderRow {
  const outside = header.unknownColumns;
  if (outside.length < 2) return header;
  const own = lastColumnOf({ ...header, unknownColumns: [] });
  const from = besideStart(reader.row(row), own - reader.colOffset);
  if (from < 0) return header;
  const besideCol = reader.colOf(from);
  const beside = recognizeHeader(new WindowReader(reader.sheet, besideCol), row, TABLES, TABLE_MATCHERS, date1904);
  if (!beside || !startsTableBeside(beside, header)) return header;
  return { ...header, unknownColumns: outside.filter((c) => c.col < besideCol) };
}

/**
 * Whether a header found right of a table starts a table of its own: only a complete header of its
 * kind does, every column its kind requires there (a ledger's biller included), and not a summary of
 * the table left of it (a table of the same kind whose columns are only some of that table's, as
 * "Vuosi | Kumppani | Summa" beside a budget by cost line). Any other block beside a table, a
 * summary typed one blank column right of it ("Vuosi | Haettu | Maksettu", "Laskuttaja | Laskun
 * numero | Summa"), is no table, as before tables were read side by side.
 */
function startsTableBeside(header: HeaderRow, left: HeaderRow): boolean {
  if (missingRequired(header).length > 0) return false;
  if (header.kind !== left.kind) return true;
  const fields = fieldsOf(header);
  const leftFields = new Set(fieldsOf(left));
  return !(fields.length < leftFields.size && fields.every((field) => leftFields.has(field)));
}

/** A header's fields: its columns' and those its columns laid out across stand for. */
function fieldsOf(header: HeaderRow): string[] {
  return [...new Set([...Object.keys(header.columns), ...acrossFieldsOf(header)])];
}

/** A header's last column: its fields', its amount columns' and its columns not understood. */
function lastColumnOf(header: HeaderRow): number {
  return Math.max(
    ...Object.values(header.columns),
    ...header.unknownColumns.map((c) => c.col),
    ...(header.acrossColumns ?? []).map((c) => c.col),
    ...(header.yearColumns ?? []).map((c) => c.col),
    ...(header.versionColumns ?? []).map((c) => c.col),
  );
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
 * What a row holds in a table's date and amount columns: "amount" for a data row's amount or date
 * (a number, or text with digits), "words" when its only texts with digits are a header's words
 * ("Summa (ALV 0)", "ALV 24 %": a table stacked below, in another column order), else "none". A row
 * whose cells under them are blank or words ("Summa", "Alkaa") may be the header of another table
 * stacked below this one. Every row of every table asks: a data row's cells mostly start with a
 * digit, and are decided at once.
 */
function valuesIn(cells: ReadonlyArray<CellValue>, cols: readonly number[], offset: number): "amount" | "words" | "none" {
  let words = false;
  for (let k = 0; k < cols.length; k++) {
    const value = cells[cols[k] - offset] ?? null;
    if (typeof value === "number") return "amount";
    if (typeof value !== "string" || !/\d/.test(value)) continue;
    // "EUR 1 234,50" is an amount
    if (!LETTER_FIRST.test(value) || parseAmount(value).ok || !isHeaderWords(value)) return "amount";
    words = true;
  }
  return words ? "words" : "none";
}

const LETTER_FIRST = /^\s*\p{L}/u;

function isHeaderWords(text: string): boolean {
  for (const matcher of TABLE_MATCHERS.values()) if (matcher.match(text)) return true;
  return false;
}

/** The row repeats the header's texts in every column of the header (a report's page header: noise, not a table). */
function isRepeatedHeader(reader: SheetReader, row: number, header: HeaderRow): boolean {
  for (const col of Object.values(header.columns)) {
    const typed = reader.cell(header.row, col);
    const value = reader.cell(row, col);
    if (typeof typed !== "string" || typeof value !== "string" || typed.trim() !== value.trim()) return false;
  }
  return true;
}

/** A found header as the table the ledger keeps: its columns, their headers as typed, a year its titles name. */
export function tableRefOf(reader: SheetReader, found: HeaderRow): TableRef {
  const header = withYearAsPeriod(reader, found);
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
    ...(header.fromCol !== undefined ? { fromCol: header.fromCol } : {}),
    ...(header.invoiceContext ? { invoiceContext: header.invoiceContext } : {}),
  };
}

/** Headers of the year of payment applications kept one a year ("Vuosi | Haettu | Maksettu"), normalised. */
const APPLICATION_YEAR = new Set(["vuosi", "hakemusvuosi", "maksatusvuosi", "ar", "year"]);
/** Words of a sheet's name or a title that say payment applications ("Maksatukset", "Maksatushakemukset 2013–2015"). */
const APPLICATION_WORDS = /\b(?:maksatu\w*|utbetalning\w*|payments?|payment applications?)\b/;

/**
 * Payment applications with a Vuosi column and no period columns, on a sheet or under a title that
 * says payment applications: one application a year, the year its period (the project's part of it,
 * see applicationYears.ts), rather than REQUIRED_MISSING. Elsewhere such a table is a summary by year.
 */
function withYearAsPeriod(reader: SheetReader, header: HeaderRow): HeaderRow {
  const { columns } = header;
  if (header.kind !== "applications" || columns.period !== undefined || columns.start !== undefined || columns.end !== undefined)
    return header;
  const year = header.unknownColumns.find((c) => APPLICATION_YEAR.has(normalizeHeader(c.header)));
  if (!year || ![reader.sheet.name, ...titlesAbove(reader, header.row)].some((text) => APPLICATION_WORDS.test(normalizeHeader(text))))
    return header;
  return { ...header, columns: { ...columns, period: year.col }, unknownColumns: header.unknownColumns.filter((c) => c !== year) };
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
  for (const options of missingRequired(table)) {
    // A ledger without Laskuttaja may be one partner's sheet: decided once Kumppanit is read (withContextPartners)
    if (table.kind === "invoices" && options[0] === "partner") continue;
    findings.push(makeFinding("REQUIRED_MISSING", headerCellOf(table), { field: fieldWords(table.kind, options[0]) }));
  }
}

/** The required columns (each its alternatives) a table's header lacks, as its kind's spec requires them. */
function missingRequired(
  table: Pick<TableRef, "kind" | "columns" | "acrossColumns" | "yearColumns" | "versionColumns" | "contextYear" | "invoiceContext">,
): readonly string[][] {
  // A table laid out across: its columns stand for the amount and their cost line, year or month
  const across = acrossFieldsOf(table);
  const missing: string[][] = [];
  for (const required of specOf(table.kind).required) {
    const options = typeof required === "string" ? [required] : [...required];
    if (options.some((field) => table.columns[field] !== undefined || across.includes(field))) continue;
    // A wide table's year columns are its Vuosi and Summa
    if (table.yearColumns && options.some((field) => field === "year" || field === "amount")) continue;
    if (table.contextYear !== undefined && options.includes("year")) continue;
    // An invoice typed as a document: its period above its lines
    if (table.invoiceContext?.periodStart !== undefined && options.some((field) => field === "periodStart" || field === "periodEnd"))
      continue;
    // A budget's version columns are its Summa
    if (table.versionColumns && options.includes("amount")) continue;
    missing.push(options);
  }
  return missing;
}

/**
 * The index of the first cell of a block right of the table's last cell, past at least one blank
 * cell, when the block holds two texts or more (a header's least); -1 for any other row (every
 * row of every table asks: most rows end at the table's last column).
 */
function besideStart(cells: ReadonlyArray<CellValue>, last: number): number {
  if (cells.length <= last + 2 || !isBlank(cells[last + 1] ?? null)) return -1;
  let start = -1;
  let texts = 0;
  for (let i = last + 2; i < cells.length; i++) {
    const value = cells[i];
    if (isBlank(value)) continue;
    // An amount or a date typed as a number: a row of data (a year is a header's word)
    if (typeof value === "number" && !isYearNumber(value)) return -1;
    if (start < 0) start = i;
    if (typeof value === "string" && ++texts >= 2) return start;
  }
  return -1;
}

function isYearNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 1900 && value <= 2100;
}

/**
 * The sheet seen from one column on (and up to another): the cells outside blank, so a table
 * beside another is found by itself, and the one left of it no longer sees its columns.
 */
class WindowReader extends SheetReader {
  /** The last rows asked for: a header is tried with the rows above and below it. */
  private readonly rows = new Map<number, CellValue[]>();
  constructor(
    sheet: SheetData,
    private readonly from: number,
    private readonly to = Infinity,
  ) {
    super(sheet);
  }
  override row(row: number): ReadonlyArray<CellValue> {
    let cells = this.rows.get(row);
    if (!cells) {
      const [start, end] = [this.from - this.colOffset, this.to - this.colOffset];
      cells = super.row(row).map((value, i) => (i < start || i >= end ? null : value));
      if (this.rows.size >= 4) this.rows.clear();
      this.rows.set(row, cells);
    }
    return cells;
  }
}
