import type { NumberLang } from "./lang";

/** A rate as an integer in parts per million: 75 % is 750 000, exact for any typed percent with up to 4 decimals. */
export type Ppm = number;

/** 100 %: the largest rate there is. */
export const FULL_RATE: Ppm = 1_000_000;

/**
 * Reads a rate from a cell: a number or a text. A value with a `%` sign is a percent;
 * otherwise a number up to 1 is a fraction (0.75) and a number above 1 is a percent (75).
 * Decimals may use a comma or a point. Rounds to the nearest ppm. Returns `null` for a
 * negative rate, a rate above 100 % or anything that is not a number.
 *
 * @example
 * parseRate(0.75)      //=> 750000
 * parseRate("75 %")    //=> 750000
 * parseRate("75,5 %")  //=> 755000
 * parseRate("0,75")    //=> 750000
 * parseRate(101)       //=> null
 */
export function parseRate(value: number | string): Ppm | null {
  if (typeof value === "number") return rateOfNumber(value, false);
  let text = value.trim();
  let percent = false;
  if (text.endsWith("%")) {
    percent = true;
    text = text.slice(0, -1).trimEnd();
  }
  // A plain decimal only: no groups, no exponents, no signs (a rate is never negative).
  if (!/^(?:\d+(?:[.,]\d*)?|[.,]\d+)$/.test(text)) return null;
  return rateOfNumber(Number(text.replace(",", ".")), percent);
}

function rateOfNumber(value: number, percent: boolean): Ppm | null {
  if (!Number.isFinite(value) || value < 0) return null;
  // Fraction or percent is decided on the number as Excel shows it (15 significant digits): a
  // computed 100 % such as =0,1*3/0,3 is 1.0000000000000002, which is 1, not 1.0000000000000002 %.
  const shown = Number(value.toPrecision(15));
  // Rounding removes float noise: 0.755 × 1e6 is 755000.0000000001.
  const ppm = Math.round(percent || shown > 1 ? shown * 10_000 : shown * FULL_RATE);
  return ppm > FULL_RATE ? null : ppm;
}

/**
 * Writes a rate as a percent with as many decimals as it needs (up to 4): Finnish and
 * Swedish `75 %` and `75,5 %` (U+00A0 before %), English `75%` and `75.5%`.
 *
 * @example
 * formatRate(750_000, "fi") //=> "75 %"
 * formatRate(755_000, "sv") //=> "75,5 %"
 * formatRate(755_000, "en") //=> "75.5%"
 */
export function formatRate(ppm: Ppm, lang: NumberLang): string {
  const english = lang === "en";
  const magnitude = Math.abs(Math.round(ppm));
  const whole = Math.floor(magnitude / 10_000);
  const fraction = String(magnitude % 10_000)
    .padStart(4, "0")
    .replace(/0+$/, "");
  const number = fraction ? `${whole}${english ? "." : ","}${fraction}` : String(whole);
  const sign = ppm < 0 ? (english ? "-" : "\u2212") : "";
  return english ? `${sign}${number}%` : `${sign}${number}\u00a0%`;
}
