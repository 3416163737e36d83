import { cellOf } from "../ledger/cell";
import { eligibleCentsOfLines } from "../ledger/eligible";
import { claimCellOf, claimsNotListed } from "../ledger/claims";
import type { Application, InvoiceLine, Ledger } from "../ledger/model";
import { chainLink, chainOf, periodInChain } from "../ledger/periodChain";
import { rateOf } from "../ledger/settings";
import { isStateOverRate, stateShare } from "../money";
import type { Finding } from "../findings/finding";
import type { Rule, RuleContext } from "./rule";

/** An application with both ends of its period known. */
type Dated = Application & { readonly start: number; readonly end: number };

function dated(ledger: Ledger): Dated[] {
  return ledger.applications.filter((a): a is Dated => a.start !== null && a.end !== null);
}

/**
 * Payment application periods (Maksatukset) form one unbroken chain from the project start.
 *
 * - APPLICATION_ORDER: a row whose period starts before the row above it, or ends before it starts.
 * - APPLICATION_PERIOD_GAP: the first period does not start on the project start, or days
 *   (up to the project's end) are left between one period and the next.
 * - APPLICATION_PERIOD_OVERLAP: a period starts on or before the end of an earlier one.
 * Applications marked as sent that Maksatukset does not list (the claims sheet's, ledger/claims.ts claimsNotListed) are links of the chain too.
 * Gaps and overlaps are judged in date order, whatever the row order, by ledger/periodChain.ts:
 * the drafted application asks the same of its own period (sync/application/application.ts).
 */
export const applicationChain: Rule = {
  id: "application-chain",
  codes: ["APPLICATION_ORDER", "APPLICATION_PERIOD_GAP", "APPLICATION_PERIOD_OVERLAP"],
  needs: ["applications"],
  check({ ledger, finding }: RuleContext): Finding[] {
    const findings: Finding[] = [];
    const apps = dated(ledger);
    let previous: Dated | null = null;
    for (const app of apps) {
      if (app.end < app.start) {
        findings.push(
          finding("APPLICATION_ORDER", cellOf(app.at, "end"), {
            number: app.number,
            what: "reversed",
            start: { day: app.start },
            end: { day: app.end },
          }),
        );
        continue;
      }
      if (previous && app.start < previous.start) {
        findings.push(
          finding("APPLICATION_ORDER", cellOf(app.at, "start"), {
            number: app.number,
            what: "order",
            start: { day: app.start },
            previous: previous.number,
            previousStart: { day: previous.start },
          }),
        );
      }
      previous = app;
    }
    // Judged in date order, each period against the ones before it (a reversed one by its days, blamed only for being reversed),
    // with the applications marked as sent that Maksatukset does not list: they cover their days too
    const chain = chainOf([
      ...apps.map((a) => chainLink(a.number, a.start, a.end, { start: cellOf(a.at, "start"), reversed: a.end < a.start })),
      ...claimsNotListed(ledger).map((c) => chainLink(c.number, c.start, c.end, { start: claimCellOf(c, "Alkaa"), reversed: false })),
    ]);
    const project = { start: ledger.project.start?.value ?? null, end: ledger.project.end?.value ?? null };
    chain.forEach((link, i) => {
      if (link.of.reversed) return;
      const found = periodInChain(chain.slice(0, i), link, project, () => link.of.start, finding);
      if (found) findings.push(found);
    });
    return findings;
  },
};

/** Each ledger row's eligible cost and the day it counts on: its period end, else its invoice date (as ledger/realised.ts). */
function eachCost(ledger: Ledger, visit: (cents: number, day: number, line: InvoiceLine) => void): void {
  const eligible = eligibleCentsOfLines(ledger);
  const { invoices } = ledger;
  for (let i = 0; i < invoices.length; i++) {
    const line = invoices[i];
    const day = line.periodEnd ?? line.date;
    if (day === null) continue;
    const cents = eligible[i];
    if (cents !== null && cents !== 0) visit(cents, day, line);
  }
}

/** An application that makes the amount applied so far exceed the rate of the costs so far by more than before. */
export interface OverRate {
  readonly application: Dated & { readonly applied: number };
  /** Applied so far, this application included. */
  readonly applied: number;
  readonly realised: number;
  /** The rate of `realised`, rounded down. */
  readonly max: number;
  readonly over: number;
  /** Applied before this application. */
  readonly before: number;
}

/** The applications so far against the costs so far, in the order of their ends. */
export interface ApplicationsOverRate {
  /** The applications that make the excess grow: the ones APPLICATION_OVER_RATE is about. */
  readonly growing: readonly OverRate[];
  /** The excess after the last application (0 when within the rate). */
  readonly finalExcess: number;
}

const overRateCache = new WeakMap<Ledger, ApplicationsOverRate>();

/**
 * The applications APPLICATION_OVER_RATE is about, once per ledger: cofunding.ts leaves
 * these out of its per-application check, which would only say the same again.
 */
export function applicationsOverRate(ledger: Ledger): ApplicationsOverRate {
  const cached = overRateCache.get(ledger);
  if (cached) return cached;
  const growing: OverRate[] = [];
  const apps = dated(ledger)
    // A filter, not a copy: cofunding.ts knows these applications by identity
    .filter((a): a is Dated & { readonly applied: number } => a.applied !== null)
    .sort((a, b) => a.end - b.end);
  let excess = 0;
  if (apps.length > 0) {
    const ends = apps.map((a) => a.end);
    const bucket = new Array<number>(apps.length).fill(0);
    eachCost(ledger, (cents, day) => {
      const i = firstAtOrAfter(ends, day);
      if (i < ends.length) bucket[i] += cents;
    });
    const rate = rateOf(ledger.project);
    let realised = 0;
    let applied = 0;
    apps.forEach((application, i) => {
      realised += bucket[i];
      const before = applied;
      applied += application.applied;
      const max = stateShare(realised, rate);
      const over = isStateOverRate(applied, realised, rate) ? applied - max : 0;
      if (over > excess) growing.push({ application, applied, realised, max, over, before });
      excess = over;
    });
  }
  const result = { growing, finalExcess: excess };
  overRateCache.set(ledger, result);
  return result;
}

