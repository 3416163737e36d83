import type { Day, Interval } from "../src/periods";
import { renderText } from "../src/findings/render";
import type { Lang } from "../src/findings/render";
import { draftApplication } from "../src/sync/application/application";
import { nextUnclaimedPeriod } from "../src/sync/application/nextPeriod";
import { checkWorkbook } from "../src/check/checkWorkbook";
import type { CheckResult } from "../src/check/checkWorkbook";
import { fiDateOf } from "../src/periods";
import { applicationCsv, applicationText } from "../src/sync/application/text";
import { periodArg } from "./args/period";
import { addSheet, widestRow } from "../src/workbook/cells";
import type { OutCell, OutSheet } from "../src/workbook/cells";
import type { CellValue, WorkbookData } from "../src/workbook/types";
import type { Ledger } from "../src/ledger/model";
import { tableSpec } from "../src/ledger/vocabulary";
import { fromEuros } from "../src/money";
import { dayFromSerial } from "../src/periods";
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

/**
 * The period to draft: `--period`, or else the next one not yet applied for (as the pane's Hakemus
 * tab pre-fills it), said on the first line; an input error when the book says none.
 */
function periodToDraft(book: WorkbookData, args: ApplicationArgs): { period: Interval; chosen: string | null; check?: CheckResult } {
  if (args.period !== undefined) return { period: parsePeriodArg(args.period), chosen: null };
  const lang = args.lang;
  const check = checkWorkbook(book, { asOf: args.asOf });
  const next = nextUnclaimedPeriod(check.ledger);
  const span = (p: Interval) => `${fiDateOf(p.start)}–${fiDateOf(p.end)}`;
  if (next.kind === "next") return { period: next.period, chosen: WORDS[lang].nextPeriod(span(next.period)), check };
  if (next.kind === "allClaimed")
    throw new InputError(
      `Hankkeen kaikki kaudet on jo haettu (viimeisin ${span(next.last)}): anna --period`,
      `Every period of the project has been applied for (the last ${span(next.last)}): give --period`,
      `Projektets alla perioder har redan sökts (den senaste ${span(next.last)}): ange --period`,
    );
  throw new InputError(
    "Anna --period: työkirjasta ei selviä, mistä seuraava kausi alkaa (Maksatuksissa ei ole hakemuksia eikä Hanke-välilehdellä alkupäivää)",
    "Give --period: the workbook does not say where the next period starts (no applications on Maksatukset, no start on Hanke)",
    "Ange --period: arbetsboken visar inte var nästa period börjar (inga ansökningar i Maksatukset, inget startdatum på Hanke)",
  );
}

const WORDS = {
  fi: {
    nextPeriod: (span: string) => `Kausi ${span}: seuraava hakematon kausi (toisen kauden saa --period-valitsimella).`,
    blocked:
      "Tarkistukset löysivät virheitä: luonnosta ei kirjoitettu. Korjaa virheet tai käytä --override (ohitus kirjataan hakemukseen).",
    overridden: (n: number) => `Huom: ${n} virhettä ohitettu (--override); ohitus on kirjattu hakemukseen.`,
    sheet: (name: string) => `Uusi välilehti: ${name}`,
    noOutput: "Työkirjaan ei kirjoitettu: anna --out HAKEMUS.xlsx tai --in-place.",
    xlsxOnly: (path: string) => `Hakemusvälilehden voi lisätä vain .xlsx-työkirjaan: ${path}`,
  },
  en: {
    nextPeriod: (span: string) => `Period ${span}: the next period not yet applied for (--period chooses another).`,
    blocked: "The checks found errors: nothing written. Fix them or use --override (the override is written on the application).",
    overridden: (n: number) => `Note: ${n} errors overridden (--override); the override is written on the application.`,
    sheet: (name: string) => `New sheet: ${name}`,
    noOutput: "Nothing written into a workbook: give --out APP.xlsx or --in-place.",
    xlsxOnly: (path: string) => `The application sheet can only be added to an .xlsx workbook: ${path}`,
  },
  sv: {
    nextPeriod: (span: string) => `Period ${span}: nästa period som inte sökts (--period väljer en annan).`,
    blocked: "Kontrollerna hittade fel: inget skrevs. Rätta dem eller använd --override (åsidosättandet skrivs på ansökan).",
    overridden: (n: number) => `Obs: ${n} fel åsidosatta (--override); åsidosättandet är skrivet på ansökan.`,
    sheet: (name: string) => `Ny flik: ${name}`,
    noOutput: "Inget skrevs i en arbetsbok: ange --out ANSÖKAN.xlsx eller --in-place.",
    xlsxOnly: (path: string) => `Ansökningsfliken kan bara läggas till i en .xlsx-arbetsbok: ${path}`,
  },
} as const;

