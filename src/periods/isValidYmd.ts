import { daysInMonth } from "./daysInMonth";

/**
 * Whether year, month and day form a real calendar date (years 1–9999).
 *
 * @example
 * isValidYmd(2016, 2, 29) //=> true
 * isValidYmd(2015, 2, 29) //=> false
 * isValidYmd(2015, 13, 1) //=> false
 */
export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}
