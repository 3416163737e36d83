import type { WorkbookData } from "../../workbook/types";
import { decodeCsv, parseCsv } from "../../workbook/csv";
import type { CsvEncoding, CsvProblem } from "../../workbook/csv";

/** A partner's CSV file read as a one-sheet workbook, with what was detected about it. */
export interface PartnerCsv {
  readonly book: WorkbookData;
  readonly encoding: CsvEncoding;
  readonly delimiter: string;
  /** Records that could not be split into fields (broken quotes); `previewImport` lists them as bad rows. */
  readonly problems: readonly CsvProblem[];
}

/** The sheet name of a file: its name without folders and extension ("pikassos-3-2014.csv" → "pikassos-3-2014"). */
export function sheetNameOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf(".");
  return (dot > 0 ? base.slice(0, dot) : base) || "CSV";
}

/**
 * Reads a partner's expense breakdown or invoice list from CSV bytes: UTF-8 with or without
 * BOM, UTF-16, or Windows-1252 / ISO-8859-1 as Finnish Excel writes it; `;`, `,`, tab or `|`.
 * Text that an export escaped against formula injection (`'=…`) gets its apostrophe back off.
 * The XLSX case needs a zip reader and stays in the adapters (cli/readXlsx.ts, the task pane).
 *
 * @example
 * partnerBookFromCsv(bytes, "pikassos-3-2014.csv").book.sheets[0].name //=> "pikassos-3-2014"
 */
export function partnerBookFromCsv(bytes: Uint8Array, fileName: string): PartnerCsv {
  const { text, encoding } = decodeCsv(bytes);
  const sheet = parseCsv(text, sheetNameOf(fileName), { unescapeFormulas: true });
  return {
    book: { date1904: false, sheets: [{ name: sheet.name, cells: sheet.cells }] },
    encoding,
    delimiter: sheet.delimiter,
    problems: sheet.problems,
  };
}
