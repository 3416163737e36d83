import type { Day, Interval } from "../src/periods";
import { renderText } from "../src/findings/render";
import type { Lang } from "../src/findings/render";
import { draftApplication } from "../src/sync/application/application";
import { applicationCsv, applicationText } from "../src/sync/application/text";
import { periodArg } from "./args/period";
import { addSheet, widestRow } from "../src/workbook/cells";
import type { OutSheet } from "../src/workbook/cells";
import type { WorkbookData } from "../src/workbook/types";
import type { NewSheet } from "../src/workbook/xlsxWrite/newSheet";
import { InputError, readInputBook } from "./input";
import {
  checkSameExtension,
  checkSideOutput,
  editBook,
  isEditableBook,
  outputMode,
  savedLines,
  writeError,
  writeTextFile,
} from "./syncOutput";
import { writeNewWorkbook } from "./writeXlsx";

export interface ApplicationArgs {
  readonly book: string;
  readonly period?: string;
  readonly out?: string;
  readonly csv?: string;
  readonly inPlace?: boolean;
  readonly override?: boolean;
  readonly force?: boolean;
  readonly asOf?: Day;
  readonly lang: Lang;
  readonly now?: Date;
}

/** `--period` as an interval (see periodArg: ISO, Finnish, a year, a quarter, a tertial); anything else is an input error. */
export function parsePeriodArg(text: string | undefined): Interval {
  const period = text === undefined ? null : periodArg(text);
  if (period === null || period === "reversed") {
    throw new InputError(
      `--period pitää antaa esim. muodossa 1.1.2014–31.10.2014, 2014 tai 2014Q3 (saatiin: ${text ?? "ei mitään"})`,
      `--period must look like 2014-01-01..2014-10-31, 2014 or 2014Q3 (got: ${text ?? "nothing"})`,
      `--period ska anges t.ex. som 1.1.2014–31.10.2014, 2014 eller 2014Q3 (fick: ${text ?? "inget"})`,
    );
  }
  return period;
}

const WORDS = {
  fi: {
    blocked:
      "Tarkistukset löysivät virheitä: luonnosta ei kirjoitettu. Korjaa virheet tai käytä --override (ohitus kirjataan hakemukseen).",
    overridden: (n: number) => `Huom: ${n} virhettä ohitettu (--override); ohitus on kirjattu hakemukseen.`,
    sheet: (name: string) => `Uusi välilehti: ${name}`,
    noOutput: "Työkirjaan ei kirjoitettu: anna --out HAKEMUS.xlsx tai --in-place.",
    xlsxOnly: (path: string) => `Hakemusvälilehden voi lisätä vain .xlsx-työkirjaan: ${path}`,
  },
  en: {
    blocked: "The checks found errors: nothing written. Fix them or use --override (the override is written on the application).",
    overridden: (n: number) => `Note: ${n} errors overridden (--override); the override is written on the application.`,
    sheet: (name: string) => `New sheet: ${name}`,
    noOutput: "Nothing written into a workbook: give --out APP.xlsx or --in-place.",
    xlsxOnly: (path: string) => `The application sheet can only be added to an .xlsx workbook: ${path}`,
  },
  sv: {
    blocked: "Kontrollerna hittade fel: inget skrevs. Rätta dem eller använd --override (åsidosättandet skrivs på ansökan).",
    overridden: (n: number) => `Obs: ${n} fel åsidosatta (--override); åsidosättandet är skrivet på ansökan.`,
    sheet: (name: string) => `Ny flik: ${name}`,
    noOutput: "Inget skrevs i en arbetsbok: ange --out ANSÖKAN.xlsx eller --in-place.",
    xlsxOnly: (path: string) => `Ansökningsfliken kan bara läggas till i en .xlsx-arbetsbok: ${path}`,
  },
} as const;

/**
 * `kaste application BOOK.xlsx --period A..B [--out APP.xlsx | --in-place] [--csv APP.csv] [--override]`:
 * runs the checks (errors block unless --override), prints the figures, and writes the
 * application sheet (live formulas) into the workbook itself (--in-place) or an application
 * workbook of its own (--out: the sheet and, as values, the ledger sheets its formulas read), and
 * the figures as CSV. Exit 0: drafted; 1: blocked by errors; 2: unreadable input or arguments.
 */
