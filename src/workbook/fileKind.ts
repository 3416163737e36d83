import { decodeCsv } from "./csv";

/** A zip's first bytes (.xlsx, .xlsm, .ods) and a compound file's (an old .xls, a password-protected .xlsx). */
export const ZIP = [0x50, 0x4b, 0x03, 0x04];
export const OLE = [0xd0, 0xcf, 0x11, 0xe0];

export function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Whether bytes are a workbook's rather than text: a zip (.xlsx, .ods) or an old binary .xls, whatever the file's name says. */
export function isWorkbookBytes(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP) || startsWith(bytes, OLE);
}

/**
 * What text under a workbook's name holds, by its start: a web page (many systems export a table
 * as HTML named .xls), Excel 2003's XML, LibreOffice's flat XML (.fods), other XML, or plain text
 * (CSV, as most exports are). Null for bytes that are not text.
 */
export function textKind(bytes: Uint8Array): "html" | "spreadsheetXml" | "flatOpenDocument" | "xml" | "text" | null {
  const head = decodeCsv(bytes.subarray(0, 8192)).text.slice(0, 4096);
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    // a control character other than a tab or a line end: binary
    if (code < 32 && (code < 9 || code > 13)) return null;
  }
  const start = head.trimStart().toLowerCase();
  if (!start.startsWith("<")) return "text";
  if (/<(!doctype html|html|body)[\s>]/.test(start)) return "html";
  // Excel 2003's <Workbook> holds <Table>s, so it is told by its namespace before a page's bare <table>
  if (start.includes("urn:schemas-microsoft-com:office:spreadsheet")) return "spreadsheetXml";
  if (start.includes("urn:oasis:names:tc:opendocument")) return "flatOpenDocument";
  return /<table[\s>]/.test(start) ? "html" : "xml";
}
