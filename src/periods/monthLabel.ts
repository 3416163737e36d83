import type { Day } from "./day";
import { ymdOf } from "./ymdOf";

/**
 * The month of a day as "YYYY-MM", a label that sorts as text.
 *
 * @example
 * monthLabel(dayFromYmd(2014, 3, 17)) //=> "2014-03"
 */
export function monthLabel(day: Day): string {
  const { year, month } = ymdOf(day);
  return `${year}-${month < 10 ? "0" : ""}${month}`;
}
