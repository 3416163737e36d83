/**
 * Excel 2003's XML Spreadsheet (`<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">`),
 * which older finance and payroll systems still export as .xml or .xls: each `<Worksheet>` a
 * sheet, its `<Row>`s and `<Cell>`s placed by `ss:Index` where they skip, a cell's `<Data>` read
 * by its `ss:Type` (numbers, text, booleans, dates as the serials Excel stores, errors). Pure
 * string work, no DOM.
 */
import { dayFromYmd } from "../periods/dayFromYmd";
import { serialOf } from "../periods/serialOf";
import { decodeEntities } from "./entities";
import type { CellValue, SheetData } from "./types";

/** An attribute's value in a start tag, whatever its prefix (`ss:Index`, `Index`); null when absent. */
function attribute(tag: string, local: string): string | null {
  const match = new RegExp(`\\s(?:[\\w.-]+:)?${local}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? decodeEntities(match[1] ?? match[2]) : null;
}

/** A 1-based `ss:Index` as a 0-based position, when it is one past `after` or later; else the next one. */
function indexAt(tag: string, after: number): number {
  const index = Number(attribute(tag, "Index"));
  return Number.isInteger(index) && index - 1 > after && index <= 1_048_576 ? index - 1 : after + 1;
}

function value(type: string | null, raw: string): CellValue {
  const text = decodeEntities(raw.replace(/<[^>]*>/g, ""));
  if (type === "Number") {
    const number = Number(text);
    return text.trim() !== "" && Number.isFinite(number) ? number : text;
  }
  if (type === "Boolean") return text === "1" || text.toLowerCase() === "true";
  if (type === "Error") return { error: text };
  if (type === "DateTime") {
    const m = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d(?:\.\d+)?))?)?/.exec(text);
    if (m) {
      try {
        const seconds = Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0);
        return serialOf(dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3])), false) + seconds / 86_400;
      } catch {
        return text;
      }
    }
  }
  return text === "" ? null : text;
}

/** The worksheets of an XML Spreadsheet, in order, each with its name; empty when there is none. */
export function readSpreadsheetXml(xml: string): SheetData[] {
  const sheets: SheetData[] = [];
  const worksheets = /<((?:[\w.-]+:)?)Worksheet\b([^>]*)>([\s\S]*?)<\/\1Worksheet\s*>/g;
  for (const [, prefix, attributes, body] of xml.matchAll(worksheets)) {
    const rows: CellValue[][] = [];
    let row = -1;
    for (const [, rowTag, rowBody] of body.matchAll(new RegExp(`(<${prefix}Row\\b[^>]*?)(?:/>|>([\\s\\S]*?)</${prefix}Row\\s*>)`, "g"))) {
      row = indexAt(rowTag, row);
      const cells: CellValue[] = [];
      let col = -1;
      const cellPattern = new RegExp(`(<${prefix}Cell\\b[^>]*?)(?:/>|>([\\s\\S]*?)</${prefix}Cell\\s*>)`, "g");
      for (const [, cellTag, cellBody] of (rowBody ?? "").matchAll(cellPattern)) {
        col = indexAt(cellTag, col);
        const data = new RegExp(`<(?:[\\w.-]+:)?Data\\b([^>]*)>([\\s\\S]*?)</(?:[\\w.-]+:)?Data\\s*>`).exec(cellBody ?? "");
        if (data) {
          while (cells.length < col) cells.push(null);
          cells[col] = value(attribute(data[1], "Type"), data[2]);
        }
        const across = Number(attribute(cellTag, "MergeAcross"));
        if (Number.isInteger(across) && across > 0 && across < 16_384) col += across;
      }
      while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
      while (rows.length < row) rows.push([]);
      rows[row] = cells;
    }
    while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
    sheets.push({ name: attribute(attributes, "Name") ?? `Sheet${sheets.length + 1}`, cells: rows });
  }
  return sheets;
}
