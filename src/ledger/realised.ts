import type { Cents } from "../money/cents";
import type { Day } from "../periods/day";
import { eligibleCents } from "./eligible";
import type { InvoiceLine, Ledger, Partner } from "./model";
import { nameKey } from "../workbook/normalize";

/** A ledger line's eligible cost and the day it is counted on. */
export interface RealisedCost {
  readonly line: InvoiceLine;
  readonly cents: Cents;
  /**
   * The day the cost belongs to: the end of the period it covers (the invoice date only
   * when no period is given). An invoice dated after the project end for costs inside it
   * is counted inside: the period, not the invoice date, decides.
   */
  readonly day: Day;
}

export function partnersByName(ledger: Ledger): Map<string, Partner> {
  return new Map(ledger.partners.map((p) => [nameKey(p.name), p]));
}

/** Every ledger line with a known eligible cost and a day to count it on. */
export function realisedCosts(ledger: Ledger): RealisedCost[] {
  const partners = partnersByName(ledger);
  const costs: RealisedCost[] = [];
  for (const line of ledger.invoices) {
    const cents = eligibleCents(line, partners.get(nameKey(line.partner)));
    const day = line.periodEnd ?? line.date;
    if (cents !== null && day !== null) costs.push({ line, cents, day });
  }
  return costs;
}

/** Sum of eligible costs counted on days from `start` to `end` inclusive. */
export function realisedBetween(costs: readonly RealisedCost[], start: Day, end: Day): Cents {
  let sum = 0;
  for (const cost of costs) if (cost.day >= start && cost.day <= end) sum += cost.cents;
  return sum;
}
