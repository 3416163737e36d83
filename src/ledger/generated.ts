import type { SheetData, WorkbookData } from "../workbook/types";

/**
 * Sheets KASTE Ledger writes (payment application drafts, the claims of sent applications)
 * start with this text in A1. They are outputs, not ledger tables: the ledger builder skips
 * them, so a draft's "Kumppani | Tilikohta | Summa" rows are never read back as invoices.
 */
export const GENERATED_MARK = "KASTE Ledger:";

/** Whether a sheet was written by KASTE Ledger (its A1 starts with `GENERATED_MARK`). */
export function isGeneratedSheet(sheet: SheetData): boolean {
  if ((sheet.origin?.row ?? 0) !== 0 || (sheet.origin?.col ?? 0) !== 0) return false;
  const first = sheet.cells[0]?.[0];
  return typeof first === "string" && first.startsWith(GENERATED_MARK);
}

/**
 * The sheet named `name` (case ignored, as Excel compares sheet names) when the workbook has
 * one KASTE Ledger did not write and that holds something: hers, never to be written over.
 * Undefined when there is no such sheet, it is one of ours, or it is blank.
 */
export function foreignSheetNamed(book: WorkbookData, name: string): SheetData | undefined {
  const wanted = name.toLowerCase();
  const blank = (sheet: SheetData) => sheet.cells.every((row) => (row ?? []).every((cell) => cell === null || cell === ""));
  return book.sheets.find((sheet) => sheet.name.toLowerCase() === wanted && !isGeneratedSheet(sheet) && !blank(sheet));
}
