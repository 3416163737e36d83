import type { Cents } from "./cents";

/**
 * Splits a total into parts proportional to weights so that the parts add up to the
 * total exactly (largest-remainder method, to the cent).
 *
 * Weights are non-negative finite numbers: populations, tier amounts, fractions (0.2,
 * 1/3 as a float) or percentages; only their proportions matter. Integer weights are
 * used exactly; other weights are read as 12-significant-digit decimals, which removes
 * float noise (`0.1 + 0.2` weighs the same as `0.3`, three `1/3`s weigh the same), and
 * the arithmetic is exact (BigInt). Every part first gets the floor of its exact share;
 * the leftover cents go to the largest remainders, ties to the earlier index (as in
 * dinero.js). A negative total is split by its absolute value and negated.
 * Throws a RangeError for no weights, all-zero weights, or a negative or non-finite weight.
 *
 * @example
 * allocate(1003, [50, 50])        //=> [502, 501]
 * allocate(100, [1, 1, 1])        //=> [34, 33, 33]
 * allocate(14200000, [20000, 2000]) //=> [12909091, 1290909]
 * allocate(-1003, [50, 50])       //=> [-502, -501]
 */
export function allocate(total: Cents, weights: readonly number[]): Cents[] {
  if (!Number.isSafeInteger(total)) throw new RangeError(`allocate: the total must be whole cents, got ${total}`);
  if (weights.length === 0) throw new RangeError("allocate: there are no weights to split by");
  const scaled = scaleToIntegers(weights);
  let weightSum = 0n;
  for (const weight of scaled) weightSum += weight;
  if (weightSum === 0n) throw new RangeError("allocate: all weights are zero, so there is nothing to split by");

  const amount = BigInt(Math.abs(total));
  const parts: bigint[] = [];
  const remainders: bigint[] = [];
  let handedOut = 0n;
  for (const weight of scaled) {
    const share = amount * weight;
    const part = share / weightSum;
    parts.push(part);
    remainders.push(share % weightSum);
    handedOut += part;
  }
  // Fewer leftover cents than parts with a remainder, so zero weights never get one.
  const leftover = Number(amount - handedOut);
  if (leftover > 0) {
    const order = parts.map((_, index) => index);
    order.sort((a, b) => (remainders[a] === remainders[b] ? a - b : remainders[a] > remainders[b] ? -1 : 1));
    for (let k = 0; k < leftover; k++) parts[order[k]] += 1n;
  }
  const sign = total < 0 ? -1 : 1;
  return parts.map((part) => (part === 0n ? 0 : sign * Number(part)));
}

/** Significant digits kept of a non-integer weight: enough for any real key, few enough to drop float noise. */
const WEIGHT_DIGITS = 12;

/** Turns weights into integers with the same proportions: each weight × 10^k for one common k. */
function scaleToIntegers(weights: readonly number[]): bigint[] {
  const mantissas: bigint[] = [];
  const exponents: number[] = [];
  let smallest = 0;
  for (const [index, weight] of weights.entries()) {
    if (!Number.isFinite(weight) || weight < 0) {
      throw new RangeError(`allocate: weight ${index + 1} is ${weight}; weights must be finite and not negative`);
    }
    const [mantissa, exponent] = Number.isInteger(weight) ? [BigInt(weight), 0] : decimalOf(weight);
    mantissas.push(mantissa);
    exponents.push(exponent);
    if (exponent < smallest) smallest = exponent;
  }
  return mantissas.map((mantissa, i) => mantissa * 10n ** BigInt(exponents[i] - smallest));
}

/** A positive non-integer as mantissa × 10^exponent, rounded to WEIGHT_DIGITS significant digits. */
function decimalOf(weight: number): [bigint, number] {
  const text = weight.toPrecision(WEIGHT_DIGITS); // "0.333333333333" or "1.23456789012e-7"
  const e = text.indexOf("e");
  const digitsPart = e < 0 ? text : text.slice(0, e);
  let exponent = e < 0 ? 0 : Number(text.slice(e + 1));
  const point = digitsPart.indexOf(".");
  if (point >= 0) exponent -= digitsPart.length - point - 1;
  return [BigInt(digitsPart.replace(".", "")), exponent];
}

/**
 * Reads one allocation weight from a cell: a number, a fraction "1/5", a percent "20 %"
 * (as 0.2), or a decimal with a comma or point ("0,2"); a population may use space groups
 * ("60 211"). Returns `null` for negative, non-finite or unreadable values.
 *
 * @example
 * parseWeight("1/5")    //=> 0.2
 * parseWeight("31 %")   //=> 0.31
 * parseWeight("0,2")    //=> 0.2
 * parseWeight("60 211") //=> 60211
 * parseWeight("1,234")  //=> null   (a thousand or a decimal?)
 * parseWeight(-1)       //=> null
 */
export function parseWeight(value: number | string): number | null {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : null;
  const text = value.trim();
  const slash = text.indexOf("/");
  if (slash >= 0) {
    const numerator = plainNumber(text.slice(0, slash));
    const denominator = plainNumber(text.slice(slash + 1));
    if (numerator === null || denominator === null || denominator === 0) return null;
    return numerator / denominator;
  }
  if (text.endsWith("%")) {
    const percent = plainNumber(text.slice(0, -1));
    return percent === null ? null : percent / 100;
  }
  return plainNumber(text);
}

/**
 * A non-negative decimal: digits in optional space groups, then an optional "," or "."
 * decimal part. "1,234" could be a thousand or a decimal, so like `parseAmount` it is refused.
 */
function plainNumber(text: string): number | null {
  const match = /^(\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d+)(?:[.,](\d+))?$/.exec(text.trim());
  if (!match) return null;
  if (match[2]?.length === 3 && match[1].length <= 3 && !match[1].startsWith("0")) return null;
  const number = Number(match[1].replace(/\D/g, "") + (match[2] === undefined ? "" : "." + match[2]));
  return Number.isFinite(number) ? number : null;
}
