import type { Interval } from "./index";
import { dayFromYmd, endOfMonth, parseDate } from "./index";

const MONTH_NAMES: Readonly<Record<string, number>> = {
  tammikuu: 1, helmikuu: 2, maaliskuu: 3, huhtikuu: 4, toukokuu: 5, kesakuu: 6,
  heinakuu: 7, elokuu: 8, syyskuu: 9, lokakuu: 10, marraskuu: 11, joulukuu: 12,
  januari: 1, februari: 2, mars: 3, april: 4, maj: 5, juni: 6, juli: 7, augusti: 8,
  september: 9, oktober: 10, november: 11, december: 12,
  january: 1, february: 2, march: 3, may: 5, june: 6, july: 7, august: 8, october: 10,
};

function monthsInterval(year: number, first: number, last: number): Interval | null {
  if (first < 1 || last > 12 || first > last || year < 1900 || year > 9999) return null;
  const start = dayFromYmd(year, first, 1);
  return { start, end: endOfMonth(dayFromYmd(year, last, 1)) };
}

/**
 * Reads a period typed as text in one cell: "1.3.2014–31.3.2014", "1.3.–31.3.2014",
 * "3/2014", "2014-03", "1–4/2014" (months 1–4), "maaliskuu 2014", "mars 2014".
 *
 * @example parsePeriodText("1-4/2014") // { start: 1.1.2014, end: 30.4.2014 }
 */
export function parsePeriodText(text: string): Interval | null {
  const t = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
  let m = /^(\d{1,2})\s*\/\s*(\d{4})$/.exec(t) ?? /^(\d{1,2})\s*-\s*(\d{4})$/.exec(t);
  if (m) return monthsInterval(Number(m[2]), Number(m[1]), Number(m[1]));
  m = /^(\d{4})\s*-\s*(\d{1,2})$/.exec(t);
  if (m) return monthsInterval(Number(m[1]), Number(m[2]), Number(m[2]));
  m = /^(\d{1,2})\s*[-\u2013\u2014]\s*(\d{1,2})\s*\/\s*(\d{4})$/.exec(t);
  if (m) return monthsInterval(Number(m[3]), Number(m[1]), Number(m[2]));
  m = /^([a-z]+)\s+(\d{4})$/.exec(t);
  if (m && MONTH_NAMES[m[1]]) return monthsInterval(Number(m[2]), MONTH_NAMES[m[1]], MONTH_NAMES[m[1]]);
  const parts = t.split(/\s*(?:\u2013|\u2014|\.\.|\s-\s|-(?=\s*\d{1,2}\.))\s*/);
  if (parts.length !== 2) return null;
  const end = parseDate(parts[1]);
  if (end === null) return null;
  let start = parseDate(parts[0]);
  // "1.3.–31.3.2014": the start borrows the end's year
  if (start === null && /^\d{1,2}\.\d{1,2}\.?$/.test(parts[0])) {
    start = parseDate(`${parts[0].replace(/\.$/, "")}.${parts[1].slice(-4)}`);
  }
  if (start === null || start > end) return null;
  return { start, end };
}
