import { isAscii } from "node:buffer";
import { constants } from "node:fs";
import { access, copyFile, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { Lang } from "../src/findings/render";
import { cellAddress } from "../src/workbook/address";
import { fileReason } from "../src/workbook/fileError";
import type { CellValue, WorkbookData } from "../src/workbook/types";
import { XlsxEditor } from "../src/workbook/xlsxWrite/editor";
import { ZipArchive } from "../src/workbook/zip";
import { rewriteZip } from "../src/workbook/zipWriter";
import { InputError } from "./input";
import { readXlsxSheets } from "./readXlsx";
import { NODE_DEFLATER, NODE_INFLATER } from "./zipNode";

/**
 * Writing the sync commands' results into real .xlsx files, part by part (src/workbook/xlsxWrite/),
 * and the one rule
 * about files: an input is never overwritten without --in-place, and never without first
 * copying it to BOOK.backup-<time>.xlsx. Writing goes to a temporary file that then replaces
 * the target, so an interrupted run leaves the old file whole.
 */

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

/**
 * Whether `path` is one of the inputs: the same name, or another name for the same file (a hard
 * link, a symbolic link to it, another spelling of its folder), which writing would overwrite too.
 */
async function isAnInput(path: string, inputs: readonly string[]): Promise<boolean> {
  const target = resolve(path);
  if (inputs.some((input) => resolve(input) === target)) return true;
  // bigint: a Windows file id can be beyond 2^53
  const file = await stat(target, { bigint: true }).catch(() => null);
  if (file === null) return false;
  for (const input of inputs) {
    const other = await stat(input, { bigint: true }).catch(() => null);
    if (other !== null && other.ino === file.ino && other.dev === file.dev) return true;
  }
  return false;
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
  if (await isAnInput(out, inputs)) {
    throw new InputError(
      `--out ${options.out} on syötetiedosto; syötettä ei korvata ilman valitsinta --in-place (joka tekee ensin varmuuskopion).`,
      `--out ${options.out} is an input; an input is never overwritten without --in-place (which writes a backup first).`,
      `--out ${options.out} är indata; indata skrivs aldrig över utan --in-place (som först gör en säkerhetskopia).`,
    );
  }
  if (!isEditableBook(out))
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
  if (await isAnInput(path, inputs)) {
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

/** What was written, as lines for the terminal: the backup first (as `saveEdited` returns it), then the file. */
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

/** A workbook opened for part-level editing, from the bytes read once (`readInputBook`). */
export interface EditedBook {
  readonly archive: ZipArchive;
  readonly editor: XlsxEditor;
}

/** Opens a workbook's zip (or bytes) for editing. */
export async function openEditor(from: Uint8Array | ZipArchive): Promise<EditedBook> {
  const archive = from instanceof ZipArchive ? from : new ZipArchive(from, NODE_INFLATER);
  const names = archive.entries.map((e) => e.name);
  // ASCII parts read (a ledger's sheets): the editor copies their untouched runs as these bytes
  const ascii = new Map<string, Uint8Array>();
  const text = async (name: string) => {
    const bytes = await archive.bytes(name);
    if (isAscii(bytes)) ascii.set(name.toLowerCase(), bytes);
    return decodeXml(bytes);
  };
  const editor = await XlsxEditor.open({ names, has: (n) => archive.has(n), text, asciiBytes: (n) => ascii.get(n.toLowerCase()) ?? null });
  return { archive, editor };
}

/** A part's text: ASCII (a ledger with shared strings) decodes fastest as Latin-1, to the same string; a byte order mark dropped. */
function decodeXml(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const bom = buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  const body = buffer.subarray(bom);
  return body.toString(isAscii(body) ? "latin1" : "utf8");
}

const encodeXml = (text: string): Uint8Array => Buffer.from(text, "utf8");

/**
 * Edits a workbook read once: opens its zip, lets `edit` change it, and saves it as `saveEdited`
 * does. An edit that fails (a sheet we cannot follow) is one line and nothing is written.
 */
export async function editBook(
  input: string,
  zip: ZipArchive | null,
  mode: OutputMode,
  now: Date,
  expected: WorkbookData,
  edit: (editor: XlsxEditor) => Promise<void>,
): Promise<{ written: string | null; backup: string | null }> {
  if (mode.kind === "none") return { written: null, backup: null };
  if (!zip)
    throw new InputError(
      `Vain .xlsx-työkirjaan voi kirjoittaa: ${input}`,
      `Only an .xlsx workbook can be written: ${input}`,
      `Bara en .xlsx-arbetsbok kan skrivas: ${input}`,
    );
  let source: EditedBook;
  try {
    source = await openEditor(zip);
    await edit(source.editor);
  } catch (error) {
    throw error instanceof InputError ? error : notEdited(input, error);
  }
  return saveEdited(source, input, mode, now, expected);
}

/** The workbooks a write command edits: .xlsx, or .xlsm (macros kept). */
export function isEditableBook(path: string): boolean {
  return /\.xls[xm]$/i.test(path);
}

/** An .xlsm stays .xlsm (its VBA project needs the macro-enabled type): --out must keep the input's extension. */
export function checkSameExtension(input: string, mode: OutputMode): void {
  if (mode.kind !== "out" || extname(mode.path).toLowerCase() === extname(input).toLowerCase()) return;
  const ext = extname(input).toLowerCase();
  throw new InputError(
    `--out-tiedoston pitää olla ${ext} kuten ${basename(input)}.`,
    `--out must be an ${ext} file, as ${basename(input)} is.`,
    `--out måste vara en ${ext}-fil, som ${basename(input)}.`,
  );
}

/**
 * A workbook the edit could not follow, as one line (exit 2) with the file's reason in the user's language.
 * An error that is no fault of the file but ours stays what it is: an internal error (exit 3, "please report").
 */
function notEdited(input: string, error: unknown): unknown {
  const reason = fileReason(error);
  if (!reason) return error;
  return new InputError(
    `Työkirjaa ${input} ei voitu muokata (${reason.fi}); mitään ei kirjoitettu.`,
    `Could not edit ${input} (${reason.en}); nothing written.`,
    `Arbetsboken ${input} kunde inte ändras (${reason.sv}); inget skrevs.`,
  );
}

/** `differenceOf`'s words for what differs (a cell's address and a part's name read the same in every language). */
const DIFFERENCES: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  "date system": { fi: "päivämääräjärjestelmä", sv: "datumsystemet", en: "date system" },
  sheets: { fi: "välilehdet", sv: "bladen", en: "sheets" },
};

/** Why a written workbook was not kept: reading it back gave other data than the edit meant, or could not be read. */
function notVerified(target: string, difference: string | Readonly<Record<Lang, string>>): InputError {
  const said =
    typeof difference === "string" ? (DIFFERENCES[difference] ?? { fi: difference, sv: difference, en: difference }) : difference;
  return new InputError(
    `Kirjoitettu työkirja ei lukeutunut takaisin samana (${said.fi}); tiedostoa ${target} ei muutettu.`,
    `The written workbook did not read back the same (${said.en}); ${target} was not changed.`,
    `Den skrivna arbetsboken lästes inte tillbaka likadan (${said.sv}); ${target} ändrades inte.`,
  );
}

const READ_BACK_REASONS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  EIO: { fi: "levyn lukuvirhe", sv: "läsfel på disken", en: "a read error on the disk" },
  EACCES: { fi: "ei lukuoikeutta", sv: "läsrättighet saknas", en: "permission denied" },
  EPERM: { fi: "ei lukuoikeutta", sv: "läsrättighet saknas", en: "permission denied" },
  ENOENT: { fi: "tiedosto katosi", sv: "filen försvann", en: "the file disappeared" },
};

/** An error of the system (a file system call's, with its code), not of our code. */
function isSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string" && "syscall" in error;
}

