import type { Cents } from "./cents";
import { formatAmount } from "./formatAmount";
import type { NumberLang } from "./lang";

/**
 * Writes cents as money with the euro sign where the language puts it: Finnish and
 * Swedish after the amount (`1 828 204,50 €`, U+00A0 before €), English before it
 * (`€1,828,204.50`, `-€1,234.00`). `parseAmount` reads every result back.
 *
 * @example
 * formatMoney(182820450, "fi") //=> "1 828 204,50 €"
 * formatMoney(182820450, "en") //=> "€1,828,204.50"
 * formatMoney(-123400, "en")   //=> "-€1,234.00"
 */
export function formatMoney(cents: Cents, lang: NumberLang): string {
  if (lang !== "en") return formatAmount(cents, lang) + "\u00a0€";
  return cents < 0 ? "-€" + formatAmount(Math.abs(cents), lang) : "€" + formatAmount(cents, lang);
}
