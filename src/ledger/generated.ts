import type { SheetData } from "../workbook/types";

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
