/** The payment application's figures: what the library computes from the ledger for a period, in cents. */
import type { Ledger, RowRef } from "../../ledger/model";
import { rateOf } from "../../ledger/settings";
import { stateShare } from "../../money";
import type { Cents } from "../../money";
import { ymdOf } from "../../periods";
import type { Day, Interval } from "../../periods";
import { nameKey } from "../../workbook/normalize";
import { claimsNotListed } from "../../ledger/claims";
import { claimedCosts } from "../../ledger/costs";
import type { ClaimedCost } from "../../ledger/costs";

/** One partner's cost line in the application: its eligible costs in the period. */
export interface ApplicationLine {
  readonly partner: string;
  readonly line: string;
  readonly eligible: Cents;
  readonly costs: readonly ClaimedCost[];
}

/**
 * A payment application before this one: every other Maksatukset row, or application marked as
 * sent, whose period starts on or before this period's end (one overlapping this period too: it
 * claimed some of the same costs).
 */
export interface EarlierApplication {
  readonly number: string;
  readonly start: Day;
  readonly end: Day;
  readonly applied: Cents | null;
  readonly paid: Cents | null;
  /** Its Maksatukset row; null for an application marked as sent that Maksatukset has no row for. */
  readonly at: RowRef | null;
}

export interface MunicipalShareRow {
  readonly year: number;
  readonly municipality: string;
  readonly payer: string;
  readonly amount: Cents | null;
  readonly at: RowRef;
}

/** The figures of a payment application, all in cents, as the library computes them. */
export interface ApplicationFigures {
  readonly period: Interval;
  /** The application's number: its Maksatukset row's, else one more than the applications before it. */
  readonly number: string;
  /** The state grant rate in ppm (Hanke's Valtionavustus-%, default 750 000 = 75 %). */
  readonly rate: number;
  /** Eligible costs of the period by partner and cost line (partners and lines in first-seen order). */
  readonly lines: readonly ApplicationLine[];
  readonly eligible: Cents;
  /** The most the rate allows on the period's costs, rounded down to the cent. */
  readonly stateShare: Cents;
  /** The rest of the period's eligible costs. */
  readonly municipalShare: Cents;
  /** Eligible costs from the project's start (all costs counted on or before the period's end). */
  readonly cumulativeEligible: Cents;
  /** The ledger rows behind `cumulativeEligible`. */
  readonly cumulativeCosts: readonly ClaimedCost[];
  readonly cumulativeStateShare: Cents;
  readonly earlier: readonly EarlierApplication[];
  readonly appliedBefore: Cents;
  readonly paidBefore: Cents;
  /** Hanke's Valtionavustus (the grant decided), when given. */
  readonly granted: Cents | null;
  /**
   * The amount to apply now: the period's state share, but never so much that the applications
   * so far exceed the rate of the costs so far, or the grant decided; never below 0.
   */
  readonly applyNow: Cents;
  readonly appliedAfter: Cents;
  /** Kuntaosuudet rows of the years the period touches. */
  readonly municipalShares: readonly MunicipalShareRow[];
  /** Every ledger row the application claims, with its eligible cost. */
  readonly costs: readonly ClaimedCost[];
}

/**
 * The payment application's figures for a period: eligible realised costs by partner and cost
 * line (a cost counts on its period's end, else its invoice date), the state share at the rate
 * rounded down and the municipal share, the earlier applications, the amount to apply now, the
 * cumulative figures and the municipal shares of the years covered.
 *
 * @example
 * applicationFigures(ledger, { start: dayFromYmd(2014, 1, 1), end: dayFromYmd(2014, 10, 31) }).applyNow
 */
