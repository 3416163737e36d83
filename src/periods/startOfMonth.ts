import type { Day } from "./day";
import { ymdOf } from "./ymdOf";

/**
 * The first day of the day's month.
 *
 * @example
 * startOfMonth(dayFromYmd(2014, 3, 17)) //=> dayFromYmd(2014, 3, 1)
 */
export function startOfMonth(day: Day): Day {
  return day - ymdOf(day).day + 1;
}
