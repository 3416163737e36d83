/**
 * `kaste ledger BOOK.xlsx --format json|csv|journal|xlsx [--out PATH] [--force]`: the structured
 * ledger (src/report/ledgerExport.ts) written as one JSON document, a folder of CSV files, an
 * hledger journal or a workbook with each table as an Excel Table. JSON and the journal go to
 * stdout unless --out names a file; CSV needs a folder and xlsx a file (by default beside the
 * book: BOOK-kirjanpito/ and BOOK-kirjanpito.xlsx). Nothing is written over the input, nor over
 * an existing file without --force.
 */
import { mkdir } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { buildLedger } from "../src/ledger/build";
import type { Lang } from "../src/findings/render";
import { ledgerCsv } from "../src/report/ledgerCsv";
import { ledgerExport } from "../src/report/ledgerExport";
import type { LedgerExport } from "../src/report/ledgerExport";
import { ledgerJournal } from "../src/report/ledgerJournal";
import { ledgerTables, rowsWithSources } from "../src/report/ledgerTables";
import type { OutCell } from "../src/workbook/cells";
import { InputError, readInput } from "./input";
import { checkNotTaken, checkSideOutput, writeError, writeTextFile } from "./syncOutput";
import { writeXlsx } from "./writeXlsx";
import type { WritableCell, WritableSheet } from "./writeXlsx";

export interface LedgerOptions {
  readonly book: string;
  readonly format: string | undefined;
  readonly out: string | undefined;
  readonly force: boolean | undefined;
  readonly lang: Lang;
}

const FORMATS = ["json", "csv", "journal", "xlsx"] as const;
type LedgerFormat = (typeof FORMATS)[number];

function formatOf(format: string | undefined): LedgerFormat {
  // The shared --format defaults to "text", which means the first format here
  if (format === undefined || format === "text") return "json";
  if ((FORMATS as readonly string[]).includes(format)) return format as LedgerFormat;
  throw new InputError(
    `tuntematon muoto ${format} (json, csv, journal, xlsx)`,
    `unknown format ${format} (json, csv, journal, xlsx)`,
    `okänt format ${format} (json, csv, journal, xlsx)`,
  );
}

/** The default output beside the book: BOOK-kirjanpito plus `suffix`. */
function besideBook(book: string, suffix: string): string {
  return join(dirname(book), `${basename(book, extname(book))}-kirjanpito${suffix}`);
}

/** A cell as the xlsx writer stores it: money in euros, a rate as a fraction. */
function writable(cell: OutCell): WritableCell {
  if (cell === null || typeof cell !== "object" || "date" in cell || "error" in cell || "formula" in cell) return cell;
  if ("money" in cell) return cell.money / 100;
  return cell.percent / 1_000_000;
}

/** Each table of the ledger as a sheet holding one Excel Table (the same tables as the pane's KASTE-kirjanpito). */
export function ledgerWorkbookSheets(doc: LedgerExport, lang: Lang): WritableSheet[] {
  return ledgerTables(doc, lang).map((table) => ({
    name: table.name,
    rows: [table.header, ...rowsWithSources(table).map((row) => row.map(writable))],
    boldRows: [0],
    tables: [{ name: `kaste_${table.name}`, headerRow: 0, rows: table.rows.length, columns: table.header.length }],
  }));
}

export async function runLedger(options: LedgerOptions): Promise<number> {
  const format = formatOf(options.format);
  const force = options.force ?? false;
  if (format === "json" || format === "journal") {
    if (options.out !== undefined) await checkSideOutput(options.out, [options.book], force);
    const doc = ledgerExport(buildLedger(await readInput(options.book)).ledger);
    const text = format === "json" ? `${JSON.stringify(doc, null, 2)}\n` : ledgerJournal(doc);
    if (options.out === undefined) process.stdout.write(text);
    else await writeTextFile(options.out, text);
    return 0;
  }
  const out = options.out ?? besideBook(options.book, format === "csv" ? "" : ".xlsx");
  // A CSV folder may exist already: its files are checked one by one
  await checkSideOutput(out, [options.book], force || format === "csv");
  if (format === "xlsx" && extname(out).toLowerCase() !== ".xlsx")
    throw new InputError(
      `--out-tiedoston pitää olla .xlsx: ${out}`,
      `--out must be an .xlsx file: ${out}`,
      `--out måste vara en .xlsx-fil: ${out}`,
    );
  const doc = ledgerExport(buildLedger(await readInput(options.book)).ledger);
  if (format === "csv") {
    const files = ledgerCsv(doc, options.lang);
    for (const file of files) await checkNotTaken(join(out, file.name), force);
    await mkdir(out, { recursive: true }).catch((error: unknown) => {
      throw writeError(out, error);
    });
    for (const file of files) await writeTextFile(join(out, file.name), file.text);
    process.stderr.write(`${files.map((file) => join(out, file.name)).join("\n")}\n`);
    return 0;
  }
  await writeXlsx(resolve(out), ledgerWorkbookSheets(doc, options.lang)).catch((error: unknown) => {
    throw writeError(out, error);
  });
  process.stderr.write(`${out}\n`);
  return 0;
}
