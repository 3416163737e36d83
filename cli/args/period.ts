import type { Interval } from "../../src/periods";
import { parseDate } from "../../src/periods";
import { parsePeriodText } from "../../src/periods/parsePeriod";

/**
 * `--period` as an interval: ISO (2014-01-01..2014-10-31), Finnish (1.1.2014–31.12.2014, the form the tool prints), a
 * year (2014), a quarter (2014Q3, Q3/2014), a tertial (2014T2) or a month (3/2014). "reversed" when both ends are days
 * but the end comes first, so that the user is told that rather than "not a period"; null for anything else.
 */
export function periodArg(text: string): Interval | "reversed" | null {
  const interval = parsePeriodText(text);
  if (interval) return interval;
  const ends = text.split(/\s*(?:\u2013|\u2014|\.\.|\s-\s)\s*/);
  if (ends.length !== 2) return null;
  const [first, second] = ends.map((end) => parseDate(end));
  return first !== null && second !== null && first > second ? "reversed" : null;
}
