import { cellAddress } from "../workbook/address";
import type { Where } from "../findings/finding";
import type { InvoiceContext, RowRef, TableRef } from "./model";

/**
 * The cell of `field` in the row a record came from; for an invoice typed as a document, the cell above
 * its lines the field was read from ("Laskun numero | VER-025"); else the row's first column.
 */
export function cellOf(ref: RowRef, field: string): Where {
  const { table, row } = ref;
  const col = table.columns[field];
  if (col === undefined) {
    const typedOnce = table.invoiceContext?.cells[field as keyof InvoiceContext["cells"]];
    if (typedOnce) return { sheet: table.sheet, cell: cellAddress(typedOnce.row, typedOnce.col) };
  }
  return { sheet: table.sheet, cell: cellAddress(row, col ?? Math.min(...Object.values(table.columns))) };
}

/** A table's header row at its first column: where a finding about the whole table points. */
export function headerCellOf(table: TableRef): Where {
  const first = Math.min(...Object.values(table.columns), ...(table.acrossColumns ?? []).map((c) => c.col));
  return { sheet: table.sheet, cell: cellAddress(table.headerRow, Number.isFinite(first) ? first : 0) };
}
