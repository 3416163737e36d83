import type { CellValue, SheetData } from "../../workbook/types";
import { isBlank } from "../coerce";
import type { TableRef } from "../model";
import { SheetReader } from "../sheetReader";
import { isBlankRow, isTotalRow } from "./skipRows";
import { amountColumnsOf, columnsOf } from "./tableColumns";

/**
 * A ledger kept in a section per partner: the partner's name typed once on a row of its own in
 * the Laskuttaja column ("Pikassos"), or in the table's first column when it names a partner of
 * Kumppanit (`isPartnerName`), its invoices below with their Laskuttaja blank. The heading is the
 * biller of every line under it down to a blank row, a total, the next heading or a line that
 * names its own biller; the heading row itself is then no line. A lone name with no such lines
 * under it is an unfinished line, and read as one. A name with a digit or a colon ("Huom: …",
 * "Pikassos 2014") is a note or a year's heading, no biller. A copy of the sheet, rows no fill
 * touches shared; the sheet itself when nothing changes.
 */
export function withPartnerHeadings(
  sheet: SheetData,
  tables: readonly { table: TableRef; endRow: number }[],
  isPartnerName: (text: string) => boolean,
): SheetData {
  let cells: CellValue[][] | null = null;
  const rowOffset = sheet.origin?.row ?? 0;
  const colOffset = sheet.origin?.col ?? 0;
  let reader = new SheetReader(sheet);
  const set = (row: number, col: number, value: CellValue) => {
    if (!cells) {
      cells = sheet.cells.slice() as CellValue[][];
      reader = new SheetReader({ ...sheet, cells });
    }
    const index = row - rowOffset;
    const target = (cells[index] = [...(cells[index] ?? [])]);
    while (target.length < col - colOffset) target.push(null);
    target[col - colOffset] = value;
  };
  for (const { table, endRow } of tables) {
    const partnerCol = table.columns.partner;
    if (table.kind !== "invoices" || table.acrossColumns || partnerCol === undefined) continue;
    const amounts = [...amountColumnsOf(table)];
    /** A line under a heading: its biller blank, an amount of its own, no total. */
    const isLine = (row: number) =>
      row < endRow &&
      isBlank(reader.cell(row, partnerCol)) &&
      amounts.some((col) => !isBlank(reader.cell(row, col))) &&
      !isTotalRow(reader, table, row);
    const cols = columnsOf(table);
    const first = cols[0];
    for (let row = table.headerRow + 1; row < endRow; row++) {
      // In the Laskuttaja column, or in the table's first column when it is a partner's name
      const col = isBlank(reader.cell(row, partnerCol)) ? first : partnerCol;
      // A heading stands alone on its row: every record has more (asked first, of every row of a ledger)
      if (holdsOtherThan(reader.row(row), cols, col, colOffset)) continue;
      const name = reader.cell(row, col);
      if (typeof name !== "string" || /[\d:]/.test(name) || name.trim() === "") continue;
      if (isTotalRow(reader, table, row)) continue;
      if (!isLine(row + 1) || (col !== partnerCol && !isPartnerName(name))) continue;
      set(row, col, null);
      let next = row + 1;
      for (; next < endRow && isLine(next) && !isBlankRow(reader, table, next); next++) set(next, partnerCol, name);
      row = next - 1;
    }
  }
  return cells ? { ...sheet, cells } : sheet;
}

/** Whether a column of the table other than `col` holds anything in the row's cells. */
function holdsOtherThan(cells: ReadonlyArray<CellValue>, cols: readonly number[], col: number, offset: number): boolean {
  for (let k = 0; k < cols.length; k++) if (cols[k] !== col && !isBlank(cells[cols[k] - offset] ?? null)) return true;
  return false;
}
