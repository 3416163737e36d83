/** Helpers for the task pane adapter tests: ledgers of any size, and sheets compared from A1. */
import type { FakeBookInit } from "../support/fakeOffice";
import { dayFromYmd, serialOf } from "../../src/periods";
import type { CellValue, SheetData } from "../../src/workbook/types";

export const LASKUT_HEADER = [
  "Päivämäärä",
  "Laskuttaja",
  "Laskun numero",
  "Ajalta alkaen",
  "Ajalta päättyen",
  "Laji",
  "Tilikohta",
  "Summa (ALV 0)",
  "ALV",
  "Hyväksyttävä",
  "Asiatarkastaja",
  "Hyväksyjä",
  "Selite",
];

/** A Laskut sheet of `rows` invoice lines after its header (dates as serials, as Excel stores them). */
export function laskut(rows: number): CellValue[][] {
  const start = dayFromYmd(2013, 4, 1);
  const cells: CellValue[][] = [LASKUT_HEADER];
  for (let i = 0; i < rows; i++) {
    const day = start + (i % 900);
    cells.push([
      serialOf(day + 20, false),
      i % 2 ? "Pikassos" : "Verso",
      `L-${i}`,
      serialOf(day, false),
      serialOf(day + 29, false),
      "kiinteä",
      "Palkat",
      1000 + (i % 97) * 12.5,
      0,
      "kyllä",
      "Asta",
      "Heikki",
      i % 5 === 0 ? "" : `rivi ${i}`,
    ]);
  }
  return cells;
}

export function bookWith(sheets: Record<string, CellValue[][]>, date1904 = false): FakeBookInit {
  return { date1904, sheets: Object.entries(sheets).map(([name, cells]) => ({ name, cells })) };
}

/** A sheet's cells placed from A1, "" as empty, trailing empty cells and rows dropped: two readings compare equal when they hold the same. */
export function fromA1(sheet: { cells: ReadonlyArray<ReadonlyArray<CellValue>>; origin?: { row: number; col: number } }): CellValue[][] {
  const rowOffset = sheet.origin?.row ?? 0,
    colOffset = sheet.origin?.col ?? 0;
  const out: CellValue[][] = [];
  sheet.cells.forEach((row, r) => {
    const line: CellValue[] = new Array<CellValue>(colOffset).fill(null);
    (row ?? []).forEach((v, c) => {
      line[colOffset + c] = v === "" || v === undefined ? null : v;
    });
    while (line.length > 0 && line[line.length - 1] === null) line.pop();
    out[rowOffset + r] = line;
  });
  for (let r = 0; r < out.length; r++) out[r] ??= [];
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}

export function sheetNamed(sheets: readonly SheetData[], name: string): SheetData {
  const sheet = sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}
