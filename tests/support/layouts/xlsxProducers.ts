import { NODE_DEFLATER } from "../../../cli/zipNode";
import { cellAddress } from "../../../src/workbook/address";
import { isCellError } from "../../../src/workbook/types";
import type { CellRange, CellValue, WorkbookData } from "../../../src/workbook/types";
import { writeZip } from "../../../src/workbook/zipWriter";

/**
 * Writes a workbook as the raw SpreadsheetML of a given producer, so the CLI's reader meets the
 * XML it would meet in real files:
 *
 * - `excel`: shared strings, `r` on every row and cell, `spans`, `<mergeCells count>` after the cells;
 * - `libreoffice`: shared strings, every cell styled (`s="…"`), the covered cells of a merge written
 *   as empty styled cells, formulas as `<f aca="false">`;
 * - `script` (what openpyxl or a hand-made writer leaves): inline strings, no `r` on cells,
 *   formulas with no cached value at all.
 *
 * `formulas` puts a formula (without `=`) in a cell; in `script` style it keeps no value, in the
 * others its value from the sheet's cells is the cached one.
 */
export type Producer = "excel" | "libreoffice" | "script";

export interface ProducedSheet {
  readonly name: string;
  readonly cells: ReadonlyArray<ReadonlyArray<CellValue>>;
  readonly merged?: readonly CellRange[];
  /** Formulas by A1 address, e.g. `{ H12: "SUM(H2:H11)" }`. */
  readonly formulas?: Readonly<Record<string, string>>;
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function xlsxOf(sheets: readonly ProducedSheet[], producer: Producer, date1904 = false): Buffer {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const shared = (text: string) => {
    let index = stringIndex.get(text);
    if (index === undefined) {
      index = strings.length;
      strings.push(text);
      stringIndex.set(text, index);
    }
    return index;
  };
  const encoder = new TextEncoder();
  const parts: { name: string; bytes: Uint8Array }[] = [];
  const worksheets = sheets.map((sheet, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, xml: sheetXml(sheet, producer, shared) }));
  const sheetEntries = sheets.map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  const rels = sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join("");
  const files: Record<string, string> = {
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    "_rels/.rels":
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr${date1904 ? ' date1904="1"' : ""}/><sheets>${sheetEntries}</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  };
  for (const sheet of worksheets) files[sheet.name] = sheet.xml;
  files["xl/sharedStrings.xml"] =
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">` +
    strings.map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`).join("") +
    "</sst>";
  for (const [name, xml] of Object.entries(files)) parts.push({ name, bytes: encoder.encode(xml) });
  return Buffer.from(writeZip(parts, NODE_DEFLATER));
}

function sheetXml(sheet: ProducedSheet, producer: Producer, shared: (text: string) => number): string {
  const covered = new Set<string>();
  /** Per row, the column after the last covered cell: LibreOffice writes the covered cells out. */
  const coveredEnd = new Map<number, number>();
  for (const m of sheet.merged ?? [])
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        covered.add(cellAddress(r, c));
        coveredEnd.set(r, Math.max(coveredEnd.get(r) ?? 0, c + 1));
      }
  const rows: string[] = [];
  sheet.cells.forEach((row, r) => {
    const cells: string[] = [];
    const width = Math.max(row.length, producer === "libreoffice" ? (coveredEnd.get(r) ?? 0) : 0);
    for (let c = 0; c < width; c++) {
      const address = cellAddress(r, c);
      const value = row[c] ?? null;
      const formula = sheet.formulas?.[address];
      const ref = producer === "script" ? "" : ` r="${address}"`;
      const style = producer === "libreoffice" ? ` s="${typeof value === "number" ? 2 : 1}"` : "";
      if (formula !== undefined) {
        const f = producer === "libreoffice" ? `<f aca="false">${escape(formula)}</f>` : `<f>${escape(formula)}</f>`;
        if (producer === "script") cells.push(`<c${ref}>${f}</c>`);
        else if (typeof value === "string") cells.push(`<c${ref}${style} t="str">${f}<v>${escape(value)}</v></c>`);
        else cells.push(`<c${ref}${style}>${f}<v>${typeof value === "number" ? value : ""}</v></c>`);
        continue;
      }
      if (value === null) {
        if (producer === "libreoffice" && covered.has(address)) cells.push(`<c${ref} s="3"/>`);
        else if (producer === "script") cells.push("<c/>");
        continue;
      }
      if (typeof value === "number") cells.push(`<c${ref}${style}><v>${value}</v></c>`);
      else if (typeof value === "boolean") cells.push(`<c${ref}${style} t="b"><v>${value ? 1 : 0}</v></c>`);
      else if (isCellError(value)) cells.push(`<c${ref}${style} t="e"><v>${escape(value.error)}</v></c>`);
      else if (producer === "script") cells.push(`<c t="inlineStr"><is><t>${escape(value)}</t></is></c>`);
      else cells.push(`<c${ref}${style} t="s"><v>${shared(value)}</v></c>`);
    }
    // a script writes cells without references: their place is their order, so trailing empties may go
    while (producer === "script" && cells[cells.length - 1] === "<c/>") cells.pop();
    const spans = producer === "excel" && row.length > 0 ? ` spans="1:${row.length}"` : "";
    if (cells.length > 0 || producer === "libreoffice") rows.push(`<row r="${r + 1}"${spans}>${cells.join("")}</row>`);
  });
  const merges = sheet.merged ?? [];
  const mergeXml =
    merges.length === 0
      ? ""
      : `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}"/>`).join("")}</mergeCells>`;
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const before = producer === "libreoffice" ? '<sheetPr filterMode="false"/><sheetFormatPr defaultRowHeight="12.8"/>' : "";
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet ${ns}>${before}<sheetData>${rows.join("")}</sheetData>${mergeXml}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

/** The sheets of a workbook as a producer's sheets, with no merges or formulas. */
export function producedSheetsOf(book: WorkbookData): ProducedSheet[] {
  return book.sheets.map((s) => ({ name: s.name, cells: s.cells }));
}
