import type { Lang } from "../../src/findings/render";

/**
 * A count of rows as a person reads it in `lang`: thousands grouped with a no-break space in
 * Finnish and Swedish, with a comma in English.
 *
 * @example
 * countText(40000, "fi") //=> "40 000"
 * countText(40000, "en") //=> "40,000"
 */
export function countText(count: number, lang: Lang): string {
  const digits = String(Math.abs(Math.trunc(count)));
  const group = lang === "en" ? "," : "\u00a0";
  let text = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = text.length; i < digits.length; i += 3) text += group + digits.slice(i, i + 3);
  return count < 0 ? (lang === "en" ? "-" : "\u2212") + text : text;
}
