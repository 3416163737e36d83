import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readXlsx } from "../../cli/readXlsx";
import { writeXlsx } from "../../cli/writeXlsx";
import type { WritableSheet } from "../../cli/writeXlsx";
import type { WorkbookData } from "../../src/workbook/types";

/** Writes sheets as a real .xlsx in a temporary folder; returns its path. */
export async function xlsxFile(sheets: readonly WritableSheet[], name = "book.xlsx"): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "kaste-"));
  const path = join(folder, name);
  await writeXlsx(path, sheets);
  return path;
}

/** Writes sheets as .xlsx and reads them back the way the CLI does. */
export async function throughXlsx(sheets: readonly WritableSheet[]): Promise<WorkbookData> {
  return readXlsx(await readFile(await xlsxFile(sheets)));
}
