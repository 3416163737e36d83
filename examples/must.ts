import { parseDate } from "../src/periods";
import type { Day } from "../src/periods";

/** A day the examples write as Finnish text ("1.4.2013"); a typo in an example fails at once. */
export function day(text: string): Day {
  return must(parseDate(text), `a date: ${text}`);
}

/** A value an example is built to have (a sheet it made, a date it set); its absence is a bug in the example. */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`examples: expected ${what}`);
  return value;
}
