import type { Lang } from "../src/findings/render";
import { templateSheets } from "../src/ledger/template";
import { checkNotTaken, savedLines, writeError } from "./syncOutput";
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

const NEXT = {
  fi: (path: string) =>
    `Seuraavaksi: täytä välilehdet Hanke, Kumppanit ja Budjetti, kirjaa laskut Laskut-välilehdelle ja aja kaste check ${path}`,
  sv: (path: string) =>
    `Nästa: fyll i flikarna Hanke, Kumppanit och Budjetti, för in fakturorna på fliken Laskut och kör kaste check ${path}`,
  en: (path: string) =>
    `Next: fill in the sheets Hanke, Kumppanit and Budjetti, enter the invoices on the Laskut sheet and run kaste check ${path}`,
} as const;

/** What `kaste template` says once the workbook is written: where, and what to do with it. */
export function templateDoneLines(path: string, lang: Lang): string[] {
  return [...savedLines({ written: path, backup: null }, lang), NEXT[lang](path)];
}
