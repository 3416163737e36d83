import type { Interval } from "./interval";

/**
 * The part of an interval inside a window, or `null` when they do not overlap.
 *
 * @example
 * clipInterval({ start: 1.7.2013, end: 30.9.2013 }, { start: 1.8.2013, end: 31.10.2015 })
 * //=> { start: 1.8.2013, end: 30.9.2013 } (days)
 */
export function clipInterval(interval: Interval, window: Interval): Interval | null {
  const start = Math.max(interval.start, window.start);
  const end = Math.min(interval.end, window.end);
  return start <= end ? { start, end } : null;
}
