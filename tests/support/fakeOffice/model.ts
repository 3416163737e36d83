/**
 * The in-memory workbook behind the fake Office host: what Excel would hold. Plain data and
 * no Node APIs, so the same code runs under mocha and, bundled, in the browser.
 */
import type { CellRange, CellValue } from "../../../src/workbook/types";
import type { Bounds } from "./address";

/** The workbook a test starts from: cells from A1 (null = empty), as `workbookFromWritableSheets` builds them. */
export interface FakeBookInit {
  readonly sheets: ReadonlyArray<{
    readonly name: string;
    readonly cells: ReadonlyArray<ReadonlyArray<CellValue>>;
    readonly visibility?: SheetVisibility;
    /** Merged blocks, as the workbook interface has them; Excel keeps each block's value in its top-left cell. */
    readonly merged?: readonly CellRange[];
  }>;
  readonly date1904: boolean;
}

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface Hyperlink {
  readonly documentReference?: string;
  readonly address?: string;
  readonly textToDisplay?: string;
  readonly screenTip?: string;
}

export interface FakeTable {
  name: string;
  readonly address: string;
  readonly hasHeaders: boolean;
}

export interface FakeChart {
  name: string;
  readonly type: string;
  readonly source: string;
  readonly seriesBy: string;
  title: string;
  position: string;
}

export interface FakeSheet {
  name: string;
  visibility: SheetVisibility;
  /** Values from A1; rows may be ragged or missing; null is an empty cell. */
  cells: CellValue[][];
  /** Cells holding a formula, keyed `row,col` (0-based): the text as Office shows it, with `=`. */
  readonly formulas: Map<string, string>;
  /** Cells whose number format is not General, keyed `row,col`. */
  readonly numberFormats: Map<string, string>;
  /** Bold cells, keyed `row,col`. */
  readonly bold: Set<string>;
  readonly hyperlinks: Map<string, Hyperlink>;
  /** Column widths in points, by 0-based column. */
  readonly columnWidths: Map<number, number>;
  readonly tables: FakeTable[];
  readonly charts: FakeChart[];
  /** Merged blocks, 0-based. */
  readonly merged: Bounds[];
  /** Conditional formats (custom rule), as range.conditionalFormats.add made them; they change only how cells look. */
  readonly conditionalFormats: FakeConditionalFormat[];
}

export interface FakeConditionalFormat {
  readonly id: string;
  /** `B7` or `H2:H517`, without the sheet. */
  readonly address: string;
  formula: string;
  fill: string;
}

export const key = (row: number, col: number): string => `${row},${col}`;

export function newSheet(
  name: string,
  cells: ReadonlyArray<ReadonlyArray<CellValue>> = [],
  visibility: SheetVisibility = "Visible",
): FakeSheet {
  return {
    name,
    visibility,
    cells: cells.map((row) => (row ? [...row] : [])),
    formulas: new Map(),
    numberFormats: new Map(),
    bold: new Set(),
    hyperlinks: new Map(),
    columnWidths: new Map(),
    tables: [],
    charts: [],
    merged: [],
    conditionalFormats: [],
  };
}

export function cellOf(sheet: FakeSheet, row: number, col: number): CellValue {
  return sheet.cells[row]?.[col] ?? null;
}

export function setCell(sheet: FakeSheet, row: number, col: number, value: CellValue): void {
  const cells = sheet.cells;
  while (cells.length <= row) cells.push([]);
  const target = (cells[row] ??= []);
  while (target.length < col) target.push(null);
  target[col] = value;
}

const isEmpty = (value: CellValue | undefined): boolean => value === null || value === undefined || value === "";

/** The used range as Office computes it (valuesOnly: cells with values; else also formatted cells), or null when blank. */
export function usedBounds(sheet: FakeSheet, valuesOnly: boolean): { r0: number; c0: number; r1: number; c1: number } | null {
  let r0 = Infinity,
    c0 = Infinity,
    r1 = -1,
    c1 = -1;
  const take = (r: number, c: number) => {
    if (r < r0) r0 = r;
    if (r > r1) r1 = r;
    if (c < c0) c0 = c;
    if (c > c1) c1 = c;
  };
  sheet.cells.forEach((row, r) => {
    if (!row) return;
    for (let c = 0; c < row.length; c++) if (!isEmpty(row[c])) take(r, c);
  });
  if (!valuesOnly) {
    for (const map of [sheet.numberFormats, sheet.bold, sheet.hyperlinks]) {
      for (const k of map.keys()) {
        const [r, c] = k.split(",").map(Number);
        take(r, c);
      }
    }
  }
  return r1 < 0 ? null : { r0, c0, r1, c1 };
}

/** A JSON-able deep copy of everything a sheet holds (for "unchanged" assertions and the browser). */
export function sheetSnapshot(sheet: FakeSheet): SheetSnapshot {
  const sorted = <V>(map: Map<string, V> | Set<string>): [string, V | true][] =>
    [...(map instanceof Set ? [...map].map((k) => [k, true] as [string, true]) : map.entries())].sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    cells: sheet.cells.map((row) => (row ? row.map((v) => (v && typeof v === "object" ? { ...v } : v)) : [])),
    formulas: Object.fromEntries(sorted(sheet.formulas)) as Record<string, string>,
    numberFormats: Object.fromEntries(sorted(sheet.numberFormats)) as Record<string, string>,
    bold: [...sheet.bold].sort(),
    hyperlinks: Object.fromEntries(sorted(sheet.hyperlinks)) as Record<string, Hyperlink>,
    columnWidths: Object.fromEntries([...sheet.columnWidths.entries()].sort(([a], [b]) => a - b)),
    tables: sheet.tables.map((t) => ({ ...t })),
    charts: sheet.charts.map((c) => ({ ...c })),
    conditionalFormats: sheet.conditionalFormats.map((f) => ({ ...f })),
  };
}

export interface SheetSnapshot {
  readonly name: string;
  readonly visibility: SheetVisibility;
  readonly cells: CellValue[][];
  readonly formulas: Record<string, string>;
  readonly numberFormats: Record<string, string>;
  readonly bold: string[];
  readonly hyperlinks: Record<string, Hyperlink>;
  readonly columnWidths: Record<number, number>;
  readonly tables: FakeTable[];
  readonly charts: FakeChart[];
  readonly conditionalFormats: FakeConditionalFormat[];
}
