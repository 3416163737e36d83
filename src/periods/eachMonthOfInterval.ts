import type { Day } from "./day";
import { dayFromYmd } from "./dayFromYmd";
import { ymdOf } from "./ymdOf";

/**
 * The first days of every month the interval from `start` to `end` (inclusive) touches,
 * in order. Empty when `end` is before `start`.
 *
 * @example
 * eachMonthOfInterval(dayFromYmd(2013, 11, 15), dayFromYmd(2014, 1, 2))
 * //=> [1.11.2013, 1.12.2013, 1.1.2014] as days
 */
export function eachMonthOfInterval(start: Day, end: Day): Day[] {
  const months: Day[] = [];
  if (end < start) return months;
  const { year, month } = ymdOf(start);
  for (let i = 0; ; i++) {
    const first = dayFromYmd(year, month + i, 1);
    if (first > end) return months;
    months.push(first);
  }
}
