/**
 * Reading the whole workbook in few round trips. The number of `context.sync()` calls does
 * not grow with rows:
 *
 * 1. the sheet names (and `use1904DateSystem` where the host has ExcelApi 1.16);
 * 2. each sheet's used range by values (`getUsedRangeOrNullObject(true)`): where and how big,
 *    and its merged blocks (ExcelApi 1.13);
 * 3. the values of every used range, all sheets in one request.
 *
 * Three syncs, whatever the rows, as long as one request may carry all the values. Office
 * caps a read at 5 million cells, and Excel on the web caps a response at 5 MB; over a cap the
 * values are read in groups of row chunks, one sync per group (rows per chunk from the column
 * count):
 *
 * - Excel on the web (`Office.context.platform` OfficeOnline): the first group is sized by a
 *   guess of 16 bytes a cell, the following ones by the bytes a cell took in the groups read
 *   so far (with a margin). A 100 000-row ledger is then 2 + about 4 syncs.
 * - Elsewhere (desktop: no byte cap) only the cell cap cuts: a million-cell ledger is three
 *   syncs.
 * - When Office refuses a group anyway (ResponsePayloadSizeLimitExceeded, RangeExceedsLimit),
 *   the rest is read in groups of half the size: one failed sync more.
 */
import type { CellRange, CellValue, SheetData, WorkbookData } from "../../src/workbook/types";
import { ReadCancelled } from "../host";
import { rowFromOfficeInPlace } from "./cells";
import { HostError } from "./errors";
import { blocksOfAreas } from "./mergedAreas";

export interface ReadLimits {
  /** Most cells in one request (Office: 5 million for a read). */
  readonly maxCellsPerSync: number;
  /** Most bytes in one response (Excel on the web: 5 MB). */
  readonly maxPayloadBytes: number;
  /** Bytes a cell is guessed to take in a response, for sizing chunks before any was read. */
  readonly bytesPerCell: number;
  /** Whether responses are capped at maxPayloadBytes; by default, on Excel on the web only. */
  readonly payloadCapped?: boolean;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxCellsPerSync: 5_000_000, maxPayloadBytes: 5 * 1024 * 1024, bytesPerCell: 16 };

/** Part of the byte cap a planned group may fill: room for JSON escapes and multi-byte letters the measure misses. */
const PAYLOAD_MARGIN = 0.8;

/** The least a cell takes in the JSON of `values` (`"",`): over the byte cap by this, a single read cannot work. */
const MIN_BYTES_PER_CELL = 3;

/** A piece of one sheet's used range: `rowCount` rows from `rowOffset` within it. */
export interface ReadPiece {
  readonly sheet: number;
  readonly rowOffset: number;
  readonly rowCount: number;
}

