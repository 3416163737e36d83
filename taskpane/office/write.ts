/**
 * Writes through Office.js. An Office batch is no transaction: when a command fails, the ones
 * before it in the same sync stay done. So each method first checks in one sync what it can
 * (the sheets exist or not, table names, the date system), validates sizes and texts in
 * JavaScript, and only then queues all its writes into one last sync. What can still fail
 * there is Office itself (a protected sheet, a cell in edit mode, a lost connection); then the
 * method undoes what it can before it throws:
 *
 * - insertTables, and writeSheet(s) of a new sheet: the sheets it added are deleted;
 * - writeBlocks: the cells it wrote get back their values, formulas and number formats, read
 *   just before the write (up to RESTORE_CELLS cells; a bigger import is not undone, and bold
 *   copied by styleFromAbove is not undone);
 * - writeSheet(s) of an existing sheet (a generated report, draft or ledger sheet): not undone;
 *   running it again writes it whole.
 */
import { GENERATED_MARK } from "../../src/ledger/generated";
import type { OutBlock, OutSheet } from "../../src/workbook/cells";
import { columnLetter, sheetRef } from "../../src/workbook/address";
import type { CellValue } from "../../src/workbook/types";
import type { ReportSheet } from "../host";
import { officeCellOf, officeGrid, officeText, pointsOfChars } from "./cells";
import type { OfficeGrid } from "./cells";
import { HostError } from "./errors";
import { supportsExcelApi, syncWithDateSystem } from "./read";

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
const MAX_TEXT = 32_767;
const INVALID_SHEET_NAME = /[[\]:*?/\\]/;

function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || INVALID_SHEET_NAME.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new HostError("InvalidSheetName", {
      fi: `Välilehden nimi ei kelpaa Exceliin: "${name}" (enintään 31 merkkiä, ei merkkejä [ ] : * ? / \\).`,
      sv: `Fliknamnet duger inte i Excel: "${name}" (högst 31 tecken, inget av [ ] : * ? / \\).`,
      en: `Not a valid Excel sheet name: "${name}" (at most 31 characters, none of [ ] : * ? / \\).`,
    });
  }
}

function checkGrid(where: string, row: number, col: number, grid: OfficeGrid): void {
  if (row < 0 || col < 0 || row + grid.rows > MAX_ROWS || col + grid.cols > MAX_COLS) {
    throw new HostError("OutOfSheet", {
      fi: `Kirjoitettava alue ei mahdu välilehdelle ${where}.`,
      sv: `Området som ska skrivas ryms inte på fliken ${where}.`,
      en: `The block does not fit on the sheet ${where}.`,
    });
  }
  for (const line of grid.values) {
    for (const value of line) {
      if (typeof value === "string" && value.length > MAX_TEXT) {
        throw new HostError("TextTooLong", {
          fi: `Teksti on liian pitkä Excelin soluun (${value.length} merkkiä, enintään ${MAX_TEXT}).`,
          sv: `En text är för lång för en cell i Excel (${value.length} tecken, högst ${MAX_TEXT}).`,
          en: `A text is too long for an Excel cell (${value.length} characters, at most ${MAX_TEXT}).`,
        });
      }
    }
  }
}

/** Suspends calculation and screen updating until the next sync, where the host has them (ExcelApi 1.6 and 1.9). */
function suspend(context: Excel.RequestContext): void {
  if (supportsExcelApi("1.6")) context.workbook.application.suspendApiCalculationUntilNextSync();
  if (supportsExcelApi("1.9")) context.workbook.application.suspendScreenUpdatingUntilNextSync();
}

interface Prepared {
  /** Sheet name → whether the workbook has it. */
  readonly exists: ReadonlyMap<string, boolean>;
  readonly date1904: boolean;
}

/**
 * The first sync of a write: which of the sheets exist, and the date system when it is not
 * known yet (`known1904`, from the last read). A host that claims ExcelApi 1.16 but does not
 * know `use1904DateSystem` is asked again without it.
 */
