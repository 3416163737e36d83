import { access } from "node:fs/promises";
import { templateSheets } from "../ledger/template";
import { InputError } from "./input";
import { writeError } from "./syncOutput";
import { writeXlsx } from "./writeXlsx";

/** Writes the canonical empty workbook; an existing file is kept unless `force` is given. */
export async function writeTemplate(path: string, force: boolean): Promise<void> {
  const exists = await access(path).then(() => true, () => false);
  if (exists && !force) {
    throw new InputError(`${path} on jo olemassa; käytä --force korvataksesi sen.`, `${path} already exists; use --force to replace it.`);
  }
  await writeXlsx(path, templateSheets().map((sheet) => ({
    name: sheet.name,
    rows: sheet.rows,
    boldRows: sheet.table ? [0] : [],
    boldFirstColumn: !sheet.table,
  }))).catch((error: unknown) => {
    throw writeError(path, error);
  });
}
