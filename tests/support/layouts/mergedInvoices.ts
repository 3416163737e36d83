import type { CellRange, CellValue, WorkbookData } from "../../../src/workbook/types";
import { COL, SHEET_NAME, invoiceRowsIn, laskutOf, place } from "./invoiceSheet";
import type { Placement } from "./invoiceSheet";

/**
 * The canonical ledger with each invoice's key cells (date, biller, number, period, kind,
 * checker, approver) written once over its lines: merged down over the block (`merged`), or
 * left blank under its first line as an ERP report prints them (`blank`). The same data, so
 * every finding and total must come out as the canonical layout's.
 */
export interface MergedVariant extends Placement {
  readonly style: "merged" | "blank";
}

/** The columns an invoice repeats on every line. */
export const KEY_COLUMNS = [COL.date, COL.partner, COL.number, COL.start, COL.end, COL.kind, COL.checker, COL.approver];

export interface MergedLayout {
  readonly book: WorkbookData;
  /** The merged ranges of the Laskut sheet (none in `blank` style). */
  readonly merged: CellRange[];
  readonly sheetName: string;
  /** Rows that are the 2nd and later lines of an invoice, 0-based on the sheet. */
  readonly continuationRows: number[];
}

export function mergedInvoicesOf(canonical: WorkbookData, variant: MergedVariant): MergedLayout {
  const { header, rows } = invoiceRowsIn(laskutOf(canonical), variant.lang);
  const out: CellValue[][] = [header];
  const merged: CellRange[] = [];
  const continuationRows: number[] = [];
  const top = variant.rowsAbove;
  let blockStart = 1;
  rows.forEach((row, i) => {
    const sameInvoice = i > 0 && rows[i - 1][COL.partner] === row[COL.partner] && rows[i - 1][COL.number] === row[COL.number];
    if (sameInvoice) {
      continuationRows.push(top + out.length);
      out.push(row.map((value, c) => (KEY_COLUMNS.includes(c) ? null : value)));
    } else {
      closeBlock(blockStart, out.length - 1);
      blockStart = out.length;
      out.push(row);
    }
  });
  closeBlock(blockStart, out.length - 1);

  function closeBlock(first: number, last: number) {
    if (variant.style !== "merged" || last <= first) return;
    for (const col of KEY_COLUMNS) {
      const left = variant.colsLeft + col;
      merged.push({ top: top + first, left, bottom: top + last, right: left });
    }
  }

  const placed = place(out, variant);
  const sheetName = SHEET_NAME[variant.lang];
  const sheet = { name: sheetName, cells: placed.cells, ...(merged.length > 0 ? { merged } : {}) };
  return {
    book: { ...canonical, sheets: canonical.sheets.map((s) => (s.name === "Laskut" ? sheet : s)) },
    merged,
    sheetName,
    continuationRows,
  };
}
