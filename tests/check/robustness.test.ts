import assert from "node:assert/strict";
import fc from "fast-check";
import { brokenSheets, workbookOfSheets } from "../../examples/broken";
import { lappiSheets } from "../../examples/lappi";
import { lasseSheets } from "../../examples/lasse";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { verdictOf } from "../../src/check/verdict";
import { CODES } from "../../src/findings/codes";
import { renderMessage } from "../../src/findings/render";
import type { CellRange, CellValue, SheetData, WorkbookData } from "../../src/workbook/types";

/**
 * Workbooks as coordinators really keep them are the examples bent out of shape: a cell typed
 * over with anything, rows deleted or pasted twice, headers swapped, a title inserted above a
 * table, a sheet renamed, blocks merged, formulas never calculated. Whatever the damage, a check
 * gives findings a person can read (each with its code, severity and place, a message in each
 * language with no undefined or NaN in it) and a verdict, never an exception. RUNS=2000 SEED=n
 * soaks it longer with other damage.
 */

const EXAMPLES: Record<string, WorkbookData> = {
  lasse: workbookOfSheets(lasseSheets()),
  lappi: workbookOfSheets(lappiSheets()),
  broken: workbookOfSheets(brokenSheets()),
};

const ODD_VALUES: CellValue[] = [
  null,
  "",
  " ",
  "n/a",
  "-",
  "1 234,50 €",
  "\u22121\u00a0234,50",
  "(1 234,50)",
  "12.5.2014",
  "31.2.2014",
  "2014-13-45",
  "09/02/2013",
  "Q3/2014",
  "kk",
  "kiinteä",
  "tasaus",
  "Yhteensä",
  "Sivu 2/5",
  "=SUM(A1:A3)",
  "Summa (ALV 0)",
  "x".repeat(5000),
  0,
  -1,
  0.005,
  45_000.5,
  2_958_466,
  -1e12,
  1e300,
  true,
  { error: "#REF!" },
  { error: "#DIV/0!" },
];

type Damage =
  | { readonly kind: "set"; readonly sheet: number; readonly row: number; readonly col: number; readonly value: CellValue }
  | { readonly kind: "deleteRow" | "duplicateRow"; readonly sheet: number; readonly row: number }
  | { readonly kind: "swapColumns"; readonly sheet: number; readonly a: number; readonly b: number }
  | { readonly kind: "titleAbove"; readonly sheet: number; readonly rows: number }
  | { readonly kind: "rename"; readonly sheet: number; readonly how: "upper" | "space" | "other" }
  | {
      readonly kind: "merge";
      readonly sheet: number;
      readonly row: number;
      readonly col: number;
      readonly height: number;
      readonly width: number;
    }
  | { readonly kind: "uncalculated"; readonly sheet: number; readonly row: number; readonly col: number }
  | { readonly kind: "dropSheet"; readonly sheet: number };

const index = fc.nat({ max: 10_000 });

const damage: fc.Arbitrary<Damage> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("set" as const),
      sheet: index,
      row: index,
      col: index,
      value: fc.constantFrom(...ODD_VALUES),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom("deleteRow" as const, "duplicateRow" as const), sheet: index, row: index }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("swapColumns" as const), sheet: index, a: index, b: index }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("titleAbove" as const), sheet: index, rows: fc.integer({ min: 1, max: 4 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("rename" as const),
      sheet: index,
      how: fc.constantFrom("upper" as const, "space" as const, "other" as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("merge" as const),
      sheet: index,
      row: index,
      col: index,
      height: fc.integer({ min: 1, max: 6 }),
      width: fc.integer({ min: 1, max: 3 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("uncalculated" as const), sheet: index, row: index, col: index }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("dropSheet" as const), sheet: index }) },
);

type MutableSheet = {
  name: string;
  cells: CellValue[][];
  merged: CellRange[];
  uncalculated: { row: number; col: number; formula: string }[];
};

