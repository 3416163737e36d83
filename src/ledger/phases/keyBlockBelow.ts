import { EXACT_MATCH, HeaderMatcher } from "../recognize";
import type { SheetReader } from "../sheetReader";
import { SETTINGS_KEYS } from "../vocabulary";
import type { CellValue } from "../../workbook/types";
import { isBlank } from "../coerce";

/** The settings' keys, each only as the whole text of its cell ("Tarkastuspäivä", "Toleranssi"). */
const SETTINGS_MATCHER = new HeaderMatcher(SETTINGS_KEYS.keys.map((key) => ({ field: key.key, type: key.type, synonyms: key.synonyms })));
/** A key's value stands in one of the next cells to its right (as keyBlocks.ts reads it). */
const VALUE_REACH = 3;

/**
 * Where the last table of a lane gives way to the settings typed under it, past a blank row
 * ("Maksatukset …", a blank row, "ASETUKSET", "Tarkastuspäivä | 31.12.2015"): the settings' first
 * row, or the title right above it, so that the key block is read as settings and not as the
 * table's rows (REQUIRED_MISSING on each). `end` when no such block follows. Only rows after a
 * blank row are looked at, by their first filled cell: a table's own rows cost one cell each.
 */
export function endBeforeSettings(reader: SheetReader, headerRow: number, end: number, cols: { from: number; to: number }): number {
  const offset = reader.colOffset;
  /** The first filled cell of the lane from index `from`; -1 when none. */
  const firstFilled = (cells: ReadonlyArray<CellValue>, from = Math.max(0, cols.from - offset)): number => {
    for (let i = from; i < cells.length && i + offset < cols.to; i++) if (!isBlank(cells[i])) return i;
    return -1;
  };
  let afterBlank = false;
  for (let row = headerRow + 1; row < end; row++) {
    const cells = reader.row(row);
    const first = firstFilled(cells);
    if (first < 0) {
      afterBlank = true;
      continue;
    }
    if (!afterBlank) continue;
    afterBlank = false;
    if (startsSettings(cells, first, cols.to - offset)) return row;
    // a title alone ("ASETUKSET", "Asetukset:") over the block
    const under = reader.row(row + 1);
    const underFirst = row + 1 < end ? firstFilled(under) : -1;
    if (firstFilled(cells, first + 1) < 0 && underFirst >= 0 && startsSettings(under, underFirst, cols.to - offset)) return row;
  }
  return end;
}

/** A settings key alone in its cell, with a value in one of the next cells to its right. */
function startsSettings(cells: ReadonlyArray<CellValue>, index: number, to: number): boolean {
  const text = cells[index];
  if (typeof text !== "string" || SETTINGS_MATCHER.match(text)?.score !== EXACT_MATCH) return false;
  for (let i = index + 1; i <= index + VALUE_REACH && i < cells.length && i < to; i++) if (!isBlank(cells[i])) return true;
  return false;
}
