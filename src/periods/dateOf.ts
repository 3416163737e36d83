import type { Day } from "./day";
import { ymdOf } from "./ymdOf";

/** The languages a date is written in for a reader. */
export type DateLang = "fi" | "sv" | "en";

// en-GB's short month names as Intl (CLDR) writes them: September is "Sept".
const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"] as const;

/**
 * A day as a reader of `lang` writes it, the way Intl writes it for fi-FI, sv-FI (both
 * "D.M.YYYY": Swedish in Finland writes dates the Finnish way) and en-GB ("D Mon YYYY",
 * never a numeric 01/06/2013 that a US reader would take for 6 January).
 *
 * @example
 * dateOf(15857, "sv") //=> "1.6.2013"
 * dateOf(15857, "en") //=> "1 Jun 2013"
 */
export function dateOf(day: Day, lang: DateLang): string {
  const { year, month, day: dayOfMonth } = ymdOf(day);
  if (lang === "en") return `${dayOfMonth} ${EN_MONTHS[month - 1]} ${year}`;
  return `${dayOfMonth}.${month}.${year}`;
}