async function prepare(
  context: Excel.RequestContext,
  names: readonly string[],
  known1904: boolean | null,
  alsoLoad: () => void = () => {},
): Promise<Prepared> {
  const unique = [...new Set(names)];
  let proxies: Excel.Worksheet[] = [];
  const asked = await syncWithDateSystem(context, known1904 === null && supportsExcelApi("1.16"), () => {
    alsoLoad();
    proxies = unique.map((name) => context.workbook.worksheets.getItemOrNullObject(name).load("name"));
  });
  return { exists: new Map(unique.map((name, i) => [name, !proxies[i].isNullObject])), date1904: asked ?? known1904 ?? false };
}

function putGrid(range: Excel.Range, grid: OfficeGrid): void {
  range.values = grid.values;
  if (grid.formats) range.numberFormat = grid.formats;
}

/** Most cells writeBlocks reads first so that it can put them back when Office fails the write. */
const RESTORE_CELLS = 50_000;

interface Rectangle {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

interface Backup {
  readonly at: Rectangle;
  readonly values: unknown[][];
  readonly formulas: unknown[][];
  readonly formats: unknown[][];
}

/** What the rectangles hold now, or null when they are too many cells to keep. */
async function backupOf(context: Excel.RequestContext, rectangles: readonly Rectangle[]): Promise<Backup[] | null> {
  const cells = rectangles.reduce((sum, r) => sum + r.rows * r.cols, 0);
  if (cells === 0 || cells > RESTORE_CELLS) return null;
  const ranges = rectangles.map((r) =>
    context.workbook.worksheets.getItem(r.sheet).getRangeByIndexes(r.row, r.col, r.rows, r.cols).load("values,formulas,numberFormat"),
  );
  await context.sync();
  return ranges.map((range, i) => ({ at: rectangles[i], values: range.values, formulas: range.formulas, formats: range.numberFormat }));
}

/** A cell as it was: its formula where `formulas` shows one the value is not, else its value (text kept text). */
function restoredCell(value: unknown, formula: unknown): unknown {
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value) return formula;
  return typeof value === "string" ? officeText(value) : value;
}

/** Puts the rectangles back as they were (last first, so overlapping blocks end as before). Best effort. */
async function restore(context: Excel.RequestContext, backups: readonly Backup[]): Promise<void> {
  try {
    for (const backup of [...backups].reverse()) {
      const { sheet, row, col, rows, cols } = backup.at;
      const range = context.workbook.worksheets.getItem(sheet).getRangeByIndexes(row, col, rows, cols);
      range.values = backup.values.map((line, r) => line.map((value, c) => restoredCell(value, backup.formulas[r][c]))) as (
        string | number | boolean
      )[][];
      range.numberFormat = backup.formats as string[][];
    }
    await context.sync();
  } catch {
    // the write's own error is the one to report
  }
}

/** Deletes the sheets of these names that exist now (they did not before the failed write). Best effort. */
async function removeSheets(context: Excel.RequestContext, names: readonly string[]): Promise<void> {
  try {
    const sheets = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name).load("name"));
    await context.sync();
    for (const sheet of sheets) if (!sheet.isNullObject) sheet.delete();
    await context.sync();
  } catch {
    // the write's own error is the one to report
  }
}

export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell).select();
  await context.sync();
}

/** The pane's mark on a cell: a conditional format it added, found again by its id. */
export interface CellMark {
  readonly sheet: string;
  readonly address: string;
  readonly id: string;
}

/** The mark's fill: Excel's light yellow of "Neutral", seen over any fill of hers while it is there. */
const MARK_FILL = "#FFEB9C";

/**
 * Removes the last mark (when she deleted it, or its sheet, nothing is left to remove) and adds a
 * custom conditional format whose rule always holds on `cell`; the new mark, or null.
 */
export async function markCellBatch(
  context: Excel.RequestContext,
  last: CellMark | null,
  sheet: string,
  cell: string | null,
): Promise<CellMark | null> {
  if (last) {
    context.workbook.worksheets.getItem(last.sheet).getRange(last.address).conditionalFormats.getItem(last.id).delete();
    try {
      await context.sync();
    } catch {
      // Gone already: nothing of the pane's is left there
    }
  }
  if (cell === null) return null;
  const format = context.workbook.worksheets.getItem(sheet).getRange(cell).conditionalFormats.add(Excel.ConditionalFormatType.custom);
  format.custom.rule.formula = "=TRUE";
  format.custom.format.fill.color = MARK_FILL;
  format.load("id");
  await context.sync();
  return { sheet, address: cell, id: format.id };
}

