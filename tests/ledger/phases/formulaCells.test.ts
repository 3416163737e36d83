import assert from "node:assert/strict";
import type { Finding } from "../../../src/findings/finding";
import { withComputedFormulas } from "../../../src/ledger/phases/formulaCells";
import type { FormulaCell } from "../../../src/workbook/types";

describe("phase 0: formulas without values, computed or reported once per column", () => {
  const lookups = (col: number, rows: number[]): FormulaCell[] =>
    rows.map((row) => ({ row, col, formula: `VLOOKUP(A${row + 1},X!A:B,2,0)` }));

  it("names a column's cells as its runs, each column once, computed ones as a note; the computed value is in its cell", () => {
    const findings: Finding[] = [];
    const rows = [1, 2, 3, 5, 6, 9, 11, 13, 15];
    const workbook = withComputedFormulas(
      {
        date1904: false,
        sheets: [{ name: "Laskut", cells: [[1, 2]], uncalculated: [...lookups(7, rows), { row: 0, col: 2, formula: "A1+B1" }] }],
      },
      findings,
    );
    assert.deepEqual(
      findings.map((f) => [f.code, f.severity, f.cell, f.params.cells, f.params.count]),
      [
        ["FORMULA_NOT_CALCULATED", "error", "H2", "H2:H4, H6:H7, H10, H12 …", 9],
        ["FORMULA_COMPUTED", "info", "C1", "C1", 1],
      ],
    );
    assert.deepEqual(workbook.sheets[0].cells[0], [1, 2, 3]);
  });

  it("says nothing of sheets KASTE Ledger wrote itself (A1 marked), nor of a workbook without such formulas", () => {
    const findings: Finding[] = [];
    withComputedFormulas(
      { date1904: false, sheets: [{ name: "Hakemus 1", cells: [["KASTE Ledger: maksatushakemus"]], uncalculated: lookups(1, [1]) }] },
      findings,
    );
    withComputedFormulas({ date1904: false, sheets: [{ name: "Laskut", cells: [[1]] }] }, findings);
    assert.deepEqual(findings, []);
  });
});
