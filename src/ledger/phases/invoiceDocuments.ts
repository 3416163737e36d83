import { parseAmount } from "../../money";
import { dayFromSerial, parseDate } from "../../periods";
import type { Day } from "../../periods";
import { parsePeriodText } from "../../periods/parsePeriod";
import { cellText } from "../../workbook/types";
import type { CellValue } from "../../workbook/types";
import { isBlank } from "../coerce";
import type { InvoiceContext } from "../model";
import { costLineOfHeader } from "../across";
import { assignColumns, matcherOf, withCostLinesAcross } from "../recognize";
import type { HeaderMatcher, HeaderRow } from "../recognize";
import type { SheetReader } from "../sheetReader";
import { saysBudget } from "../yearColumns";

/** Rows looked through for a document's header: an invoice's lines start near its top. */
const DOCUMENT_SEARCH_ROWS = 60;
/** Rows above the header its key block and title may take. */
const CONTEXT_ROWS = 12;
/** Words of a title that may end in its period ("Meno-erittely tammi–maaliskuu 2015"). */
const PERIOD_WORDS = 4;
/** The longest period a title gives an invoice: a year ("Hanke 2013–2015" is the project's, no invoice's). */
const LONGEST_TITLE_PERIOD_DAYS = 366;

type ContextField = keyof InvoiceContext["cells"];
type Found = {
  -readonly [K in ContextField]?: { value: K extends "periodStart" | "periodEnd" | "date" ? Day : string; row: number; col: number };
};

/**
 * Invoices kept as documents, as a partner sends them or a monthly expense breakdown is typed: an
 * invoice's number, date, period and biller once, in a key block or a title above its lines ("Laskun
 * numero | VER-025", "Ajalta | 1.10.–31.10.2015", "Meno-erittely lokakuu 2015"), and under them lines of
 * a cost line or what was sold and an amount ("Kustannuslaji | Summa | Selite"). Such a header is no
 * ledger's by itself (it names no biller or invoice number); read as one with what is said above it,
 * when that, or its own columns, give a period, on a sheet holding no other table of a workbook holding
 * no ledger (a partner's own file: the lines of the coordinator's ledger are never read twice).
 * Lines with a period of their own ("Kuukausi | Tilikohta | Summa") need nothing said above them.
 * Documents stacked down a sheet (one month's breakdown under another's) are each read with their own
 * key block or title; a header repeated without one is the document's own (a page break). Empty for any
 * other sheet.
 */
export function invoiceDocumentsOf(reader: SheetReader, date1904: boolean): HeaderRow[] {
  const matcher = matcherOf("invoices");
  const documents: HeaderRow[] = [];
  /** The first row the next document's key block may stand in: past the last line of the one before. */
  let contextFrom = reader.rowOffset;
  for (let row = reader.rowOffset; row < reader.rowCount; row++) {
    if (documents.length === 0 && row - reader.rowOffset >= DOCUMENT_SEARCH_ROWS) break;
    const cells = reader.row(row);
    const last = documents[documents.length - 1];
    if (last && holdsNumberIn(cells, last, reader.colOffset)) {
      contextFrom = row + 1;
      continue;
    }
    // "Kuukausi | Palkat | Vuokrat | Yhteensä": a breakdown by month, one row a month, its period its own
    const byMonth = documents.length === 0 ? monthsDownHeaderAt(reader, row, cells, matcher) : null;
    if (byMonth) return [byMonth];
    const header = linesHeaderAt(reader, row, cells, matcher);
    if (header === undefined) continue;
    if (header === null) return documents;
    const context = contextAbove(reader, matcher, Math.max(contextFrom, row - CONTEXT_ROWS), row, date1904);
    const periodTyped =
      header.columns.period !== undefined || (header.columns.periodStart !== undefined && header.columns.periodEnd !== undefined);
    const said = context.periodStart !== undefined || context.number !== undefined || context.date !== undefined;
    // lines with a period of their own ("Kuukausi | Tilikohta | Summa") need nothing said above the first of them
    if (periodTyped ? said || documents.length === 0 : context.periodStart !== undefined)
      documents.push({ ...header, invoiceContext: context });
    else if (documents.length === 0) return documents;
    contextFrom = row + 1;
  }
  return documents;
}

