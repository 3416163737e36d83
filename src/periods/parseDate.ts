import type { Day } from "./day";
import { dayFromYmd } from "./dayFromYmd";
import { isValidYmd } from "./isValidYmd";

const DOT = 46;
const SLASH = 47;
const HYPHEN = 45;
const COLON = 58;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0xfeff;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Reads up to `max` digits from `text[at, end)`; the value goes to `digitsValue`, the end index is returned. */
let digitsValue = 0;
function readDigits(text: string, at: number, end: number, max: number): number {
  let value = 0;
  let i = at;
  while (i < end && i - at < max) {
    const code = text.charCodeAt(i);
    if (!isDigit(code)) break;
    value = value * 10 + (code - 48);
    i++;
  }
  digitsValue = value;
  return i;
}

/**
 * Reads a date typed as text: Finnish `31.10.2015` and `1.1.2014`, two-digit years
 * `31.10.15` by Excel's rule (00–29 is 2000–2029, 30–99 is 1930–1999: `1.1.99` is 1.1.1999), ISO `2015-10-31` (also with `T00:00:00` or a time after
 * a space), day-first `31/10/2015`, and a trailing time such as `31.10.2015 klo 12.00` or
 * `31.10.2015 12:00:00`, and spaces after the dots (`28. 2. 2014`); an accounting export's compact
 * `20151031` (eight digits, a year 1900–2099). Surrounding spaces are ignored. Returns `null` for anything
 * else, including dates that do not exist (31.2.2015) and month-first US dates with a
 * day over 12 ("10/31/2015"); an AM/PM time is refused because it signals month-first.
 *
 * @example
 * parseDate("31.10.2015")             //=> 16739
 * parseDate("31.10.15")               //=> 16739
 * parseDate("1.1.99")                 //=> 10592 (1.1.1999)
 * parseDate("2015-10-31T00:00:00")    //=> 16739
 * parseDate("31.10.2015 klo 12.00")   //=> 16739
 * parseDate("30.11.2015 (sähköposti)") //=> 16769
 * parseDate("31.2.2015")              //=> null
 * parseDate("10/31/2015", true)       //=> 16739 (month first, as its column proves)
 */
export function parseDate(text: string, monthFirst = false): Day | null {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;

  // "20151031": an accounting export's compact ISO date (eight digits, a year 1900–2099)
  if (end - start === 8) {
    const compact = compactDate(text, start);
    if (compact !== undefined) return compact;
  }
  let i = readDigits(text, start, end, 5);
  const firstLength = i - start;
  const first = digitsValue;
  if (i >= end || (firstLength !== 4 && firstLength !== 1 && firstLength !== 2)) return null;
  const separator = text.charCodeAt(i);
  if (separator !== DOT && separator !== SLASH && separator !== HYPHEN) return null;

  // "28. 2. 2014": spaces after the dots, as some type them
  let at = skipSpacesAfterDot(text, i + 1, end, separator);
  i = readDigits(text, at, end, 3);
  if (i - at < 1 || i - at > 2 || i >= end || text.charCodeAt(i) !== separator) return null;
  let month = digitsValue;

  at = skipSpacesAfterDot(text, i + 1, end, separator);
  let year: number;
  let day: number;
  if (firstLength === 4) {
    year = first;
    i = readDigits(text, at, end, 3);
    if (i - at < 1 || i - at > 2) return null;
    day = digitsValue;
  } else {
    day = first;
    // A column of US dates (09/02/2013) proved month-first by its values (dateOrder.ts); dots are always day-first
    if (monthFirst && separator !== DOT) [day, month] = [month, day];
    i = readDigits(text, at, end, 5);
    if (i - at === 2) year = yearOfTwoDigits(digitsValue);
    else if (i - at === 4) year = digitsValue;
    else return null;
  }
  if (i < end && !isTimeSuffix(text, i, end, firstLength === 4) && !isRemark(text, i, end, firstLength === 4)) return null;
  return isValidYmd(year, month, day) ? dayFromYmd(year, month, day) : null;
}

