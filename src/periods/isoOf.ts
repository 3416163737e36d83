import type { Day } from "./day";
import { ymdOf } from "./ymdOf";

/**
 * The ISO 8601 date of a day, "YYYY-MM-DD".
 *
 * @example
 * isoOf(16739) //=> "2015-10-31"
 */
export function isoOf(day: Day): string {
  const { year, month, day: dayOfMonth } = ymdOf(day);
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${dayOfMonth < 10 ? "0" : ""}${dayOfMonth}`;
}
