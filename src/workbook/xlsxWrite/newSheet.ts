/**
 * A new worksheet's XML from rows of values (workbook/cells.ts `OutCell`): column widths, bold
 * rows or a bold first column, number formats for dates, money and percents, formulas with
 * their cached results, and the `<tableParts>` of the Excel Tables over it.
 */
import { cellAddress, columnLetter } from "../address";
import type { OutCell } from "../cells";
import { cellXml, formatOf } from "./cellXml";
import type { StylesEditor } from "./styles";
import { NS_MAIN, NS_REL, XML_HEAD } from "./xml";

/** An Excel Table over a new sheet's rows: its header row (0-based), data rows below it, columns from A. */
export interface NewTable {
  readonly name: string;
  readonly headerRow: number;
  readonly rows: number;
  readonly columns: number;
}

/** A sheet to add (or to write again, when it is one of ours). */
export interface NewSheet {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<OutCell>>;
  /** Rows (0-based) in bold: headers and keys. */
  readonly boldRows?: readonly number[];
  readonly boldFirstColumn?: boolean;
  readonly hidden?: boolean;
  /** Column widths in characters, from column A. */
  readonly widths?: readonly number[];
  readonly tables?: readonly NewTable[];
  /** Plain numbers with decimals shown as money (`#,##0.00`): the ledger's and summaries' sheets. */
  readonly decimalsAsMoney?: boolean;
}

/** The sheet's worksheet XML; its tables' relationship ids in `tableRelIds`, in order; text shared when `shared` is given. */
export function newSheetXml(
  sheet: NewSheet,
  styles: StylesEditor,
  date1904: boolean,
  tableRelIds: readonly string[] = [],
  shared?: (text: string) => number,
): string {
  const bold = new Set(sheet.boldRows ?? []);
  let width = 0;
  const rows: string[] = [];
  sheet.rows.forEach((row, r) => {
    const cells: string[] = [];
    row.forEach((value, c) => {
      if (value === null) return;
      let style: number | null = null;
      const format = formatOf(value) ?? (sheet.decimalsAsMoney && typeof value === "number" && !Number.isInteger(value) ? "money" : null);
      if (format) style = styles.withNumberFormat(null, format, false);
      if (bold.has(r) || (sheet.boldFirstColumn && c === 0)) style = styles.bold(style);
      const xml = cellXml(cellAddress(r, c), value, style, date1904, "", shared);
      if (xml) cells.push(xml);
      width = Math.max(width, c + 1);
    });
    if (cells.length > 0) rows.push(`<row r="${r + 1}">${cells.join("")}</row>`);
  });
  const height = sheet.rows.length;
  const dimension = height > 0 && width > 0 ? `A1:${columnLetter(width - 1)}${height}` : "A1";
  const widths = sheet.widths ?? [];
  const cols = widths.map((w, c) => (w > 0 ? `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>` : "")).join("");
  const tables = tableRelIds.map((id) => `<tablePart r:id="${id}"/>`).join("");
  return (
    `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<dimension ref="${dimension}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>${rows.join("")}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    (tables ? `<tableParts count="${tableRelIds.length}">${tables}</tableParts>` : "") +
    "</worksheet>"
  );
}

/** Whether a sheet holds formulas (the workbook then recalculates on load). */
export function hasFormulas(rows: ReadonlyArray<ReadonlyArray<OutCell>>): boolean {
  return rows.some((row) => row.some((cell) => cell !== null && typeof cell === "object" && "formula" in cell));
}
