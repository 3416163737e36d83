import type { Cents } from "./cents";

/** Why a text is not an amount; `ambiguous` and `subcent` deserve their own message. */
export type AmountProblem = "empty" | "invalid" | "ambiguous" | "subcent";

/** The result of reading a typed amount: cents, or the reason it could not be read. */
export type AmountParse = { ok: true; cents: Cents } | { ok: false; reason: AmountProblem };

// Shared failure results: parsing a million rows should not allocate a million of them.
const EMPTY: AmountParse = Object.freeze({ ok: false, reason: "empty" } as const);
const INVALID: AmountParse = Object.freeze({ ok: false, reason: "invalid" } as const);
const AMBIGUOUS: AmountParse = Object.freeze({ ok: false, reason: "ambiguous" } as const);
const SUBCENT: AmountParse = Object.freeze({ ok: false, reason: "subcent" } as const);

const DOT = 46;
const COMMA = 44;
const PLUS = 43;
const HYPHEN = 45;
const MINUS_SIGN = 0x2212;
const EN_DASH = 0x2013;
const EURO_SIGN = 0x20ac;

/** Spaces that separate digit groups: typed, Excel/Intl (U+00A0), narrow and thin spaces. */
function isGroupSpace(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x2007 || code === 0x2008 || code === 0x200a;
}

function isSpace(code: number): boolean {
  return isGroupSpace(code) || code === 9 || code === 10 || code === 13 || code === 0xfeff;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(code: number): boolean {
  return (code | 32) >= 97 && (code | 32) <= 122;
}

/** Does `text[end - word.length, end)` spell the lower-case `word`, ignoring case? */
function endsWithWord(text: string, start: number, end: number, word: string): boolean {
  const from = end - word.length;
  if (from < start) return false;
  for (let i = 0; i < word.length; i++) {
    if ((text.charCodeAt(from + i) | 32) !== word.charCodeAt(i)) return false;
  }
  // "12e" is euros, but "abce" must not lose its "e" and look like a number.
  return from === start || !isLetter(text.charCodeAt(from - 1));
}

/** Longest-first, so "euroa" is not read as "euro" followed by a stray "a". */
const TRAILING_EURO_WORDS = ["euroa", "euro", "eur", "e"] as const;

/**
 * Reads an amount typed as text, as found in imported data and text-typed cells.
 *
 * Accepts Finnish, Swedish and English notation: groups separated by a space (plain,
 * U+00A0, U+202F or U+2009) or by the separator that is not the decimal one; a decimal
 * comma or point; signs `+`, `-`, `−` (U+2212) and `–` (U+2013); accounting parentheses
 * `(1 234,00)`; a trailing minus `1 234,00-` (accounting exports); whole euros `1 234,-`; and a euro marker
 * before or after (`€`, `EUR`, `e`, `eur`, `euro`, `euroa`, any case, with or without a space).
 *
 * When both `,` and `.` appear, the last one is the decimal separator. A single separator
 * followed by exactly three digits (`1,234`, `1.234`) could be a thousands group or three
 * decimals and is `ambiguous`, unless the integer part is `0` or longer than three digits.
 * More than two decimals that are not zeros is `subcent`. A number must have digits on
 * both sides of a decimal separator, except that `,50` is 50 cents.
 *
 * @example
 * parseAmount("1 828 204,50 €") //=> { ok: true, cents: 182820450 }
 * parseAmount("(1 234,00)")     //=> { ok: true, cents: -123400 }
 * parseAmount("1,234,567.89")   //=> { ok: true, cents: 123456789 }
 * parseAmount("1,234")          //=> { ok: false, reason: "ambiguous" }
 * parseAmount("0,123")          //=> { ok: false, reason: "subcent" }
 * parseAmount("12 %")           //=> { ok: false, reason: "invalid" }
 */
export function parseAmount(text: string): AmountParse {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start === end) return EMPTY;

  // Peel signs, parentheses and euro markers in whatever order they were typed.
  let negative = false;
  let signed = false;
  let parenthesised = false;
  let euroMarked = false;
  // Most amounts start and end with a digit: nothing to peel.
  const plain = isDigit(text.charCodeAt(start)) && isDigit(text.charCodeAt(end - 1));
  for (let peeled = !plain; peeled && start < end;) {
    peeled = false;
    const first = text.charCodeAt(start);
    const last = text.charCodeAt(end - 1);
    if (!parenthesised && !signed && first === 40 /* ( */ && last === 41 /* ) */) {
      parenthesised = negative = peeled = true;
      start++;
      end--;
    } else if (!signed && !parenthesised && (first === PLUS || first === HYPHEN || first === MINUS_SIGN || first === EN_DASH)) {
      signed = peeled = true;
      negative = first !== PLUS;
      start++;
    } else if (
      last === HYPHEN &&
      end - start > 2 &&
      (text.charCodeAt(end - 2) === COMMA || text.charCodeAt(end - 2) === DOT) &&
      isDigit(text.charCodeAt(end - 3))
    ) {
      peeled = true; // "1 234,-": whole euros, as price tags write them
      end -= 2;
    } else if (!signed && !parenthesised && (last === HYPHEN || last === MINUS_SIGN) && end - start > 1) {
      signed = negative = peeled = true;
      end--;
    } else if (!euroMarked && first === EURO_SIGN) {
      euroMarked = peeled = true;
      start++;
    } else if (!euroMarked && last === EURO_SIGN) {
      euroMarked = peeled = true;
      end--;
    } else if (
      !euroMarked &&
      end - start > 3 &&
      (first | 32) === 101 &&
      (text.charCodeAt(start + 1) | 32) === 117 &&
      (text.charCodeAt(start + 2) | 32) === 114 &&
      !isLetter(text.charCodeAt(start + 3))
    ) {
      euroMarked = peeled = true; // leading "EUR"
      start += 3;
    } else if (!euroMarked && isLetter(last)) {
      for (const word of TRAILING_EURO_WORDS) {
        if (endsWithWord(text, start, end, word)) {
          euroMarked = peeled = true;
          end -= word.length;
          break;
        }
      }
    }
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  }
  if (start === end) return INVALID;
  const result = parseUnsignedAmount(text, start, end);
  if (typeof result !== "number") return result;
  return { ok: true, cents: negative && result !== 0 ? -result : result };
}

