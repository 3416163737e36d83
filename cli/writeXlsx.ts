import { widestRow } from "../src/workbook/cells";
import { rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Day } from "../src/periods";
import type { CellValue } from "../src/workbook/types";
import type { NewSheet } from "../src/workbook/xlsxWrite/newSheet";
import { newWorkbook } from "../src/workbook/xlsxWrite/newWorkbook";
import { NODE_DEFLATER } from "./zipNode";

/** A cell to write: what Excel stores, or a day to store as a date serial with a Finnish date format. */
export type WritableCell = CellValue | { readonly date: Day } | { readonly formula: string };

export interface WritableSheet {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<WritableCell>>;
  /** Rows (0-based) to set in bold: headers and keys. */
  readonly boldRows?: readonly number[];
  readonly boldFirstColumn?: boolean;
  /** Written hidden (the examples' claims sheet, as `kaste mark-sent` leaves it). */
  readonly hidden?: boolean;
  /**
   * Blocks of rows to mark as Excel Tables (ready for pivot tables and filters): the table's
   * header row `headerRow` (0-based), `rows` data rows below it and `columns` columns from A.
   * Header texts must be unique within a table; its name a valid Excel name, unique in the workbook.
   */
  readonly tables?: ReadonlyArray<{ readonly name: string; readonly headerRow: number; readonly rows: number; readonly columns: number }>;
}

/** A sheet of a new workbook as the writer takes it: every used column 18 characters wide, decimals as money. */
export function newSheetOf(sheet: WritableSheet): NewSheet {
  const width = widestRow(sheet.rows);
  return {
    name: sheet.name,
    rows: sheet.rows,
    ...(sheet.boldRows ? { boldRows: sheet.boldRows } : {}),
    ...(sheet.boldFirstColumn ? { boldFirstColumn: true } : {}),
    ...(sheet.hidden ? { hidden: true } : {}),
    ...(sheet.tables ? { tables: sheet.tables } : {}),
    widths: new Array<number>(width).fill(18),
    decimalsAsMoney: true,
  };
}

/** Writes a new workbook to a temporary file beside `path`, then renames it: an interrupted run leaves no half file. */
export async function writeNewWorkbook(path: string, sheets: readonly NewSheet[]): Promise<void> {
  const bytes = await newWorkbook(sheets, NODE_DEFLATER);
  const target = resolve(path);
  const temporary = join(dirname(target), `.${basename(target)}.kaste-${process.pid}-${Date.now()}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** A new workbook of `sheets`, in order (the writer of kaste template, ledger --format xlsx, programme --out, the examples). */
export async function writeXlsx(path: string, sheets: readonly WritableSheet[]): Promise<void> {
  await writeNewWorkbook(path, sheets.map(newSheetOf));
}
