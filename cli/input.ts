import { readFile, readdir, stat } from "node:fs/promises";
import type { Stats } from "node:fs";
import { basename, extname, join } from "node:path";
import { CellReferenceError } from "../src/workbook/cellLimits";
import { decodeCsv, parseCsv } from "../src/workbook/csv";
import { OLE, ZIP, isWorkbookBytes, startsWith, textKind } from "../src/workbook/fileKind";
import type { WorkbookData } from "../src/workbook/types";
import { fileReason } from "../src/workbook/fileError";
import { ZipArchive, ZipError } from "../src/workbook/zip";
import { BinaryWorkbookError, NoWorkbookError, isOpenDocument } from "../src/workbook/xlsxPackage";
import { readXlsxArchive } from "./readXlsx";
import { NODE_INFLATER } from "./zipNode";

import { InputError } from "./inputError";
export { InputError, formatArg } from "./inputError";

/** Node reads at most 2 GiB into one buffer; a bigger file is refused before reading, with a reason. */
export const MAX_INPUT_BYTES = 2 ** 31 - 1;

/** Why a path cannot be opened, in one line each language: the error of stat, or the kind of thing it is. */
function unreadable(path: string, reason: "missing" | "denied" | "special" | "folder" | "tooLarge" | "other", detail = ""): InputError {
  switch (reason) {
    case "missing":
      return new InputError(`Tiedostoa ei löydy: ${path}`, `File not found: ${path}`, `Filen finns inte: ${path}`);
    case "denied":
      return new InputError(`Ei lukuoikeutta: ${path}`, `Permission denied: ${path}`, `Läsrättighet saknas: ${path}`);
    case "special":
      return new InputError(
        `${path} ei ole tavallinen tiedosto (${detail}); anna .xlsx-tiedosto tai CSV-kansio.`,
        `${path} is not a regular file (${detail}); give an .xlsx file or a CSV folder.`,
        `${path} är inte en vanlig fil (${detail}); ange en .xlsx-fil eller en CSV-mapp.`,
      );
    case "folder":
      return new InputError(
        `${path} on kansio; tähän tarvitaan tiedosto.`,
        `${path} is a folder; a file is needed here.`,
        `${path} är en mapp; här behövs en fil.`,
      );
    case "tooLarge":
      return new InputError(
        `${path} on liian suuri luettavaksi (${detail}; enintään 2 GiB).`,
        `${path} is too large to read (${detail}; at most 2 GiB).`,
        `${path} är för stor att läsa (${detail}; högst 2 GiB).`,
      );
    default:
      return new InputError(
        `Tiedostoa ${path} ei voi lukea: ${detail}`,
        `Cannot read ${path}: ${detail}`,
        `Filen ${path} kan inte läsas: ${detail}`,
      );
  }
}

/** A read error (permission, a folder, …) as an InputError; anything else is left to the catch-all. */
function readError(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return unreadable(path, "missing");
  if (code === "EACCES" || code === "EPERM") return unreadable(path, "denied");
  if (code === "EISDIR") return unreadable(path, "folder");
  if (code === "ERR_FS_FILE_TOO_LARGE") return unreadable(path, "tooLarge", "> 2 GiB");
  return unreadable(path, "other", code ?? (error as Error).message);
}

function gib(bytes: number): string {
  return `${(bytes / 2 ** 30).toFixed(1)} GiB`;
}

/**
 * What is at `path`, refused in one line unless it is a regular file that fits in memory (or, with `folders`, a folder):
 * a named pipe, a socket or a device is never opened, since reading one can block for ever.
 */
export async function inputStats(path: string, { folders }: { folders: boolean }): Promise<Stats> {
  const info = await stat(path).catch((error: unknown) => {
    throw readError(path, error);
  });
  if (info.isDirectory()) {
    if (!folders) throw unreadable(path, "folder");
    return info;
  }
  if (!info.isFile()) {
    const kind = info.isFIFO() ? "named pipe / FIFO" : info.isSocket() ? "socket" : "device";
    throw unreadable(path, "special", kind);
  }
  if (info.size > MAX_INPUT_BYTES) throw unreadable(path, "tooLarge", gib(info.size));
  return info;
}

/** The bytes of a file that `inputStats` let through; a read error becomes one line. */
export async function readInputFile(path: string): Promise<Buffer> {
  return readFile(path).catch((error: unknown) => {
    throw readError(path, error);
  });
}

/** Reads an .xlsx file, or a folder of CSV files (one sheet per file), into the workbook interface. */
export async function readInput(path: string): Promise<WorkbookData> {
  return (await readInputBook(path)).workbook;
}

/**
 * Reads an input as `readInput` does, and keeps the bytes of an .xlsx (null for CSV): a write
 * command edits the same bytes it read, so the file is read once.
 */
