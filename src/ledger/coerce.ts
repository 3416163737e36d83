import { fromEuros, parseAmount, parseRate } from "../money";
import type { Cents } from "../money";
import { dayFromSerial, parseDate, ymdOf } from "../periods";
import type { Day, Interval } from "../periods";
import { parsePeriodText } from "../periods/parsePeriod";
import type { ProblemOf } from "../findings/params";
import { isBlankText, normalizeHeader } from "../workbook/normalize";
import { cellText, isCellError } from "../workbook/types";
import type { CellValue } from "../workbook/types";

/** Why a cell could not be read as its column's type; the builder turns it into a finding. */
export type CellProblem = ProblemOf<"VALUE_NOT_A_NUMBER" | "VALUE_NOT_A_DATE" | "VALUE_NOT_UNDERSTOOD" | "CELL_FORMULA_ERROR">;

export type Coerced<T> = { readonly value: T | null; readonly problem?: CellProblem };

const EMPTY = { value: null } as const;

function shown(value: CellValue): string {
  if (isCellError(value)) return value.error;
  return String(value);
}

function formulaError(value: CellValue): CellProblem | null {
  return isCellError(value) ? { code: "CELL_FORMULA_ERROR", params: { value: value.error } } : null;
}

/**
 * An amount header in thousands of euros: "Summa (1000 €)", "1 000 euroa", "t€", "TEUR", "k€",
 * "tuhatta euroa", "tusen euro", "EUR thousands", "€000".
 */
const THOUSANDS =
  /(?:^|[\s(,/])(?:1[\s\u00a0.]?000[\s\u00a0]?(?:€|e|eur|euroa|euro)|t[\s\u00a0]?€|teur|t[\s\u00a0]eur|k[\s\u00a0]?€|keur|tuhatta euroa|tuhansina euroina|tusen euro|thousand euros?|eur thousands?|€[\s\u00a0]?'?000)(?=$|[\s),.;:/])/i;

/** Whether a header, a key's label, a table's title or a sheet's name says thousands of euros ("Summa (1000 €)", "Budjetti, t€"). */
export function saysThousands(text: string): boolean {
  return THOUSANDS.test(text);
}

/** A unit of thousands of euros, as THOUSANDS names it. */
const UNIT =
  "(?:1[\\s\\u00a0.]?000[\\s\\u00a0]?(?:€|e|eur|euroa|euro)|t[\\s\\u00a0]?€|teur|t[\\s\\u00a0]eur|k[\\s\\u00a0]?€|keur|tuhatta euroa|tuhansina euroina|tusen euro|thousand euros?|eur thousands?|€[\\s\\u00a0]?'?000)";
/** A unit that says thousands wherever it stands ("t€", "TEUR"), where "1000 €" may be an amount ("yli 1000 €"). */
const ABBREVIATION = "(?:t[\\s\\u00a0]?€|teur|k[\\s\\u00a0]?€|keur|tuhansina euroina|eur thousands?)";
/**
 * A title's or sheet name's own unit: bracketed ("Talousarvio 2014–2015 (1000 €)"), after a comma or
 * a dash at its end ("Budjetti, t€"), the title alone ("t€"), or an abbreviation ending it after a word
 * or a year ("Budjetti t€", "Talousarvio 2014–2015 t€"); never an amount in a sentence ("Hankinnat yli 1000 € kilpailutetaan").
 */
const TITLE_UNIT = new RegExp(
  `\\(\\s*${UNIT}\\s*\\)|(?:^|[,;:\u2013\u2014-])\\s*${UNIT}\\s*$|(?:[a-zåäö]|(?:19|20)\\d\\d)\\s+${ABBREVIATION}\\s*$`,
  "i",
);

/** A unit no amount is written in, so that it says thousands anywhere in a title ("Talousarvio (t€, ALV 0)", "Budget in thousand euros"). */
const UNIT_ANYWHERE =
  /(?:^|[\s(,/])(?:t[\s\u00a0]?€|teur|k[\s\u00a0]?€|keur|tuhansina euroina|eur thousands?|thousands? (?:of )?euros?)(?=$|[\s),.;:/])/i;

/** Whether a table's title or its sheet's name says its amounts are thousands of euros ("Budjetti (t€)", "Talousarvio, 1000 €"). */
export function titleSaysThousands(text: string): boolean {
  return UNIT_ANYWHERE.test(text) || (THOUSANDS.test(text) && TITLE_UNIT.test(text.trim()));
}

/** A header that names euros ("Summa €", "Euroa", "EUR"): its column is in euros, whatever its table's title says. */
const EUROS = /€|\beur\b|\beuro(?:a|s)?\b/i;

/** Whether a header names euros and not thousands ("Summa €"). */
export function saysEuros(text: string): boolean {
  return EUROS.test(text) && !THOUSANDS.test(text);
}

/** The words a thousands unit leaves in a normalised header ("t€" → "t", "1 000 €" → "1 000", "TEUR" → "teur"). */
const THOUSANDS_WORDS =
  /(?:^| )(?:t|k|teur|keur|t eur|1 000|1000|000|tuhatta|tuhansina euroina|tuhansina|tusen|thousands?|eur thousands?)(?= |$)/g;

/**
 * A header normalised (normalizeHeader) without a thousands unit it names: "Vahvistettu t€" is
 * "vahvistettu", "2014 (1000 €)" "2014", "t€" alone "" (an amount, see HeaderMatcher). Other headers as normalised.
 */
export function headerWithoutThousands(text: string): string {
  const normalized = normalizeHeader(text);
  return saysThousands(text) ? normalized.replace(THOUSANDS_WORDS, "").trim() : normalized;
}

export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && isBlankText(value));
}

