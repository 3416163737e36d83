import ExcelJS from "exceljs";
import { serialOf } from "../src/periods";
import type { Day } from "../src/periods";
import type { CellValue } from "../src/workbook/types";

/** A cell to write: what Excel stores, or a day to store as a date serial with a Finnish date format. */
export type WritableCell = CellValue | { readonly date: Day } | { readonly formula: string };

export interface WritableSheet {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<WritableCell>>;
  /** Rows (0-based) to set in bold: headers and keys. */
  readonly boldRows?: readonly number[];
  readonly boldFirstColumn?: boolean;
}

export function workbookOf(sheets: readonly WritableSheet[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = worksheet.getCell(r + 1, c + 1);
        if (typeof value === "object" && "date" in value) {
          cell.value = serialOf(value.date, false);
          cell.numFmt = "d.m.yyyy";
        } else if (typeof value === "object" && "formula" in value) {
          cell.value = { formula: value.formula };
        } else if (typeof value === "object" && "error" in value) {
          cell.value = { error: value.error } as ExcelJS.CellErrorValue;
        } else {
          cell.value = value;
          if (typeof value === "number" && !Number.isInteger(value)) cell.numFmt = "#,##0.00";
        }
      });
    });
    for (const r of sheet.boldRows ?? []) worksheet.getRow(r + 1).font = { bold: true };
    if (sheet.boldFirstColumn) worksheet.getColumn(1).font = { bold: true };
    (worksheet.columns ?? []).forEach((column) => {
      column.width = 18;
    });
  }
  return workbook;
}

export async function writeXlsx(path: string, sheets: readonly WritableSheet[]): Promise<void> {
  await workbookOf(sheets).xlsx.writeFile(path);
}
