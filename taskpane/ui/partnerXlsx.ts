import { readXlsxStructure } from "../../src/workbook/xlsxPackage";
import { prefixOf, SheetCellsReader } from "../../src/workbook/xlsxXml";
import type { SheetData, WorkbookData } from "../../src/workbook/types";

/**
 * A partner's .xlsx read in the browser: the zip's central directory read by hand, its parts
 * inflated with the browser's own DecompressionStream("deflate-raw") (no zlib in the bundle),
 * its parts found by src/workbook/xlsxPackage.ts and their XML scanned by src/workbook/xlsxXml.ts
 * as the CLI's reader does. Partner files are
 * small: each part is inflated whole. Throws an Error with a short English reason for a file
 * that is not a readable .xlsx (encrypted, damaged, zip64).
 */
export async function readPartnerXlsx(bytes: Uint8Array): Promise<WorkbookData> {
  const zip = new ZipEntries(bytes);
  const text = async (path: string) => new TextDecoder().decode(await zip.inflate(path));
  const { date1904, sharedStrings, sheets: parts } = await readXlsxStructure({ has: (path) => zip.has(path), text });

  const sheets: SheetData[] = [];
  for (const { name, path } of parts) {
    const xml = await text(path);
    const prefix = prefixOf(xml.slice(0, 4096), "worksheet");
    const reader = new SheetCellsReader(sharedStrings, prefix, date1904);
    const start = xml.indexOf(`<${prefix}sheetData`);
    if (start >= 0) {
      const end = xml.indexOf(`</${prefix}sheetData>`, start);
      reader.add(xml.slice(start, end < 0 ? xml.length : end));
    }
    sheets.push({ name, cells: reader.rows() });
  }
  return { sheets, date1904 };
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** The entries of a zip by path, from its central directory. */
class ZipEntries {
  private readonly view: DataView;
  private readonly entries = new Map<string, { method: number; size: number; local: number; flags: number }>();

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let end = bytes.length - 22;
    while (end >= 0 && this.view.getUint32(end, true) !== END_OF_DIRECTORY) end--;
    if (end < 0) throw new Error("not a zip file (not an .xlsx file?)");
    const count = this.view.getUint16(end + 10, true);
    let at = this.view.getUint32(end + 16, true);
    if (count === 0xffff || at === 0xffffffff) throw new Error("a zip64 file (too big for the task pane)");
    const names = new TextDecoder();
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || this.view.getUint32(at, true) !== DIRECTORY_ENTRY) throw new Error("the zip directory is damaged");
      const nameLength = this.view.getUint16(at + 28, true);
      const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
      this.entries.set(name, {
        flags: this.view.getUint16(at + 8, true),
        method: this.view.getUint16(at + 10, true),
        size: this.view.getUint32(at + 20, true),
        local: this.view.getUint32(at + 42, true),
      });
      at += 46 + nameLength + this.view.getUint16(at + 30, true) + this.view.getUint16(at + 32, true);
    }
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  async inflate(path: string): Promise<Uint8Array> {
    const entry = this.entries.get(path);
    if (!entry) throw new Error(`${path} is missing from the file`);
    if (entry.flags & 1) throw new Error("the file is encrypted");
    const { local } = entry;
    if (this.view.getUint32(local, true) !== LOCAL_HEADER) throw new Error("the zip is damaged");
    const start = local + 30 + this.view.getUint16(local + 26, true) + this.view.getUint16(local + 28, true);
    const data = this.bytes.slice(start, start + entry.size);
    if (entry.method === 0) return data;
    if (entry.method !== 8) throw new Error(`unknown compression ${entry.method}`);
    const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }
}
