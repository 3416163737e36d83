import type { WorkbookData } from "../../src/workbook/types";

/** True when no cell of the workbook holds anything but blanks: a new workbook, to be offered the canonical sheets. */
export function isEmptyWorkbook(book: WorkbookData): boolean {
  return book.sheets.every((sheet) =>
    sheet.cells.every((row) => row.every((cell) => cell === null || (typeof cell === "string" && cell.trim() === ""))),
  );
}