export interface UsedRange {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** Whole used ranges as pieces to read. */
function wholeSheets(used: ReadonlyArray<UsedRange | null>): ReadPiece[] {
  return used.flatMap((range, sheet) => (range ? [{ sheet, rowOffset: 0, rowCount: range.rowCount }] : []));
}

/**
 * The next request: pieces from the front of `pending` while they fit in `budget` cells (a
 * piece that does not fit whole is cut after as many rows as fit), and what is left.
 */
function nextGroup(
  pending: readonly ReadPiece[],
  used: ReadonlyArray<UsedRange | null>,
  budget: number,
): { group: ReadPiece[]; rest: ReadPiece[] } {
  const group: ReadPiece[] = [];
  let cells = 0;
  for (let i = 0; i < pending.length; i++) {
    const piece = pending[i];
    const columns = usedOf(used, piece).columnCount;
    const room = Math.floor((budget - cells) / columns);
    if (room >= piece.rowCount) {
      group.push(piece);
      cells += piece.rowCount * columns;
      continue;
    }
    if (room >= 1) {
      group.push({ ...piece, rowCount: room });
      return { group, rest: [{ ...piece, rowOffset: piece.rowOffset + room, rowCount: piece.rowCount - room }, ...pending.slice(i + 1)] };
    }
    if (group.length === 0) {
      throw new HostError("TooLarge", {
        fi: `Välilehdellä on liian monta saraketta luettavaksi (${columns}).`,
        sv: `En flik har för många kolumner för att läsas (${columns}).`,
        en: `A sheet has too many columns to read (${columns}).`,
      });
    }
    return { group, rest: pending.slice(i) };
  }
  return { group, rest: [] };
}

/** All the requests a read makes under a budget (for tests and the docs' sync counts). */
export function planReads(used: ReadonlyArray<UsedRange | null>, budget: number): ReadPiece[][] {
  const groups: ReadPiece[][] = [];
  for (let pending = wholeSheets(used); pending.length > 0;) {
    const { group, rest } = nextGroup(pending, used, budget);
    groups.push(group);
    pending = rest;
  }
  return groups;
}

/** The cells the first request may carry, for a read of `totalCells`. */
function firstBudget(totalCells: number, limits: ReadLimits, capped: boolean): number {
  const certainlyTooBig = totalCells * MIN_BYTES_PER_CELL > limits.maxPayloadBytes;
  return capped || certainlyTooBig ? Math.min(limits.maxCellsPerSync, chunkBudget(limits, limits.bytesPerCell)) : limits.maxCellsPerSync;
}

function chunkBudget(limits: ReadLimits, bytesPerCell: number): number {
  return Math.max(1, Math.floor((limits.maxPayloadBytes * PAYLOAD_MARGIN) / Math.max(bytesPerCell, MIN_BYTES_PER_CELL)));
}

/** About the bytes of `values` as JSON (a string's characters and quotes, a number's digits, separators). */
function jsonBytesOf(values: readonly (readonly unknown[])[]): number {
  let bytes = 2;
  for (const row of values) {
    bytes += 3;
    for (const value of row)
      bytes += (typeof value === "string" ? value.length + 2 : typeof value === "number" ? String(value).length : 5) + 1;
  }
  return bytes;
}

/** Whether the add-in runs in Excel on the web, whose responses are capped at 5 MB. */
function isWebHost(): boolean {
  try {
    return typeof Office !== "undefined" && String(Office.context?.platform) === "OfficeOnline";
  } catch {
    return false;
  }
}

const TOO_BIG = new Set(["ResponsePayloadSizeLimitExceeded", "RangeExceedsLimit", "RequestPayloadSizeLimitExceeded"]);

function isTooBig(error: unknown): boolean {
  return typeof error === "object" && error !== null && TOO_BIG.has((error as { code?: string }).code ?? "");
}

/** Errors of a host that does not know a property it was asked to load. */
const UNKNOWN_API = new Set(["ApiNotFound", "InvalidArgument", "NotImplemented", "PropertyNotLoaded"]);

function isUnknownApi(error: unknown): boolean {
  return typeof error === "object" && error !== null && UNKNOWN_API.has((error as { code?: string }).code ?? "");
}

/** Whether the host has this ExcelApi requirement set (false outside Office). */
export function supportsExcelApi(version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
  } catch {
    return false;
  }
}

/**
 * The first sync of a read or a write: what `load` queues, and the date system too when `ask`
 * (`use1904DateSystem`, ExcelApi 1.16). A host that claims 1.16 but does not know the property
 * is asked again without it. The date system, or null when it was not learnt.
 */
export async function syncWithDateSystem(context: Excel.RequestContext, ask: boolean, load: () => void): Promise<boolean | null> {
  if (ask) context.workbook.load("use1904DateSystem");
  load();
  try {
    await context.sync();
  } catch (error) {
    if (!ask || !isUnknownApi(error)) throw error;
    load();
    await context.sync();
    return null;
  }
  return ask ? (context.workbook as unknown as { use1904DateSystem?: boolean }).use1904DateSystem === true : null;
}

/**
 * The sync that reads what `load` queues (the used ranges) and each sheet's merged blocks
 * (ExcelApi 1.13): the ledger reads a block's value for every row it covers, as it does from an
 * .xlsx, so an invoice merged over its lines gives the pane the findings the CLI gives. None on
 * older hosts; when the call fails (a host that claims 1.13 but does not know it, an answer over
 * Office's size limit) the used ranges are asked again without it.
 */
async function syncWithMergedBlocks(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  load: () => void,
): Promise<CellRange[][]> {
  load();
  const areas = supportsExcelApi("1.13") ? sheets.map((sheet) => sheet.getRange().getMergedAreasOrNullObject().load("address")) : null;
  try {
    await context.sync();
  } catch (error) {
    // without the merged blocks rather than no read at all: a host that does not know the call, or a sheet of so many blocks that the answer is too big
    if (!areas || !(isUnknownApi(error) || isTooBig(error))) throw error;
    load();
    await context.sync();
    return sheets.map(() => []);
  }
  return sheets.map((_, i) => (areas && !areas[i].isNullObject ? blocksOfAreas(areas[i].address) : []));
}

