/**
 * Computes floor(a × num ÷ den) exactly for safe integers, rounding toward −∞.
 * Plain doubles suffice while a × num is a safe integer; beyond that the product is
 * taken with BigInt so no cent is lost (1.8e9 cents × 750 000 ppm already is not safe).
 * Throws a RangeError for a zero denominator or an argument that is not a safe integer.
 *
 * @example
 * mulDivFloor(182820400, 750_000, 1_000_000) //=> 137115300
 * mulDivFloor(-1, 3, 4)                       //=> -1
 */
export function mulDivFloor(a: number, num: number, den: number): number {
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(num) || !Number.isSafeInteger(den)) {
    throw new RangeError(`mulDivFloor needs safe integers, got ${a} × ${num} ÷ ${den}`);
  }
  if (den === 0) throw new RangeError("mulDivFloor: division by zero");
  const product = a * num;
  if (Number.isSafeInteger(product)) {
    // % and the division of an exact multiple are exact for safe integers.
    const remainder = product % den;
    const quotient = (product - remainder) / den;
    const result = remainder !== 0 && remainder < 0 !== den < 0 ? quotient - 1 : quotient;
    return result === 0 ? 0 : result;
  }
  const big = BigInt(a) * BigInt(num);
  const bigDen = BigInt(den);
  const quotient = big / bigDen; // truncates toward zero
  const remainder = big % bigDen;
  const floored = remainder !== 0n && remainder < 0n !== bigDen < 0n ? quotient - 1n : quotient;
  return Number(floored);
}