/**
 * The header of a document's lines at a row: a cost line or what was sold, and an amount; undefined
 * for a row that is none, null for a ledger's or a budget's header (no document on the sheet).
 */
function linesHeaderAt(
  reader: SheetReader,
  row: number,
  cells: ReadonlyArray<CellValue>,
  matcher: HeaderMatcher,
): HeaderRow | null | undefined {
  if (cells.filter((value) => typeof value === "string" && value.trim() !== "").length < 2) return undefined;
  const header = assignColumns(reader, row, cells, matcher, "invoices");
  const { columns } = header;
  if ((columns.line === undefined && columns.description === undefined) || (columns.net === undefined && columns.gross === undefined))
    return undefined;
  return columns.partner !== undefined || columns.number !== undefined || saysBudget(reader, row) ? null : header;
}

/**
 * A partner's breakdown with a row per month and a column per cost line ("Kuukausi | Palkat | Sivukulut
 * | Vuokrat | Yhteensä"), naming no biller or invoice number: read as a ledger laid out across (a line per
 * filled cost column, the row's month its period), its biller the one its sheet, title or file names. A
 * column between two cost lines is one too; a total column is not read. Null for any other row.
 */
function monthsDownHeaderAt(reader: SheetReader, row: number, cells: ReadonlyArray<CellValue>, matcher: HeaderMatcher): HeaderRow | null {
  const lines: number[] = [];
  cells.forEach((value, index) => {
    if (costLineOfHeader(value) !== null) lines.push(index);
  });
  if (lines.length < 2) return null;
  const own = cells.map((value, index) => (lines.includes(index) ? false : value));
  const header = assignColumns(reader, row, own, matcher, "invoices");
  const fields = Object.keys(header.columns);
  if (!fields.includes("period") || fields.some((field) => ["partner", "number", "net", "gross", "line"].includes(field))) return null;
  const across = lines.map((index) => ({
    col: reader.colOf(index),
    header: cellText(cells[index]).trim(),
    line: costLineOfHeader(cells[index]) ?? "",
  }));
  return withCostLinesAcross(header, across, reader.colOf(lines[0]), reader.colOf(lines[lines.length - 1]));
}

/** Whether a row holds an amount in a document's amount column: one of its lines ("Laskun numero | VER-030" is none). */
function holdsNumberIn(cells: ReadonlyArray<CellValue>, document: HeaderRow, offset: number): boolean {
  for (const col of [document.columns.net, document.columns.gross]) {
    if (col === undefined) continue;
    const value = cells[col - offset] ?? null;
    if (typeof value === "number" || (typeof value === "string" && parseAmount(value).ok)) return true;
  }
  return false;
}

