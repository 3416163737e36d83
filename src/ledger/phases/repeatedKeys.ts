import type { CellValue, SheetData } from "../../workbook/types";
import { isBlank } from "../coerce";
import { nameKey } from "../names";
import type { TableRef } from "../model";
import { SheetReader } from "../sheetReader";
import { noiseOf } from "./noiseRows";
import { isTotalRow } from "./skipRows";
import { amountColumnsOf, columnsOf } from "./tableColumns";

/** Whether the row's one text, in a column of `others`, is the biller of the row above (by its name's key), beside amounts only. */
function namesBillerAbove(reader: SheetReader, table: TableRef, row: number, others: readonly number[]): boolean {
  const partnerCol = table.columns.partner;
  if (partnerCol === undefined) return false;
  const biller = reader.cell(row - 1, partnerCol);
  if (typeof biller !== "string") return false;
  let name: string | null = null;
  for (const col of others) {
    const value = reader.cell(row, col);
    if (isBlank(value)) continue;
    if (typeof value !== "string" || name !== null) return false;
    name = value;
  }
  return name !== null && nameKey(name) === nameKey(biller);
}

/** The invoice's own cells an ERP report prints once, on its first line. */
const KEY_FIELDS = ["date", "partner", "number", "periodStart", "periodEnd", "period", "kind", "checker", "approver"];
/** The cells that say which invoice a line belongs to: when all of them are blank, the line continues the one above. */
const IDENTITY_FIELDS = ["number", "partner", "date"];

/**
 * A blank an ERP report leaves under a repeated key counts as the key (issue 15): an invoice's
 * 2nd and later lines with its number, biller and date left blank (and its period, kind,
 * checker and approver) continue the line right above them, whose values they take. The
 * layout makes it clear only when every identity cell of the row is blank (a ledger with an
 * invoice number column; a row missing only its biller is still REQUIRED_MISSING) and the row
 * has a line of its own besides its amount (an unlabelled sum under the table stays a total).
 * A copy of the sheet, rows no fill touches shared; the sheet itself when nothing changes.
 */
export function withRepeatedKeys(sheet: SheetData, tables: readonly { table: TableRef; endRow: number }[]): SheetData {
  let cells: CellValue[][] | null = null;
  const rowOffset = sheet.origin?.row ?? 0;
  const colOffset = sheet.origin?.col ?? 0;
  let reader = new SheetReader(sheet);
  for (const { table, endRow } of tables) {
    const { columns } = table;
    if (table.kind !== "invoices" || table.acrossColumns || columns.number === undefined) continue;
    const identity = IDENTITY_FIELDS.map((field) => columns[field]).filter((col): col is number => col !== undefined);
    const keys = KEY_FIELDS.map((field) => columns[field]).filter((col): col is number => col !== undefined);
    const amounts = amountColumnsOf(table);
    const others = columnsOf(table).filter((col) => !amounts.has(col) && !keys.includes(col));
    let previous = -1;
    for (let row = table.headerRow + 1; row < endRow; row++) {
      const own = reader.cell(row, columns.number);
      if (!isBlank(own)) {
        previous = row;
        continue;
      }
      if (previous !== row - 1 || !identity.every((col) => isBlank(reader.cell(row, col)))) continue;
      if (![...amounts].some((col) => !isBlank(reader.cell(row, col)))) continue;
      if (!others.some((col) => !isBlank(reader.cell(row, col)))) continue;
      // A report's own row (a page total, a footer) or a total is none, nor is a row under one
      if ([row, row - 1].some((r) => noiseOf(reader, table, r) !== null || isTotalRow(reader, table, r))) continue;
      // Nor is the biller's name alone with its amounts ("Verso" in Selite under Verso's lines): its subtotal (readRecords.ts)
      if (namesBillerAbove(reader, table, row, others)) continue;
      if (!cells) {
        cells = sheet.cells.slice() as CellValue[][];
        reader = new SheetReader({ ...sheet, cells });
      }
      const index = row - rowOffset;
      const target = (cells[index] = [...(cells[index] ?? [])]);
      for (const col of keys) {
        if (!isBlank(target[col - colOffset] ?? null)) continue;
        while (target.length < col - colOffset) target.push(null);
        target[col - colOffset] = reader.cell(row - 1, col);
      }
      previous = row;
    }
  }
  return cells ? { ...sheet, cells } : sheet;
}