export async function readInputBook(path: string): Promise<{ workbook: WorkbookData; zip: ZipArchive | null }> {
  const info = await inputStats(path, { folders: true });
  if (info.isDirectory()) return { workbook: await readCsvFolder(path), zip: null };
  const bytes = await readInputFile(path);
  // a workbook saved or renamed as .csv is read as the workbook it is; Excel saves "Unicode text" as .txt
  if (CSV_NAME.test(path) && !isWorkbookBytes(bytes))
    return { workbook: { date1904: false, sheets: [parseCsv(decodeCsv(bytes).text, basename(path, extname(path)))] }, zip: null };
  // the sheets read stay inflated (up to 256 MB) for the edit that follows, which then inflates none again
  const zip = { current: null as ZipArchive | null };
  const workbook = await xlsxInput(path, bytes, (archive) => {
    archive.remember(256 << 20);
    zip.current = archive;
  });
  return { workbook, zip: zip.current };
}

/** The names read as CSV text (a file each, or the files of a folder). */
export const CSV_NAME = /\.(csv|txt|tsv)$/i;

/** The stream names, as a compound file's directory holds them (UTF-16), of an encrypted .xlsx and of an .xls. */
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");
const XLS_WORKBOOK = Buffer.from("Workbook", "utf16le");

/**
 * What a compound (OLE) file is, said with what to do: Excel keeps a password-protected .xlsx
 * encrypted in one (its `EncryptedPackage` stream), and an old .xls is one (its `Workbook`).
 */
function oleFile(path: string, bytes: Buffer): InputError {
  if (bytes.includes(ENCRYPTED_PACKAGE))
    return new InputError(
      `${path} on suojattu salasanalla: avaa se Excelissä, poista salasana (Tiedosto → Tiedot → Suojaa työkirja → Salaa salasanalla) ja tallenna.`,
      `${path} is protected with a password: open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password) and save it.`,
      `${path} är skyddad med lösenord: öppna den i Excel, ta bort lösenordet (Arkiv → Info → Skydda arbetsbok → Kryptera med lösenord) och spara den.`,
    );
  if (bytes.includes(XLS_WORKBOOK))
    return new InputError(
      `${path} on vanhaa .xls-muotoa: avaa se Excelissä ja tallenna .xlsx-muodossa (Tallenna nimellä → Excel-työkirja).`,
      `${path} is an old .xls file: open it in Excel and save it as .xlsx (Save As → Excel Workbook).`,
      `${path} är en gammal .xls-fil: öppna den i Excel och spara den som .xlsx (Spara som → Excel-arbetsbok).`,
    );
  return new InputError(
    `${path} on salattu tai vanhaa .xls-muotoa: poista salasana tai tallenna Excelissä .xlsx-muodossa.`,
    `${path} is encrypted or an old .xls file: remove the password or save it as .xlsx in Excel.`,
    `${path} är krypterad eller en gammal .xls-fil: ta bort lösenordet eller spara den som .xlsx i Excel.`,
  );
}

/** Why bytes that are no zip cannot be read as a workbook, and what to do, in one line each language. */
function notWorkbook(path: string, bytes: Uint8Array): InputError {
  const saveAs = {
    fi: "avaa se Excelissä ja tallenna .xlsx-muodossa (Tallenna nimellä → Excel-työkirja)",
    en: "open it in Excel and save it as .xlsx (Save As → Excel Workbook)",
    sv: "öppna den i Excel och spara den som .xlsx (Spara som → Excel-arbetsbok)",
  };
  switch (textKind(bytes)) {
    case "text":
      return new InputError(
        `${path} ei ole Excel-työkirja vaan tekstitiedosto (CSV): nimeä se .csv-päätteiseksi tai ${saveAs.fi}.`,
        `${path} is not an Excel workbook but a text (CSV) file: rename it to .csv, or ${saveAs.en}.`,
        `${path} är inte en Excel-arbetsbok utan en textfil (CSV): byt namn till .csv, eller ${saveAs.sv}.`,
      );
    case "html":
      return new InputError(
        `${path} ei ole Excel-työkirja vaan verkkosivu (HTML), kuten jotkin järjestelmät vievät taulukoita: ${saveAs.fi}.`,
        `${path} is not an Excel workbook but a web page (HTML), as some systems export tables: ${saveAs.en}.`,
        `${path} är inte en Excel-arbetsbok utan en webbsida (HTML), som vissa system exporterar tabeller: ${saveAs.sv}.`,
      );
    case "spreadsheetXml":
      return new InputError(
        `${path} on Excel 2003:n XML-taulukko, ei .xlsx-työkirja: ${saveAs.fi}.`,
        `${path} is an Excel 2003 XML spreadsheet, not an .xlsx workbook: ${saveAs.en}.`,
        `${path} är ett XML-kalkylblad från Excel 2003, inte en .xlsx-arbetsbok: ${saveAs.sv}.`,
      );
    case "flatOpenDocument":
      return new InputError(
        `${path} on OpenDocument-tiedosto (.fods): tallenna se LibreOfficessa tai Excelissä .xlsx-muodossa (Tallenna nimellä → Excel 2007–365).`,
        `${path} is an OpenDocument file (.fods): save it as .xlsx in LibreOffice or Excel (Save As → Excel 2007–365).`,
        `${path} är en OpenDocument-fil (.fods): spara den som .xlsx i LibreOffice eller Excel (Spara som → Excel 2007–365).`,
      );
    default:
      return new InputError(
        `${path} ei ole Excel-työkirja (.xlsx): ${saveAs.fi}.`,
        `${path} is not an Excel workbook (.xlsx): ${saveAs.en}.`,
        `${path} är inte en Excel-arbetsbok (.xlsx): ${saveAs.sv}.`,
      );
  }
}