/** Reads the digits and separators of `text[start, end)` as a non-negative number of cents. */
function parseUnsignedAmount(text: string, start: number, end: number): number | AmountParse {
  let dots = 0;
  let commas = 0;
  let spaces = 0;
  let lastDot = -1;
  let lastComma = -1;
  let lastSpace = -1;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) continue;
    if (code === DOT) {
      dots++;
      lastDot = i;
    } else if (code === COMMA) {
      commas++;
      lastComma = i;
    } else if (isGroupSpace(code)) {
      spaces++;
      lastSpace = i;
    } else {
      return INVALID;
    }
  }

  // Decide which character (if any) is the decimal separator and which separates groups.
  let decimalAt = -1;
  let groupChar = 0; // 0: no groups; 32: any group space; or DOT / COMMA
  if (dots > 0 && commas > 0) {
    const decimalIsDot = lastDot > lastComma;
    if ((decimalIsDot ? dots : commas) !== 1 || spaces > 0) return INVALID;
    decimalAt = decimalIsDot ? lastDot : lastComma;
    groupChar = decimalIsDot ? COMMA : DOT;
  } else if (dots + commas > 1) {
    if (spaces > 0) return INVALID;
    groupChar = dots > 0 ? DOT : COMMA;
  } else if (dots + commas === 1) {
    decimalAt = dots > 0 ? lastDot : lastComma;
    if (spaces > 0) {
      if (lastSpace > decimalAt) return INVALID;
      groupChar = 32;
    } else {
      const integerLength = decimalAt - start;
      const ambiguous = end - decimalAt - 1 === 3 && integerLength >= 1 && integerLength <= 3 && text.charCodeAt(start) !== 48;
      if (ambiguous) return AMBIGUOUS;
    }
  } else if (spaces > 0) {
    groupChar = 32;
  }

  const integerEnd = decimalAt < 0 ? end : decimalAt;
  const euros = readInteger(text, start, integerEnd, groupChar);
  if (euros < 0) return INVALID;
  let cents = 0;
  if (decimalAt >= 0) {
    if (decimalAt + 1 === end) return INVALID; // "12," or "12."
    for (let i = decimalAt + 1; i < end; i++) {
      const digit = text.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) return INVALID;
      const place = i - decimalAt;
      if (place === 1) cents += digit * 10;
      else if (place === 2) cents += digit;
      else if (digit !== 0) return SUBCENT;
    }
  } else if (integerEnd === start) {
    return INVALID;
  }
  const total = euros * 100 + cents;
  return Number.isSafeInteger(total) ? total : INVALID;
}

/**
 * Reads the integer part, checking groups when there is a group separator: a first group
 * of 1–3 digits, then groups of exactly 3. Returns -1 when the digits are badly grouped.
 * An empty integer part (",50") is 0.
 */
function readInteger(text: string, start: number, end: number, groupChar: number): number {
  let value = 0;
  let groupLength = 0;
  let groups = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) {
      value = value * 10 + (code - 48);
      groupLength++;
      continue;
    }
    const separates = groupChar === 32 ? isGroupSpace(code) : code === groupChar;
    if (!separates || groupLength === 0 || groupLength > 3 || (groups > 0 && groupLength !== 3)) return -1;
    groups++;
    groupLength = 0;
  }
  if (groups > 0 && groupLength !== 3) return -1;
  return value;
}
