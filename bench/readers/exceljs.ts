/**
 * The reader cli/readXlsx.ts had before the benches, exceljs' full (non-streaming) object
 * model (later its fallback, now gone): here the reference the benches and the reader's edge
 * tests compare against. exceljs is a development dependency only.
 */
import type ExcelJS from "exceljs";
import { parseRange } from "../../src/workbook/address";
import type { CellValue, FormulaCell, SheetData, WorkbookData } from "../../src/workbook/types";

/** 1970-01-01 as exceljs counts serials: it maps serial n to 1899-12-30 + n days, with no 29.2.1900 and 1462 days more in the 1904 system. */
const EXCELJS_SERIAL_OF_1970 = 25_569;
const EXCELJS_1904_DAYS = 1_462;

/**
 * Turns an exceljs cell value into what Excel stores: a date cell becomes its serial again.
 * exceljs makes a `Date` of any number with a date or time format, by its own arithmetic
 * (`excelToDate`), so its exact inverse gives the stored number back: a time of day stays the
 * fraction it is (0.5, not a day of 1899), and serials before 1.3.1900 keep their number.
 */
export function cellValueOf(value: ExcelJS.CellValue, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? null : ms / 86_400_000 + EXCELJS_SERIAL_OF_1970 - (date1904 ? EXCELJS_1904_DAYS : 0);
  }
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined ? null : cellValueOf(result, date1904);
  }
  if ("text" in value) return cellValueOf(value.text, date1904);
  return null;
}

/** The whole .xlsx through exceljs' object model (the reader before; loaded only when needed). */
export async function readXlsx(buffer: Buffer): Promise<WorkbookData> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const date1904 = Boolean((workbook.properties as { date1904?: boolean }).date1904);
  const sheets: SheetData[] = [];
  workbook.eachSheet((worksheet) => {
    const cells: CellValue[][] = [];
    const formulas: FormulaCell[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        // exceljs gives every cell of a merged range the top-left cell's value; Excel stores it there only
        if (cell.isMerged && cell.master !== cell) return;
        const value = cellValueOf(cell.value, date1904);
        values[colNumber - 1] = value;
        // exceljs gives a shared formula's other cells their own text (cell.formula)
        const raw = cell.value;
        if (value === null && typeof raw === "object" && raw !== null && ("formula" in raw || "sharedFormula" in raw) && cell.formula)
          formulas.push({ row: rowNumber - 1, col: colNumber - 1, formula: cell.formula });
      });
      for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = null;
      cells[rowNumber - 1] = values;
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = [];
    const merged = ((worksheet.model as { merges?: string[] }).merges ?? []).flatMap((ref) => parseRange(ref) ?? []);
    sheets.push({
      name: worksheet.name,
      cells,
      ...(merged.length > 0 ? { merged } : {}),
      ...(formulas.length > 0 ? { uncalculated: formulas } : {}),
    });
  });
  return { sheets, date1904 };
}
