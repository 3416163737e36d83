/**
 * The canonical workbook (what `kaste template` writes) as sheets for `insertTables`: the
 * table sheets get a bold header row that becomes an Excel table; Hanke and Asetukset stay
 * key/value rows with their keys in bold. Pure: no Office here.
 */
import { templateSheets } from "../../src/ledger/template";
import type { OutSheet } from "../../src/workbook/cells";
import type { WorkbookData } from "../../src/workbook/types";

/** Characters of column width for a table's columns and for a key/value sheet's key, value and note. */
const TABLE_WIDTH = 18;
const KEY_VALUE_WIDTHS = [34, 16, 60];

export function canonicalSheets(): OutSheet[] {
  return templateSheets().map((sheet) =>
    sheet.table
      ? { name: sheet.name, rows: sheet.rows, boldRows: [0], widths: sheet.rows[0].map(() => TABLE_WIDTH) }
      : { name: sheet.name, rows: sheet.rows, widths: KEY_VALUE_WIDTHS.slice(0, Math.max(...sheet.rows.map((r) => r.length))) },
  );
}

/**
 * The canonical sheets a workbook lacks (`add`) and the names of those it already has
 * (`kept`, left untouched): Excel's sheet names ignore case, so `laskut` is Laskut.
 */
export function sheetsToAdd(book: WorkbookData): { add: OutSheet[]; kept: string[] } {
  const have = new Set(book.sheets.map((sheet) => sheet.name.toLowerCase()));
  const all = canonicalSheets();
  return {
    add: all.filter((sheet) => !have.has(sheet.name.toLowerCase())),
    kept: all.filter((sheet) => have.has(sheet.name.toLowerCase())).map((sheet) => sheet.name),
  };
}
