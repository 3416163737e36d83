import type { Day } from "./day";
import { ymdOf } from "./ymdOf";

/**
 * The Finnish date of a day, "D.M.YYYY" without leading zeros, as Finns write it.
 *
 * @example
 * fiDateOf(16739) //=> "31.10.2015"
 * fiDateOf(16071) //=> "1.1.2014"
 */
export function fiDateOf(day: Day): string {
  const { year, month, day: dayOfMonth } = ymdOf(day);
  return `${dayOfMonth}.${month}.${year}`;
}
