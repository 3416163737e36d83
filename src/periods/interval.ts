import type { Day } from "./day";

/** A span of days, inclusive at both ends: { start: 1.4.2013, end: 31.10.2015 }. */
export interface Interval {
  start: Day;
  end: Day;
}
