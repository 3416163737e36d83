/**
 * A calendar day as the number of days since 1970-01-01 (UTC, no time of day).
 * Softly branded like `Cents`: a plain number may be given as a day, an amount in cents may not.
 */
export type Day = number & { readonly unit?: "day" };
