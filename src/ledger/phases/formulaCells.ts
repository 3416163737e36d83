import type { Finding } from "../../findings/finding";
import { makeFinding } from "../../findings/makeFinding";
import { cellAddress } from "../../workbook/address";
import { computeFormulas } from "../../workbook/formulas";
import type { FormulaCell, WorkbookData } from "../../workbook/types";
import { isGeneratedSheet } from "../generated";

/**
 * Phase 0, formulas without values (a file a script wrote and nobody opened in Excel): the
 * simple ones are computed and said as a note (FORMULA_COMPUTED), the others are said as an
 * error (FORMULA_NOT_CALCULATED) with the fix, each once per sheet and column, naming its cells.
 * A blank such cell is then not also reported as a missing value on every row (rowFields).
 */
export function withComputedFormulas(workbook: WorkbookData, findings: Finding[]): WorkbookData {
  const { workbook: computed, computed: done, uncalculated } = computeFormulas(workbook);
  for (const sheet of workbook.sheets) {
    if (isGeneratedSheet(sheet)) continue;
    for (const cells of byColumn(uncalculated.get(sheet.name) ?? [])) findings.push(finding("FORMULA_NOT_CALCULATED", sheet.name, cells));
    for (const cells of byColumn(done.get(sheet.name) ?? [])) findings.push(finding("FORMULA_COMPUTED", sheet.name, cells));
  }
  return computed;
}

function finding(code: "FORMULA_NOT_CALCULATED" | "FORMULA_COMPUTED", sheet: string, cells: readonly FormulaCell[]): Finding {
  const [first] = cells;
  return makeFinding(
    code,
    { sheet, cell: cellAddress(first.row, first.col) },
    { cells: rangesOf(cells), count: cells.length, formula: shortened(first.formula) },
  );
}

/** The cells column by column, each column's top down. */
function byColumn(cells: readonly FormulaCell[]): FormulaCell[][] {
  const columns = new Map<number, FormulaCell[]>();
  for (const cell of cells) {
    const column = columns.get(cell.col);
    if (column) column.push(cell);
    else columns.set(cell.col, [cell]);
  }
  return [...columns.entries()].sort(([a], [b]) => a - b).map(([, column]) => column.sort((a, b) => a.row - b.row));
}

/** A column's cells as its runs of adjacent rows ("H2:H40, H42:H131"), the first few and "…" after. */
const MAX_RUNS = 4;

function rangesOf(cells: readonly FormulaCell[]): string {
  const runs: string[] = [];
  let start = cells[0];
  let last = start;
  const close = () =>
    runs.push(
      start === last ? cellAddress(start.row, start.col) : `${cellAddress(start.row, start.col)}:${cellAddress(last.row, last.col)}`,
    );
  for (const cell of cells.slice(1)) {
    if (cell.row === last.row + 1) {
      last = cell;
      continue;
    }
    close();
    start = last = cell;
  }
  close();
  return runs.length > MAX_RUNS ? `${runs.slice(0, MAX_RUNS).join(", ")} …` : runs.join(", ");
}

/** A long formula is shown by its start: the cells say where the whole is. */
const shortened = (formula: string) => (formula.length > 40 ? `${formula.slice(0, 39)}…` : formula);
