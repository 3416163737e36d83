import type { Interval } from "./index";
import { dayFromYmd, endOfMonth, parseDate } from "./index";
import { yearOfTwoDigits } from "./parseDate";

const MONTH_NAMES: Readonly<Record<string, number>> = {
  tammikuu: 1,
  helmikuu: 2,
  maaliskuu: 3,
  huhtikuu: 4,
  toukokuu: 5,
  kesakuu: 6,
  heinakuu: 7,
  elokuu: 8,
  syyskuu: 9,
  lokakuu: 10,
  marraskuu: 11,
  joulukuu: 12,
  januari: 1,
  februari: 2,
  mars: 3,
  april: 4,
  maj: 5,
  juni: 6,
  juli: 7,
  augusti: 8,
  september: 9,
  oktober: 10,
  november: 11,
  december: 12,
  january: 1,
  february: 2,
  march: 3,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  october: 10,
};

/** Finnish month stems ("tammi" in "tammi–huhtikuu") and the short names of all three languages. */
const MONTH_SHORT: Readonly<Record<string, number>> = {
  tammi: 1,
  helmi: 2,
  maalis: 3,
  huhti: 4,
  touko: 5,
  kesa: 6,
  heina: 7,
  elo: 8,
  syys: 9,
  loka: 10,
  marras: 11,
  joulu: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  okt: 10,
  nov: 11,
  dec: 12,
};

const QUARTER_WORDS = "q|neljannes|vuosineljannes|kvartaali|kvartal|kvartalet|quarter";
const TERTIAL_WORDS = "t|kolmannes|tertial|tertiaali";

/** A scheme's block forms, compiled once: a ledger's period column may be read a million times. */
interface BlockForms {
  readonly months: number;
  /** "Q1/2014", "Q1 2014", "Q1/14": the block's number, then the year. */
  readonly wordFirst: RegExp;
  /** "2014-Q1": the year, then the block's number. */
  readonly yearFirst: RegExp;
  /** "1. neljännes 2014": the block's number, then the year. */
  readonly numberFirst: RegExp;
}

function blockForms(words: string, perYear: number): BlockForms {
  const max = `[1-${perYear}]`;
  return {
    months: 12 / perYear,
    wordFirst: new RegExp(`^(?:${words})\\s*(${max})\\s*[-/ ]?\\s*(\\d{4}|\\d{2})$`),
    yearFirst: new RegExp(`^(\\d{4})\\s*[-/ ]?\\s*(?:${words})\\s*(${max})$`),
    numberFirst: new RegExp(`^(${max})\\.?\\s*(?:${words})\\s*[-/ ]?\\s*(\\d{4})$`),
  };
}

const QUARTERS = blockForms(QUARTER_WORDS, 4);
const TERTIALS = blockForms(TERTIAL_WORDS, 3);

function monthOf(word: string): number | null {
  const w = word.replace(/\.$/, "");
  return MONTH_NAMES[w] ?? MONTH_SHORT[w] ?? MONTH_SHORT[w.replace(/kuu(ta)?$/, "")] ?? null;
}

/** A year as typed: 2014, or 14 for 2014 (99 for 1999, by Excel's two-digit rule). */
function yearOf(text: string): number {
  const year = Number(text);
  return text.length === 2 ? yearOfTwoDigits(year) : year;
}

function monthsInterval(year: number, first: number, last: number): Interval | null {
  if (first < 1 || last > 12 || first > last || year < 1900 || year > 9999) return null;
  const start = dayFromYmd(year, first, 1);
  return { start, end: endOfMonth(dayFromYmd(year, last, 1)) };
}

/** The n-th block of `months` months of a year: quarter 3 is July–September, tertial 1 January–April. */
function blockInterval(year: number, n: number, months: number): Interval | null {
  return monthsInterval(year, (n - 1) * months + 1, n * months);
}

/**
 * Reads a period typed as text in one cell: "1.3.2014–31.3.2014", "1.3.–31.3.2014",
 * "3/2014", "3/14", "2014-03", "1–4/2014" (months 1–4), "maaliskuu 2014", "mars 2014",
 * "tammi–huhtikuu 2014", "Q1/2014", "2014-Q1", "1. neljännes 2014", "T1/2014", "2014-T1"
 * (the labels `=KASTE.PERIOD` gives).
 *
 * @example parsePeriodText("1-4/2014") // { start: 1.1.2014, end: 30.4.2014 }
 */
export function parsePeriodText(text: string): Interval | null {
  return readPeriodText(text, false);
}

