import { CellReferenceError } from "../../src/workbook/cellLimits";
import { readXlsxStructure } from "../../src/workbook/xlsxPackage";
import { parseMergeCells, prefixOf, SheetCellsReader } from "../../src/workbook/xlsxXml";
import type { SheetData, WorkbookData } from "../../src/workbook/types";
import { ZipArchive, crc32 } from "../../src/workbook/zip";
import type { ZipInflater } from "../../src/workbook/zip";

/**
 * A partner's .xlsx read in the browser: the shared zip layer (src/workbook/zip.ts: checksums,
 * zip64, part names in any case, the same limits as the CLI), its parts
 * inflated with the browser's own DecompressionStream("deflate-raw") (no zlib in the bundle),
 * its parts found by src/workbook/xlsxPackage.ts and their XML scanned by src/workbook/xlsxXml.ts
 * as the CLI's reader does. Partner files are
 * small: each part is inflated whole. Throws a WorkbookFileError (src/workbook/fileError.ts; a
 * ZipError for the zip layer) or a CellReferenceError for a file that is not a readable .xlsx
 * (encrypted, damaged, too large), its reason in fi/sv/en (`says(lang)`).
 */
export async function readPartnerXlsx(bytes: Uint8Array): Promise<WorkbookData> {
  const zip = new ZipArchive(bytes, BROWSER_INFLATER);
  const { date1904, sharedStrings, sheets: parts } = await readXlsxStructure(zip);

  const sheets: SheetData[] = [];
  for (const { name, path, hidden } of parts) {
    const xml = await zip.text(path);
    const prefix = prefixOf(xml.slice(0, 4096), "worksheet");
    const reader = new SheetCellsReader(sharedStrings, prefix, date1904);
    const start = xml.indexOf(`<${prefix}sheetData`);
    let end = -1;
    if (start >= 0) {
      end = xml.indexOf(`</${prefix}sheetData>`, start);
      try {
        reader.add(xml.slice(start, end < 0 ? xml.length : end));
      } catch (error) {
        throw error instanceof CellReferenceError ? error.inSheet(name) : error;
      }
    }
    const merged = end >= 0 ? parseMergeCells(xml.slice(end)) : [];
    const formulas = reader.formulas();
    sheets.push({
      name,
      cells: reader.rows(),
      ...(merged.length > 0 ? { merged } : {}),
      ...(formulas.length > 0 ? { uncalculated: formulas } : {}),
      ...(hidden ? { hidden } : {}),
    });
  }
  return { sheets, date1904 };
}

/** The browser's DecompressionStream for the shared zip layer, stopping once past the size the directory gives. */
const BROWSER_INFLATER: ZipInflater = {
  async inflate(raw, size) {
    const reader = new Blob([raw.slice()]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
    const out = new Uint8Array(size);
    let length = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (length + value.length > size) {
        await reader.cancel();
        throw new Error("longer than its directory says");
      }
      out.set(value, length);
      length += value.length;
    }
    return out.subarray(0, length);
  },
  crc32,
};
