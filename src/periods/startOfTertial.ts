import type { Day } from "./day";
import { dayFromYmd } from "./dayFromYmd";
import { ymdOf } from "./ymdOf";

/**
 * The first day of the day's tertial, the third of a year that SONet BOTNIA invoices by:
 * months 1–4, 5–8 and 9–12.
 *
 * @example
 * startOfTertial(dayFromYmd(2014, 6, 15)) //=> dayFromYmd(2014, 5, 1)
 */
export function startOfTertial(day: Day): Day {
  const { year, month } = ymdOf(day);
  return dayFromYmd(year, month - ((month - 1) % 4), 1);
}
