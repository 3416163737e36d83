import type { CellValue, WorkbookData } from "../../src/workbook/types";

/**
 * A small workbook described in code, so a test shows its cells:
 * `book({ Laskut: [["Laskuttaja", "Summa"], ["Verso", 100]] })`.
 */
export function book(sheets: Record<string, CellValue[][]>, date1904 = false): WorkbookData {
  return { date1904, sheets: Object.entries(sheets).map(([name, cells]) => ({ name, cells })) };
}
