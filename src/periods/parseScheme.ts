import type { Scheme } from "./scheme";

/** Words users type for each scheme, lower case, without diacritics (ä → a, å → a). */
const SCHEME_WORDS: ReadonlyMap<string, Scheme> = new Map<string, Scheme>([
  ...["month", "months", "monthly", "kuukausi", "kuukausittain", "kk", "manad", "manadsvis", "manatlig", "manader"].map(
    (w) => [w, "month"] as const,
  ),
  ...[
    "quarter",
    "quarterly",
    "quarters",
    "neljannes",
    "neljannesvuosi",
    "vuosineljannes",
    "neljannesvuosittain",
    "kvartaali",
    "kvartaaleittain",
    "kvartal",
    "kvartalsvis",
    "q",
  ].map((w) => [w, "quarter"] as const),
  ...[
    "tertial",
    "tertials",
    "tertiaali",
    "tertiaaleittain",
    "kolmannes",
    "vuosikolmannes",
    "kolmanneksittain",
    "tertialvis",
    "3 kertaa vuodessa",
    "tre ganger per ar",
    "three times a year",
  ].map((w) => [w, "tertial"] as const),
]);

/**
 * Reads an invoicing or reporting scheme typed in Finnish, Swedish or English: kuukausi,
 * månad, month; neljännes, vuosineljännes, kvartaali, kvartal, quarter; kolmannes,
 * tertiaali, tertial. Case, surrounding spaces and diacritics do not matter.
 *
 * @example
 * parseScheme("Vuosineljännes") //=> "quarter"
 * parseScheme("månad")          //=> "month"
 * parseScheme("tertiaali")      //=> "tertial"
 * parseScheme("viikko")         //=> null
 */
export function parseScheme(text: string): Scheme | null {
  const key = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
  return SCHEME_WORDS.get(key) ?? null;
}
