/**
 * One project of a programme (`kaste programme FOLDER`): the row a coordinator or the state
 * agency reads for each workbook, and the totals per year across projects. Pure: from a check's
 * result, the same figures the pane's key figures and `kaste check --budget` show.
 */
import type { CheckResult } from "../check/checkWorkbook";
import { asOfSourceOf, verdictOf } from "../check/verdict";
import type { Verdict } from "../check/verdict";
import { budgetUse } from "../ledger/budgetUse";
import type { Cents } from "../money";
import { isoOf } from "../periods";
import { keyFiguresOf } from "./keyFigures";

export interface ProgrammeYear {
  readonly year: number;
  readonly budget: Cents;
  readonly realised: Cents;
}

/** A workbook that was checked. */
export interface ProgrammeProject {
  readonly file: string;
  readonly project: string;
  readonly administrator: string;
  /** ISO dates; null when Hanke does not say. */
  readonly start: string | null;
  readonly end: string | null;
  /** Eligible costs in the ledger. */
  readonly eligibleCents: Cents;
  /** The plan's state grant and municipal share (Hanke), and their parts of the plan's eligible costs in ppm. */
  readonly stateGrantCents: Cents | null;
  readonly statePpm: number | null;
  readonly municipalShareCents: Cents | null;
  readonly municipalPpm: number | null;
  readonly appliedCents: Cents;
  readonly paidCents: Cents;
  /** The as-of year, its budget use (realised ÷ budget) and pace (use ÷ elapsed share); null without a budget. */
  readonly year: number;
  readonly use: number | null;
  readonly pace: number | null;
  readonly errors: number;
  readonly warnings: number;
  readonly verdict: Verdict["state"];
  /** Budget and realised eligible costs per year, for the programme's totals. */
  readonly years: readonly ProgrammeYear[];
}

/** A file that could not be read: one row with its reason, never a stop. */
export interface ProgrammeFailure {
  readonly file: string;
  readonly reason: string;
}

export type ProgrammeRow = ProgrammeProject | ProgrammeFailure;

export function isFailure(row: ProgrammeRow): row is ProgrammeFailure {
  return "reason" in row;
}

const share = (part: Cents | null, whole: Cents | null): number | null =>
  part === null || whole === null || whole === 0 ? null : Math.round((part * 1_000_000) / whole);

/**
 * @example
 * programmeProject("lasse.xlsx", checkWorkbook(book), undefined) //=> { project: "LasSe …", verdict: "ready", … }
 */
export function programmeProject(file: string, result: CheckResult, asOfGiven: number | undefined): ProgrammeProject {
  const { ledger } = result;
  const budget = budgetUse(ledger, result.asOf);
  const figures = keyFiguresOf(result, budget);
  const verdict = verdictOf(result, asOfSourceOf(asOfGiven, ledger));
  const projectRows = budget.rows.filter((row) => row.level === "project");
  const current = projectRows.find((row) => row.year === figures.year);
  const planned = figures.plannedEligible;
  return {
    file,
    project: ledger.project.name?.value ?? "",
    administrator: ledger.project.administrator?.value ?? "",
    start: ledger.project.start ? isoOf(ledger.project.start.value) : null,
    end: ledger.project.end ? isoOf(ledger.project.end.value) : null,
    eligibleCents: figures.realisedEligible,
    stateGrantCents: ledger.project.stateGrant?.value ?? null,
    statePpm: share(ledger.project.stateGrant?.value ?? null, planned),
    municipalShareCents: ledger.project.municipalShare?.value ?? null,
    municipalPpm: share(ledger.project.municipalShare?.value ?? null, planned),
    appliedCents: figures.applied,
    paidCents: figures.paid,
    year: figures.year,
    use: current?.use ?? null,
    pace: current?.pace ?? null,
    errors: verdict.errors,
    warnings: verdict.warnings,
    verdict: verdict.state,
    years: projectRows.flatMap((row) => (row.year === null ? [] : [{ year: row.year, budget: row.budget ?? 0, realised: row.realised }])),
  };
}

export interface ProgrammeTotal {
  readonly year: number;
  readonly projects: number;
  readonly budget: Cents;
  readonly realised: Cents;
}

/** Budget and realised eligible costs per year over every project that could be read, and how many projects had that year. */
export function programmeTotals(rows: readonly ProgrammeRow[]): ProgrammeTotal[] {
  const byYear = new Map<number, { projects: number; budget: number; realised: number }>();
  for (const row of rows) {
    if (isFailure(row)) continue;
    for (const { year, budget, realised } of row.years) {
      const total = byYear.get(year) ?? { projects: 0, budget: 0, realised: 0 };
      total.projects++;
      total.budget += budget;
      total.realised += realised;
      byYear.set(year, total);
    }
  }
  return [...byYear.entries()].sort(([a], [b]) => a - b).map(([year, total]) => ({ year, ...total }));
}