export async function writeOneCell(context: Excel.RequestContext, sheet: string, cell: string, value: CellValue): Promise<void> {
  // a CellValue holds no day: the date system does not matter here
  const office = officeCellOf(value, false);
  const range = context.workbook.worksheets.getItem(sheet).getRange(cell);
  range.values = [[office.value]];
  await context.sync();
}

export async function writeBlocksBatch(
  context: Excel.RequestContext,
  blocks: readonly OutBlock[],
  known1904: boolean | null,
): Promise<void> {
  if (blocks.length === 0) return;
  const { exists, date1904 } = await prepare(
    context,
    blocks.map((b) => b.sheet),
    known1904,
  );
  const grids = blocks.map((block) => {
    const grid = officeGrid(block.rows, date1904);
    checkGrid(block.sheet, block.row, block.col, grid);
    return grid;
  });
  const missing = [...exists].filter(([, found]) => !found).map(([name]) => name);
  if (missing.length > 0) {
    throw new HostError("ItemNotFound", {
      fi: `Välilehteä ei löydy: ${missing.join(", ")}.`,
      sv: `Fliken finns inte: ${missing.join(", ")}.`,
      en: `No such sheet: ${missing.join(", ")}.`,
    });
  }
  const backups = await backupOf(
    context,
    blocks
      .map((block, i) => ({ sheet: block.sheet, row: block.row, col: block.col, rows: grids[i].rows, cols: grids[i].cols }))
      .filter((r) => r.rows > 0 && r.cols > 0),
  );
  // copyFrom is ExcelApi 1.9; without it the rows keep Excel's default style (an Excel table styles its new rows itself)
  const canCopyStyles = supportsExcelApi("1.9");
  suspend(context);
  blocks.forEach((block, i) => {
    const grid = grids[i];
    if (grid.rows === 0 || grid.cols === 0) return;
    const worksheet = context.workbook.worksheets.getItem(block.sheet);
    const target = worksheet.getRangeByIndexes(block.row, block.col, grid.rows, grid.cols);
    if (block.styleFromAbove && block.row > 0 && canCopyStyles) {
      target.copyFrom(worksheet.getRangeByIndexes(block.row - 1, block.col, 1, grid.cols), "Formats");
    }
    putGrid(target, grid);
  });
  try {
    await context.sync();
  } catch (error) {
    if (backups) await restore(context, backups);
    throw error;
  }
}

/**
 * Writes each sheet whole, in order, in one batch: a new sheet is added, an existing one is
 * emptied (its cells, charts and tables) and written again, so formulas elsewhere that point
 * into it keep working. A sheet's `tables` become Excel Tables, named as asked unless a table
 * of another sheet has that name already.
 */
