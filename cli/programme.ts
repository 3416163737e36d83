/**
 * `kaste programme FOLDER [--out SUMMARY.xlsx] [--format text|json|csv] [--workers N] [--as-of DAY]`:
 * checks every workbook under a folder (sub-folders too) on all cores, one worker thread per
 * core, and writes one row per project and the totals per year across projects. A file that
 * cannot be read is a row with its reason. Progress (files done / total, ETA) goes to stderr
 * when it is a terminal. See docs/programme.md.
 */
import { availableParallelism } from "node:os";
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import type { Lang } from "../src/findings/render";
import { formatRate } from "../src/money";
import { isFailure, programmeTotals } from "../src/report/programmeRow";
import type { ProgrammeRow, ProgrammeTotal } from "../src/report/programmeRow";
import { toCsv } from "../src/workbook/csv";
import type { CsvField } from "../src/workbook/csv";
import { InputError } from "./input";
import type { WorkerTask } from "./programmeWorker";
import { checkSideOutput, writeError } from "./syncOutput";
import { writeXlsx } from "./writeXlsx";
import type { WritableCell } from "./writeXlsx";

export interface ProgrammeOptions {
  readonly folder: string;
  readonly format: string | undefined;
  readonly out: string | undefined;
  readonly workers: string | undefined;
  readonly asOf: number | undefined;
  readonly force: boolean | undefined;
  readonly lang: Lang;
}

