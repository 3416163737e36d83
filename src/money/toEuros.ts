import type { Cents } from "./cents";

/**
 * Converts cents to a number of euros, for writing back to an Excel cell.
 *
 * @example
 * toEuros(137115250) //=> 1371152.5
 */
export function toEuros(cents: Cents): number {
  return cents / 100;
}
