import Papa from "papaparse";
import type { SheetData } from "./types";
import { escapeFormulaText, unescapeFormulaText } from "./injection";
import { decodeWindows1252 } from "./windows1252";

export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" | "macintosh";

/**
 * UTF-16 without a byte order mark, as some export tools and scripts write it: text (Latin
 * letters, digits, ä, ö) has a zero in the high byte of nearly every character, and no text
 * in any 8-bit encoding has a zero byte at all. Null when the start of the bytes is not such.
 */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const pairs = Math.min(bytes.length, 4096) >> 1;
  if (pairs < 2) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) even++;
    if (bytes[2 * i + 1] === 0) odd++;
  }
  if (odd * 2 >= pairs && even === 0) return "utf-16le";
  if (even * 2 >= pairs && odd === 0) return "utf-16be";
  return null;
}

/**
 * Whether 8-bit text is Mac Roman, as Excel for Mac saves "CSV (comma delimited)": it has ä, ö, å,
 * Å there (0x8a, 0x9a, 0x8c, 0x81: Š, š, Œ and nothing in Windows-1252, which Finnish text has not)
 * and none of Windows-1252's (0xe4, 0xf6, 0xe5, 0xc4, 0xd6, 0xc5).
 */
function isMacRoman(bytes: Uint8Array): boolean {
  let mac = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x81) continue;
    if (b === 0xe4 || b === 0xf6 || b === 0xe5 || b === 0xc4 || b === 0xd6 || b === 0xc5) return false;
    if (b === 0x8a || b === 0x9a || b === 0x8c || b === 0x81) mac = true;
  }
  return mac;
}

/**
 * Decodes a CSV file's bytes as Finnish Excel writes them: UTF-8 with or without BOM,
 * UTF-16 (Excel's "Unicode text"; big-endian, or without a BOM, as other tools write it),
 * or Windows-1252 when the bytes are not valid UTF-8 (ISO-8859-1 text decodes the same way
 * for ä, ö, å), or Mac Roman when the letters are where Excel for Mac puts them.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    if (isMacRoman(bytes)) return { text: new TextDecoder("macintosh").decode(bytes), encoding: "macintosh" };
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}

const DELIMITERS = [";", "\t", ",", "|"] as const;

/**
 * The delimiter that splits the first lines most consistently. Papaparse's own guess
 * prefers "," on short files; Finnish files use ";" because "," is the decimal comma.
 */
export function detectDelimiter(text: string): string {
  // The first lines decide: splitting a whole 10 MB file into lines would cost more than parsing it
  const lines = text
    .slice(0, 65_536)
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .slice(0, 20);
  let best: string = DELIMITERS[0];
  let bestScore = -1;
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => line.replace(/"[^"]*"/g, "").split(delimiter).length - 1);
    const frequency = new Map<number, number>();
    for (const count of counts) if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    const score = Math.max(0, ...frequency.values());
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** The line `sep=;` (or `"sep=;"`) that Excel writes first in a CSV file and reads its delimiter from. */
const SEP_LINE = /^"?sep=([^\r\n"])"?(?:\r\n|\n|\r|$)/i;

/** A record of a CSV file that could not be split into fields as written (0-based record index). */
export interface CsvProblem {
  readonly row: number;
  /** `quotes`: an unterminated or misplaced quote. */
  readonly what: "quotes";
}

/**
 * Parses CSV text (`;`, `,`, tab or `|`, detected, or named by Excel's `sep=` first line, which is
 * left out) into a sheet of text cells, blank cells as null.
 * A record with an unterminated quote would swallow the rest of the file into one cell, so then
 * each line is read on its own and the broken records are listed in `problems`.
 * `unescapeFormulas`: text escaped against formula injection (`'=…`) gets its apostrophe back off, and
 * a field written `="…"` (how exports keep Excel from turning an invoice number or an amount into
 * a number: `="00123"`, `="3800,00"`) is the text it shows.
 */
