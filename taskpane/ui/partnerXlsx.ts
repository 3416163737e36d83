import { parseRelationships, parseSharedStrings, parseWorkbook, prefixOf, SheetCellsReader } from "../../src/workbook/xlsxXml";
import type { Relationship } from "../../src/workbook/xlsxXml";
import type { SheetData, WorkbookData } from "../../src/workbook/types";

/**
 * A partner's .xlsx read in the browser: the zip's central directory read by hand, its parts
 * inflated with the browser's own DecompressionStream("deflate-raw") (no zlib in the bundle),
 * and the XML scanned by src/workbook/xlsxXml.ts as the CLI's reader does. Partner files are
 * small: each part is inflated whole. Throws an Error with a short English reason for a file
 * that is not a readable .xlsx (encrypted, damaged, zip64).
 */
export async function readPartnerXlsx(bytes: Uint8Array): Promise<WorkbookData> {
  const zip = new ZipEntries(bytes);
  const text = async (path: string) => new TextDecoder().decode(await zip.inflate(path));
  const rels = async (path: string) => (zip.has(path) ? parseRelationships(await text(path)) : new Map<string, Relationship>());

  const root = await rels("_rels/.rels");
  const officeDocument = [...root.values()].find((r) => !r.external && /\/officeDocument$/.test(r.type));
  const workbookPath = officeDocument ? resolvePart("", officeDocument.target) : "xl/workbook.xml";
  if (!zip.has(workbookPath)) throw new Error("no workbook inside (not an .xlsx file?)");
  const workbook = parseWorkbook(await text(workbookPath));
  const slash = workbookPath.lastIndexOf("/");
  const base = workbookPath.slice(0, slash + 1);
  const workbookRels = await rels(`${base}_rels/${workbookPath.slice(slash + 1)}.rels`);
  const stringsRel = [...workbookRels.values()].find((r) => !r.external && /\/sharedStrings$/.test(r.type));
  const stringsPath = stringsRel ? resolvePart(base, stringsRel.target) : `${base}sharedStrings.xml`;
  const sharedStrings = zip.has(stringsPath) ? parseSharedStrings(await text(stringsPath)) : [];

  const sheets: SheetData[] = [];
  for (const { name, relId } of workbook.sheets) {
    const rel = workbookRels.get(relId);
    if (!rel || rel.external || !/\/worksheet$/.test(rel.type)) continue; // chart and macro sheets hold no cells
    const xml = await text(resolvePart(base, rel.target));
    const prefix = prefixOf(xml.slice(0, 4096), "worksheet");
    const reader = new SheetCellsReader(sharedStrings, prefix, workbook.date1904);
    const start = xml.indexOf(`<${prefix}sheetData`);
    if (start >= 0) {
      const end = xml.indexOf(`</${prefix}sheetData>`, start);
      reader.add(xml.slice(start, end < 0 ? xml.length : end));
    }
    sheets.push({ name, cells: reader.rows() });
  }
  return { sheets, date1904: workbook.date1904 };
}

/** A part's path from the folder of the part that names it (`../`, `./` and absolute targets). */
function resolvePart(base: string, target: string): string {
  const resolved: string[] = [];
  for (const part of (target.startsWith("/") ? target.slice(1) : base + target).split("/")) {
    if (part === "..") resolved.pop();
    else if (part !== "." && part !== "") resolved.push(part);
  }
  return resolved.join("/");
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
