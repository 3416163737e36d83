import type { Finding } from "../../findings/finding";
import { makeFinding } from "../../findings/makeFinding";
import { cellAddress } from "../../workbook/address";
import type { TableRef } from "../model";
import type { SheetReader } from "../sheetReader";
import { columnsOf } from "./tableColumns";
import { isBlankText } from "../../workbook/normalize";

/**
 * Phase 2, read rows: the furniture of a report pasted from an ERP, inside a table: the header
 * printed again on every page, page footers ("Sivu 2/5", "Sida 2 av 5", "Page 2 of 5"), page
 * totals and carried-forward rows ("Sivun summa", "Yhteensä siirto", "Siirto", "Transport",
 * "Carried forward"). None is a record; each kind is reported once per table as a note.
 * (A table's own total, "Yhteensä", is skipped silently by skipRows.ts, as before.)
 */
export type NoiseKind = "header" | "pageFooter" | "pageTotal";

const PAGE_FOOTER = /(?:^|\s)(?:sivu|sid[ae]|page|s\.|p\.)\s*\d+\s*(?:\/|av|of|\(|-)\s*\d+\)?\s*$|^\s*(?:sivu|sida|page)\s+\d+\s*$/i;

/** Labels of page totals and carried-forward rows in fi, sv and en, the whole first text of the row. */
const PAGE_TOTAL =
  /^\s*(?:sivun summa|sivusumma|sivu yhteensä|yhteensä siirto|siirto|siirretään|siirto edelliseltä sivulta|edelliseltä sivulta|sidans summa|sidsumma|summa transport|transport|överfört|överförs|page total|page subtotal|total this page|carried forward|brought forward|c\/f|b\/f)\s*:?\s*(?:$|\d|€|-|−)/i;

const fold = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

/** A row's first text is mostly a partner's name: each distinct text is matched once. */
const labelKinds = new Map<string, NoiseKind | null>();

function labelKind(text: string): NoiseKind | null {
  let kind = labelKinds.get(text);
  if (kind === undefined) {
    kind = PAGE_TOTAL.test(text) ? "pageTotal" : PAGE_FOOTER.test(text) ? "pageFooter" : null;
    if (labelKinds.size < 10_000) labelKinds.set(text, kind);
  }
  return kind;
}

/** The noise a row is, or null for any other row (a record, a blank, a total, a note). */
export function noiseOf(reader: SheetReader, table: TableRef, row: number): NoiseKind | null {
  const cells = reader.row(row);
  const cols = columnsOf(table);
  const end = Math.min(cells.length, cols[cols.length - 1] - reader.colOffset + 1);
  // A table beside another: from its own first column, the table left of it not being its rows
  for (let i = table.fromCol === undefined ? 0 : table.fromCol - reader.colOffset; i < end; i++) {
    const value = cells[i];
    if (typeof value === "number") return null; // a date or an amount before any text: a record
    if (typeof value !== "string" || isBlankText(value)) continue;
    const col = reader.colOf(i);
    if (isHeaderText(reader, table, col, value)) return isRepeatedHeader(reader, table, row) ? "header" : null;
    const kind = labelKind(value);
    // A record that merely starts with such a word ("Transport" as a biller) has more text
    return kind !== null && isLoneText(reader, table, row, col) ? kind : null;
  }
  return null;
}

/** No other cell of the row in the table's columns holds text: the label stands with amounts only. */
function isLoneText(reader: SheetReader, table: TableRef, row: number, labelCol: number): boolean {
  for (const col of columnsOf(table)) {
    if (col === labelCol) continue;
    const value = reader.cell(row, col);
    if (typeof value === "string" && !isBlankText(value) && !/^[\s\d.,€−-]+$/.test(value)) return false;
  }
  return true;
}

/** The text is the header's own in its column (either row of a two-row header). */
function isHeaderText(reader: SheetReader, table: TableRef, col: number, text: string): boolean {
  const folded = fold(text);
  for (const headerRow of [table.headerRow, table.headerRow - 1]) {
    const header = reader.cell(headerRow, col);
    if (typeof header === "string" && header.trim() !== "" && fold(header) === folded) return true;
  }
  return false;
}

/** Every cell of the row in the table's columns is blank or its column's header, and two or more are. */
function isRepeatedHeader(reader: SheetReader, table: TableRef, row: number): boolean {
  let same = 0;
  for (const col of columnsOf(table)) {
    const value = reader.cell(row, col);
    if (value === null || (typeof value === "string" && isBlankText(value))) continue;
    if (typeof value !== "string" || !isHeaderText(reader, table, col, value)) return false;
    same++;
  }
  return same >= 2;
}

/** The noise rows of one table, counted as they are skipped and reported once per kind. */
export class NoiseTally {
  private readonly seen = new Map<NoiseKind, { count: number; first: number; last: number }>();

  add(kind: NoiseKind, row: number): void {
    const entry = this.seen.get(kind);
    if (entry) {
      entry.count++;
      entry.last = row;
    } else this.seen.set(kind, { count: 1, first: row, last: row });
  }

  report(table: TableRef, findings: Finding[]): void {
    const firstCol = Math.min(...columnsOf(table));
    for (const [noise, { count, first, last }] of this.seen)
      findings.push(
        makeFinding(
          "ROWS_SKIPPED_NOISE",
          { sheet: table.sheet, cell: cellAddress(first, firstCol) },
          { noise, count, first: first + 1, last: last + 1 },
        ),
      );
  }
}
