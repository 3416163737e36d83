import type { Day } from "./day";
import { ymdOf } from "./ymdOf";

/**
 * The calendar quarter of a day as "YYYY-Qn".
 *
 * @example
 * quarterLabel(dayFromYmd(2014, 3, 31)) //=> "2014-Q1"
 * quarterLabel(dayFromYmd(2014, 10, 1)) //=> "2014-Q4"
 */
export function quarterLabel(day: Day): string {
  const { year, month } = ymdOf(day);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}
