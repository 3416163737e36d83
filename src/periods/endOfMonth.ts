import type { Day } from "./day";
import { dayFromYmd } from "./dayFromYmd";
import { ymdOf } from "./ymdOf";

/**
 * The last day of the day's month.
 *
 * @example
 * endOfMonth(dayFromYmd(2016, 2, 10)) //=> dayFromYmd(2016, 2, 29)
 */
export function endOfMonth(day: Day): Day {
  const { year, month } = ymdOf(day);
  return dayFromYmd(year, month + 1, 1) - 1;
}
