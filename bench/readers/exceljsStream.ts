/**
 * exceljs' streaming reader (WorkbookReader), for comparison: rows arrive one at a time, so
 * exceljs' object model for the whole workbook is never built. With styles cached exceljs gives
 * date-formatted cells as Date objects; cellValueOf turns them back into serials with the
 * workbook's date system (workbookPr date1904, which the reader has parsed by then).
 */
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { CellValue, SheetData, WorkbookData } from "../../src/workbook/types";
import { cellValueOf } from "./exceljs";

interface StreamingReader extends AsyncIterable<ExcelJS.stream.xlsx.WorksheetReader> {
  properties?: { model?: { date1904?: boolean } };
  model?: { sheets?: { name: string }[] };
}

export async function readXlsxStreaming(buffer: Buffer): Promise<WorkbookData> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buffer]), {
    sharedStrings: "cache",
    worksheets: "emit",
    hyperlinks: "ignore",
    styles: "cache",
    entries: "ignore",
  }) as unknown as StreamingReader;
  const date1904 = () => Boolean(reader.properties?.model?.date1904);
  const sheets: SheetData[] = [];
  for await (const worksheet of reader) {
    const cells: CellValue[][] = [];
    for await (const row of worksheet as unknown as AsyncIterable<ExcelJS.Row>) {
      const values: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        values[col - 1] = cellValueOf(cell.value, date1904());
      });
      for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = null;
      cells[row.number - 1] = values;
    }
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = [];
    sheets.push({ name: (worksheet as unknown as { name: string }).name, cells });
  }
  // Sheets come in zip order; the workbook's order is the one users see
  const order = (reader.model?.sheets ?? []).map((s) => s.name);
  sheets.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  return { sheets, date1904: date1904() };
}