export async function writeReportSheets(
  context: Excel.RequestContext,
  sheets: readonly ReportSheet[],
  known1904: boolean | null,
): Promise<void> {
  if (sheets.length === 0) return;
  sheets.forEach((sheet) => checkSheetName(sheet.name));
  const withTables = sheets.some((sheet) => (sheet.tables ?? []).length > 0);
  const workbookTables = context.workbook.tables;
  const { exists, date1904 } = await prepare(
    context,
    sheets.map((s) => s.name),
    known1904,
    () => {
      if (withTables) workbookTables.load("items/name");
    },
  );
  const grids = sheets.map((sheet) => {
    const grid = officeGrid(sheet.rows, date1904, "");
    checkGrid(sheet.name, 0, 0, grid);
    sheet.tables?.forEach((table) => checkGrid(sheet.name, table.headerRow, 0, { ...grid, rows: table.rows + 1, cols: table.columns }));
    return grid;
  });
  const added = sheets.filter((sheet) => !exists.get(sheet.name)).map((sheet) => sheet.name);
  // A sheet written before may have its charts and tables: found in a second look, only then
  const before = sheets.map((sheet) => {
    if (!exists.get(sheet.name)) return null;
    const worksheet = context.workbook.worksheets.getItem(sheet.name);
    return {
      worksheet,
      charts: worksheet.charts.load("items/name"),
      tables: worksheet.tables.load("items/name"),
      first: worksheet.getRange("A1").load("values"),
      used: worksheet.getUsedRangeOrNullObject(true).load("address"),
    };
  });
  if (before.some((b) => b !== null)) await context.sync();
  // Only a sheet KASTE Ledger wrote (its A1 carries the mark) or a blank one is emptied: never hers
  sheets.forEach((sheet, i) => {
    const existing = before[i];
    const first: unknown = existing?.first.values[0]?.[0];
    if (existing && !existing.used.isNullObject && !(typeof first === "string" && first.startsWith(GENERATED_MARK))) {
      throw new HostError("SheetNotOurs", {
        fi: `Työkirjassa on jo oma välilehti ${sheet.name}, jota KASTE Ledger ei ole kirjoittanut. Mitään ei kirjoitettu: nimeä välilehti uudelleen ja yritä sitten uudelleen.`,
        sv: `Arbetsboken har redan en egen flik ${sheet.name} som KASTE Ledger inte har skrivit. Inget skrevs: byt namn på fliken och försök sedan igen.`,
        en: `The workbook already has its own sheet ${sheet.name}, not written by KASTE Ledger. Nothing was written: rename that sheet and try again.`,
      });
    }
  });
  const ownTables = new Set(before.flatMap((b) => (b ? b.tables.items.map((t) => t.name.toLowerCase()) : [])));
  const taken = new Set(withTables ? workbookTables.items.map((t) => t.name.toLowerCase()).filter((name) => !ownTables.has(name)) : []);

  suspend(context);
  sheets.forEach((sheet, i) => {
    const existing = before[i];
    const worksheet = existing?.worksheet ?? context.workbook.worksheets.add(sheet.name);
    if (existing) {
      // the same sheet, emptied: its tables first (a table's cells are its own), then everything else
      for (const table of existing.tables.items) table.delete();
      worksheet.getRange().clear("All");
      for (const chart of existing.charts.items) chart.delete();
    }
    writeReportBody(worksheet, sheet, grids[i], taken);
  });
  try {
    await context.sync();
  } catch (error) {
    if (added.length > 0) await removeSheets(context, added);
    throw error;
  }
}

/** One sheet's rows, links, chart, tables and visibility, queued. */
function writeReportBody(worksheet: Excel.Worksheet, sheet: ReportSheet, grid: OfficeGrid, taken: Set<string>): void {
  writeSheetBody(worksheet, sheet, grid);
  for (const link of sheet.links ?? []) {
    const cell = worksheet.getRangeByIndexes(link.row, link.col, 1, 1);
    const shown = sheet.rows[link.row]?.[link.col];
    cell.hyperlink = {
      documentReference: `${sheetRef(link.target.sheet)}!${link.target.cell}`,
      ...(typeof shown === "string" && shown !== "" ? { textToDisplay: shown } : {}),
      screenTip: `${link.target.sheet}!${link.target.cell}`,
    };
  }
  if (sheet.chart) {
    const { title, firstRow, lastRow, firstCol, lastCol } = sheet.chart;
    const source = worksheet.getRangeByIndexes(firstRow, firstCol, lastRow - firstRow + 1, lastCol - firstCol + 1);
    const chart = worksheet.charts.add("BarClustered", source, "Columns");
    chart.title.text = title;
    chart.setPosition(`${columnLetter(lastCol + 2)}${firstRow + 1}`);
  }
  for (const table of sheet.tables ?? []) {
    const address = `A${table.headerRow + 1}:${columnLetter(table.columns - 1)}${table.headerRow + 1 + table.rows}`;
    const added = worksheet.tables.add(address, true);
    const name = tableNameOf(table.name, taken);
    taken.add(name.toLowerCase());
    added.name = name;
  }
  worksheet.visibility = sheet.hidden ? "Hidden" : "Visible";
}