function damaged(book: WorkbookData, damages: readonly Damage[]): WorkbookData {
  let sheets: MutableSheet[] = book.sheets.map((sheet: SheetData) => ({
    name: sheet.name,
    cells: sheet.cells.map((row) => [...row]),
    merged: [...(sheet.merged ?? [])],
    uncalculated: [...(sheet.uncalculated ?? [])],
  }));
  for (const d of damages) {
    if (sheets.length === 0) break;
    const sheet = sheets[d.sheet % sheets.length];
    const rows = Math.max(sheet.cells.length, 1);
    const width = Math.max(1, ...sheet.cells.map((row) => row.length));
    switch (d.kind) {
      case "set": {
        const row = d.row % (rows + 2);
        while (sheet.cells.length <= row) sheet.cells.push([]);
        sheet.cells[row][d.col % (width + 1)] = d.value;
        break;
      }
      case "deleteRow":
        sheet.cells.splice(d.row % rows, 1);
        break;
      case "duplicateRow": {
        const row = d.row % rows;
        sheet.cells.splice(row, 0, [...(sheet.cells[row] ?? [])]);
        break;
      }
      case "swapColumns":
        for (const row of sheet.cells) {
          const [a, b] = [d.a % width, d.b % width];
          [row[a], row[b]] = [row[b] ?? null, row[a] ?? null];
        }
        break;
      case "titleAbove":
        sheet.cells.unshift(...Array.from({ length: d.rows }, (_, i) => (i === 0 ? [`${sheet.name} – raportti`] : [])));
        break;
      case "rename":
        sheet.name = d.how === "upper" ? sheet.name.toUpperCase() : d.how === "space" ? `${sheet.name} ` : `${sheet.name} (2)`;
        break;
      case "merge": {
        const top = d.row % rows;
        const left = d.col % width;
        sheet.merged.push({ top, left, bottom: top + d.height - 1, right: left + d.width - 1 });
        break;
      }
      case "uncalculated": {
        const row = d.row % rows;
        const col = d.col % width;
        (sheet.cells[row] ??= [])[col] = null;
        sheet.uncalculated.push({ row, col, formula: `SUM(A1:A${row})+B${row + 1}` });
        break;
      }
      case "dropSheet":
        sheets = sheets.filter((s) => s !== sheet);
        break;
    }
  }
  return { date1904: book.date1904, sheets };
}

const UNREADABLE = /undefined|NaN|\[object |null(?![a-z])/;

describe("a check of a workbook bent out of shape", () => {
  for (const [name, book] of Object.entries(EXAMPLES)) {
    it(`never throws on the ${name} example, and every finding can be read in fi, sv and en at its place`, function () {
      this.timeout(120_000);
      fc.assert(
        fc.property(fc.array(damage, { minLength: 1, maxLength: 12 }), (damages) => {
          const result = checkWorkbook(damaged(book, damages));
          for (const finding of result.findings) {
            assert.ok(finding.code in CODES, finding.code);
            assert.equal(finding.severity, CODES[finding.code].severity, finding.code);
            assert.equal(typeof finding.sheet, "string");
            assert.match(finding.cell, /^(|[A-Z]{1,3}[1-9]\d*(:[A-Z]{1,3}[1-9]\d*)?)$/, `${finding.code} at ${finding.cell}`);
            for (const lang of ["fi", "sv", "en"] as const) {
              const text = renderMessage(finding, lang);
              assert.ok(text.length > 0, finding.code);
              assert.doesNotMatch(text, UNREADABLE, `${finding.code} (${lang}): ${text}`);
            }
          }
          const verdict = verdictOf(result, "today");
          assert.equal(verdict.state === "blocked", verdict.errors > 0);
        }),
        { numRuns: Number(process.env.RUNS ?? 60), seed: Number(process.env.SEED ?? 20261204) },
      );
    });
  }
});