/** What the rows `from` up to a document's header say of its invoice (possibly nothing). */
function contextAbove(reader: SheetReader, matcher: HeaderMatcher, from: number, headerRow: number, date1904: boolean): InvoiceContext {
  const found: Found = {};
  const titles: { text: string; row: number; col: number }[] = [];
  for (let row = from; row < headerRow; row++) {
    const cells = reader.row(row);
    for (let i = 0; i < cells.length; i++) {
      const key = cells[i];
      if (typeof key !== "string" || key.trim() === "") continue;
      const col = reader.colOf(i);
      // "Laskun numero: VER-025" in one cell, or "Laskun numero | VER-025"
      const colon = key.indexOf(":");
      const inline = colon > 0 && key.slice(colon + 1).trim() !== "";
      const next = inline ? -1 : nextFilled(cells, i);
      const keyText = inline ? key.slice(0, colon) : key.replace(/:\s*$/, "");
      const field = inline || next >= 0 ? (matcher.match(keyText)?.field ?? null) : null;
      const value = inline ? key.slice(colon + 1).trim() : next >= 0 ? cells[next] : null;
      // "LASKU | | Laskun nro | VER-099": a title, then a key, not the key and its value
      const valueIsKey = !inline && typeof value === "string" && matcher.match(value.replace(/:\s*$/, "")) !== null;
      if (field !== null && !valueIsKey && take(found, field, value, row, inline ? col : reader.colOf(next), date1904)) {
        if (!inline) i = next;
      } else titles.push({ text: key, row, col });
    }
  }
  // A title's period where no key names one: "Meno-erittely lokakuu 2015"
  if (found.periodStart === undefined)
    for (const title of titles) {
      const period = periodAtEnd(title.text);
      if (period) {
        found.periodStart = { value: period.start, row: title.row, col: title.col };
        found.periodEnd = { value: period.end, row: title.row, col: title.col };
        break;
      }
    }
  const cells: Partial<Record<ContextField, { row: number; col: number }>> = {};
  for (const [field, at] of Object.entries(found)) cells[field as ContextField] = { row: at.row, col: at.col };
  return {
    ...(found.number ? { number: found.number.value } : {}),
    ...(found.date ? { date: found.date.value } : {}),
    ...(found.partner ? { partner: found.partner.value } : {}),
    // a start alone ("Alkaen | 1.10.2015") is no period
    ...(found.periodStart && found.periodEnd ? { periodStart: found.periodStart.value, periodEnd: found.periodEnd.value } : {}),
    cells,
    firstRow: Math.min(headerRow, ...Object.values(cells).map((at) => at.row)),
  };
}

function nextFilled(cells: ReadonlyArray<CellValue>, from: number): number {
  for (let k = from + 1; k < cells.length; k++) if (!isBlank(cells[k] ?? null)) return k;
  return -1;
}

/** Reads a key's value into `found`, false when it is no value of that field (a title, a stray word). */
function take(found: Found, field: string, value: CellValue, row: number, col: number, date1904: boolean): boolean {
  const at = { row, col };
  switch (field) {
    case "number":
      if (found.number || isBlank(value)) return false;
      found.number = { value: cellText(value).trim(), ...at };
      return true;
    case "partner":
      if (found.partner || typeof value !== "string") return false;
      found.partner = { value: value.trim(), ...at };
      return true;
    case "date":
    case "periodStart":
    case "periodEnd": {
      const day = dayOf(value, date1904);
      if (day === null || found[field]) return false;
      found[field] = { value: day, ...at };
      return true;
    }
    case "period": {
      const period = typeof value === "string" && parseDate(value) === null ? parsePeriodText(value) : null;
      if (!period || found.periodStart) return false;
      found.periodStart = { value: period.start, ...at };
      found.periodEnd = { value: period.end, ...at };
      return true;
    }
    default:
      return false;
  }
}

function dayOf(value: CellValue, date1904: boolean): Day | null {
  if (typeof value === "number") return value >= 1 ? dayFromSerial(value, date1904) : null;
  return typeof value === "string" ? parseDate(value.trim()) : null;
}

/** The period a title ends in ("… lokakuu 2015", "… 1.10.–31.10.2015", "… 2013"); null when it ends in none, in a day or in years. */
function periodAtEnd(title: string): { start: Day; end: Day } | null {
  const words = title.trim().split(/\s+/);
  for (let n = Math.min(PERIOD_WORDS, words.length); n >= 1; n--) {
    const tail = words.slice(words.length - n).join(" ");
    if (parseDate(tail) !== null) return null;
    const period = parsePeriodText(tail);
    if (period) return period.end - period.start < LONGEST_TITLE_PERIOD_DAYS ? period : null;
  }
  return null;
}
