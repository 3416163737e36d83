import type { Day } from "./day";
import { checkFirstMonth } from "./checkFirstMonth";
import { dayFromYmd } from "./dayFromYmd";
import { ymdOf } from "./ymdOf";

/**
 * The first day of the day's quarter. Quarters are calendar quarters (January–March, …)
 * unless `firstMonth` says in which month (1–12) a quarter starts, for a reconciliation
 * schedule agreed otherwise: with `firstMonth = 2` quarters run February–April and so on.
 *
 * @example
 * startOfQuarter(dayFromYmd(2014, 5, 20))    //=> dayFromYmd(2014, 4, 1)
 * startOfQuarter(dayFromYmd(2014, 1, 20), 2) //=> dayFromYmd(2013, 11, 1)
 */
export function startOfQuarter(day: Day, firstMonth = 1): Day {
  checkFirstMonth(firstMonth);
  const { year, month } = ymdOf(day);
  const monthsIntoQuarter = (((month - firstMonth) % 3) + 3) % 3;
  return dayFromYmd(year, month - monthsIntoQuarter, 1);
}
