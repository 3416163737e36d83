import type { Day } from "./day";
import { dayFromYmd } from "./dayFromYmd";
import { ymdOf } from "./ymdOf";

/**
 * The last day of the day's tertial (months 1–4, 5–8, 9–12).
 *
 * @example
 * endOfTertial(dayFromYmd(2014, 6, 15)) //=> dayFromYmd(2014, 8, 31)
 * endOfTertial(dayFromYmd(2014, 1, 1))  //=> dayFromYmd(2014, 4, 30)
 */
export function endOfTertial(day: Day): Day {
  const { year, month } = ymdOf(day);
  return dayFromYmd(year, month - ((month - 1) % 4) + 4, 1) - 1;
}
