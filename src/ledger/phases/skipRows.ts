import type { CellValue } from "../../workbook/types";
import { isBlank } from "../coerce";
import type { TableRef } from "../model";
import type { SheetReader } from "../sheetReader";
import { amountColumnsOf, columnsOf, textColumnsOf } from "./tableColumns";
import { isBlankText } from "../../workbook/normalize";
import { parseDate } from "../../periods";
import { parsePeriodText } from "../../periods/parsePeriod";
import { parseAmount } from "../../money";

/** Matched on the raw text: normalising every row's first cell would cost more than the whole row. */
const TOTAL_ROW =
  /^\s*(yhteensä|yhteensa|yht\.?(?=\s|$)|kaikki yhteensä|summa yhteensä|totalt?|totals|grand total|sum|summa)\s*:?\s*(?:$|\d|€)/i;
/**
 * A subtotal's label: a total word first or last, whatever else it says ("Yhteensä tammikuu",
 * "Tammikuu yhteensä", "Pikassos yht.", "Välisumma 1/2014"). "Summa" alone stays in TOTAL_ROW: it may start a name.
 */
const SUBTOTAL_LABEL =
  /^\s*(?:yhteensä|yhteensa|yht\.|kaikki yhteensä|välisumma|valisumma|totalt|total|grand total|subtotal|sub-total|delsumma|sammanlagt)(?=[\s:.,;(-]|$)|(?:^|\s)(?:yhteensä|yhteensa|yht\.?|totalt|total|sammanlagt)\s*:?\s*$/i;

/** A note: a label and a colon ("Huom:", "NB:"), or three words or more. */
const NOTE = /^\s*[\p{L}.]+\s*:|\S+\s+\S+\s+\S+/u;
/**
 * A heading over a block of rows: a year alone or with words and no other digit ("2014",
 * "Vuosi 2014", "Laskut 2014", "Tammikuu 2014", "2014:"). "INV-2014" is an invoice number.
 */
const YEAR_HEADING = /^\s*(?:[\p{L}.]+\s+)*(?:19|20)\d\d(?:\s+[\p{L}.]+)*\s*:?\s*$/u;

/**
 * Phase 2, read rows: which rows under a header are records. Blank rows, totals and notes
 * typed into a table are not. The row's cells and the table's columns are looked up once for
 * the three tests: this runs for every row of every table.
 */
export function isRecordRow(reader: SheetReader, table: TableRef, row: number): boolean {
  const cells = reader.row(row);
  const cols = columnsOf(table);
  const offset = reader.colOffset;
  return !isBlankIn(cells, cols, offset) && !isTotalIn(cells, cols, offset, table) && !isNoteIn(cells, cols, offset, table);
}

/** True when no column of the table holds anything in this row. */
export function isBlankRow(reader: SheetReader, table: TableRef, row: number): boolean {
  return isBlankIn(reader.row(row), columnsOf(table), reader.colOffset);
}

function isBlankIn(cells: ReadonlyArray<CellValue>, cols: readonly number[], offset: number): boolean {
  for (let k = 0; k < cols.length; k++) if (!isBlank(cells[cols[k] - offset] ?? null)) return false;
  return true;
}

/**
 * True for a note or a title typed into the table: one cell of text in the row, either a
 * sentence or a label with a colon ("Huom: laskut 3/2014 puuttuvat"), words where a date
 * or an amount belongs ("Maksatukset" above the next table), or a year heading over the rows
 * of that year ("2014", "Laskut 2014", also the number 2014 outside a name or number column),
 * or a month's or quarter's heading where a date or an amount belongs ("1/2014", "2014-Q1").
 * A lone name in a name column is an unfinished row, and is read.
 */
export function isNoteRow(reader: SheetReader, table: TableRef, row: number): boolean {
  return isNoteIn(reader.row(row), columnsOf(table), reader.colOffset, table);
}

function isNoteIn(cells: ReadonlyArray<CellValue>, cols: readonly number[], offset: number, table: TableRef): boolean {
  let note: CellValue = null;
  let noteCol = -1;
  for (let k = 0; k < cols.length; k++) {
    const value = cells[cols[k] - offset] ?? null;
    if (isBlank(value)) continue;
    if (note !== null || (typeof value !== "string" && !isYearNumber(value))) return false;
    note = value;
    noteCol = cols[k];
  }
  if (typeof note === "number") return !textColumnsOf(table).has(noteCol);
  if (typeof note !== "string") return false;
  if (NOTE.test(note) || YEAR_HEADING.test(note)) return true;
  // Outside a name or number column: words ("Maksatukset"), or a month's or quarter's heading ("1/2014", "2014-Q1")
  return !textColumnsOf(table).has(noteCol) && (!/\d/.test(note) || isPeriodHeading(note));
}

/** A period typed alone that is no day: "1/2014", "2014-01", "Q1/2014", "1.–31.3.2014". */
function isPeriodHeading(text: string): boolean {
  return parseDate(text) === null && parsePeriodText(text) !== null;
}

function isYearNumber(value: CellValue): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= 1990 && value <= 2099;
}

/**
 * True for a total or subtotal row: its first text, in the table or left of it (of a table
 * beside another, from its block's first column), is a total ("Yhteensä", "Yhteensä tammikuu",
 * "Tammikuu yhteensä"), or it holds amounts and nothing else (an unlabelled =SUMMA(...) under
 * the table), which no record of any table does. An amount
 * typed as text in an amount column (a CSV file's) counts as an amount, not as the row's text.
 */
