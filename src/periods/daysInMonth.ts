/**
 * The number of days in a month of a year (Gregorian leap years).
 *
 * @example
 * daysInMonth(2016, 2) //=> 29
 * daysInMonth(1900, 2) //=> 28
 * daysInMonth(2015, 10) //=> 31
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