/** Every .xlsx and .xlsm under a folder, sub-folders included, in name order; Excel's lock files (~$…) left out. */
export async function workbooksUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => {
    throw new InputError(`Kansiota ei löydy: ${folder}`, `Folder not found: ${folder}`, `Mappen finns inte: ${folder}`);
  });
  return entries
    .filter((e) => e.isFile() && /\.xls[xm]$/i.test(e.name) && !e.name.startsWith("~$"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Checks the files on `workers` worker threads, each taking the next file when done; rows in the files' order. */
export async function checkFiles(
  files: readonly string[],
  workers: number,
  asOf: number | undefined,
  lang: Lang,
  onDone: (done: number) => void = () => undefined,
): Promise<ProgrammeRow[]> {
  const rows: ProgrammeRow[] = new Array<ProgrammeRow>(files.length);
  let next = 0;
  let done = 0;
  // Bundled (lib/kaste.cjs), the worker is its own bundle beside it; from source, tsx compiles the worker as it does the main thread.
  const bundled = resolve(__dirname, "programmeWorker.cjs");
  const source = existsSync(bundled)
    ? `require(${JSON.stringify(bundled)});`
    : `require("tsx/cjs"); require(${JSON.stringify(resolve(__dirname, "programmeWorker.ts"))});`;
  const run = (worker: Worker) =>
    new Promise<void>((settle, reject) => {
      let index = -1;
      const give = () => {
        if (next >= files.length) {
          settle();
          return;
        }
        index = next++;
        worker.postMessage({ file: files[index], asOf, lang } satisfies WorkerTask);
      };
      worker.on("message", (row: ProgrammeRow) => {
        rows[index] = row;
        onDone(++done);
        give();
      });
      worker.on("error", reject);
      give();
    });
  const pool = Array.from({ length: Math.max(1, Math.min(workers, files.length)) }, () => new Worker(source, { eval: true }));
  try {
    await Promise.all(pool.map(run));
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return rows;
}

const euros = (cents: number | null): string => (cents === null ? "" : (cents / 100).toFixed(2));
const percent = (ppm: number | null, lang: Lang): string => (ppm === null ? "" : formatRate(ppm, lang));
const ratio = (value: number | null): string => (value === null ? "" : `${Math.round(value * 100)} %`);

const HEADER = {
  fi: [
    "Tiedosto",
    "Hanke",
    "Hallinnoija",
    "Alkaa",
    "Päättyy",
    "Hyväksyttävät €",
    "Valtionavustus €",
    "Valtionavustus %",
    "Kuntaosuus €",
    "Kuntaosuus %",
    "Haettu €",
    "Maksettu €",
    "Vuosi",
    "Käyttö %",
    "Tahti",
    "Virheet",
    "Varoitukset",
    "Tila",
  ],
  en: [
    "File",
    "Project",
    "Administrator",
    "Start",
    "End",
    "Eligible €",
    "State grant €",
    "State grant %",
    "Municipal €",
    "Municipal %",
    "Applied €",
    "Paid €",
    "Year",
    "Use %",
    "Pace",
    "Errors",
    "Warnings",
    "Verdict",
  ],
  sv: [
    "Fil",
    "Projekt",
    "Förvaltare",
    "Börjar",
    "Slutar",
    "Godtagbara €",
    "Statsunderstöd €",
    "Statsunderstöd %",
    "Kommunandel €",
    "Kommunandel %",
    "Ansökt €",
    "Utbetalt €",
    "År",
    "Användning %",
    "Takt",
    "Fel",
    "Varningar",
    "Status",
  ],
} as const;
const TOTAL_HEADER = {
  fi: ["Vuosi", "Hankkeita", "Budjetti €", "Toteutunut €"],
  en: ["Year", "Projects", "Budget €", "Realised €"],
  sv: ["År", "Projekt", "Budget €", "Förverkligat €"],
} as const;

const SHEET_NAMES = {
  fi: { projects: "Hankkeet", years: "Vuodet" },
  sv: { projects: "Projekt", years: "År" },
  en: { projects: "Projects", years: "Years" },
} as const;

function cellsOf(row: ProgrammeRow, folder: string, lang: Lang): (string | number | null)[] {
  const file = relative(folder, row.file);
  if (isFailure(row))
    return [file, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, row.reason];
  return [
    file,
    row.project,
    row.administrator,
    row.start,
    row.end,
    row.eligibleCents / 100,
    row.stateGrantCents === null ? null : row.stateGrantCents / 100,
    percent(row.statePpm, lang),
    row.municipalShareCents === null ? null : row.municipalShareCents / 100,
    percent(row.municipalPpm, lang),
    row.appliedCents / 100,
    row.paidCents / 100,
    row.year,
    ratio(row.use),
    row.pace === null ? null : Math.round(row.pace * 100) / 100,
    row.errors,
    row.warnings,
    row.verdict,
  ];
}

function totalCells(total: ProgrammeTotal): number[] {
  return [total.year, total.projects, total.budget / 100, total.realised / 100];
}

function renderText(rows: readonly ProgrammeRow[], totals: readonly ProgrammeTotal[], folder: string, lang: Lang): string {
  const words = HEADER[lang];
  const lines = rows.map((row) => {
    const file = relative(folder, row.file);
    if (isFailure(row)) return `${file}: ${row.reason}`;
    return `${file}: ${row.project} | ${words[5]} ${euros(row.eligibleCents)} | ${words[10]} ${euros(row.appliedCents)} | ${words[11]} ${euros(row.paidCents)} | ${row.year} ${words[13]} ${ratio(row.use)} | ${words[15]} ${row.errors}, ${words[16]} ${row.warnings} | ${row.verdict}`;
  });
  const header = TOTAL_HEADER[lang];
  return [
    ...lines,
    "",
    header.join(" | "),
    ...totals.map((t) => [t.year, t.projects, euros(t.budget), euros(t.realised)].join(" | ")),
  ].join("\n");
}

/** Files done / total and an ETA on a terminal's stderr; nothing when stderr is piped. */
function progress(total: number): (done: number) => void {
  if (!process.stderr.isTTY) return () => undefined;
  const started = Date.now();
  return (done) => {
    const eta = Math.round((((Date.now() - started) / done) * (total - done)) / 1000);
    process.stderr.write(`\r${done}/${total} (ETA ${eta} s)   ${done === total ? "\n" : ""}`);
  };
}

export async function runProgramme(options: ProgrammeOptions): Promise<number> {
  const format = options.format ?? "text";
  if (!["text", "json", "csv"].includes(format))
    throw new InputError(
      `tuntematon muoto ${format} (text, json, csv)`,
      `unknown format ${format} (text, json, csv)`,
      `okänt format ${format} (text, json, csv)`,
    );
  const workers = options.workers === undefined ? availableParallelism() : Number(options.workers);
  if (!Number.isInteger(workers) || workers < 1)
    throw new InputError(
      `--workers ei ole positiivinen kokonaisluku: ${options.workers}`,
      `--workers is not a positive whole number: ${options.workers}`,
      `--workers är inget positivt heltal: ${options.workers}`,
    );
  if (options.out !== undefined) await checkSideOutput(options.out, [], options.force ?? false);
  const files = await workbooksUnder(options.folder);
  if (files.length === 0)
    throw new InputError(
      `Kansiossa ${options.folder} ei ole .xlsx- tai .xlsm-tiedostoja.`,
      `The folder ${options.folder} holds no .xlsx or .xlsm files.`,
      `Mappen ${options.folder} innehåller inga .xlsx- eller .xlsm-filer.`,
    );
  const rows = await checkFiles(files, workers, options.asOf, options.lang, progress(files.length));
  const totals = programmeTotals(rows);
  const lang = options.lang;
  if (format === "json") process.stdout.write(`${JSON.stringify({ projects: rows, totals }, null, 2)}\n`);
  else if (format === "csv") {
    const table: CsvField[][] = [[...HEADER[lang]], ...rows.map((row) => cellsOf(row, options.folder, lang))];
    const totalTable: CsvField[][] = [[...TOTAL_HEADER[lang]], ...totals.map(totalCells)];
    process.stdout.write(`\ufeff${toCsv([...table, [], ...totalTable], { decimal: lang === "en" ? "." : "," })}`);
  } else process.stdout.write(`${renderText(rows, totals, options.folder, lang)}\n`);
  if (options.out !== undefined) {
    const out = options.out;
    const header = HEADER[lang];
    const projectRows: WritableCell[][] = [[...header], ...rows.map((row) => cellsOf(row, options.folder, lang))];
    const totalRows: WritableCell[][] = [[...TOTAL_HEADER[lang]], ...totals.map(totalCells)];
    await writeXlsx(out, [
      {
        name: SHEET_NAMES[lang].projects,
        rows: projectRows,
        boldRows: [0],
        tables: [{ name: "kaste_hankkeet", headerRow: 0, rows: rows.length, columns: header.length }],
      },
      {
        name: SHEET_NAMES[lang].years,
        rows: totalRows,
        boldRows: [0],
        tables: [{ name: "kaste_vuodet", headerRow: 0, rows: totals.length, columns: 4 }],
      },
    ]).catch((error: unknown) => {
      throw writeError(out, error);
    });
  }
  return rows.some((row) => isFailure(row) || row.errors > 0) ? 1 : 0;
}