/** The temporary file written could not be read back to verify it (exit 2): the target is left as it was. */
function notReadBack(target: string, error: NodeJS.ErrnoException & { code: string }): InputError {
  const said = READ_BACK_REASONS[error.code] ?? { fi: error.code, sv: error.code, en: error.code };
  return new InputError(
    `Kirjoitettua työkirjaa ei voitu lukea takaisin (${said.fi}); tiedostoa ${target} ei muutettu.`,
    `The written workbook could not be read back (${said.en}); ${target} was not changed.`,
    `Den skrivna arbetsboken kunde inte läsas tillbaka (${said.sv}); ${target} ändrades inte.`,
  );
}

/**
 * Saves an edited workbook as the mode says: --out to a new file; --in-place over the input.
 * The zip keeps every part the edits did not touch byte for byte. The file goes to a temporary
 * file first, which is read back with our reader: every entry not edited must be the very
 * entry it was (method, checksum, sizes), and every sheet written must hold what `expected` (the
 * workbook as the edit means it) holds; only then is the backup made (--in-place) and the
 * temporary file renamed over the target, so a failure at any point leaves the input as it was.
 */
export async function saveEdited(
  source: EditedBook,
  input: string,
  mode: OutputMode,
  now: Date,
  expected: WorkbookData,
): Promise<{ written: string | null; backup: string | null }> {
  if (mode.kind === "none") return { written: null, backup: null };
  const target = mode.kind === "out" ? mode.path : resolve(input);
  const edits = await source.editor.edits(encodeXml);
  let bytes: Uint8Array;
  try {
    bytes = rewriteZip(source.archive, edits, NODE_DEFLATER);
  } catch (error) {
    // a workbook that would pass the zip's 4 GB
    throw notEdited(input, error);
  }
  const temporary = join(dirname(target), `.${basename(target)}.kaste-${process.pid}-${Date.now()}.tmp`);
  try {
    await writeFile(temporary, bytes);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw writeError(target, error);
  }
  try {
    const written = await readFile(temporary);
    const edited = new Set([...edits.changed.keys(), ...edits.added.map((p) => p.name)].map((name) => name.toLowerCase()));
    const reopened = new ZipArchive(written, NODE_INFLATER);
    const read = new Set<string>();
    const pick = ({ name, path }: { name: string; path: string }) => {
      if (!edited.has(path.toLowerCase())) return false;
      read.add(name);
      return true;
    };
    // --in-place: the sheets written are read back and compared; --out (the input stays as it was): their checksums
    const difference =
      copiesDiffer(source.archive, reopened, edited, edits.removed) ??
      (mode.kind === "inPlace"
        ? differenceOf(await readXlsxSheets(written, pick), expected, (name) => read.has(name))
        : await checksumsDiffer(reopened, edited));
    if (difference) throw notVerified(target, difference);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    if (error instanceof InputError) throw error;
    const reason = fileReason(error);
    if (reason) throw notVerified(target, reason);
    // The disk failing to give the written file back is the file's failure too, not ours
    if (isSystemError(error)) throw notReadBack(target, error);
    throw error;
  }
  let saved: string | null = null;
  try {
    if (mode.kind === "inPlace")
      saved = await backup(input, now).catch((error: unknown) => {
        throw writeError(join(dirname(input), `${basename(input, extname(input))}.backup-<time>${extname(input)}`), error);
      });
    await rename(temporary, target).catch((error: unknown) => {
      throw writeError(target, error);
    });
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  return { written: target, backup: saved };
}

/** The first entry not edited that is not the very entry it was (the zip writer copies them as stored); null when none. */
function copiesDiffer(from: ZipArchive, to: ZipArchive, edited: ReadonlySet<string>, removed: ReadonlySet<string>): string | null {
  const gone = new Set([...removed].map((name) => name.toLowerCase()));
  for (const entry of from.entries) {
    const key = entry.name.toLowerCase();
    if (edited.has(key) || gone.has(key)) continue;
    const copy = to.entry(entry.name);
    if (
      !copy ||
      copy.method !== entry.method ||
      copy.crc !== entry.crc ||
      copy.size !== entry.size ||
      copy.compressedSize !== entry.compressedSize
    )
      return entry.name;
  }
  return null;
}

/** The first edited entry of the written zip that does not inflate to its size and checksum; null when none. */
async function checksumsDiffer(zip: ZipArchive, edited: ReadonlySet<string>): Promise<string | null> {
  for (const entry of zip.entries) {
    if (!edited.has(entry.name.toLowerCase())) continue;
    try {
      for await (const piece of zip.pieces(entry.name, 4 << 20)) void piece;
    } catch {
      return entry.name;
    }
  }
  return null;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  return a.error === b.error;
}

/**
 * Where two workbooks' cells differ (the first place, as Sheet!A1), or null when the same sheets
 * (names, in order) hold the same values; only the sheets `compare` names have their cells compared.
 */
export function differenceOf(
  actual: WorkbookData,
  expected: WorkbookData,
  compare: (sheet: string) => boolean = () => true,
): string | null {
  if (actual.date1904 !== expected.date1904) return "date system";
  const names = (book: WorkbookData) => book.sheets.map((s) => s.name).join("\u0000");
  if (names(actual) !== names(expected)) return "sheets";
  for (let i = 0; i < expected.sheets.length; i++) {
    const a = actual.sheets[i];
    const e = expected.sheets[i];
    if (!compare(e.name)) continue;
    const height = Math.max(a.cells.length + (a.origin?.row ?? 0), e.cells.length + (e.origin?.row ?? 0));
    for (let r = 0; r < height; r++) {
      const ra = a.cells[r - (a.origin?.row ?? 0)] ?? [];
      const re = e.cells[r - (e.origin?.row ?? 0)] ?? [];
      const ca = a.origin?.col ?? 0;
      const ce = e.origin?.col ?? 0;
      const width = Math.max(ra.length + ca, re.length + ce);
      for (let c = 0; c < width; c++) {
        if (!sameValue(ra[c - ca] ?? null, re[c - ce] ?? null)) return `${e.name}!${cellAddress(r, c)}`;
      }
    }
  }
  return null;
}
