import { buildLedger } from "../../src/ledger/build";
import type { Ledger } from "../../src/ledger/model";
import { book } from "../support/book";
import type { CellValue } from "../../src/workbook/types";

/** Reading findings of a workbook described in code, as [code, sheet!cell]; and its ledger. */
export function read(sheets: Record<string, CellValue[][]>, date1904 = false): { ledger: Ledger; findings: [string, string][] } {
  const { ledger, findings } = buildLedger(book(sheets, date1904));
  return { ledger, findings: findings.map((f) => [f.code, `${f.sheet}!${f.cell}`]) };
}

export const invoicesOf = (ledger: Ledger) => ledger.invoices.map((i) => [i.partner, i.number, i.periodStart, i.periodEnd, i.net]);
