import Papa from "papaparse";
import type { SheetData } from "../workbook/types";

export type CsvEncoding = "utf-8" | "utf-16le" | "windows-1252";

/**
 * Decodes a CSV file's bytes as Finnish Excel writes them: UTF-8 with or without BOM,
 * UTF-16 (Excel's "Unicode text"), or Windows-1252 when the bytes are not valid UTF-8
 * (ISO-8859-1 text decodes the same way for ä, ö, å).
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}

const DELIMITERS = [";", "\t", ",", "|"] as const;

/**
 * The delimiter that splits the first lines most consistently. Papaparse's own guess
 * prefers "," on short files; Finnish files use ";" because "," is the decimal comma.
 */
export function detectDelimiter(text: string): string {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "").slice(0, 20);
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

/** Parses CSV text (`;`, `,`, tab or `|`, detected) into a sheet of text cells, blank cells as null. */
export function parseCsv(text: string, name: string): SheetData & { delimiter: string } {
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false });
  const rows = parsed.data.map((row) => row.map((cell) => (cell.trim() === "" ? null : cell)));
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === null)) rows.pop();
  return { name, cells: rows, delimiter: parsed.meta.delimiter };
}