/**
 * The year of a two-digit year as Excel reads one typed (its default two-digit year cutoff,
 * 2029): 00–29 are 2000–2029, 30–99 are 1930–1999.
 *
 * @example
 * yearOfTwoDigits(15) //=> 2015
 * yearOfTwoDigits(99) //=> 1999
 */
export function yearOfTwoDigits(yy: number): number {
  return yy < 30 ? 2000 + yy : 1900 + yy;
}

/** The day of eight digits yyyymmdd at `start` (null when no such day), or undefined when they are not eight digits of a year 1900–2099. */
function compactDate(text: string, start: number): Day | null | undefined {
  if (readDigits(text, start, start + 8, 8) !== start + 8) return undefined;
  const digits = digitsValue;
  const year = Math.floor(digits / 10_000);
  if (year < 1900 || year > 2099) return undefined;
  const month = Math.floor(digits / 100) % 100;
  const day = digits % 100;
  return isValidYmd(year, month, day) ? dayFromYmd(year, month, day) : null;
}

function skipSpacesAfterDot(text: string, at: number, end: number, separator: number): number {
  if (separator !== DOT) return at;
  while (at < end && isSpace(text.charCodeAt(at))) at++;
  return at;
}

/**
 * Whether `text[at, end)` is a remark in brackets after a day-first date, no part of it
 * ("30.11.2015 (sähköposti)").
 */
function isRemark(text: string, at: number, end: number, iso: boolean): boolean {
  if (iso) return false;
  let i = at;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i > at && text.charCodeAt(i) === 40 /* ( */ && text.charCodeAt(end - 1) === 41 /* ) */ && text.indexOf("(", i + 1) < 0;
}

/**
 * Whether `text[at, end)` is a time of day after a date: spaces (or "T" after an ISO
 * date), an optional "klo"/"kl"/"kl."/"at", then H:MM or H.MM, optional seconds and
 * fraction, and after an ISO date an optional "Z" or UTC offset.
 */
function isTimeSuffix(text: string, at: number, end: number, iso: boolean): boolean {
  let i = at;
  const code = text.charCodeAt(i);
  if (iso && (code === 84 || code === 116) /* T */) {
    i++;
  } else {
    if (!isSpace(code)) return false;
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    const word = wordLength(text, i, end);
    if (word > 0) {
      i += word;
      while (i < end && isSpace(text.charCodeAt(i))) i++;
    }
  }
  let from = i;
  i = readDigits(text, from, end, 3);
  if (i - from < 1 || i - from > 2 || digitsValue > 24) return false;
  for (let part = 0; part < 2 && i < end; part++) {
    const separator = text.charCodeAt(i);
    if (separator !== COLON && separator !== DOT) break;
    from = i + 1;
    i = readDigits(text, from, end, 3);
    if (i - from !== 2 || digitsValue > 59) return false;
  }
  if (i < end && (text.charCodeAt(i) === DOT || text.charCodeAt(i) === 44)) {
    from = i + 1;
    i = readDigits(text, from, end, 9);
    if (i === from) return false;
  }
  if (iso && i < end) {
    const zone = text.charCodeAt(i);
    if (zone === 90 || zone === 122)
      i++; // "Z"
    else if (zone === 43 || zone === HYPHEN) {
      from = i + 1;
      i = readDigits(text, from, end, 2);
      if (i - from !== 2) return false;
      if (i < end && text.charCodeAt(i) === COLON) i++;
      from = i;
      i = readDigits(text, from, end, 2);
      if (i - from !== 0 && i - from !== 2) return false;
    }
  }
  return i === end;
}

/** The length of a "klo", "kl", "kl." or "at" before a time, or 0. */
function wordLength(text: string, at: number, end: number): number {
  const a = at < end ? text.charCodeAt(at) | 32 : 0;
  const b = at + 1 < end ? text.charCodeAt(at + 1) | 32 : 0;
  const c = at + 2 < end ? text.charCodeAt(at + 2) : 0;
  if (a === 107 && b === 108) return (c | 32) === 111 || c === DOT ? 3 : 2; // klo, kl., kl
  if (a === 97 && b === 116) return 2; // at
  return 0;
}
