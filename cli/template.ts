import { templateSheets } from "../src/ledger/template";
import { checkNotTaken, writeError } from "./syncOutput";
import { writeXlsx } from "./writeXlsx";

/** Writes the canonical empty workbook; an existing file is kept unless `force` is given. */
export async function writeTemplate(path: string, force: boolean): Promise<void> {
  await checkNotTaken(path, force);
  await writeXlsx(
    path,
    templateSheets().map((sheet) => ({
      name: sheet.name,
      rows: sheet.rows,
      boldRows: sheet.table ? [0] : [],
      boldFirstColumn: !sheet.table,
    })),
  ).catch((error: unknown) => {
    throw writeError(path, error);
  });
}
