import { isBlank } from "./coerce";
import type { Ledger, TableRef } from "./model";
import { SheetReader } from "./sheetReader";
import type { WorkbookData } from "../workbook/types";

/** Where rows can be appended below a table. */
export interface AppendPlace {
  /** 0-based column of the table's leftmost and rightmost column (recognised, kept or headed). */
  readonly firstCol: number;
  readonly lastCol: number;
  /** 0-based row after the table's last non-blank row. */
  readonly firstRow: number;
  /** The header of the next table below on the same sheet, if any: rows must stop above it. */
  readonly nextHeader: { readonly row: number; readonly col: number } | null;
}

/** The rightmost column of a table: its last recognised or kept column, or its last header cell. */
export function lastColumnOf(table: TableRef, reader: SheetReader): number {
  let last = Math.max(...Object.values(table.columns), ...table.unknownColumns.map((u) => u.col));
  const header = reader.row(table.headerRow);
  for (let i = header.length - 1; i >= 0; i--) {
    if (!isBlank(header[i])) {
      last = Math.max(last, i + reader.colOffset);
      break;
    }
  }
  return last;
}

/**
 * Where new rows go below a table: after its last non-blank row (a total row at its bottom
 * stays above the new rows), and whether another table below limits the room.
 */
export function appendPlace(table: TableRef, ledger: Ledger, book: WorkbookData): AppendPlace {
  const sheet = book.sheets.find((s) => s.name === table.sheet);
  if (!sheet) throw new Error(`appendPlace: no sheet ${table.sheet}`);
  const reader = new SheetReader(sheet);
  const firstCol = Math.min(...Object.values(table.columns), ...table.unknownColumns.map((u) => u.col));
  const lastCol = lastColumnOf(table, reader);
  let nextHeader: { row: number; col: number } | null = null;
  for (const tables of Object.values(ledger.tables)) {
    for (const other of tables) {
      if (other.sheet !== table.sheet || other.headerRow <= table.headerRow || (nextHeader && other.headerRow >= nextHeader.row)) continue;
      nextHeader = { row: other.headerRow, col: Math.min(...Object.values(other.columns)) };
    }
  }
  const regionEnd = nextHeader?.row ?? reader.rowCount;
  let lastRow = table.headerRow;
  for (let row = regionEnd - 1; row > table.headerRow; row--) {
    let used = false;
    for (let col = firstCol; col <= lastCol && !used; col++) used = !isBlank(reader.cell(row, col));
    if (used) {
      lastRow = row;
      break;
    }
  }
  return { firstCol, lastCol, firstRow: lastRow + 1, nextHeader };
}
