import { constants } from "node:fs";
import { access, copyFile, readFile, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { serialOf } from "../src/periods";
import type { Lang } from "../src/findings/render";
import type { OutBlock, OutCell, OutSheet } from "../src/workbook/cells";
import { isDateCell, isFormulaCell, isMoneyCell, isPercentCell } from "../src/workbook/cells";
import { InputError } from "./input";

/**
 * Writing the sync commands' results into real .xlsx files with exceljs, and the one rule
 * about files: an input is never overwritten without --in-place, and never without first
 * copying it to BOOK.backup-<time>.xlsx. Writing goes to a temporary file that then replaces
 * the target, so an interrupted run leaves the old file whole.
 */

const FORMATS = { date: "d.m.yyyy", money: "#,##0.00", percent: "0.00 %" } as const;

/** Where a command writes: a new file (--out), the input itself (--in-place), or nowhere. */
export type OutputMode = { readonly kind: "out"; readonly path: string } | { readonly kind: "inPlace" } | { readonly kind: "none" };

/** Refuses to replace an existing file without --force. */
export async function checkNotTaken(path: string, force: boolean): Promise<void> {
  if (force) return;
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (exists)
    throw new InputError(
      `${path} on jo olemassa; käytä --force korvataksesi sen.`,
      `${path} already exists; use --force to replace it.`,
      `${path} finns redan; använd --force för att ersätta den.`,
    );
}

/** Chooses the output from the options, refusing what would overwrite an input. Call before any work. */
export async function outputMode(
  options: { readonly out?: string; readonly inPlace?: boolean; readonly force?: boolean },
  inputs: readonly string[],
): Promise<OutputMode> {
  if (options.out !== undefined && options.inPlace) {
    throw new InputError(
      "Anna joko --out tai --in-place, ei molempia.",
      "Give either --out or --in-place, not both.",
      "Ange antingen --out eller --in-place, inte båda.",
    );
  }
  if (options.inPlace) return { kind: "inPlace" };
  if (options.out === undefined) return { kind: "none" };
  const out = resolve(options.out);
  if (inputs.some((input) => resolve(input) === out)) {
    throw new InputError(
      `--out ${options.out} on syötetiedosto; syötettä ei korvata ilman valitsinta --in-place (joka tekee ensin varmuuskopion).`,
      `--out ${options.out} is an input; an input is never overwritten without --in-place (which writes a backup first).`,
      `--out ${options.out} är indata; indata skrivs aldrig över utan --in-place (som först gör en säkerhetskopia).`,
    );
  }
  if (extname(out).toLowerCase() !== ".xlsx")
    throw new InputError(
      `--out-tiedoston pitää olla .xlsx: ${options.out}`,
      `--out must be an .xlsx file: ${options.out}`,
      `--out måste vara en .xlsx-fil: ${options.out}`,
    );
  await checkNotTaken(options.out, options.force ?? false);
  return { kind: "out", path: out };
}

/** Refuses to write a side output (a CSV) over an input or an existing file without --force. */
export async function checkSideOutput(path: string, inputs: readonly string[], force: boolean): Promise<void> {
  if (inputs.some((input) => resolve(input) === resolve(path))) {
    throw new InputError(
      `${path} on syötetiedosto; sitä ei korvata.`,
      `${path} is an input; it is not overwritten.`,
      `${path} är indata; den skrivs inte över.`,
    );
  }
  await checkNotTaken(path, force);
}

/** "20140305-141503": a file-name-safe local time stamp. */
function timeStamp(now: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`;
}

const SAVED = {
  fi: { written: (path: string) => `Kirjoitettu ${path}`, backup: (path: string) => `Varmuuskopio ${path}` },
  sv: { written: (path: string) => `Skrivet ${path}`, backup: (path: string) => `Säkerhetskopia ${path}` },
  en: { written: (path: string) => `Written ${path}`, backup: (path: string) => `Backup ${path}` },
} as const;

/** Said when a command that writes a workbook was told neither --out nor --in-place. */
export const NO_OUTPUT = {
  fi: "Mitään ei kirjoitettu: anna --out UUSI.xlsx tai --in-place.",
  sv: "Inget skrevs: ange --out NY.xlsx eller --in-place.",
  en: "Nothing written: give --out NEW.xlsx or --in-place.",
} as const;

/** What was written, as lines for the terminal: the backup first (as `saveWorkbook` returns it), then the file. */
export function savedLines(saved: { readonly written: string | null; readonly backup: string | null }, lang: Lang): string[] {
  const words = SAVED[lang];
  return [...(saved.backup ? [words.backup(saved.backup)] : []), ...(saved.written ? [words.written(saved.written)] : [])];
}

const WRITE_REASONS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  ENOENT: { fi: "kansiota ei ole", sv: "mappen finns inte", en: "no such folder" },
  ENOTDIR: { fi: "kansiota ei ole", sv: "mappen finns inte", en: "no such folder" },
  EACCES: { fi: "ei kirjoitusoikeutta", sv: "skrivrättighet saknas", en: "permission denied" },
  EPERM: { fi: "ei kirjoitusoikeutta", sv: "skrivrättighet saknas", en: "permission denied" },
  EROFS: { fi: "vain luku", sv: "skrivskyddad", en: "read-only" },
  ENOSPC: { fi: "levy on täynnä", sv: "disken är full", en: "the disk is full" },
  EISDIR: { fi: "se on kansio", sv: "det är en mapp", en: "it is a folder" },
};

/** A file that could not be written, as one clear line (exit 2) rather than a stack trace. */
export function writeError(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = (code !== undefined ? WRITE_REASONS[code] : undefined) ?? {
    fi: code ?? (error as Error).message,
    sv: code ?? (error as Error).message,
    en: code ?? (error as Error).message,
  };
  return new InputError(
    `Tiedostoa ${path} ei voitu kirjoittaa: ${reason.fi}.`,
    `Could not write ${path}: ${reason.en}.`,
    `Filen ${path} kunde inte skrivas: ${reason.sv}.`,
  );
}

/** Writes a text output (a CSV), a failure as `writeError`. */
export async function writeTextFile(path: string, text: string): Promise<void> {
  await writeFile(path, text).catch((error: unknown) => {
    throw writeError(path, error);
  });
}

/** Copies the input to BOOK.backup-<time>.xlsx (never over an existing file) and returns its path. */
async function backup(input: string, now: Date): Promise<string> {
  const base = basename(input, extname(input));
  for (let n = 1; ; n++) {
    const path = join(dirname(input), `${base}.backup-${timeStamp(now)}${n > 1 ? `-${n}` : ""}${extname(input)}`);
    try {
      await copyFile(input, path, constants.COPYFILE_EXCL);
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
}

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  return workbook;
}

/**
 * Saves the workbook as the mode says: --out to a new file; --in-place over the input after
 * the backup. Returns what was written.
 */
export async function saveWorkbook(
  workbook: ExcelJS.Workbook,
  input: string,
  mode: OutputMode,
  now: Date,
): Promise<{ written: string | null; backup: string | null }> {
  if (mode.kind === "none") return { written: null, backup: null };
  const target = mode.kind === "out" ? mode.path : resolve(input);
  const saved =
    mode.kind === "inPlace"
      ? await backup(input, now).catch((error: unknown) => {
          throw writeError(join(dirname(input), `${basename(input, extname(input))}.backup-<time>${extname(input)}`), error);
        })
      : null;
  const temporary = join(dirname(target), `.${basename(target)}.kaste-${process.pid}-${Date.now()}.tmp`);
  try {
    await workbook.xlsx.writeFile(temporary);
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw writeError(target, error);
  }
  return { written: target, backup: saved };
}

function date1904Of(workbook: ExcelJS.Workbook): boolean {
  return Boolean((workbook.properties as { date1904?: boolean }).date1904);
}

/** Writes one OutCell into an exceljs cell; `keepFormat` keeps a number format the cell already has (copied from the row above). */
export function setCell(cell: ExcelJS.Cell, value: OutCell, date1904: boolean, keepFormat = false): void {
  const format = (numFmt: string) => {
    if (!keepFormat || !cell.numFmt) cell.numFmt = numFmt;
  };
  if (value === null) {
    cell.value = null;
  } else if (isDateCell(value)) {
    cell.value = serialOf(value.date, date1904);
    format(FORMATS.date);
  } else if (isMoneyCell(value)) {
    cell.value = value.money / 100;
    format(FORMATS.money);
  } else if (isPercentCell(value)) {
    cell.value = value.percent / 1_000_000;
    format(FORMATS.percent);
  } else if (isFormulaCell(value)) {
    cell.value = value.result === undefined ? { formula: value.formula } : { formula: value.formula, result: value.result };
    if (value.format) format(FORMATS[value.format]);
  } else if (typeof value === "object") {
    cell.value = { error: value.error } as ExcelJS.CellErrorValue;
  } else {
    cell.value = value;
  }
}

/**
 * Writes blocks of cells into existing sheets. Rows written below a table take the styles of
 * the row above them (fonts, borders, number formats), so appended rows look like the others.
 */
export function writeBlocksXlsx(workbook: ExcelJS.Workbook, blocks: readonly OutBlock[]): void {
  const date1904 = date1904Of(workbook);
  for (const block of blocks) {
    const sheet = workbook.getWorksheet(block.sheet);
    if (!sheet) throw new Error(`writeBlocksXlsx: no sheet ${block.sheet}`);
    const width = Math.max(0, ...block.rows.map((r) => r.length));
    const styles: (Partial<ExcelJS.Style> | null)[] = [];
    if (block.styleFromAbove && block.row > 0) {
      for (let c = 0; c < width; c++) {
        const above = sheet.getCell(block.row, block.col + c + 1);
        styles.push(
          above.style && Object.keys(above.style).length > 0 ? (JSON.parse(JSON.stringify(above.style)) as Partial<ExcelJS.Style>) : null,
        );
      }
    }
    block.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        const cell = sheet.getCell(block.row + r + 1, block.col + c + 1);
        const style = styles[c];
        if (style) cell.style = style;
        setCell(cell, value, date1904, Boolean(style));
      });
    });
  }
}

/** Adds a sheet (hidden when it says so); formulas are recalculated when the workbook opens. */
export function addSheetXlsx(workbook: ExcelJS.Workbook, sheet: OutSheet): void {
  const date1904 = date1904Of(workbook);
  const worksheet = workbook.addWorksheet(sheet.name, { state: sheet.hidden ? "hidden" : "visible" });
  let formulas = false;
  sheet.rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null) return;
      if (isFormulaCell(value)) formulas = true;
      setCell(worksheet.getCell(r + 1, c + 1), value, date1904);
    });
  });
  for (const r of sheet.boldRows ?? []) worksheet.getRow(r + 1).font = { bold: true };
  (sheet.widths ?? []).forEach((width, c) => {
    worksheet.getColumn(c + 1).width = width;
  });
  if (formulas) workbook.calcProperties.fullCalcOnLoad = true;
}
