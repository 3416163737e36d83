import { parseAmount } from "../../src/money";
import type { Cents } from "../../src/money";
import { parseDate } from "../../src/periods";
import type { Day, Interval } from "../../src/periods";

/** A period from two typed dates (`1.1.2014`, `2014-01-01`), or null when either is no date or the end is before the start. */
export function periodOfDates(startText: string, endText: string): Interval | null {
  const start = parseDate(startText);
  const end = parseDate(endText);
  return start === null || end === null || end < start ? null : { start, end };
}

/** An optional typed value: undefined when blank, null when typed but unreadable. */
export type Optional<T> = T | undefined | null;

export function optionalDay(text: string): Optional<Day> {
  return text.trim() === "" ? undefined : parseDate(text);
}

export function optionalCents(text: string): Optional<Cents> {
  if (text.trim() === "") return undefined;
  const parsed = parseAmount(text);
  return parsed.ok ? parsed.cents : null;
}
