import type { Interval } from "./interval";

/**
 * Whether every day of `inner` lies inside `outer`, e.g. a salary period inside the
 * project period.
 *
 * @example
 * containsInterval({ start: 1, end: 30 }, { start: 1, end: 30 }) //=> true
 * containsInterval({ start: 1, end: 30 }, { start: 0, end: 5 })  //=> false
 */
export function containsInterval(outer: Interval, inner: Interval): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
