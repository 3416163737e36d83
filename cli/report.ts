/**
 * `kaste report BOOK.xlsx --final [--format xlsx|csv] [--out FILE] [--lang fi|sv|en] [--force]`:
 * the final report's financial tables (src/report/finalReport.ts). xlsx (the default) is a new
 * workbook whose first sheet, KASTE-loppuselvitys, holds live formulas over the structured
 * ledger's tables, which follow it as sheets (the same as `kaste ledger --format xlsx`); csv is
 * that sheet's figures as one file. By default beside the book: BOOK-loppuselvitys.xlsx or .csv.
 * Nothing is written over the input, nor over an existing file without --force.
 */
import { basename, dirname, extname, join } from "node:path";
import type { Lang } from "../src/findings/render";
import { buildLedger } from "../src/ledger/build";
import { finalReportOnOwnSheets } from "../src/report/finalReportBook";
import { sheetCsv } from "../src/report/ledgerCsv";
import { InputError, readInput } from "./input";
import { ledgerWorkbookSheets } from "./ledger";
import { checkSideOutput, writeError, writeTextFile } from "./syncOutput";
import { newSheetOf, writeNewWorkbook } from "./writeXlsx";

export interface ReportOptions {
  readonly book: string;
  readonly final: boolean;
  readonly format: string | undefined;
  readonly out: string | undefined;
  readonly force: boolean | undefined;
  readonly lang: Lang;
}

function formatOf(format: string | undefined): "xlsx" | "csv" {
  // cli/args/parse.ts has refused any other value already; a direct caller may still pass one
  if (format === undefined || format === "xlsx") return "xlsx";
  if (format === "csv") return "csv";
  throw new InputError(
    `tuntematon muoto ${format} (xlsx, csv)`,
    `unknown format ${format} (xlsx, csv)`,
    `okänt format ${format} (xlsx, csv)`,
  );
}

export async function runReport(options: ReportOptions): Promise<number> {
  if (!options.final)
    throw new InputError(
      "kaste report tekee loppuselvityksen taulukot: anna --final",
      "kaste report builds the final report's tables: give --final",
      "kaste report gör slutrapportens tabeller: ange --final",
    );
  const format = formatOf(options.format);
  const out = options.out ?? join(dirname(options.book), `${basename(options.book, extname(options.book))}-loppuselvitys.${format}`);
  if (extname(out).toLowerCase() !== `.${format}`)
    throw new InputError(
      `--out-tiedoston pitää olla .${format}: ${out}`,
      `--out must be a .${format} file: ${out}`,
      `--out måste vara en .${format}-fil: ${out}`,
    );
  await checkSideOutput(out, [options.book], options.force ?? false);

  const { ledger } = buildLedger(await readInput(options.book));
  const { doc, sheet } = finalReportOnOwnSheets(ledger, options.lang);
  if (format === "csv") {
    await writeTextFile(out, sheetCsv(sheet.rows, options.lang));
  } else {
    // The report first, then the ledger's sheets its formulas read
    await writeNewWorkbook(out, [sheet, ...ledgerWorkbookSheets(doc, options.lang).map(newSheetOf)]).catch((error: unknown) => {
      throw writeError(out, error);
    });
  }
  process.stderr.write(`${out}\n`);
  return 0;
}
