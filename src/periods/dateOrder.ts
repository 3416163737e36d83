/**
 * The order of a column's dates typed as text with slashes or hyphens (09/02/2013, 9-2-2013):
 * day first as in Finland and Sweden, or month first as an en-US spreadsheet saves a CSV. One
 * value settles it: a first part over 12 is a day, a second part over 12 is a day. A column whose
 * every value could be either is undecided. Dots (9.2.2013) and ISO (2013-02-09) are never in doubt.
 */
export type DateOrder = "dayFirst" | "monthFirst";

export interface ColumnDateOrder {
  /** Settled by a value, undecided (every value either way), none (no such dates), or both ways (mixed). */
  readonly order: DateOrder | "undecided" | "none" | "mixed";
  /** The first value that could be read either way, as an example for a message. */
  readonly sample?: string;
}

const SLASHED = /^\s*(\d{1,2})([/-])(\d{1,2})\2(\d{2}|\d{4})(?:[\sT].*)?$/;

export function dateOrderOf(values: Iterable<unknown>): ColumnDateOrder {
  let dayFirst = false;
  let monthFirst = false;
  let any = false;
  let sample: string | undefined;
  for (const value of values) {
    if (typeof value !== "string") continue;
    const match = SLASHED.exec(value);
    if (!match) continue;
    any = true;
    const first = Number(match[1]);
    const second = Number(match[3]);
    if (first > 12 && second <= 12) dayFirst = true;
    else if (second > 12 && first <= 12) monthFirst = true;
    else if (first <= 12 && second <= 12 && first !== second) sample ??= value.trim();
  }
  if (dayFirst && monthFirst) return { order: "mixed" };
  if (dayFirst) return { order: "dayFirst" };
  if (monthFirst) return { order: "monthFirst" };
  // 01/01/2014 reads the same both ways: only a value that differs leaves the order in doubt
  return { order: any && sample !== undefined ? "undecided" : "none", ...(sample !== undefined ? { sample } : {}) };
}
