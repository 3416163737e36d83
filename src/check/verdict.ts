import type { Code } from "../findings/codes";
import type { Finding, NotChecked } from "../findings/finding";
import type { Ledger, TableKind } from "../ledger/model";
import type { Day } from "../periods/day";
import type { CheckResult } from "./checkWorkbook";

/** Where the as-of day came from: the user's flag (or the pane's field), Asetukset, or the clock. */
export type AsOfSource = "flag" | "setting" | "today";

/** One cause among the blocking errors: all errors of one code, in the order to fix them. */
export interface Blocker {
  readonly code: Code;
  readonly count: number;
  /** The first finding of the cause, for its sheet, cell and message. */
  readonly first: Finding;
}

/**
 * The answer to "can the payment application be sent?":
 * - `ready`: no errors, and every check ran on tables that hold data;
 * - `blocked`: errors stand in the way (`blockers`, the causes to fix first);
 * - `incomplete`: no errors, but something could not be checked (`notChecked`, `emptyTables`).
 */
export interface Verdict {
  readonly state: "ready" | "blocked" | "incomplete";
  readonly asOf: Day;
  readonly asOfSource: AsOfSource;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Every cause of an error, those that remove most errors first (a missing table before all, since it hides checks). */
  readonly blockers: readonly Blocker[];
  readonly notChecked: readonly NotChecked[];
  /** Tables that were found but hold no rows: their checks ran on nothing. */
  readonly emptyTables: readonly TableKind[];
}

/** The row-holding tables whose emptiness means their checks saw nothing. */
const ROW_TABLES: ReadonlyArray<readonly [TableKind, (ledger: Ledger) => number]> = [
  ["invoices", (ledger) => ledger.invoices.length],
  ["budget", (ledger) => ledger.budget.length],
  ["partners", (ledger) => ledger.partners.length],
  ["muniShares", (ledger) => ledger.muniShares.length],
  ["applications", (ledger) => ledger.applications.length],
];

/** Codes whose errors hide other checks: fixing them first unblocks the most. */
const STRUCTURAL: ReadonlySet<Code> = new Set<Code>(["TABLE_NOT_FOUND", "REQUIRED_MISSING", "CELL_FORMULA_ERROR"]);

export function blockersOf(findings: readonly Finding[]): Blocker[] {
  const byCode = new Map<Code, { count: number; first: Finding }>();
  for (const finding of findings) {
    if (finding.severity !== "error") continue;
    const seen = byCode.get(finding.code);
    if (seen) seen.count++;
    else byCode.set(finding.code, { count: 1, first: finding });
  }
  return [...byCode.entries()]
    .map(([code, { count, first }]) => ({ code, count, first }))
    .sort((a, b) => Number(STRUCTURAL.has(b.code)) - Number(STRUCTURAL.has(a.code)) || b.count - a.count);
}

/** The one verdict logic that the CLI, the JSON and the task pane all show. */
export function verdictOf(result: CheckResult, asOfSource: AsOfSource): Verdict {
  let errors = 0,
    warnings = 0,
    infos = 0;
  for (const finding of result.findings) {
    if (finding.severity === "error") errors++;
    else if (finding.severity === "warning") warnings++;
    else infos++;
  }
  const emptyTables = ROW_TABLES.filter(([kind, rows]) => result.ledger.tables[kind].length > 0 && rows(result.ledger) === 0).map(
    ([kind]) => kind,
  );
  const incomplete = result.notChecked.length > 0 || emptyTables.length > 0;
  return {
    state: errors > 0 ? "blocked" : incomplete ? "incomplete" : "ready",
    asOf: result.asOf,
    asOfSource,
    errors,
    warnings,
    infos,
    blockers: blockersOf(result.findings),
    notChecked: result.notChecked,
    emptyTables,
  };
}

/** Where the as-of day of a check comes from, given the day the user gave (if any) and the ledger's setting. */
export function asOfSourceOf(given: Day | undefined, ledger: Ledger): AsOfSource {
  if (given !== undefined) return "flag";
  return ledger.settings.asOf !== null ? "setting" : "today";
}

/**
 * True when the workbook holds at least one of the tables the checks recognise (Kumppanit,
 * Budjetti, Laskut, Kuntaosuudet, Maksatukset; a key block alone, Hanke or Asetukset, is not
 * enough: one stray word "hanke" reads as one). When it holds none, the verdict is all
 * TABLE_NOT_FOUND: the pane says "this does not look like a KASTE workbook" instead, with the
 * nearest table found.
 */
export function looksLikeKaste(ledger: Ledger): boolean {
  return ROW_TABLES.some(([kind]) => ledger.tables[kind].length > 0);
}
