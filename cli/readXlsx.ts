import { isAscii } from "node:buffer";
import { CellReferenceError } from "../src/workbook/cellLimits";
import type { CellRange, CellValue, FormulaCell, SheetData, WorkbookData } from "../src/workbook/types";
import { readXlsxStructure } from "../src/workbook/xlsxPackage";
import { SheetBytesReader } from "../src/workbook/xlsxBytes";
import { parseMergeCells, prefixOf } from "../src/workbook/xlsxXml";
import { ZipArchive, ZipError, decodeXmlPart } from "../src/workbook/zip";
import { NODE_INFLATER } from "./zipNode";

/**
 * Reads an .xlsx into the workbook interface: every sheet in the workbook's order, its cells
 * from A1, dates as the serials Excel stores. The shared zip layer (workbook/zip.ts: checksums,
 * limits; Node's zlib inflates), the
 * package structure of workbook/xlsxPackage.ts and the XML scanning of workbook/xlsxXml.ts: on
 * a 100 000-row ledger about ten times faster than exceljs' full object model, in a third of
 * the memory (bench/README.md has the figures).
 *
 * A damaged, truncated or unreadable file is refused (a ZipError, NoWorkbookError or
 * CellReferenceError, or the scanner's reason): exceljs, the fallback before, checked no
 * checksums and could read wrong numbers from such a file. Throws an Error with a short English
 * reason for a file that is not a readable .xlsx; the CLI's input.ts makes it one line.
 */
export async function readXlsx(buffer: Buffer): Promise<WorkbookData> {
  return scanXlsx(new ZipArchive(buffer, NODE_INFLATER));
}

/** Reads an .xlsx from a zip already opened (a write command's, which then edits the same archive). */
export async function readXlsxArchive(zip: ZipArchive): Promise<WorkbookData> {
  return scanXlsx(zip);
}

/**
 * Reads an .xlsx as `readXlsx` does, the cells of only the sheets `read` picks (by name and zip
 * entry); the others are in the workbook, in their place, without cells. A write command checks
 * the sheets it wrote this way.
 */
export async function readXlsxSheets(buffer: Buffer, read: (sheet: { name: string; path: string }) => boolean): Promise<WorkbookData> {
  return scanXlsx(new ZipArchive(buffer, NODE_INFLATER), read);
}

async function scanXlsx(zip: ZipArchive, read: (sheet: { name: string; path: string }) => boolean = () => true): Promise<WorkbookData> {
  const { date1904, sharedStrings, sheets: parts } = await readXlsxStructure(zip);
  const sheets: SheetData[] = [];
  for (const { name, path, hidden } of parts) {
    if (!zip.has(path))
      throw new ZipError("damaged", {
        fi: `välilehti ${name} puuttuu tiedostosta`,
        sv: `bladet ${name} saknas i filen`,
        en: `the sheet ${name} is missing from the file`,
      });
    const state = hidden ? { hidden } : {};
    if (!read({ name, path })) {
      sheets.push({ name, cells: [], ...state });
      continue;
    }
    try {
      const { cells, merged, formulas } = await readSheet(asBuffers(zip.pieces(path, PIECE_BYTES)), sharedStrings, date1904);
      sheets.push({
        name,
        cells,
        ...(merged.length > 0 ? { merged } : {}),
        ...(formulas.length > 0 ? { uncalculated: formulas } : {}),
        ...state,
      });
    } catch (error) {
      throw error instanceof CellReferenceError ? error.inSheet(name) : error;
    }
  }
  return { sheets, date1904 };
}

/**
 * The zip layer's pieces as Buffers (views, no copy), letting timers run (the CLI's progress line) between them.
 * A worksheet in UTF-16 (a byte order mark first, as a few writers save XML) is read whole and given as UTF-8.
 */
