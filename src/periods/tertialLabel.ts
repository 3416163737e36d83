import type { Day } from "./day";
import { ymdOf } from "./ymdOf";

/**
 * The tertial of a day as "YYYY-Tn" (T1 = months 1–4, T2 = 5–8, T3 = 9–12).
 *
 * @example
 * tertialLabel(dayFromYmd(2014, 4, 30)) //=> "2014-T1"
 * tertialLabel(dayFromYmd(2014, 9, 1))  //=> "2014-T3"
 */
export function tertialLabel(day: Day): string {
  const { year, month } = ymdOf(day);
  return `${year}-T${Math.floor((month - 1) / 4) + 1}`;
}
