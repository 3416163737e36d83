import { cellAddress, parseAddress } from "../workbook/address";
import type { Finding } from "./finding";

/** Findings of one cause on one column: shown as one line with a range ("516 solua … Laskut!H2:H517"). */
export interface FoldedFinding {
  /** The first finding, whose message stands for all. */
  readonly first: Finding;
  readonly findings: readonly Finding[];
  /** `H2:H517` when several cells of one column (from the first to the last); the single cell otherwise. */
  readonly range: string;
  /** The contiguous runs of rows the findings cover, top to bottom: `["H2:H5", "H9", "H12:H517"]`. */
  readonly runs: readonly string[];
}

/**
 * Folds repeats of one cause: the same code, parameters, value found and right value on the same sheet and
 * column. Order follows each group's first finding, so the original order of causes stays.
 */
export function foldFindings(findings: readonly Finding[]): FoldedFinding[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const at = parseAddress(finding.cell);
    const key = [
      finding.code,
      finding.sheet,
      at ? at.col : finding.cell,
      JSON.stringify(finding.params),
      JSON.stringify(finding.actual),
      // a different right value per cell is a different fix: folding them would show one fix for all
      JSON.stringify(finding.expected),
    ].join("\u0000");
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  return [...groups.values()].map((group) => foldOf(group));
}

function foldOf(group: readonly Finding[]): FoldedFinding {
  const first = group[0];
  const cells = group.map((finding) => parseAddress(finding.cell));
  if (group.length === 1 || cells.some((at) => at === null)) return { first, findings: group, range: first.cell, runs: [first.cell] };
  const col = (cells[0] as { col: number }).col;
  const rows = Uint32Array.from(cells, (at) => (at as { row: number }).row).sort();
  const runs: string[] = [];
  let start = rows[0];
  for (let i = 1; i <= rows.length; i++) {
    // a repeated cell (two findings of one cause on one cell) continues its run
    if (i < rows.length && rows[i] <= rows[i - 1] + 1) continue;
    const end = rows[i - 1];
    runs.push(start === end ? cellAddress(start, col) : `${cellAddress(start, col)}:${cellAddress(end, col)}`);
    start = rows[i];
  }
  const low = rows[0];
  const high = rows[rows.length - 1];
  return {
    first,
    findings: group,
    range: low === high ? cellAddress(low, col) : `${cellAddress(low, col)}:${cellAddress(high, col)}`,
    runs,
  };
}
