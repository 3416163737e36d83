import { MAX_COLUMNS, MAX_ROWS } from "./cellLimits";
import type { CellRange } from "./types";

/** Converts between 0-based column indexes and the letters a person sees (0 -> A, 26 -> AA). */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let index = 0;
  for (const ch of letters.toUpperCase()) index = index * 26 + (ch.charCodeAt(0) - 64);
  return index - 1;
}

/** `cellAddress(0, 0)` is "A1": 0-based row and column in, the 1-based address out. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** Parses "B12" into 0-based row and column, or null when it is not an A1 address on a sheet (A1–XFD1048576). */
export function parseAddress(address: string): { row: number; col: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return null;
  const row = Number(match[2]) - 1;
  const col = columnIndex(match[1]);
  return row >= 0 && row < MAX_ROWS && col < MAX_COLUMNS ? { row, col } : null;
}

/** A sheet name as a formula references it: always quoted, quotes doubled. */
export function sheetRef(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** Parses "A2:B5" (or a single "A2") into a block of cells, corners in any order; null when it is not one. */
export function parseRange(ref: string): CellRange | null {
  const [from, to = from, ...rest] = ref.split(":");
  if (rest.length > 0) return null;
  const a = parseAddress(from);
  const b = parseAddress(to);
  if (!a || !b) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}
