import { readFile, readdir, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { decodeCsv, parseCsv } from "../src/workbook/csv";
import type { WorkbookData } from "../src/workbook/types";
import { ZipError } from "../src/workbook/zip";
import { readXlsx } from "./readXlsx";

import { InputError } from "./inputError";
export { InputError, formatArg } from "./inputError";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Reads an .xlsx file, or a folder of CSV files (one sheet per file), into the workbook interface. */
export async function readInput(path: string): Promise<WorkbookData> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new InputError(`Tiedostoa ei löydy: ${path}`, `File not found: ${path}`);
  if (info.isDirectory()) return readCsvFolder(path);
  if (extname(path).toLowerCase() === ".csv")
    return { date1904: false, sheets: [parseCsv(decodeCsv(await readFile(path)).text, basename(path, extname(path)))] };
  const bytes = await readFile(path);
  if (bytes.length === 0) throw new InputError(`Tiedosto on tyhjä: ${path}`, `The file is empty: ${path}`);
  if (startsWith(bytes, OLE)) {
    throw new InputError(
      `${path} on salattu tai vanhaa .xls-muotoa: poista salasana tai tallenna Excelissä .xlsx-muodossa.`,
      `${path} is encrypted or an old .xls file: remove the password or save it as .xlsx in Excel.`,
    );
  }
  if (!startsWith(bytes, ZIP)) throw new InputError(`${path} ei ole Excel-työkirja (.xlsx).`, `${path} is not an Excel workbook (.xlsx).`);
  let workbook: WorkbookData;
  try {
    workbook = await readXlsx(bytes);
  } catch (error) {
    if (error instanceof ZipError && error.problem === "too-large") {
      throw new InputError(
        `${path} on liian suuri luettavaksi turvallisesti (${error.message}).`,
        `${path} is too large to read safely (${error.message}).`,
      );
    }
    throw new InputError(
      `${path} on vioittunut tai katkennut .xlsx-tiedosto (${(error as Error).message}).`,
      `${path} is a damaged or truncated .xlsx file (${(error as Error).message}).`,
    );
  }
  if (workbook.sheets.every((sheet) => sheet.cells.length === 0)) {
    throw new InputError(`Työkirja ${path} on tyhjä.`, `The workbook ${path} is empty.`);
  }
  return workbook;
}

async function readCsvFolder(path: string): Promise<WorkbookData> {
  const files = (await readdir(path)).filter((f) => /\.(csv|txt|tsv)$/i.test(f)).sort();
  if (files.length === 0) throw new InputError(`Kansiossa ${path} ei ole CSV-tiedostoja.`, `The folder ${path} holds no CSV files.`);
  const sheets = await Promise.all(
    files.map(async (file) => parseCsv(decodeCsv(await readFile(join(path, file))).text, basename(file, extname(file)))),
  );
  return { date1904: false, sheets };
}