export function applicationFigures(ledger: Ledger, period: Interval): ApplicationFigures {
  const rate = rateOf(ledger.project);
  const { total: eligible, costs } = claimedCosts(ledger, period);
  const groups = new Map<string, { partner: string; line: string; eligible: Cents; costs: ClaimedCost[] }>();
  for (const cost of costs) {
    const key = `${nameKey(cost.line.partner)}\u001f${nameKey(cost.line.line)}`;
    let group = groups.get(key);
    if (!group)
      groups.set(key, (group = { partner: cost.partner?.name ?? cost.line.partner, line: cost.line.line, eligible: 0, costs: [] }));
    group.eligible += cost.cents;
    group.costs.push(cost);
  }
  const lines = [...groups.values()].sort((a, b) => partnerOrder(ledger, a.partner) - partnerOrder(ledger, b.partner));
  const { total: cumulativeEligible, costs: cumulativeCosts } = claimedCosts(ledger, { start: null, end: period.end });
  const dated = ledger.applications.flatMap(({ start, end, ...a }) => (start !== null && end !== null ? [{ ...a, start, end }] : []));
  // Applications marked as sent (the hidden claims sheet) that Maksatukset does not list: a book without Maksatukset has only those.
  // One whose Maksatukset row was corrected since is that row's, not applied for twice
  const sentOnly = claimsNotListed(ledger).map((c) => ({
    number: c.number,
    start: c.start,
    end: c.end,
    applied: c.applied,
    paid: null,
    at: null,
  }));
  const applications = [...dated, ...sentOnly];
  const own = applications.find((a) => a.start === period.start && a.end === period.end);
  // An application overlapping this period counts as before it: what it applied for is no longer to apply for
  const earlier: EarlierApplication[] = applications
    .filter((a) => a !== own && Math.min(a.start, a.end) <= period.end)
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((a) => ({ number: a.number, start: a.start, end: a.end, applied: a.applied, paid: a.paid, at: a.at }));
  const appliedBefore = earlier.reduce((sum, a) => sum + (a.applied ?? 0), 0);
  const paidBefore = earlier.reduce((sum, a) => sum + (a.paid ?? 0), 0);
  const state = stateShare(eligible, rate);
  const cumulativeStateShare = stateShare(cumulativeEligible, rate);
  const granted = ledger.project.stateGrant?.value ?? null;
  const applyNow = Math.max(
    0,
    Math.min(state, cumulativeStateShare - appliedBefore, granted === null ? Infinity : granted - appliedBefore),
  );
  const first = ymdOf(period.start).year;
  const last = ymdOf(period.end).year;
  const municipalShares = ledger.muniShares
    .flatMap(({ year, municipality, payer, amount, at }) =>
      year !== null && year >= first && year <= last ? [{ year, municipality, payer, amount, at }] : [],
    )
    .sort((a, b) => a.year - b.year);
  return {
    period,
    number: own?.number || String(earlier.length + 1),
    rate,
    lines,
    eligible,
    stateShare: state,
    municipalShare: eligible - state,
    cumulativeEligible,
    cumulativeCosts,
    cumulativeStateShare,
    earlier,
    appliedBefore,
    paidBefore,
    granted,
    applyNow,
    appliedAfter: appliedBefore + applyNow,
    municipalShares,
    costs,
  };
}

/**
 * The part of a period inside the project's period (Hanke's Alkaa–Päättyy, when given): a
 * payment application claims the project's costs only, so `--period 2015` of a project ending
 * 31.10.2015 is its last application, 1.1.–31.10.2015. A period wholly outside the project is
 * kept as it is.
 *
 * @example
 * projectPart(ledger, { start: dayFromYmd(2015, 1, 1), end: dayFromYmd(2015, 12, 31) }) // 1.1.2015–31.10.2015 for LasSe
 */
export function projectPart(ledger: Ledger, period: Interval): Interval {
  const start = Math.max(period.start, ledger.project.start?.value ?? -Infinity);
  const end = Math.min(period.end, ledger.project.end?.value ?? Infinity);
  return start <= end && (start !== period.start || end !== period.end) ? { start, end } : period;
}

function partnerOrder(ledger: Ledger, name: string): number {
  const i = ledger.partners.findIndex((p) => nameKey(p.name) === nameKey(name));
  return i < 0 ? ledger.partners.length : i;
}
