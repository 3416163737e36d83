import type { CheckResult } from "../../src/check/checkWorkbook";
import { keyFiguresOf } from "../../src/report/keyFigures";
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

/**
 * What a check concluded, wherever the cells stand: each finding's code and severity, every
 * invoice line's fields (not its cell), and the key figures. Equal outcomes mean the same ledger.
 */
export function outcomeOf(result: CheckResult) {
  const { ledger } = result;
  return {
    findings: result.findings.map((f) => `${f.severity} ${f.code}`).sort(),
    lines: ledger.invoices.map((l) => [
      l.date,
      l.partner,
      l.number,
      l.periodStart,
      l.periodEnd,
      l.kind,
      l.line,
      l.net,
      l.vat,
      l.eligible,
      l.checker,
      l.approver,
    ]),
    figures: JSON.stringify(keyFiguresOf(result)),
  };
}