export async function readWorkbook(
  context: Excel.RequestContext,
  limits: ReadLimits,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<WorkbookData> {
  // Checked after each round trip: Office cannot stop a sync under way, the pane need not wait for the next
  const stopIfCancelled = () => {
    if (signal?.aborted) throw new ReadCancelled();
  };
  const worksheets = context.workbook.worksheets;
  // hosts that cannot say are taken to use the 1900 system (as nearly every workbook does)
  const date1904 =
    (await syncWithDateSystem(context, supportsExcelApi("1.16"), () => worksheets.load("items/name,items/visibility"))) ?? false;
  const sheets = worksheets.items;

  let usedRanges: Excel.Range[] = [];
  const loadUsedRanges = () => {
    usedRanges = sheets.map((sheet) => sheet.getUsedRangeOrNullObject(true).load("address,rowIndex,columnIndex,rowCount,columnCount"));
  };
  const merged = await syncWithMergedBlocks(context, sheets, loadUsedRanges);
  stopIfCancelled();
  const used: (UsedRange | null)[] = usedRanges.map((range) =>
    range.isNullObject
      ? null
      : { rowIndex: range.rowIndex, columnIndex: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount },
  );

  const totalRows = used.reduce((sum, range) => sum + (range?.rowCount ?? 0), 0);
  const totalCells = used.reduce((sum, range) => sum + (range ? range.rowCount * range.columnCount : 0), 0);
  onProgress?.(0, totalRows);
  const cells: CellValue[][][] = sheets.map(() => []);
  const capped = limits.payloadCapped ?? isWebHost();
  let budget = firstBudget(totalCells, limits, capped);
  let pending = wholeSheets(used);
  let done = 0;
  let cellsRead = 0;
  let bytesRead = 0;
  // once Office refused a group, no later group is planned bigger than what it took after that
  let ceiling = Infinity;
  while (pending.length > 0) {
    const { group, rest } = nextGroup(pending, used, budget);
    const ranges = group.map((piece) => {
      const range = usedOf(used, piece);
      return sheets[piece.sheet]
        .getRangeByIndexes(range.rowIndex + piece.rowOffset, range.columnIndex, piece.rowCount, range.columnCount)
        .load("values");
    });
    try {
      await context.sync();
    } catch (error) {
      const smaller = Math.min(Math.floor(budget / 2), chunkBudget(limits, limits.bytesPerCell));
      if (!isTooBig(error) || smaller < 1 || smaller >= budget) throw error;
      budget = ceiling = smaller;
      continue;
    }
    group.forEach((piece, i) => {
      const target = cells[piece.sheet];
      const values = ranges[i].values as unknown[][];
      // What a cell took, measured before the values become the library's (a "" then is null)
      if (capped && rest.length > 0) {
        cellsRead += piece.rowCount * usedOf(used, piece).columnCount;
        bytesRead += jsonBytesOf(values);
      }
      for (let r = 0; r < values.length; r++) target[piece.rowOffset + r] = rowFromOfficeInPlace(values[r]);
      done += piece.rowCount;
    });
    // size the next groups by what a cell took so far
    if (capped && cellsRead > 0) budget = Math.min(limits.maxCellsPerSync, ceiling, chunkBudget(limits, bytesRead / cellsRead));
    pending = rest;
    onProgress?.(done, totalRows);
    stopIfCancelled();
  }

  return {
    date1904,
    sheets: sheets.map((sheet, i): SheetData => {
      const range = used[i];
      const origin =
        range && (range.rowIndex !== 0 || range.columnIndex !== 0) ? { origin: { row: range.rowIndex, col: range.columnIndex } } : {};
      const hidden = sheet.visibility !== "Visible" ? { hidden: true } : {};
      return { name: sheet.name, cells: cells[i], ...origin, ...(merged[i].length > 0 ? { merged: merged[i] } : {}), ...hidden };
    }),
  };
}

/** The used range a piece reads from: pieces are cut from used ranges only, so it is there. */
function usedOf(used: ReadonlyArray<UsedRange | null>, piece: ReadPiece): UsedRange {
  const range = used[piece.sheet];
  if (!range) throw new Error(`read: sheet ${piece.sheet} has no used range`);
  return range;
}