export async function runApplication(args: ApplicationArgs): Promise<number> {
  const words = WORDS[args.lang];
  const period = parsePeriodArg(args.period);
  const mode = await outputMode(args, [args.book]);
  if (mode.kind === "inPlace" && !isEditableBook(args.book))
    throw new InputError(WORDS.fi.xlsxOnly(args.book), WORDS.en.xlsxOnly(args.book), WORDS.sv.xlsxOnly(args.book));
  if (mode.kind === "out" && !/\.xlsx$/i.test(mode.path))
    throw new InputError(
      `--out-tiedoston pitää olla .xlsx: ${args.out ?? ""}`,
      `--out must be an .xlsx file: ${args.out ?? ""}`,
      `--out måste vara en .xlsx-fil: ${args.out ?? ""}`,
    );
  if (args.csv) await checkSideOutput(args.csv, [args.book], args.force ?? false);
  const { workbook: book, zip } = await readInputBook(args.book);
  const draft = draftApplication(book, period, { asOf: args.asOf, override: args.override, lang: args.lang });
  if (draft.blocked) {
    process.stdout.write(`${renderText(draft.errors, [], args.lang)}\n\n${words.blocked}\n`);
    return 1;
  }
  const out: string[] = [applicationText(draft.figures, args.lang), ""];
  if (draft.mismatches.length > 0) out.push(renderText(draft.mismatches, [], args.lang), "");
  if (draft.errors.length > 0) out.push(words.overridden(draft.errors.length));
  if (args.csv) {
    await writeTextFile(args.csv, `\ufeff${applicationCsv(draft)}`);
    out.push(...savedLines({ written: args.csv, backup: null }, args.lang));
  }
  if (mode.kind === "none") {
    if (!args.csv) out.push(words.noOutput);
  } else if (mode.kind === "out") {
    // The application workbook alone: its sheet and, as values, the ledger's sheets its formulas read
    await writeNewWorkbook(mode.path, applicationWorkbook(draft.sheet, book)).catch((error: unknown) => {
      throw writeError(mode.path, error);
    });
    out.push(...savedLines({ written: mode.path, backup: null }, args.lang), words.sheet(draft.sheet.name));
  } else {
    checkSameExtension(args.book, mode);
    const saved = await editBook(args.book, zip, mode, args.now ?? new Date(), addSheet(book, draft.sheet), (editor) =>
      editor.addSheet(draft.sheet),
    );
    out.push(...savedLines(saved, args.lang), words.sheet(draft.sheet.name));
  }
  process.stdout.write(`${out.join("\n")}\n`);
  return 0;
}

/** The sheets a sheet's formulas read (`'Laskut'!$F:$F`), by name as the book spells them. */
function sheetsReadBy(sheet: OutSheet, book: WorkbookData): string[] {
  const names = new Set<string>();
  for (const row of sheet.rows)
    for (const cell of row) {
      if (cell === null || typeof cell !== "object" || !("formula" in cell)) continue;
      for (const match of cell.formula.matchAll(/'((?:[^']|'')+)'!|\b([A-Za-z_\u00c0-\u024f][\w.\u00c0-\u024f]*)!/g))
        names.add((match[1] ?? match[2]).replace(/''/g, "'").toLowerCase());
    }
  return book.sheets.filter((s) => names.has(s.name.toLowerCase()) && s.name !== sheet.name).map((s) => s.name);
}

/**
 * The workbook `application --out` writes: the application sheet first, then a copy of the
 * values of each ledger sheet its formulas read (so they stay live and recompute), nothing else
 * of the book: it is the application, not a second ledger to keep.
 */
export function applicationWorkbook(sheet: OutSheet, book: WorkbookData): NewSheet[] {
  const read = new Set(sheetsReadBy(sheet, book));
  const copies = book.sheets
    .filter((s) => read.has(s.name))
    .map((s) => {
      const top = s.origin?.row ?? 0;
      const left = s.origin?.col ?? 0;
      const rows = [...new Array<null[]>(top).fill([]), ...s.cells.map((row) => [...new Array<null>(left).fill(null), ...row])];
      return { name: s.name, rows, widths: new Array<number>(widestRow(rows)).fill(14) };
    });
  return [sheet, ...copies];
}