export function parseCsv(
  whole: string,
  name: string,
  options: { readonly unescapeFormulas?: boolean } = {},
): SheetData & { delimiter: string; problems: CsvProblem[] } {
  // Excel's "sep=;" first line names the delimiter, and Excel shows the file without it
  const sep = SEP_LINE.exec(whole.slice(0, 16));
  const text = sep ? whole.slice(sep[0].length) : whole;
  const delimiter = sep ? sep[1] : detectDelimiter(text);
  // Text without quotes needs no CSV state machine: split it as Papaparse itself would, minus its overhead
  const parsed = text.includes('"')
    ? Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false })
    : { data: splitUnquoted(text, delimiter), errors: [] as Papa.ParseError[] };
  let data = parsed.data;
  let problems: CsvProblem[] = parsed.errors.flatMap((e) =>
    e.type === "Quotes" && e.row !== undefined ? [{ row: e.row, what: "quotes" as const }] : [],
  );
  if (parsed.errors.some((e) => e.code === "MissingQuotes")) {
    data = [];
    problems = [];
    for (const line of text.replace(/\r?\n$/, "").split(/\r\n|\n|\r/)) {
      const one = Papa.parse<string[]>(line, { delimiter, skipEmptyLines: false });
      if (one.errors.some((e) => e.type === "Quotes")) problems.push({ row: data.length, what: "quotes" });
      data.push(one.data[0] ?? []);
    }
  }
  // Blank cells become null, in place: Papaparse's arrays are ours
  const rows = data as (string | null)[][];
  const unescape = options.unescapeFormulas ?? false;
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const cell = row[i];
      if (cell === null || cell === undefined) continue;
      const first = cell.charCodeAt(0);
      // A printable ASCII first character is not blank: spares a trimmed copy of nearly every cell
      if (!(first > 32 && first < 127) && cell.trim() === "") row[i] = null;
      else if (unescape && first === 39) row[i] = unescapeFormulaText(cell);
      else if (unescape && first === 61) row[i] = textFormulaValue(cell);
    }
  }
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === null)) rows.pop();
  return { name, cells: rows, delimiter, problems: problems.filter((p) => p.row < rows.length) };
}

/** The text `="…"` shows in Excel (a doubled quote inside is one quote); any other field as it is. */
function textFormulaValue(cell: string): string {
  const match = /^="((?:[^"]|"")*)"$/.exec(cell);
  return match ? match[1].replace(/""/g, '"') : cell;
}

/**
 * Papaparse's result for text without a quote character: its line end guessed as Papaparse
 * guesses it (from the first 1 MB: "\n" if it comes before any "\r", else "\r\n" when at least
 * half the "\r" are followed by "\n", else "\r"), every line split at the delimiter.
 */
function splitUnquoted(text: string, delimiter: string): string[][] {
  if (text === "") return [];
  const head = text.length > 1_048_576 ? text.slice(0, 1_048_576) : text;
  const firstCr = head.indexOf("\r");
  const firstLf = head.indexOf("\n");
  let newline = "\n";
  if (firstCr >= 0 && !(firstLf >= 0 && firstLf < firstCr)) {
    let crs = 0;
    let crLfs = 0;
    for (let at = firstCr; at >= 0; at = head.indexOf("\r", at + 1)) {
      crs++;
      if (head.charCodeAt(at + 1) === 10) crLfs++;
    }
    newline = crLfs >= (crs + 1) / 2 ? "\r\n" : "\r";
  }
  const lines = text.split(newline);
  const rows = new Array<string[]>(lines.length);
  for (let i = 0; i < lines.length; i++) rows[i] = lines[i].split(delimiter);
  return rows;
}

/** How CSV is written: Finnish Excel opens `;` with a decimal comma; UTF-8 with a BOM keeps ä, ö, å. */
export interface CsvWriteOptions {
  readonly delimiter?: string;
  /** Decimal separator of numbers: "," (Finnish, default) or ".". */
  readonly decimal?: "," | ".";
}

/** A CSV field: text (escaped against formula injection), a number, money in cents (`-1234,50`), or empty. */
export type CsvField = string | number | boolean | null | { readonly money: number };

/**
 * Writes rows as CSV text (CRLF line ends; quotes where a field holds the delimiter, a quote
 * or a line break). Text that a spreadsheet would read as a formula is escaped with a leading
 * apostrophe (sync/injection.ts); numbers and money are written as numbers (`-1234,50`) and
 * never escaped, so a negative amount stays a number when Excel opens the file.
 * Add the BOM (`"\ufeff" + text`) when the bytes go to a file Excel opens.
 *
 * @example
 * toCsv([["Selite", "Summa"], ["=1+1", { money: -123450 }]]) //=> "Selite;Summa\r\n'=1+1;-1234,50\r\n"
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvField>>, options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter ?? ";";
  const decimal = options.decimal ?? ",";
  const quoted = (text: string): string =>
    text.includes('"') || text.includes("\n") || text.includes("\r") || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
  const field = (value: CsvField): string => {
    if (value === null) return "";
    if (typeof value === "object") {
      const cents = Math.abs(value.money);
      const text = `${value.money < 0 ? "-" : ""}${Math.floor(cents / 100)}${decimal}${String(cents % 100).padStart(2, "0")}`;
      return quoted(text);
    }
    if (typeof value === "number") return quoted(decimal === "," ? String(value).replace(".", ",") : String(value));
    if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
    return quoted(escapeFormulaText(value));
  };
  return rows.map((row) => row.map(field).join(delimiter)).join("\r\n") + (rows.length > 0 ? "\r\n" : "");
}
