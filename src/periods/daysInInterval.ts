import type { Interval } from "./interval";

/**
 * The number of days in an interval, counting both ends; 0 when it ends before it starts.
 *
 * @example
 * daysInInterval({ start: dayFromYmd(2014, 1, 1), end: dayFromYmd(2014, 12, 31) }) //=> 365
 */
export function daysInInterval(interval: Interval): number {
  return Math.max(0, interval.end - interval.start + 1);
}
