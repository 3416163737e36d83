/**
 * Ranges that follow a table down: data validation and conditional formats (the main ones and
 * Excel 2010's `x14` ones in the sheet's extLst, `<xm:sqref>`) whose range ended at the
 * table's last row are extended over the rows written below it, so a new invoice row gets the
 * drop-down and the highlighting its neighbours have. Ranges elsewhere stay as they are.
 */
import { cellAddress, parseRange } from "../address";

/** What grew: rows up to `oldBottom` (0-based) now reach `newBottom`, over columns `left`–`right`. */
export interface Growth {
  readonly oldBottom: number;
  readonly newBottom: number;
  readonly left: number;
  readonly right: number;
}

/** A space-separated list of ranges (`A2:A10 C2:C10`) with those ending at the old last row extended; null when none does. */
export function grownSqref(sqref: string, growth: Growth): string | null {
  let changed = false;
  const ranges = sqref.split(/\s+/).map((text) => {
    const range = text.includes("!") ? null : parseRange(text);
    if (!range || range.bottom !== growth.oldBottom || range.right < growth.left || range.left > growth.right) return text;
    changed = true;
    return `${cellAddress(range.top, range.left)}:${cellAddress(growth.newBottom, range.right)}`;
  });
  return changed ? ranges.join(" ") : null;
}

/** A worksheet's XML from `from` on (after its cells) with every `sqref` (attribute or x14 element) grown. */
export function withGrownRanges(xml: string, from: number, growth: Growth): string {
  if (growth.newBottom <= growth.oldBottom) return xml;
  const tail = xml
    .slice(from)
    .replace(/(\ssqref\s*=\s*")([^"]*)(")/g, (whole, open: string, sqref: string, close: string) => {
      const grown = grownSqref(sqref, growth);
      return grown === null ? whole : `${open}${grown}${close}`;
    })
    .replace(/(<(?:[A-Za-z_][\w.-]*:)?sqref>)([^<]*)(<\/)/g, (whole, open: string, sqref: string, close: string) => {
      const grown = grownSqref(sqref.trim(), growth);
      return grown === null ? whole : `${open}${grown}${close}`;
    });
  return xml.slice(0, from) + tail;
}