/** `single`: one period only ("3/2014", "2014-03", "Q1/2014", "2014"), no range of months, dates or periods. */
function readPeriodText(text: string, single: boolean): Interval | null {
  const t = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
  const dashed = t.replace(/\s*[\u2013\u2014]\s*/g, "-");
  // "9/2013", "9/13", "9-2013", and "09.2013" as Excel shows a month typed into a text cell
  let m =
    /^(\d{1,2})\s*\/\s*(\d{4}|\d{2})$/.exec(dashed) ?? /^(\d{1,2})\s*-\s*(\d{4})$/.exec(dashed) ?? /^(\d{1,2})\.(\d{4})$/.exec(dashed);
  if (m) return monthsInterval(yearOf(m[2]), Number(m[1]), Number(m[1]));
  m = /^(\d{4})\s*[-/]\s*(\d{1,2})$/.exec(dashed);
  if (m) return monthsInterval(Number(m[1]), Number(m[2]), Number(m[2]));
  m = single ? null : /^(\d{1,2})\s*-\s*(\d{1,2})\s*\/\s*(\d{4}|\d{2})$/.exec(dashed);
  if (m) return monthsInterval(yearOf(m[3]), Number(m[1]), Number(m[2]));
  // "maaliskuu 2014", "tammikuu/2014", and Excel's "jan-14" / "tammi-14" typed as text
  m = /^([a-z]+\.?)\s*(?:\s|\/|-)\s*(\d{4}|\d{2})$/.exec(dashed);
  const named = m ? monthOf(m[1]) : null;
  if (m && named) return monthsInterval(yearOf(m[2]), named, named);
  // A whole year ("2014"): a yearly application's period
  m = /^(?:v\.?\s*|vuosi\s+|ar\s+|year\s+)?((?:19|20)\d\d)$/.exec(dashed);
  if (m) return monthsInterval(Number(m[1]), 1, 12);
  m = single ? null : /^([a-z]+\.?)\s*-\s*([a-z]+\.?)\s+(\d{4})$/.exec(dashed);
  const [from, to] = m ? [monthOf(m[1]), monthOf(m[2])] : [null, null];
  if (m && from && to) return monthsInterval(Number(m[3]), from, to);
  const block = blockOf(dashed, QUARTERS) ?? blockOf(dashed, TERTIALS);
  if (block !== undefined) return block;
  return single ? null : (dateRange(t) ?? periodRange(dashed));
}

/**
 * A run of periods from one to another ("4/2013–10/2015", "12/2013 - 9/2015", "Q4/2013–Q3/2015",
 * "2013–2015", "2014-01 - 2014-03"): the first one's first day to the last one's last day. Null unless
 * both ends read as one period each, the first not after the last: a chain ("1/2014-3/2014-6/2014",
 * "1-3/2014 - 5/2014") is no period.
 */
function periodRange(dashed: string): Interval | null {
  const parts = dashed.split(/\s*-\s*/);
  if (parts.length < 2 || parts.length > 4) return null;
  for (let cut = 1; cut < parts.length; cut++) {
    const from = readPeriodText(parts.slice(0, cut).join("-"), true);
    const to = from && readPeriodText(parts.slice(cut).join("-"), true);
    if (from && to && from.start <= to.end) return { start: from.start, end: to.end };
  }
  return null;
}

/** "Q1/2014", "Q1 2014", "2014-Q1", "1. neljännes 2014" (and the tertial forms), else undefined. */
function blockOf(t: string, { months, wordFirst, yearFirst, numberFirst }: BlockForms): Interval | null | undefined {
  let m = wordFirst.exec(t);
  if (m) return blockInterval(yearOf(m[2]), Number(m[1]), months);
  m = yearFirst.exec(t);
  if (m) return blockInterval(Number(m[1]), Number(m[2]), months);
  m = numberFirst.exec(t);
  if (m) return blockInterval(Number(m[2]), Number(m[1]), months);
  return undefined;
}

/** "1.3.2014–31.3.2014", "1.3.–31.3.2014", "2014-03-01..2014-03-31". */
function dateRange(t: string): Interval | null {
  const parts = t.split(/\s*(?:\u2013|\u2014|\.\.|\s-\s|-(?=\s*\d{1,2}\.\d))\s*/);
  if (parts.length !== 2) return null;
  const end = parseDate(parts[1]);
  if (end === null) return null;
  let start = parseDate(parts[0]);
  // "1.3.–31.3.2014" and "1.3.–31.3.14": the start borrows the end's year
  const endYear = /\.(\d{4}|\d{2})$/.exec(parts[1])?.[1];
  if (start === null && endYear && /^\d{1,2}\.\d{1,2}\.?$/.test(parts[0])) {
    start = parseDate(`${parts[0].replace(/\.$/, "")}.${endYear}`);
  }
  // "1.–31.3.2014": the start borrows the end's month and year too
  const endMonthYear = /\.(\d{1,2}\.(?:\d{4}|\d{2}))$/.exec(parts[1])?.[1];
  if (start === null && endMonthYear && /^\d{1,2}\.?$/.test(parts[0])) {
    start = parseDate(`${parts[0].replace(/\.$/, "")}.${endMonthYear}`);
  }
  if (start === null || start > end) return null;
  return { start, end };
}

/**
 * A month typed without its year ("maaliskuu", "mars", "March", "3", "03"), as a ledger's
 * Kuukausi column holds it when the sheet is one year's; null for anything else.
 */
export function monthOfText(text: string): number | null {
  const t = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();
  if (/^\d{1,2}\.?$/.test(t)) {
    const month = Number(t.replace(".", ""));
    return month >= 1 && month <= 12 ? month : null;
  }
  return /^[a-z]+\.?$/.test(t) ? monthOf(t) : null;
}
