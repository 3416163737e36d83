import { findHeaderRows, tableRefOf } from "../../../src/ledger/phases/findTables";
import type { TableRef } from "../../../src/ledger/model";
import { SheetReader } from "../../../src/ledger/sheetReader";
import type { CellValue } from "../../../src/workbook/types";

/** A sheet and its first table, as phase 1 finds them, for the tests of the later phases. */
export function tableOf(cells: CellValue[][], name = "Laskut"): { reader: SheetReader; table: TableRef } {
  const reader = new SheetReader({ name, cells });
  const [header] = findHeaderRows(reader, false);
  if (!header) throw new Error("no header found");
  return { reader, table: tableRefOf(reader, header) };
}
