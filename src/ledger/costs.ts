import { eligibleCents } from "./eligible";
import type { InvoiceLine, Ledger, Partner } from "./model";
import { nameKeys } from "./names";
import type { Cents } from "../money";
import type { Day } from "../periods";

/** A ledger row counted in a payment application, with its eligible cost. */
export interface ClaimedCost {
  readonly line: InvoiceLine;
  readonly cents: Cents;
  readonly partner: Partner | undefined;
}

/** The day a cost counts on: the end of the period it covers, else its invoice date (as rules/applications.ts). */
export function costDay(line: InvoiceLine): Day | null {
  return line.periodEnd ?? line.date;
}

/** The Kumppanit row of each biller (by forgiving name; the first row when a name repeats). */
function partnerLookup(ledger: Ledger): (name: string) => Partner | undefined {
  const keyOf = nameKeys();
  const partners = new Map<string, Partner>();
  for (const partner of ledger.partners) if (!partners.has(keyOf(partner.name))) partners.set(keyOf(partner.name), partner);
  return (name) => partners.get(keyOf(name));
}

/**
 * The eligible costs a payment application for `start`..`end` claims: every ledger row marked
 * eligible whose cost day (period end, else invoice date) lies in the period, with its
 * eligible amount (net, plus VAT where the partner does not get it back). Rows whose amount
 * is unknown are left out (the checks report them). `start` null: from the beginning.
 *
 * @example
 * claimedCosts(ledger, { start: dayFromYmd(2014, 1, 1), end: dayFromYmd(2014, 10, 31) }).total
 */
export function claimedCosts(
  ledger: Ledger,
  period: { readonly start: Day | null; readonly end: Day },
): { total: Cents; costs: ClaimedCost[] } {
  const partnerOf = partnerLookup(ledger);
  const costs: ClaimedCost[] = [];
  let total = 0;
  const start = period.start ?? -Infinity;
  for (const line of ledger.invoices) {
    if (!line.eligible) continue;
    const day = costDay(line);
    if (day === null || day < start || day > period.end) continue;
    const partner = partnerOf(line.partner);
    const cents = eligibleCents(line, partner);
    if (cents === null) continue;
    costs.push({ line, cents, partner });
    total += cents;
  }
  return { total, costs };
}