export function asText(value: CellValue): Coerced<string> {
  if (isBlank(value)) return EMPTY;
  const error = formulaError(value);
  if (error) return { value: null, problem: error };
  return { value: cellText(value).trim() };
}

const DASH_ONLY = /^\s*[-\u2012-\u2015\u2212]\s*(?:€|eur)?\s*$/i;

export function asMoney(value: CellValue, field: string): Coerced<Cents> {
  if (isBlank(value)) return EMPTY;
  if (typeof value === "number") {
    const cents = fromEuros(value);
    return cents === null
      ? { value: null, problem: { code: "VALUE_NOT_A_NUMBER", params: { value: shown(value), field, why: "invalid" } } }
      : { value: cents };
  }
  if (typeof value === "string") {
    // "-" is how an accounting format shows a zero, and how one is typed or exported as text
    if (DASH_ONLY.test(value)) return { value: 0 };
    const parsed = parseAmount(value);
    if (parsed.ok) return { value: parsed.cents };
    if (parsed.reason === "empty") return EMPTY;
    return { value: null, problem: { code: "VALUE_NOT_A_NUMBER", params: { value, field, why: parsed.reason } } };
  }
  return {
    value: null,
    problem: formulaError(value) ?? { code: "VALUE_NOT_A_NUMBER", params: { value: shown(value), field, why: "invalid" } },
  };
}

export function asDate(value: CellValue, field: string, date1904: boolean): Coerced<Day> {
  if (isBlank(value)) return EMPTY;
  // A number under 1 is a time of day (12:00 is 0.5), never a date, in either date system
  const day =
    typeof value === "number" ? (value >= 1 ? dayFromSerial(value, date1904) : null) : typeof value === "string" ? parseDate(value) : null;
  if (day !== null) return { value: day };
  return { value: null, problem: formulaError(value) ?? { code: "VALUE_NOT_A_DATE", params: { value: shown(value), field } } };
}

/** A year typed as 2014, "2014", "v. 2014" or a date in that year. */
export function asYear(value: CellValue, field: string, date1904: boolean): Coerced<number> {
  if (isBlank(value)) return EMPTY;
  if (typeof value === "number" && Number.isInteger(value) && value >= 1900 && value <= 2999) return { value };
  if (typeof value === "number" && value > 2999) {
    const day = dayFromSerial(value, date1904);
    if (day !== null) return { value: ymdOf(day).year };
  }
  if (typeof value === "string") {
    const match = /^\D*((?:19|20)\d\d)\D*$/.exec(value.trim());
    if (match) return { value: Number(match[1]) };
  }
  return {
    value: null,
    problem: formulaError(value) ?? { code: "VALUE_NOT_A_NUMBER", params: { value: shown(value), field, why: "invalid" } },
  };
}

/** A count (days, months) in a setting: a whole non-negative number. */
/** A count's unit typed after it ("30 pv", "60 päivää", "2 kk", "30 dagar", "2 months"). */
const COUNT_UNIT = /\s*(?:pv|päivää|paivaa|vrk|d|days?|dagar|dygn|kk|kuukautta|months?|mån|månader|manader)\.?\s*$/i;