/**
 * APPLICATION_OVER_RATE: the amount applied so far is more than the rate of the eligible
 * costs realised up to that application's end (a cost counts on its period end). Applications
 * are taken in the order of their ends. Only an application that makes the excess grow is
 * reported, so one application applying too much is not blamed on the ones after it;
 * `expected` is the most it could have applied.
 * Once the project has ended, the final position decides: an excess of at most Asetukset's
 * repayment threshold (100 €) after the last application need not be returned, so it is no
 * error (REPAYMENT_UNDER_100 tells it where Maksettu is known): typically a small credit note
 * that arrived after the final application.
 */
export const applicationRate: Rule = {
  id: "application-rate",
  codes: ["APPLICATION_OVER_RATE"],
  needs: ["applications", "invoices"],
  check({ ledger, asOf, finding }: RuleContext): Finding[] {
    const rate = rateOf(ledger.project);
    const { growing, finalExcess } = applicationsOverRate(ledger);
    const projectEnd = ledger.project.end?.value ?? null;
    if (projectEnd !== null && asOf > projectEnd && finalExcess <= ledger.settings.repaymentThresholdCents) return [];
    return growing.map(({ application, applied, realised, max, over, before }) =>
      finding(
        "APPLICATION_OVER_RATE",
        cellOf(application.at, "applied"),
        {
          number: application.number,
          end: { day: application.end },
          applied: { cents: applied },
          realised: { cents: realised },
          rate: { ratio: rate / 1_000_000 },
          max: { cents: max },
          over: { cents: over },
        },
        { expected: { cents: Math.max(0, max - before) }, actual: { cents: application.applied } },
      ),
    );
  },
};

/** The index of the first sorted value at or after `day`; `values.length` when none. */
function firstAtOrAfter(values: readonly number[], day: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Once the project has ended (the as-of date is after Hanke's Päättyy):
 * - APPLICATION_COSTS_OUTSIDE: eligible costs counted after the last application's end and
 *   up to the project end were never claimed. One finding with their sum, at the last
 *   application's end (or Hanke's end when no application has a period).
 * - REPAYMENT_UNDER_100 (info): the state grant paid (Maksettu) exceeds the rate of all
 *   eligible costs (capped by Hanke's Valtionavustus) by at most Asetukset's threshold
 *   (default 100 €), which need not be returned.
 */
export const applicationClosing: Rule = {
  id: "application-closing",
  codes: ["APPLICATION_COSTS_OUTSIDE", "REPAYMENT_UNDER_100"],
  needs: ["applications", "invoices", "project"],
  needsProject: ["end"],
  check({ ledger, asOf, finding }: RuleContext): Finding[] {
    const findings: Finding[] = [];
    const projectEnd = ledger.project.end;
    if (!projectEnd || asOf <= projectEnd.value) return findings;
    const projectStart = ledger.project.start?.value ?? -Infinity;
    const apps = dated(ledger);
    const last = apps.reduce<Dated | null>((best, a) => (!best || a.end > best.end ? a : best), null);
    const lastEnd = last ? last.end : projectStart - 1;
    let unclaimed = 0;
    let rows = 0;
    // Assigned in the callback below, so typed by hand: TS would keep it at null
    let firstUnclaimed = null as InvoiceLine | null;
    let earliestUnclaimed = Infinity;
    let realised = 0;
    eachCost(ledger, (cents, day, line) => {
      if (day > projectEnd.value || day < projectStart) return;
      realised += cents;
      if (day > lastEnd) {
        unclaimed += cents;
        rows++;
        firstUnclaimed ??= line;
        earliestUnclaimed = Math.min(earliestUnclaimed, day);
      }
    });
    if (firstUnclaimed !== null) {
      const first = cellOf(firstUnclaimed.at, "periodEnd");
      findings.push(
        finding("APPLICATION_COSTS_OUTSIDE", last ? cellOf(last.at, "end") : projectEnd, {
          total: { cents: unclaimed },
          rows,
          // with no application and no project start, the costs' own first day
          from: { day: Number.isFinite(lastEnd) ? lastEnd + 1 : earliestUnclaimed },
          to: { day: projectEnd.value },
          first: `${first.sheet}!${first.cell}`,
        }),
      );
    }
    const paidRows = ledger.applications.flatMap(({ at, paid }) => (paid !== null ? [{ at, paid }] : []));
    if (paidRows.length > 0) {
      const paid = paidRows.reduce((sum, a) => sum + a.paid, 0);
      const granted = ledger.project.stateGrant?.value ?? Infinity;
      const allowed = Math.min(stateShare(realised, rateOf(ledger.project)), granted);
      const toReturn = paid - allowed;
      if (toReturn > 0 && toReturn <= ledger.settings.repaymentThresholdCents) {
        findings.push(
          finding("REPAYMENT_UNDER_100", cellOf(paidRows[paidRows.length - 1].at, "paid"), {
            amount: { cents: toReturn },
            threshold: { cents: ledger.settings.repaymentThresholdCents },
            paid: { cents: paid },
            allowed: { cents: allowed },
          }),
        );
      }
    }
    return findings;
  },
};
