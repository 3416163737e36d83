import type { Interval } from "./interval";

/**
 * Whether two intervals share at least one day (ends are inclusive).
 *
 * @example
 * overlaps({ start: 1, end: 10 }, { start: 10, end: 20 }) //=> true
 * overlaps({ start: 1, end: 10 }, { start: 11, end: 20 }) //=> false
 */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.start <= b.end && b.start <= a.end && a.start <= a.end && b.start <= b.end;
}