export function asCount(value: CellValue, field: string): Coerced<number> {
  if (isBlank(value)) return EMPTY;
  const n =
    typeof value === "number" ? value : typeof value === "string" ? Number(value.replace(COUNT_UNIT, "").trim().replace(",", ".")) : NaN;
  if (Number.isInteger(n) && n >= 0) return { value: n };
  return {
    value: null,
    problem: formulaError(value) ?? { code: "VALUE_NOT_A_NUMBER", params: { value: shown(value), field, why: "invalid" } },
  };
}

export function asRate(value: CellValue, field: string): Coerced<number> {
  if (isBlank(value)) return EMPTY;
  const rate = typeof value === "number" || typeof value === "string" ? parseRate(value) : null;
  if (rate !== null) return { value: rate };
  return {
    value: null,
    problem: formulaError(value) ?? { code: "VALUE_NOT_A_NUMBER", params: { value: shown(value), field, why: "invalid" } },
  };
}

/** Ledger columns repeat a handful of words; normalising each only once keeps big ledgers fast. */
const meaningCache = new WeakMap<ReadonlyMap<string, string>, Map<string, string | undefined>>();

function meaningOf<T extends string>(text: string, words: ReadonlyMap<string, T>): T | undefined {
  let cache = meaningCache.get(words);
  if (!cache) meaningCache.set(words, (cache = new Map<string, string | undefined>()));
  if (cache.has(text)) return cache.get(text) as T | undefined;
  const normalized = normalizeHeader(text);
  const meaning = words.get(normalized) ?? meaningOfWords(normalized, words);
  if (cache.size < 10_000) cache.set(text, meaning);
  return meaning;
}

/**
 * The meaning of a word typed with more words around it ("kuukausittain, tasaus 3 kk välein",
 * "kyllä (tarkistettu)"): the one meaning its words and word pairs name, none when they name two.
 */
function meaningOfWords<T extends string>(normalized: string, words: ReadonlyMap<string, T>): T | undefined {
  const tokens = normalized.split(" ");
  if (tokens.length < 2) return undefined;
  let found: T | undefined;
  for (let i = 0; i < tokens.length; i++) {
    for (const phrase of [tokens[i], `${tokens[i]} ${tokens[i + 1] ?? ""}`]) {
      const meaning = words.get(phrase);
      if (meaning === undefined) continue;
      if (found !== undefined && found !== meaning) return undefined;
      found = meaning;
    }
  }
  return found;
}

/** A word from a fixed list (yes/no, invoice kinds, schemes); `words` maps normalised words to meanings. */
export function asEnum<T extends string>(value: CellValue, field: string, words: ReadonlyMap<string, T>, allowed: string): Coerced<T> {
  if (isBlank(value)) return EMPTY;
  if (typeof value === "boolean") {
    const meaning = words.get(value ? "true" : "false");
    if (meaning) return { value: meaning };
  }
  if (typeof value === "string" || typeof value === "number") {
    const meaning = meaningOf(String(value), words);
    if (meaning) return { value: meaning };
  }
  return { value: null, problem: formulaError(value) ?? { code: "VALUE_NOT_UNDERSTOOD", params: { value: shown(value), field, allowed } } };
}

/** A period in one cell: a month's date serial, or text such as "3/2014" or "1.3.–31.3.2014". */
export function asPeriod(value: CellValue, field: string, date1904: boolean): Coerced<Interval> {
  if (isBlank(value)) return EMPTY;
  // A year typed as a number ("2014"): a yearly application's period, not a date serial of 1905
  if (typeof value === "number" && Number.isInteger(value) && value >= 1990 && value <= 2099) {
    const interval = parsePeriodText(String(value));
    if (interval) return { value: interval };
  }
  // 1–12 is a month without its year (the builder dates it where it can), never January 1900
  if (typeof value === "number" && value >= 1 && value < 13)
    return { value: null, problem: { code: "VALUE_NOT_A_DATE", params: { value: shown(value), field } } };
  if (typeof value === "number") {
    const day = dayFromSerial(value, date1904);
    if (day !== null) {
      const { year, month } = ymdOf(day);
      const text = `${month}/${year}`;
      const interval = parsePeriodText(text);
      if (interval) return { value: interval };
    }
  }
  if (typeof value === "string") {
    const interval = parsePeriodText(value);
    if (interval) return { value: interval };
  }
  return { value: null, problem: formulaError(value) ?? { code: "VALUE_NOT_A_DATE", params: { value: shown(value), field } } };
}
