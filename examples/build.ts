/** Builds the bundled example workbooks: `npx tsx examples/build.ts`. */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeXlsx } from "../cli/writeXlsx";
import { brokenSheets } from "./broken";
import type { ExampleSheet } from "./broken";
import { brokenEarlySheets } from "./brokenEarly";
import { lappiSheets } from "./lappi";
import { lasseSheets } from "./lasse";
import { kirjanpitoSheets, pikassosCsv, versoSheets } from "./routine";

const here = dirname(fileURLToPath(import.meta.url));

export const EXAMPLES = {
  "lasse.xlsx": lasseSheets,
  "lappi.xlsx": lappiSheets,
  "broken.xlsx": brokenSheets,
  "brokenEarly.xlsx": brokenEarlySheets,
} as const;

/** The user guides' monthly routine: a book and two partners' files to import into it (examples/routine.ts). */
export const ROUTINE_BOOKS = {
  "kirjanpito.xlsx": kirjanpitoSheets,
  "verso-2015-10.xlsx": versoSheets,
} as const;
export const ROUTINE_CSV = "pikassos-2015-10.csv";

/** Writes an example, its `hidden` sheets hidden (the claims sheet, as `kaste mark-sent` leaves it). */
async function writeExample(path: string, sheets: readonly ExampleSheet[]): Promise<void> {
  await writeXlsx(path, sheets);
}

export async function buildExamples(folder = here): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const written: string[] = [];
  for (const [file, sheets] of Object.entries(EXAMPLES)) {
    const path = join(folder, file);
    await writeExample(path, sheets());
    written.push(path);
  }
  for (const [file, sheets] of Object.entries(ROUTINE_BOOKS)) {
    const path = join(folder, file);
    await writeExample(path, sheets());
    written.push(path);
  }
  const csv = join(folder, ROUTINE_CSV);
  await writeFile(csv, pikassosCsv());
  written.push(csv);
  return written;
}

if (process.argv[1] && /build\.ts$/.test(process.argv[1])) {
  void buildExamples().then((files) => process.stdout.write(`${files.join("\n")}\n`));
}
