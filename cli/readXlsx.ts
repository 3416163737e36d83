import { isAscii } from "node:buffer";
import * as zlib from "node:zlib";
import type ExcelJS from "exceljs";
import type { CellValue, SheetData, WorkbookData } from "../src/workbook/types";
import { NoWorkbookError, readXlsxStructure } from "../src/workbook/xlsxPackage";
import { SheetCellsReader, prefixOf } from "../src/workbook/xlsxXml";

/**
 * Reads an .xlsx into the workbook interface: every sheet in the workbook's order, its cells
 * from A1, dates as the serials Excel stores. A small zip reader (Node's zlib inflates), the
 * package structure of workbook/xlsxPackage.ts and the XML scanning of workbook/xlsxXml.ts: on
 * a 100 000-row ledger about ten times faster than exceljs' full object model, in a third of
 * the memory (bench/README.md has the figures).
 *
 * A file whose zip is sound but whose XML the scanner cannot follow (some writer's quirk) is
 * read again with exceljs, the maintained library; a damaged or truncated file is not (exceljs
 * checks no checksums and could read wrong numbers from it). Throws an Error with a short
 * English reason for a file that is not a readable .xlsx; the CLI's input.ts makes it one line.
 */
export async function readXlsx(buffer: Buffer): Promise<WorkbookData> {
  try {
    return await scanXlsx(buffer);
  } catch (error) {
    if (error instanceof ZipDamage || error instanceof NoWorkbookError) throw error;
    try {
      return await readXlsxWithExceljs(buffer);
    } catch {
      throw error;
    }
  }
}

/** The file itself is damaged, truncated, encrypted or no .xlsx: no other reader would do better. */
class ZipDamage extends Error {}

async function scanXlsx(buffer: Buffer): Promise<WorkbookData> {
  const zip = new ZipArchive(buffer);
  const { date1904, sharedStrings, sheets: parts } = await readXlsxStructure(zip);
  const sheets: SheetData[] = [];
  for (const { name, path } of parts) {
    if (!zip.has(path)) throw new ZipDamage(`the sheet ${name} is missing from the file`);
    sheets.push({ name, cells: await readSheet(zip.pieces(path, PIECE_BYTES), sharedStrings, date1904) });
  }
  return { sheets, date1904 };
}

/** A worksheet inflates, decodes and is scanned in pieces of about this many bytes, cut at row ends. */
const PIECE_BYTES = 4 << 20;

/** Lets timers run (the CLI's progress line) between pieces of a big sheet. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** ASCII (as a ledger with shared strings is) decodes fastest as Latin-1, to the same string. */
function decode(bytes: Buffer): string {
  return bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
}

/** `a` then `b`: a view when they lie side by side in one buffer (pieces of a sheet inflated at once), else a copy. */
function joined(a: Buffer, b: Buffer): Buffer {
  if (a.length === 0) return b;
  if (a.buffer === b.buffer && a.byteOffset + a.length === b.byteOffset) return Buffer.from(a.buffer, a.byteOffset, a.length + b.length);
  return Buffer.concat([a, b]);
}

/**
 * A worksheet's cells from its XML as it inflates: only the piece being read and the rows read
 * so far are in memory, never the whole sheet's XML (500 MB for a million rows).
 */
async function readSheet(pieces: AsyncIterable<Buffer>, sharedStrings: readonly string[], date1904: boolean): Promise<CellValue[][]> {
  let reader: SheetCellsReader | null = null;
  let rowClose: Buffer = Buffer.alloc(0);
  let dataClose: Buffer = Buffer.alloc(0);
  let pending: Buffer = Buffer.alloc(0);
  let done = false;
  let broken: Error | null = null;
  for await (const piece of pieces) {
    if (done) continue; // the rest is read only for the checksum, which a damaged file fails first
    pending = joined(pending, piece);
    if (!reader) {
      const prefix = prefixOf(pending.toString("utf8", 0, Math.min(pending.length, 4096)), "worksheet");
      const start = pending.indexOf(`<${prefix}sheetData`);
      if (start < 0) continue;
      reader = new SheetCellsReader(sharedStrings, prefix, date1904);
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
      reader.add(decode(pending.subarray(0, cut)));
    } catch (error) {
      broken = error as Error;
    }
    pending = pending.subarray(cut);
    done = closeAt >= 0 || broken !== null;
  }
  if (broken) throw broken;
  if (!reader) return [];
  if (!done && pending.length > 0) reader.add(decode(pending));
  return reader.rows();
}

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
  readonly crc: number;
}

