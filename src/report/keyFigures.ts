import type { CheckResult } from "../check/checkWorkbook";
import { budgetUse } from "../ledger/budgetUse";
import type { BudgetUseTable } from "../ledger/budgetUse";
import { eligibleCents } from "../ledger/eligible";
import { nameKeys } from "../ledger/names";
import { partnersByName } from "../ledger/realised";
import { rateOf } from "../ledger/settings";
import { stateShare } from "../money";
import type { Cents, Ppm } from "../money";
import { ymdOf } from "../periods";

/** A planned share against its limit: the state grant against its ceiling, the municipal share against its floor. */
export interface ShareFigure {
  readonly cents: Cents;
  /** The ceiling (state) or floor (municipalities) the rate sets on the plan's eligible costs. */
  readonly limit: Cents;
  /** Over the ceiling, or under the floor. */
  readonly off: boolean;
  /** Where the plan gives the share, for a link to it. */
  readonly sheet: string;
  readonly cell: string;
}

/** One partner's budget use in the as-of year (partner "" is the common share). */
export interface PartnerUse {
  readonly partner: string;
  readonly budget: Cents;
  readonly realised: Cents;
  /** realised ÷ budget */
  readonly use: number;
  /** The share of the partner's window in that year passed on the as-of day. */
  readonly elapsed: number;
}

/**
 * The figures a coordinator looks at before a payment application: the same for the pane
 * and the CLI. Pure; from a check's ledger and as-of day.
 */
export interface KeyFigures {
  /** The state grant rate in ppm (750 000 = 75 %). */
  readonly rate: Ppm;
  /** The plan's eligible costs (Hanke), null when the plan does not say. */
  readonly plannedEligible: Cents | null;
  /** Eligible costs in the ledger (net, plus VAT where it is not recovered). */
  readonly realisedEligible: Cents;
  readonly state: ShareFigure | null;
  readonly municipal: ShareFigure | null;
  /** Sums over the Maksatushakemukset table. */
  readonly applied: Cents;
  readonly paid: Cents;
  readonly applications: number;
  /** The as-of day's year, for the budget use below. */
  readonly year: number;
  readonly partners: readonly PartnerUse[];
  /** The share of the project's part of `year` passed on the as-of day (the marker of the chart). */
  readonly elapsed: number | null;
}

/** The key figures of a check; `budget` when the caller has already computed budgetUse(result.ledger, result.asOf). */
export function keyFiguresOf(result: CheckResult, budget: BudgetUseTable = budgetUse(result.ledger, result.asOf)): KeyFigures {
  const { ledger } = result;
  const { project } = ledger;
  const rate = rateOf(project);
  const partners = partnersByName(ledger);
  const keyOf = nameKeys();
  let realisedEligible = 0;
  for (const line of ledger.invoices) realisedEligible += eligibleCents(line, partners.get(keyOf(line.partner))) ?? 0;

  const plannedEligible = project.eligible?.value ?? null;
  const ceiling = plannedEligible === null ? null : stateShare(plannedEligible, rate);
  const state =
    project.stateGrant && ceiling !== null
      ? { cents: project.stateGrant.value, limit: ceiling, off: project.stateGrant.value > ceiling, ...at(project.stateGrant) }
      : null;
  const floor = plannedEligible === null || ceiling === null ? null : plannedEligible - ceiling;
  const municipal =
    project.municipalShare && floor !== null
      ? { cents: project.municipalShare.value, limit: floor, off: project.municipalShare.value < floor, ...at(project.municipalShare) }
      : null;

  let applied = 0,
    paid = 0;
  for (const application of ledger.applications) {
    applied += application.applied ?? 0;
    paid += application.paid ?? 0;
  }

  const year = ymdOf(result.asOf).year;
  const yearRows = budget.rows.filter((row) => row.year === year);
  const partnerUse = yearRows
    .filter((row) => row.level === "partner" && row.budget !== null && row.use !== null)
    .map((row) => ({
      partner: row.partner ?? "",
      budget: row.budget as Cents,
      realised: row.realised,
      use: row.use as number,
      elapsed: row.elapsed,
    }));
  const projectRow = yearRows.find((row) => row.level === "project");
  return {
    rate,
    plannedEligible,
    realisedEligible,
    state,
    municipal,
    applied,
    paid,
    applications: ledger.applications.length,
    year,
    partners: partnerUse,
    elapsed: projectRow ? projectRow.elapsed : null,
  };
}

function at(value: { readonly sheet: string; readonly cell: string }): { sheet: string; cell: string } {
  return { sheet: value.sheet, cell: value.cell };
}
