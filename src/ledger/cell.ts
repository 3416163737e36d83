import { cellAddress } from "../workbook/address";
import type { Where } from "../findings/finding";
import type { RowRef, TableRef } from "./model";

/** The cell of `field` in the row a record came from; the row's first column when the field has no column. */
export function cellOf(ref: RowRef, field: string): Where {
  const { table, row } = ref;
  const col = table.columns[field] ?? Math.min(...Object.values(table.columns));
  return { sheet: table.sheet, cell: cellAddress(row, col) };
}

/** A table's header row at its first column: where a finding about the whole table points. */
export function headerCellOf(table: TableRef): Where {
  const first = Math.min(...Object.values(table.columns), ...(table.acrossColumns ?? []).map((c) => c.col));
  return { sheet: table.sheet, cell: cellAddress(table.headerRow, Number.isFinite(first) ? first : 0) };
}
