import type { Cents } from "./cents";

/** Beyond this many euros a double cannot hold every cent (2^53 cents). */
const MAX_EUROS = 2 ** 53 / 100;

/**
 * Converts an Excel number of euros to whole cents, rounding half away from zero.
 *
 * Excel keeps 15 significant digits, so the binary noise of a double is removed by
 * reading the value as a 15-significant-digit decimal before rounding: `1.005` (really
 * 1.00499999…) is the half cent it was typed as and becomes 101, and `0.1 + 0.2` is 30.
 * Returns `null` for NaN, ±Infinity and magnitudes beyond 2^53 / 100 euros.
 *
 * @example
 * fromEuros(1371152.5) //=> 137115250
 * fromEuros(1.005)     //=> 101
 * fromEuros(-2.345)    //=> -235
 * fromEuros(0.1 + 0.2) //=> 30
 * fromEuros(NaN)       //=> null
 */
export function fromEuros(value: number): Cents | null {
  if (!Number.isFinite(value) || Math.abs(value) > MAX_EUROS) return null;
  const scaled = value * 100;
  const nearest = Math.round(scaled);
  // Fast path: only values close to a half cent need the careful decimal reading.
  if (Math.abs(Math.abs(scaled - Math.trunc(scaled)) - 0.5) > 1e-6) {
    if (!Number.isSafeInteger(nearest)) return null; // 2^53 / 100 itself rounds to 2^53 cents
    return nearest === 0 ? 0 : nearest;
  }
  const cents = halfCentAwayFromZero(Math.abs(value));
  if (!Number.isSafeInteger(cents)) return null;
  return value < 0 && cents !== 0 ? -cents : cents;
}

/** Rounds a non-negative euro amount near a half cent by its decimal digits. */
function halfCentAwayFromZero(euros: number): number {
  const integerDigits = euros >= 1 ? Math.floor(Math.log10(euros)) + 1 : 1;
  // 15 significant digits like Excel, but never fewer than 2 decimals for huge values.
  const text = euros.toPrecision(Math.max(15, integerDigits + 2));
  const point = text.indexOf(".");
  if (point < 0) return Number(text) * 100;
  const decimals = text.slice(point + 1);
  const cents = Number(text.slice(0, point) + (decimals + "00").slice(0, 2));
  return decimals.charCodeAt(2) >= 53 /* "5" */ ? cents + 1 : cents;
}
