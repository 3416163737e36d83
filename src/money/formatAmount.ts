import type { Cents } from "./cents";
import type { NumberLang } from "./lang";

const NO_BREAK_SPACE = "\u00a0";
const MINUS_SIGN = "\u2212";

/**
 * Writes cents as an amount with two decimals and no currency sign, the way a person of
 * that language reads it: Finnish and Swedish `1 828 204,50` (no-break space U+00A0
 * between groups, U+2212 minus), English `1,828,204.50` (hyphen-minus).
 * `parseAmount` reads every result back to the same cents.
 *
 * @example
 * formatAmount(182820450, "fi") //=> "1 828 204,50"   (U+00A0 between groups)
 * formatAmount(-123400, "sv")   //=> "−1 234,00"      (U+2212 minus)
 * formatAmount(182820450, "en") //=> "1,828,204.50"
 */
export function formatAmount(cents: Cents, lang: NumberLang): string {
  const english = lang === "en";
  const magnitude = Math.abs(cents);
  const euros = Math.floor(magnitude / 100);
  const rest = magnitude - euros * 100;
  const digits = String(euros);
  const group = english ? "," : NO_BREAK_SPACE;
  // Build from the left: the first group holds the 1–3 digits left over by the threes.
  let text = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = text.length; i < digits.length; i += 3) text += group + digits.slice(i, i + 3);
  text += (english ? "." : ",") + (rest < 10 ? "0" : "") + rest;
  return cents < 0 ? (english ? "-" : MINUS_SIGN) + text : text;
}