/** Rows from A1, bold rows and column widths. */
function writeSheetBody(worksheet: Excel.Worksheet, sheet: OutSheet, grid: OfficeGrid): void {
  if (grid.rows > 0 && grid.cols > 0) putGrid(worksheet.getRangeByIndexes(0, 0, grid.rows, grid.cols), grid);
  for (const row of sheet.boldRows ?? []) {
    const width = Math.max(1, sheet.rows[row]?.length ?? 0);
    worksheet.getRangeByIndexes(row, 0, 1, width).format.font.bold = true;
  }
  (sheet.widths ?? []).forEach((chars, col) => {
    worksheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = pointsOfChars(chars);
  });
}

/**
 * Whether a sheet's first row is a table header: every cell a distinct, non-empty text.
 * Key/value sheets (Hanke, Asetukset: a key and an empty or numeric value) are not.
 */
function hasHeaderRow(sheet: OutSheet): boolean {
  const first = sheet.rows[0];
  if (!first || first.length === 0) return false;
  const texts = first.map((cell) => (typeof cell === "string" ? cell.trim().toLowerCase() : ""));
  return texts.every((t) => t !== "") && new Set(texts).size === texts.length;
}

/** An Excel table name from a sheet name: letters, digits and `_`, not like a cell address, unique in the workbook. */
function tableNameOf(sheetName: string, taken: ReadonlySet<string>): string {
  let base =
    sheetName
      .normalize("NFC")
      .replace(/[^\p{L}\p{N}_]+/gu, "_")
      .replace(/^_+|_+$/g, "") || "Taulukko";
  if (!/^[\p{L}_]/u.test(base) || /^[A-Za-z]{1,3}\d+$/.test(base) || /^[rc]$/i.test(base)) base = `t_${base}`;
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}${n}`;
  return name;
}

export async function insertTablesBatch(
  context: Excel.RequestContext,
  sheets: readonly OutSheet[],
  known1904: boolean | null,
): Promise<void> {
  if (sheets.length === 0) return;
  const names = sheets.map((s) => s.name);
  names.forEach(checkSheetName);
  const duplicate = names.find((name, i) => names.findIndex((n) => n.toLowerCase() === name.toLowerCase()) !== i);
  if (duplicate)
    throw new HostError("DuplicateSheet", {
      fi: `Välilehti ${duplicate} on annettu kahdesti.`,
      sv: `Fliken ${duplicate} har angetts två gånger.`,
      en: `The sheet ${duplicate} is given twice.`,
    });
  const tables = context.workbook.tables;
  const { exists, date1904 } = await prepare(context, names, known1904, () => tables.load("items/name"));
  const grids = sheets.map((sheet) => {
    const grid = officeGrid(sheet.rows, date1904, "");
    checkGrid(sheet.name, 0, 0, grid);
    return grid;
  });
  const clashing = [...exists].filter(([, found]) => found).map(([name]) => name);
  if (clashing.length > 0) {
    throw new HostError("SheetExists", {
      fi: `Työkirjassa on jo välilehti ${clashing.join(", ")}. Uusia taulukoita ei lisätty; nimeä tai poista välilehti ensin.`,
      sv: `Arbetsboken har redan fliken ${clashing.join(", ")}. Inga tabeller infogades; byt namn på fliken eller ta bort den först.`,
      en: `The workbook already has the sheet ${clashing.join(", ")}. No tables were inserted; rename or delete that sheet first.`,
    });
  }
  const taken = new Set(tables.items.map((t) => t.name.toLowerCase()));

  suspend(context);
  sheets.forEach((sheet, i) => {
    const worksheet = context.workbook.worksheets.add(sheet.name);
    const grid = grids[i];
    writeSheetBody(worksheet, sheet, grid);
    if (hasHeaderRow(sheet)) {
      const height = Math.max(grid.rows, 2); // a table is its header and at least one row
      const table = worksheet.tables.add(`A1:${columnLetter(grid.cols - 1)}${height}`, true);
      const name = tableNameOf(sheet.name, taken);
      taken.add(name.toLowerCase());
      table.name = name;
    }
    if (sheet.hidden) worksheet.visibility = "Hidden";
  });
  try {
    await context.sync();
  } catch (error) {
    await removeSheets(context, names);
    throw error;
  }
}