export function isTotalRow(reader: SheetReader, table: TableRef, row: number): boolean {
  return isTotalIn(reader.row(row), columnsOf(table), reader.colOffset, table);
}

function isTotalIn(cells: ReadonlyArray<CellValue>, cols: readonly number[], offset: number, table: TableRef): boolean {
  // Up to the table's last column: a summary beside it has totals of its own
  const end = Math.min(cells.length, cols[cols.length - 1] - offset + 1);
  let amounts: Set<number> | null = null;
  // A table beside another: from its own first column
  for (let i = table.fromCol === undefined ? 0 : table.fromCol - offset; i < end; i++) {
    const value = cells[i];
    if (typeof value !== "string" || isBlankText(value)) continue;
    // An amount typed as text (every cell of a CSV file) is no label: "; ; 4 100,00; Yhteensä" is labelled by its Yhteensä
    amounts ??= amountColumnsOf(table);
    if (amounts.has(i + offset) && parseAmount(value).ok) continue;
    return isTotalLabel(value);
  }
  return holdsAmountsOnly(cells, cols, offset, table);
}

function holdsAmountsOnly(cells: ReadonlyArray<CellValue>, cols: readonly number[], offset: number, table: TableRef): boolean {
  const amounts = amountColumnsOf(table);
  let any = false;
  for (let k = 0; k < cols.length; k++) {
    if (isBlank(cells[cols[k] - offset] ?? null)) continue;
    if (!amounts.has(cols[k])) return false;
    any = true;
  }
  return any;
}

/** A row's first text is mostly its partner's name: each distinct text is matched once. */
const totalLabels = new Map<string, boolean>();

function isTotalLabel(text: string): boolean {
  let total = totalLabels.get(text);
  if (total === undefined) {
    total = TOTAL_ROW.test(text) || SUBTOTAL_LABEL.test(text);
    if (totalLabels.size < 10_000) totalLabels.set(text, total);
  }
  return total;
}

/** Rows a title may stand above a table's header, with a blank row between them. */
const TITLE_REACH = 3;

/**
 * Where the rows of a table stacked above another end: before the next table's title, a row of
 * one text alone ("Maksatushakemukset", "Kuntaosuudet 2014") just above its header, blank rows between
 * them allowed. `nextHeader` itself when no such title stands there. A lone text right under the
 * table's last record, in a column where the table holds names or other text (Kumppani, Laskuttaja),
 * is an unfinished row of the table above ("Tampereen kaupunki" with the rest still to fill in), not a
 * title: it is a title only when a blank row stands between it and the record above, or when its
 * column holds no text of the table above (its first column is Nro with numbers, or a column the table
 * does not read), or when it is a table's name ("Maksatushakemukset"). `textCols` are the table's text columns (`textColumnsOf`). Only the table's own
 * columns `cols` count (a table beside it has rows of its own on the title's row).
 */
export function endBeforeTitle(
  reader: SheetReader,
  lastRow: number,
  nextHeader: number,
  textCols: ReadonlySet<number>,
  cols: { from: number; to: number } = { from: -Infinity, to: Infinity },
): number {
  const offset = reader.colOffset;
  const isEmpty = (value: CellValue, i: number) => isBlank(value) || i + offset < cols.from || i + offset >= cols.to;
  for (let row = nextHeader - 1; row > lastRow && row >= nextHeader - TITLE_REACH; row--) {
    const cells = reader.row(row);
    let col = -1;
    let count = 0;
    cells.forEach((value, k) => {
      if (isEmpty(value, k)) return;
      count++;
      col = k;
    });
    if (count === 0) continue;
    if (count !== 1 || typeof cells[col] !== "string") return nextHeader;
    const blankAbove = row - 1 > lastRow && reader.row(row - 1).every(isEmpty);
    const text = cells[col] as string;
    return blankAbove || TABLE_TITLE.test(text) || !holdsText(reader, lastRow, row, reader.colOf(col), textCols) ? row : nextHeader;
  }
  return nextHeader;
}

const PLAIN_NUMBER = /^\s*\d+\s*$/;
/**
 * A table's name alone, maybe with its year ("Maksatushakemukset", "Kuntaosuudet 2014", "Invoices
 * 2013–2014"): a title wherever it stands, no partner's or biller's name.
 */
const TABLE_TITLE =
  /^\s*(?:kumppanit|budjetti|laskut|kuntaosuudet|maksatukset|maksatushakemukset|partner|partners|budget|fakturor|kommunandelar|utbetalningar|utbetalningsansökningar|invoices|municipal shares|payments|payment applications)(?:\s+\d{4}(?:\s*[-–]\s*\d{4})?)?\s*:?\s*$/i;

/**
 * Whether a column holds text in a table's rows between its header and `end`: one of its text columns,
 * unless every value the table has there is a number (an application's Nro 1, 2, 3 under which a title stands).
 */
function holdsText(reader: SheetReader, header: number, end: number, col: number, textCols: ReadonlySet<number>): boolean {
  if (!textCols.has(col)) return false;
  let numbers = false;
  for (let row = header + 1; row < end; row++) {
    const value = reader.cell(row, col);
    if (isBlank(value)) continue;
    // a number typed as text (every cell of a CSV file) is a number too
    if (typeof value !== "number" && !(typeof value === "string" && PLAIN_NUMBER.test(value))) return true;
    numbers = true;
  }
  return !numbers;
}
