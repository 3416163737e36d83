import { cellAddress, parseAddress } from "../workbook/address";
import type { Finding } from "./finding";

/** Findings of one cause on one column: shown as one line with a range ("516 solua … Laskut!H2:H517"). */
export interface FoldedFinding {
  /** The first finding, whose message stands for all. */
  readonly first: Finding;
  readonly findings: readonly Finding[];
  /** `H2:H517` when several cells of one column; the single cell otherwise. */
  readonly range: string;
}

/**
 * Folds repeats of one cause: the same code and parameters on the same sheet and column.
 * Order follows each group's first finding, so the original order of causes stays.
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
    ].join("\u0000");
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  return [...groups.values()].map((group) => ({ first: group[0], findings: group, range: rangeOf(group) }));
}

function rangeOf(group: readonly Finding[]): string {
  const first = group[0];
  if (group.length === 1) return first.cell;
  const rows = group.map((finding) => parseAddress(finding.cell)).filter((at) => at !== null);
  if (rows.length !== group.length || rows.length === 0) return first.cell;
  const col = (rows[0] as { col: number }).col;
  // A loop, not Math.min(...rows): a spread of 100 000 rows overflows the call stack
  let low = Infinity,
    high = -Infinity;
  for (const at of rows) {
    low = Math.min(low, at.row);
    high = Math.max(high, at.row);
  }
  return `${cellAddress(low, col)}:${cellAddress(high, col)}`;
}