/** zlib.crc32 is in Node ≥ 20.15 and 22.2; without it entries go unchecked. */
const CRC32: ((data: Buffer, value?: number) => number) | undefined = typeof zlib.crc32 === "function" ? zlib.crc32 : undefined;

/** Entries up to this size inflate in one go; bigger ones stream. */
const SYNC_BYTES = 128 << 20;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of a zip held in memory (the central directory; zip64 too), inflated on demand. */
class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();
  /** Lower-case names, for writers that spell part names in another case. */
  private readonly folded = new Map<string, ZipEntry>();

  constructor(private readonly data: Buffer) {
    const eocd = this.findEndOfCentralDirectory();
    let count = data.readUInt16LE(eocd + 10);
    let offset = data.readUInt32LE(eocd + 16);
    if (count === 0xffff || offset === 0xffffffff) {
      const locator = eocd - 20;
      if (locator >= 0 && data.readUInt32LE(locator) === ZIP64_LOCATOR) {
        const zip64 = Number(data.readBigUInt64LE(locator + 8));
        if (zip64 + 56 > data.length || data.readUInt32LE(zip64) !== ZIP64_EOCD) throw new ZipDamage("the zip64 directory is damaged");
        count = Number(data.readBigUInt64LE(zip64 + 32));
        offset = Number(data.readBigUInt64LE(zip64 + 48));
      }
    }
    for (let i = 0, at = offset; i < count; i++) {
      if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL) throw new ZipDamage("the zip directory is damaged");
      const flags = data.readUInt16LE(at + 8);
      const method = data.readUInt16LE(at + 10);
      const crc = data.readUInt32LE(at + 16);
      let compressedSize = data.readUInt32LE(at + 20);
      let size = data.readUInt32LE(at + 24);
      const nameLength = data.readUInt16LE(at + 28);
      const extraLength = data.readUInt16LE(at + 30);
      const commentLength = data.readUInt16LE(at + 32);
      let localOffset = data.readUInt32LE(at + 42);
      const name = data
        .toString(flags & 0x800 ? "utf8" : "latin1", at + 46, at + 46 + nameLength)
        .replace(/\\/g, "/")
        .replace(/^\//, "");
      // zip64 sizes and offset, in this order, for the fields that overflowed
      for (let e = at + 46 + nameLength, extraEnd = e + extraLength; e + 4 <= extraEnd;) {
        const id = data.readUInt16LE(e);
        const length = data.readUInt16LE(e + 2);
        if (id === 0x0001) {
          let f = e + 4;
          if (size === 0xffffffff) {
            size = Number(data.readBigUInt64LE(f));
            f += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = Number(data.readBigUInt64LE(f));
            f += 8;
          }
          if (localOffset === 0xffffffff) localOffset = Number(data.readBigUInt64LE(f));
        }
        e += 4 + length;
      }
      const entry = { name, method, flags, compressedSize, size, localOffset, crc };
      this.entries.set(name, entry);
      this.folded.set(name.toLowerCase(), entry);
      at += 46 + nameLength + extraLength + commentLength;
    }
  }

  private findEndOfCentralDirectory(): number {
    const data = this.data;
    const last = data.length - 22;
    for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
      if (data.readUInt32LE(at) === EOCD) return at;
    }
    throw new ZipDamage("the zip directory is missing: the file is truncated or not a zip");
  }

  private entry(name: string): ZipEntry | undefined {
    return this.entries.get(name) ?? this.folded.get(name.toLowerCase());
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /** An entry's stored bytes, still compressed. */
  private stored(name: string): { entry: ZipEntry; raw: Buffer } {
    const entry = this.entry(name);
    if (!entry) throw new ZipDamage(`${name} is missing`);
    if (entry.flags & 1) throw new ZipDamage("the file is encrypted");
    if (entry.method !== 0 && entry.method !== 8) throw new ZipDamage(`${name} is compressed with an unsupported method (${entry.method})`);
    const data = this.data;
    const at = entry.localOffset;
    if (at + 30 > data.length || data.readUInt32LE(at) !== LOCAL) throw new ZipDamage(`${name} is damaged`);
    const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
    const end = start + entry.compressedSize;
    if (end > data.length) throw new ZipDamage(`${name} is cut off: the file is truncated`);
    return { entry, raw: data.subarray(start, end) };
  }

  /** A damaged file can still inflate, to wrong numbers: the checksum tells (zlib.crc32 is in Node ≥ 20.15). */
  private static verify(name: string, entry: ZipEntry, crc: number | null): void {
    if (crc !== null && crc !== entry.crc) throw new ZipDamage(`${name} is damaged (checksum mismatch)`);
  }

  /** An entry's bytes, inflated whole. */
  bytes(name: string): Buffer {
    const { entry, raw } = this.stored(name);
    let bytes = raw;
    if (entry.method === 8) {
      try {
        // one output buffer of the size the directory gives (within reason), rather than chunks joined afterwards
        bytes = zlib.inflateRawSync(raw, { chunkSize: Math.max(1024, Math.min(entry.size, SYNC_BYTES)) });
      } catch (error) {
        throw new ZipDamage(`${name} cannot be unpacked (${(error as Error).message})`);
      }
    }
    ZipArchive.verify(name, entry, CRC32 ? CRC32(bytes) : null);
    return bytes;
  }

  /**
   * An entry's bytes in pieces of about `size`. Up to SYNC_BYTES (a 100k-row sheet is 50 MB) it
   * inflates at once, which is quickest; beyond, piece by piece as they are read, so that a
   * million-row sheet's 500 MB of XML never sit in memory whole; checked against the checksum.
   */
  async *pieces(name: string, size: number): AsyncGenerator<Buffer> {
    const { entry, raw } = this.stored(name);
    if (entry.method === 0 || entry.size <= SYNC_BYTES) {
      const bytes = this.bytes(name);
      for (let at = 0; at < bytes.length; at += size) {
        if (at > 0) await breathe();
        yield bytes.subarray(at, at + size);
      }
      return;
    }
    const inflater = zlib.createInflateRaw({ chunkSize: size });
    inflater.end(raw);
    let crc = 0;
    try {
      for await (const piece of inflater as AsyncIterable<Buffer>) {
        if (CRC32) crc = CRC32(piece, crc);
        yield piece;
      }
    } catch (error) {
      throw new ZipDamage(`${name} cannot be unpacked (${(error as Error).message})`);
    } finally {
      inflater.destroy();
    }
    ZipArchive.verify(name, entry, CRC32 ? crc : null);
  }

  text(name: string): string {
    const bytes = this.bytes(name);
    // a UTF-8 byte order mark is not part of the XML
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return bytes.toString("utf8", bom);
  }
}

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
    return result === undefined ? null : cellValueOf(result as ExcelJS.CellValue, date1904);
  }
  if ("text" in value) return cellValueOf((value as ExcelJS.CellHyperlinkValue).text, date1904);
  return null;
}

/** The whole .xlsx through exceljs' object model (the reader before; loaded only when needed). */
export async function readXlsxWithExceljs(buffer: Buffer): Promise<WorkbookData> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const date1904 = Boolean((workbook.properties as { date1904?: boolean }).date1904);
  const sheets: SheetData[] = [];
  workbook.eachSheet((worksheet) => {
    const cells: CellValue[][] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        // exceljs gives every cell of a merged range the top-left cell's value; Excel stores it there only
        if (cell.isMerged && cell.master !== cell) return;
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