/**
 * `kaste application BOOK.xlsx [--period A..B] [--out APP.xlsx | --in-place] [--csv APP.csv] [--override]`:
 * runs the checks (errors block unless --override), prints the figures, and writes the
 * application sheet (live formulas) into the workbook itself (--in-place) or an application
 * workbook of its own (--out: the sheet and, as values, the ledger sheets its formulas read), and
 * the figures as CSV. Exit 0: drafted; 1: blocked by errors; 2: unreadable input or arguments.
 */
export async function runApplication(args: ApplicationArgs): Promise<number> {
  const words = WORDS[args.lang];
  // a period given is checked before the book is read; without one, the book says which comes next
  if (args.period !== undefined) parsePeriodArg(args.period);
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
  const { period, chosen, check } = periodToDraft(book, args);
  if (chosen !== null) process.stdout.write(`${chosen}\n`);
  const draft = draftApplication(book, period, { asOf: args.asOf, override: args.override, lang: args.lang, check });
  if (draft.blocked) {
    process.stdout.write(`${renderText(draft.errors, [], args.lang)}\n\n${words.blocked}\n`);
    return 1;
  }
  const out: string[] = [applicationText(draft.figures, args.lang), ""];
  // What is wrong with the draft itself: its period against the other applications, formulas that part from the figures
  const notes = [...draft.periodFindings, ...draft.mismatches];
  if (notes.length > 0) out.push(renderText(notes, [], args.lang), "");
  if (draft.errors.length > 0) out.push(words.overridden(draft.errors.length));
  if (args.csv) {
    await writeTextFile(args.csv, `\ufeff${applicationCsv(draft)}`);
    out.push(...savedLines({ written: args.csv, backup: null }, args.lang));
  }
  if (mode.kind === "none") {
    if (!args.csv) out.push(words.noOutput);
  } else if (mode.kind === "out") {
    // The application workbook alone: its sheet and, as values, the ledger's sheets its formulas read
    await writeNewWorkbook(mode.path, applicationWorkbook(draft.sheet, book, draft.check.ledger)).catch((error: unknown) => {
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
 * of the book: it is the application, not a second ledger to keep. The copies' date and money
 * columns (as the ledger read them) keep their formats: 31.1.2014, not 41670.
 */
export function applicationWorkbook(sheet: OutSheet, book: WorkbookData, ledger: Ledger): NewSheet[] {
  const read = new Set(sheetsReadBy(sheet, book));
  const copies = book.sheets
    .filter((s) => read.has(s.name))
    .map((s) => {
      const top = s.origin?.row ?? 0;
      const left = s.origin?.col ?? 0;
      const kinds = columnKindsOf(s.name, ledger);
      const rows: OutCell[][] = [
        ...new Array<null[]>(top).fill([]),
        ...s.cells.map((row, r) => [
          ...new Array<null>(left).fill(null),
          ...row.map((value, c) => typedCell(value, kinds.get(c + left), top + r, book.date1904)),
        ]),
      ];
      return { name: s.name, rows, widths: new Array<number>(widestRow(rows)).fill(14) };
    });
  return [sheet, ...copies];
}

/** The date and money columns of the ledger tables on a sheet, with the header row each starts under. */
function columnKindsOf(sheetName: string, ledger: Ledger): Map<number, { kind: "date" | "money"; below: number }> {
  const kinds = new Map<number, { kind: "date" | "money"; below: number }>();
  for (const tables of Object.values(ledger.tables))
    for (const table of tables) {
      if (table.sheet !== sheetName || table.kind === "project" || table.kind === "settings") continue;
      for (const { field, type } of tableSpec(table.kind).fields) {
        const col = table.columns[field];
        if (col !== undefined && (type === "date" || type === "money")) kinds.set(col, { kind: type, below: table.headerRow });
      }
    }
  return kinds;
}

/** A copied value as a date or money cell where its column is one and it is a number below the header; else as it is. */
function typedCell(
  value: CellValue,
  column: { kind: "date" | "money"; below: number } | undefined,
  row: number,
  date1904: boolean,
): OutCell {
  if (typeof value !== "number" || !column || row <= column.below) return value;
  if (column.kind === "date") {
    const day = dayFromSerial(value, date1904);
    return day === null ? value : { date: day };
  }
  const cents = fromEuros(value);
  return cents === null ? value : { money: cents };
}
