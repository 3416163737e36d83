import type { Finding, FindingFactory, Where } from "../findings/finding";
import { makeFinding } from "../findings/makeFinding";
import type { Day } from "../periods";

/**
 * One payment application in the chain of application periods: its number, its days (a period
 * typed end first counts by its days either way, as the figures count what it applied) and what
 * it came from (a Maksatukset row, an application marked as sent).
 */
export interface ChainLink<T> {
  readonly number: string;
  readonly start: Day;
  readonly end: Day;
  readonly of: T;
}

/** A link of the chain from a period as typed: a period typed end first (APPLICATION_ORDER) keeps its days. */
export function chainLink<T>(number: string, start: Day, end: Day, of: T): ChainLink<T> {
  return { number, start: Math.min(start, end), end: Math.max(start, end), of };
}

/** The links in date order (by start, then end); of equal periods the first given stays first. */
export function chainOf<T>(links: readonly ChainLink<T>[]): ChainLink<T>[] {
  return [...links].sort((a, b) => a.start - b.start || a.end - b.end);
}

export interface ChainPeriod {
  /** The number the period's application has (or would have). */
  readonly number: string;
  readonly start: Day;
  readonly end: Day;
}

/**
 * What the chain of payment applications says of one more period, the one thing both the checks
 * (rules/applications.ts, each Maksatukset row against the rows before it in date order) and the
 * drafted application (sync/application, its period against every application) ask:
 *
 * - APPLICATION_PERIOD_OVERLAP when it shares days with an application of the chain (named: the
 *   one reaching furthest, whose end + 1 is the day the period should start);
 * - else APPLICATION_PERIOD_GAP when no application ends before it and it does not start on the
 *   project's start (after it: days left uncovered, "projectStart"; before it: days that are no
 *   project's, "beforeStart"), or when days are left between the last application
 *   before it and its start. Days after the project's end are no project's to apply for, so a gap
 *   runs up to the end only.
 *
 * `at` says where the finding points, given the application it names (none for the project start).
 */
export function periodInChain<T>(
  chain: readonly ChainLink<T>[],
  period: ChainPeriod,
  project: { readonly start: Day | null; readonly end: Day | null },
  at: (other: ChainLink<T> | null) => Where,
  finding: FindingFactory = makeFinding,
): Finding | null {
  const furthest = (links: readonly ChainLink<T>[]) => links.reduce((a, b) => (b.end > a.end ? b : a));
  const overlapping = chain.filter((a) => a.start <= period.end && a.end >= period.start);
  if (overlapping.length > 0) {
    const other = furthest(overlapping);
    return finding(
      "APPLICATION_PERIOD_OVERLAP",
      at(other),
      {
        number: period.number,
        previous: other.number,
        overlapStart: { day: Math.max(other.start, period.start) },
        overlapEnd: { day: Math.min(other.end, period.end) },
      },
      { expected: { day: other.end + 1 }, actual: { day: period.start } },
    );
  }
  const before = chain.filter((a) => a.end < period.start);
  if (before.length === 0) {
    if (project.start === null || period.start === project.start) return null;
    return finding(
      "APPLICATION_PERIOD_GAP",
      at(null),
      {
        what: period.start < project.start ? "beforeStart" : "projectStart",
        number: period.number,
        start: { day: period.start },
        projectStart: { day: project.start },
      },
      { expected: { day: project.start }, actual: { day: period.start } },
    );
  }
  const last = furthest(before);
  const gapEnd = Math.min(period.start - 1, project.end ?? Infinity);
  if (last.end + 1 > gapEnd) return null;
  return finding(
    "APPLICATION_PERIOD_GAP",
    at(last),
    { what: "gap", number: period.number, previous: last.number, gapStart: { day: last.end + 1 }, gapEnd: { day: gapEnd } },
    { expected: { day: last.end + 1 }, actual: { day: period.start } },
  );
}
