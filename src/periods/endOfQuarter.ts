import type { Day } from "./day";
import { dayFromYmd } from "./dayFromYmd";
import { startOfQuarter } from "./startOfQuarter";
import { ymdOf } from "./ymdOf";

/**
 * The last day of the day's quarter (calendar quarters unless `firstMonth` says otherwise,
 * see `startOfQuarter`).
 *
 * @example
 * endOfQuarter(dayFromYmd(2014, 5, 20))    //=> dayFromYmd(2014, 6, 30)
 * endOfQuarter(dayFromYmd(2014, 1, 20), 2) //=> dayFromYmd(2014, 1, 31)
 */
export function endOfQuarter(day: Day, firstMonth = 1): Day {
  const { year, month } = ymdOf(startOfQuarter(day, firstMonth));
  return dayFromYmd(year, month + 3, 1) - 1;
}
