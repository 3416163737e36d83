import type { Day } from "./day";

/** A calendar date: month 1–12, day 1–31. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/**
 * The calendar date of a day (proleptic Gregorian). Pure arithmetic (Howard Hinnant's
 * civil_from_days), no Date objects.
 *
 * @example
 * ymdOf(16739) //=> { year: 2015, month: 10, day: 31 }
 * ymdOf(0)     //=> { year: 1970, month: 1, day: 1 }
 */
export function ymdOf(day: Day): Ymd {
  const z = Math.floor(day) + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1,
  };
}
