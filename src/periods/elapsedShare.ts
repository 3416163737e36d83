import type { Day } from "./day";
import type { Interval } from "./interval";

/**
 * The share of an interval's days that have passed on `asOf`, counting `asOf` itself:
 * 0 before the start, 1 on and after the last day. Compared with the budget use % it
 * tells whether spending lags behind time.
 *
 * @example
 * elapsedShare({ start: dayFromYmd(2014, 1, 1), end: dayFromYmd(2014, 1, 10) }, dayFromYmd(2014, 1, 1)) //=> 0.1
 * elapsedShare(interval, interval.end) //=> 1
 */
export function elapsedShare(interval: Interval, asOf: Day): number {
  if (asOf < interval.start) return 0;
  if (asOf >= interval.end) return 1;
  return (asOf - interval.start + 1) / (interval.end - interval.start + 1);
}
