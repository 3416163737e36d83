import type { CellValue, SheetData } from "../../workbook/types";
import { isBlank } from "../coerce";

/**
 * Merged cells over a block of rows count as their value for every row they cover: an invoice
 * whose number, date and biller are merged down over its lines is that invoice on each line.
 * Excel stores the value in the top-left cell only, so it is copied down its first column.
 *
 * Only merges below a header row are filled: a header merged over two header rows ("Summa"
 * beside "Ajalta" over "alkaen | päättyen") stays as the header reader expects it, and a
 * merge across columns only (a title over the table) is no value of any row below it.
 * A copy of the sheet; rows no merge touches are shared. The sheet itself when nothing changes.
 */
export function withMergedValues(sheet: SheetData, headerRows: readonly number[]): SheetData {
  const merged = sheet.merged;
  if (!merged || merged.length === 0 || headerRows.length === 0) return sheet;
  const firstHeader = Math.min(...headerRows);
  const rowOffset = sheet.origin?.row ?? 0;
  const colOffset = sheet.origin?.col ?? 0;
  let cells: CellValue[][] | null = null;
  const copied = new Set<number>();
  for (const range of merged) {
    if (range.bottom <= range.top || range.top <= firstHeader || headerRows.some((row) => row >= range.top && row <= range.bottom))
      continue;
    const col = range.left - colOffset;
    const value = sheet.cells[range.top - rowOffset]?.[col] ?? null;
    if (isBlank(value) || col < 0) continue;
    cells ??= sheet.cells.slice() as CellValue[][];
    for (let row = range.top + 1; row <= range.bottom; row++) {
      const index = row - rowOffset;
      if (index < 0) continue;
      if (!copied.has(index)) {
        cells[index] = cells[index] ? [...cells[index]] : [];
        copied.add(index);
      }
      const target = cells[index];
      if (!isBlank(target[col] ?? null)) continue;
      while (target.length < col) target.push(null);
      target[col] = value;
    }
  }
  if (!cells) return sheet;
  for (let i = 0; i < cells.length; i++) cells[i] ??= [];
  return { ...sheet, cells };
}
