import type { Day } from "./day";
import { endOfMonth } from "./endOfMonth";
import { endOfQuarter } from "./endOfQuarter";
import { endOfTertial } from "./endOfTertial";
import { monthLabel } from "./monthLabel";
import { quarterLabel } from "./quarterLabel";
import type { Scheme } from "./scheme";
import { startOfMonth } from "./startOfMonth";
import { startOfQuarter } from "./startOfQuarter";
import { startOfTertial } from "./startOfTertial";
import { tertialLabel } from "./tertialLabel";

/** One period of a scheme: its first and last day and a label that sorts as text. */
export interface Period {
  start: Day;
  end: Day;
  label: string;
}

/**
 * The period of a scheme that contains the day, with its label: "2014-03", "2014-Q1" or
 * "2014-T1". Quarters starting in another month than calendar quarters (`firstMonth`
 * not 1, 4, 7 or 10) are labelled by their months: "2013-11..2014-01".
 *
 * @example
 * periodOf(dayFromYmd(2014, 5, 20), "tertial")
 * //=> { start: 1.5.2014, end: 31.8.2014, label: "2014-T2" } (days)
 */
export function periodOf(day: Day, scheme: Scheme, firstMonth = 1): Period {
  if (scheme === "month") return { start: startOfMonth(day), end: endOfMonth(day), label: monthLabel(day) };
  if (scheme === "tertial") return { start: startOfTertial(day), end: endOfTertial(day), label: tertialLabel(day) };
  const start = startOfQuarter(day, firstMonth);
  const end = endOfQuarter(day, firstMonth);
  const label = firstMonth % 3 === 1 ? quarterLabel(day) : `${monthLabel(start)}..${monthLabel(end)}`;
  return { start, end, label };
}
