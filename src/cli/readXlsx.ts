import ExcelJS from "exceljs";
import { serialOf } from "../periods";
import type { CellValue, SheetData, WorkbookData } from "../workbook/types";

/** Turns an exceljs cell value into what Excel stores: dates become serials again. */
function cellValueOf(value: ExcelJS.CellValue, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? null : serialOf(Math.floor(ms / 86_400_000), date1904) + (ms % 86_400_000) / 86_400_000;
  }
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined ? null : cellValueOf(result as ExcelJS.CellValue, date1904);
  }
  if ("text" in value) return cellValueOf((value as ExcelJS.CellHyperlinkValue).text, date1904);
  return null;
}

/** Reads a whole .xlsx into the workbook interface (every sheet's used range from A1). */
export async function readXlsx(buffer: Buffer): Promise<WorkbookData> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const date1904 = Boolean((workbook.properties as { date1904?: boolean }).date1904);
  const sheets: SheetData[] = [];
  workbook.eachSheet((worksheet) => {
    const cells: CellValue[][] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        values[colNumber - 1] = cellValueOf(cell.value, date1904);
      });
      for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = null;
      cells[rowNumber - 1] = values;
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = [];
    sheets.push({ name: worksheet.name, cells });
  });
  return { sheets, date1904 };
}
