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
  /**
   * Blocks of rows to mark as Excel Tables (ready for pivot tables and filters): the table's
   * header row `headerRow` (0-based), `rows` data rows below it and `columns` columns from A.
   * Header texts must be unique within a table; its name a valid Excel name, unique in the workbook.
   */
  readonly tables?: ReadonlyArray<{ readonly name: string; readonly headerRow: number; readonly rows: number; readonly columns: number }>;
}

/** The sheets in a new workbook, or added after the sheets of `workbook`. */
export function workbookOf(sheets: readonly WritableSheet[], workbook = new ExcelJS.Workbook()): ExcelJS.Workbook {
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
    for (const table of sheet.tables ?? []) addTable(worksheet, table);
  }
  return workbook;
}

/** An Excel Table over cells already written: exceljs writes its part, the cells' values and formats stay. */
function addTable(worksheet: ExcelJS.Worksheet, table: NonNullable<WritableSheet["tables"]>[number]): void {
  const cellsOf = (r: number) => Array.from({ length: table.columns }, (_, c) => worksheet.getCell(table.headerRow + r + 1, c + 1));
  const header = cellsOf(0).map((cell) => (typeof cell.value === "string" || typeof cell.value === "number" ? String(cell.value) : ""));
  const rows = Array.from({ length: table.rows }, (_, r) => cellsOf(r + 1).map((cell) => cell.value));
  const formats = rows.map((_, r) => cellsOf(r + 1).map((cell) => cell.numFmt));
  worksheet.addTable({
    name: table.name,
    ref: `A${table.headerRow + 1}`,
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: header.map((name) => ({ name, filterButton: true })),
    // An empty table keeps one blank row: Excel refuses a table of a header alone
    rows: rows.length > 0 ? rows : [header.map(() => null)],
  });
  // addTable writes the values again: the data cells' number formats are put back
  formats.forEach((row, r) =>
    cellsOf(r + 1).forEach((cell, c) => {
      const format = row[c];
      if (format) cell.numFmt = format;
    }),
  );
}

export async function writeXlsx(path: string, sheets: readonly WritableSheet[]): Promise<void> {
  await workbookOf(sheets).xlsx.writeFile(path);
}
