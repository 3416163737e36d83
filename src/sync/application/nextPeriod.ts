import type { Application, Ledger } from "../../ledger/model";
import { dayFromYmd, ymdOf } from "../../periods";
import type { Interval } from "../../periods";

/** What the Hakemus tab pre-fills: the period after the last one applied for, to the end of its year or of the project. */
export type NextPeriod =
  | { readonly kind: "next"; readonly period: Interval; readonly last: Interval | null }
  | { readonly kind: "allClaimed"; readonly last: Interval }
  | { readonly kind: "unknown" };

/**
 * The next unclaimed period: the period of the first application on Maksatukset being prepared (its
 * period typed, nothing applied, paid or sent yet) after those applied for; else from the day after
 * the latest period on Maksatukset or marked as sent (or from the project's start when none is), to
 * 31 December of that year (applications are normally yearly) or the project's end if sooner. `allClaimed` when the project's end is
 * reached; `unknown` when neither an application nor the project's start says where to begin.
 */
export function nextUnclaimedPeriod(ledger: Ledger): NextPeriod {
  const dated = ledger.applications.flatMap((a) => (a.start !== null && a.end !== null ? [{ ...a, start: a.start, end: a.end }] : []));
  // A row with its period and nothing applied, paid or sent yet is the application being prepared
  const isPlanned = (a: Application) => a.applied === null && a.paid === null && a.sent === null;
  const claimed: Interval[] = [
    ...dated.filter((a) => !isPlanned(a)).map(({ start, end }) => ({ start, end })),
    ...(ledger.claims ?? []).map((c) => ({ start: c.start, end: c.end })),
  ];
  const last = claimed.reduce<Interval | null>((latest, p) => (latest === null || p.end > latest.end ? p : latest), null);
  const planned = dated
    .filter((a) => isPlanned(a) && (last === null || a.start > last.end))
    .reduce<Interval | null>((first, a) => (first === null || a.start < first.start ? { start: a.start, end: a.end } : first), null);
  if (planned) return { kind: "next", period: planned, last };
  const projectStart = ledger.project.start?.value ?? null;
  const projectEnd = ledger.project.end?.value ?? null;
  const start = last ? last.end + 1 : projectStart;
  if (start === null) return { kind: "unknown" };
  if (projectEnd !== null && start > projectEnd) return last ? { kind: "allClaimed", last } : { kind: "unknown" };
  const yearEnd = dayFromYmd(ymdOf(start).year, 12, 31);
  return { kind: "next", period: { start, end: projectEnd !== null ? Math.min(yearEnd, projectEnd) : yearEnd }, last };
}