/**
 * An .xlsx's bytes read into the workbook interface, a file the reader cannot follow one line (exit 2);
 * `opened` sees the zip before it is read. Any other failure is ours and is thrown as it is.
 */
export async function xlsxInput(path: string, bytes: Buffer, opened?: (zip: ZipArchive) => void): Promise<WorkbookData> {
  if (bytes.length === 0) throw new InputError(`Tiedosto on tyhjä: ${path}`, `The file is empty: ${path}`, `Filen är tom: ${path}`);
  if (startsWith(bytes, OLE)) throw oleFile(path, bytes);
  if (isOpenDocument(bytes))
    throw new InputError(
      `${path} on OpenDocument-tiedosto (.ods): tallenna se LibreOfficessa tai Excelissä .xlsx-muodossa (Tallenna nimellä → Excel 2007–365).`,
      `${path} is an OpenDocument file (.ods): save it as .xlsx in LibreOffice or Excel (Save As → Excel 2007–365).`,
      `${path} är en OpenDocument-fil (.ods): spara den som .xlsx i LibreOffice eller Excel (Spara som → Excel 2007–365).`,
    );
  if (!startsWith(bytes, ZIP)) throw notWorkbook(path, bytes);
  let workbook: WorkbookData;
  try {
    const zip = new ZipArchive(bytes, NODE_INFLATER);
    opened?.(zip);
    workbook = await readXlsxArchive(zip);
  } catch (error) {
    if (error instanceof CellReferenceError) {
      throw new InputError(
        `${path} on vioittunut .xlsx-tiedosto: ${error.says("fi")}.`,
        `${path} is a damaged .xlsx file: ${error.says("en")}.`,
        `${path} är en skadad .xlsx-fil: ${error.says("sv")}.`,
      );
    }
    if (error instanceof BinaryWorkbookError) {
      throw new InputError(
        `${path} on Excelin binäärityökirja (.xlsb): avaa se Excelissä ja tallenna .xlsx-muodossa (Tallenna nimellä → Excel-työkirja).`,
        `${path} is an Excel binary workbook (.xlsb): open it in Excel and save it as .xlsx (Save As → Excel Workbook).`,
        `${path} är en binär Excel-arbetsbok (.xlsb): öppna den i Excel och spara den som .xlsx (Spara som → Excel-arbetsbok).`,
      );
    }
    if (error instanceof NoWorkbookError) {
      throw new InputError(
        `${path} on zip-paketti, jossa ei ole Excel-työkirjaa (onko se Word- tai PowerPoint-tiedosto?): anna .xlsx-työkirja.`,
        `${path} is a zip package with no Excel workbook inside (a Word or PowerPoint file?): give the .xlsx workbook.`,
        `${path} är ett zip-paket utan Excel-arbetsbok (en Word- eller PowerPoint-fil?): ange .xlsx-arbetsboken.`,
      );
    }
    if (error instanceof ZipError && error.problem === "too-large") {
      throw new InputError(
        `${path} on liian suuri luettavaksi turvallisesti (${error.says("fi")}).`,
        `${path} is too large to read safely (${error.says("en")}).`,
        `${path} är för stor för att läsas säkert (${error.says("sv")}).`,
      );
    }
    // A reader's fault, not the file's, is an internal error (exit 3, please report), never a damaged file
    const reason = fileReason(error);
    if (!reason) throw error;
    throw new InputError(
      `${path} on vioittunut tai katkennut .xlsx-tiedosto (${reason.fi}).`,
      `${path} is a damaged or truncated .xlsx file (${reason.en}).`,
      `${path} är en skadad eller avbruten .xlsx-fil (${reason.sv}).`,
    );
  }
  if (workbook.sheets.every((sheet) => sheet.cells.length === 0)) {
    throw new InputError(`Työkirja ${path} on tyhjä.`, `The workbook ${path} is empty.`, `Arbetsboken ${path} är tom.`);
  }
  return workbook;
}

async function readCsvFolder(path: string): Promise<WorkbookData> {
  const names = await readdir(path).catch((error: unknown) => {
    throw readError(path, error);
  });
  const files = names.filter((f) => CSV_NAME.test(f)).sort();
  if (files.length === 0)
    throw new InputError(
      `Kansiossa ${path} ei ole CSV-tiedostoja.`,
      `The folder ${path} holds no CSV files.`,
      `Mappen ${path} innehåller inga CSV-filer.`,
    );
  const sheets = await Promise.all(
    files.map(async (file) => {
      const at = join(path, file);
      await inputStats(at, { folders: false });
      return parseCsv(decodeCsv(await readInputFile(at)).text, basename(file, extname(file)));
    }),
  );
  return { date1904: false, sheets };
}
