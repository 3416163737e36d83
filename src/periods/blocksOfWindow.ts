import { checkFirstMonth } from "./checkFirstMonth";
import type { Interval } from "./interval";
import { periodOf } from "./periodOf";
import type { Scheme } from "./scheme";

/**
 * The periods of a scheme that a window touches, each clipped to the window, in order.
 * A partner starting on 1.8.2013 invoicing by calendar quarter has a first block
 * 1.8.–30.9.2013. Empty when the window ends before it starts.
 *
 * @example
 * blocksOfWindow({ start: dayFromYmd(2013, 8, 1), end: dayFromYmd(2014, 1, 15) }, "quarter")
 * //=> [1.8.–30.9.2013, 1.10.–31.12.2013, 1.1.–15.1.2014] (as intervals of days)
 */
export function blocksOfWindow(window: Interval, scheme: Scheme, firstMonth = 1): Interval[] {
  checkFirstMonth(firstMonth);
  const blocks: Interval[] = [];
  for (let day = window.start; day <= window.end;) {
    const period = periodOf(day, scheme, firstMonth);
    blocks.push({ start: day, end: Math.min(period.end, window.end) });
    day = period.end + 1;
  }
  return blocks;
}
