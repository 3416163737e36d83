import { parseRange } from "../../src/workbook/address";
import type { CellRange } from "../../src/workbook/types";

/**
 * The blocks of a RangeAreas address as Office gives it (`Laskut!A2:A4, Laskut!B2:B4`,
 * `'Kulut, 2014'!A2:A4`): each block's sheet prefix dropped, a comma inside a quoted sheet name
 * not taken for a separator. Pieces that are not ranges are left out.
 */
export function blocksOfAreas(address: string): CellRange[] {
  const blocks: CellRange[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i <= address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted; // a doubled quote toggles twice
    if (i < address.length && (quoted || ch !== ",")) continue;
    const piece = address.slice(start, i);
    const block = parseRange(piece.slice(piece.lastIndexOf("!") + 1).trim());
    if (block) blocks.push(block);
    start = i + 1;
  }
  return blocks;
}
