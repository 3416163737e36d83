import type { Day } from "./day";

/**
 * The day of a calendar date (proleptic Gregorian), as days since 1970-01-01.
 * Pure arithmetic (Howard Hinnant's days_from_civil), no Date objects. Does not
 * validate: a month outside 1–12 rolls into the neighbouring years and a day past the
 * month's end rolls into the next month (use `isValidYmd` to check typed dates).
 *
 * @example
 * dayFromYmd(1970, 1, 1)   //=> 0
 * dayFromYmd(2015, 10, 31) //=> 16739
 * dayFromYmd(2014, 13, 1)  //=> dayFromYmd(2015, 1, 1)
 */
export function dayFromYmd(year: number, month: number, day: number): Day {
  const monthIndex = month - 1;
  let y = year + Math.floor(monthIndex / 12);
  const m = monthIndex - Math.floor(monthIndex / 12) * 12 + 1;
  // Count years from March so the leap day is the last day of the year.
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