async function* asBuffers(pieces: AsyncIterable<Uint8Array>): AsyncGenerator<Buffer> {
  let first = true;
  const utf16: Uint8Array[] = [];
  for await (const piece of pieces) {
    if (first && piece.length >= 2 && ((piece[0] === 0xff && piece[1] === 0xfe) || (piece[0] === 0xfe && piece[1] === 0xff)))
      utf16.push(piece);
    else if (utf16.length > 0) utf16.push(piece);
    if (!first) await breathe();
    first = false;
    if (utf16.length === 0) yield Buffer.from(piece.buffer, piece.byteOffset, piece.length);
  }
  if (utf16.length > 0) yield Buffer.from(decodeXmlPart(Buffer.concat(utf16)), "utf8");
}

/** A worksheet inflates, decodes and is scanned in pieces of about this many bytes, cut at row ends. */
const PIECE_BYTES = 4 << 20;

/** Lets timers run (the CLI's progress line) between pieces of a big sheet. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** ASCII (as a ledger with shared strings is) decodes fastest as Latin-1, to the same string. */
function decode(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  return buffer.toString(isAscii(buffer) ? "latin1" : "utf8");
}

/** `a` then `b`: a view when they lie side by side in one buffer (pieces of a sheet inflated at once), else a copy. */
function joined(a: Buffer, b: Buffer): Buffer {
  if (a.length === 0) return b;
  if (a.buffer === b.buffer && a.byteOffset + a.length === b.byteOffset) return Buffer.from(a.buffer, a.byteOffset, a.length + b.length);
  return Buffer.concat([a, b]);
}

/** The most of a worksheet's XML after its cells that is kept to find its merged ranges in. */
const TAIL_BYTES = 16 << 20;

/**
 * A worksheet's cells from its XML as it inflates: only the piece being read and the rows read
 * so far are in memory, never the whole sheet's XML (500 MB for a million rows). Its merged
 * ranges come from the part after the cells (`<mergeCells>`), kept up to TAIL_BYTES.
 */
async function readSheet(
  pieces: AsyncIterable<Buffer>,
  sharedStrings: readonly string[],
  date1904: boolean,
): Promise<{ cells: CellValue[][]; merged: CellRange[]; formulas: FormulaCell[] }> {
  let reader: SheetBytesReader | null = null;
  let rowClose: Buffer = Buffer.alloc(0);
  let dataClose: Buffer = Buffer.alloc(0);
  let pending: Buffer = Buffer.alloc(0);
  let done = false;
  let broken: Error | null = null;
  let tail: Buffer = Buffer.alloc(0);
  for await (const piece of pieces) {
    if (done) {
      // the rest is read for the checksum, which a damaged file fails first, and for the merged ranges
      if (!broken && tail.length < TAIL_BYTES) tail = joined(tail, piece);
      continue;
    }
    pending = joined(pending, piece);
    if (!reader) {
      const prefix = prefixOf(pending.toString("utf8", 0, Math.min(pending.length, 4096)), "worksheet");
      const start = pending.indexOf(`<${prefix}sheetData`);
      if (start < 0) continue;
      reader = new SheetBytesReader(sharedStrings, prefix, date1904);
      rowClose = Buffer.from(`</${prefix}row>`);
      dataClose = Buffer.from(`</${prefix}sheetData>`);
      pending = pending.subarray(start);
    }
    // cut after the last complete row, or at the end of the sheet's data (which can only follow it)
    const lastRow = pending.lastIndexOf(rowClose);
    const closeAt = pending.indexOf(dataClose, lastRow < 0 ? 0 : lastRow);
    if (closeAt < 0 && lastRow < 0) continue;
    const cut = closeAt >= 0 ? closeAt : lastRow + rowClose.length;
    try {
      reader.addBytes(pending.subarray(0, cut), decode);
    } catch (error) {
      broken = error as Error;
    }
    pending = pending.subarray(cut);
    done = closeAt >= 0 || broken !== null;
    if (closeAt >= 0) tail = pending;
  }
  if (broken) throw broken;
  if (!reader) return { cells: [], merged: [], formulas: [] };
  if (!done && pending.length > 0) reader.addBytes(pending, decode);
  const merged = tail.indexOf("mergeCell") >= 0 ? parseMergeCells(decode(tail)) : [];
  return { cells: reader.rows(), merged, formulas: reader.formulas() };
}
