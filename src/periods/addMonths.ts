import type { Day } from "./day";
import { dayFromYmd } from "./dayFromYmd";
import { daysInMonth } from "./daysInMonth";
import { ymdOf } from "./ymdOf";

/**
 * The same day of the month `n` months later (earlier for negative `n`), clamped to the
 * end of a shorter month, as date-fns does: 31.1. + 1 month is 28.2. or 29.2.
 *
 * @example
 * addMonths(dayFromYmd(2014, 1, 31), 1)  //=> dayFromYmd(2014, 2, 28)
 * addMonths(dayFromYmd(2013, 8, 1), -12) //=> dayFromYmd(2012, 8, 1)
 */
export function addMonths(day: Day, n: number): Day {
  const { year, month, day: dayOfMonth } = ymdOf(day);
  const monthIndex = year * 12 + month - 1 + Math.trunc(n);
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return dayFromYmd(targetYear, targetMonth, Math.min(dayOfMonth, daysInMonth(targetYear, targetMonth)));
}
