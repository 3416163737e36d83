/**
 * Reading Excel arguments: the input validation of the custom functions, and nothing else.
 *
 * Excel hands a function numbers, texts, booleans, `null` (an omitted optional argument) or
 * 2-D arrays (ranges). Each reader here turns one argument into the library's type (cents,
 * days, ppm, scheme) or raises `#VALUE!` with a short message in Finnish and English naming the
 * argument: for a wrong type, an unreadable text and a value out of range alike, as #VALUE! is
 * the error whose message Excel shows (see host.ts). Dates are serials of the 1900 date system
 * (Excel for Windows and the web; the 1904 system of old Mac workbooks is not visible to a
 * custom function). An error value passed in as an argument is passed on (host.ts passedOn).
 */
import { DEFAULT_RATE_PPM } from "../src/ledger/settings";
import { fromEuros, parseAmount, parseRate, parseWeight } from "../src/money";
import type { Cents, Ppm } from "../src/money";
import { dayFromSerial, dayFromYmd, isoOf, parseDate, parseScheme, serialOf } from "../src/periods";
import type { Day, Scheme } from "../src/periods";
import { invalidValue, passedOn } from "./host";

/** The languages CHECKSPLIT writes in. */
export type Lang = "fi" | "sv" | "en";

/** The two parties of the co-funding split. */
export type Party = "state" | "municipal";

/** The default state rate: 75 %, the ledger's own default. */
export const DEFAULT_RATE: Ppm = DEFAULT_RATE_PPM;

/** An argument Excel left out (`null`, or `undefined` when called from code) or an empty cell. */
export function isOmitted(value: unknown): value is null | undefined | "" {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** The code of an Excel error value passed in a cell or range ("#N/A"): office.js hands it over as an object with a `code`. */
function errorCodeOf(value: unknown): string | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const code = (value as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("#") ? code : null;
}

/** An argument that is an Excel error value is that error out, saying which argument held it. */
function refuseErrorValue(value: unknown, name: string): void {
  const code = errorCodeOf(value);
  if (code !== null) passedOn(code, `${name}: solussa on virhe ${code} / the cell holds the error ${code}`);
}

/** Quotes a text argument for a message, shortened so the tooltip stays readable. */
function quote(value: unknown): string {
  const text = String(value);
  return `"${text.length > 24 ? text.slice(0, 23) + "…" : text}"`;
}

/**
 * Any amount of euros, negative too: a number, or a text in Finnish, Swedish or English
 * notation ("1 828 204,50 €", "1,828,204.50", "−250,00"). Numbers are rounded to the cent.
 *
 * @example
 * centsOf(1371152.5, "amount")        //=> 137115250
 * centsOf("1 828 204,50 €", "amount") //=> 182820450
 * centsOf("1,234", "amount")          // throws #VALUE! (a thousand or a decimal?)
 */
export function centsOf(value: unknown, name: string): Cents {
  refuseErrorValue(value, name);
  if (typeof value === "number") {
    const cents = fromEuros(value);
    if (cents !== null) return cents;
    // Beyond 2^53 cents a double cannot hold every cent: the amount is out of range, not unreadable
    if (Number.isFinite(value))
      return invalidValue(`${name}: ${value} on liian suuri euromäärä sentin tarkkuudella / is too large an amount to keep to the cent`);
    return invalidValue(`${name}: ei äärellinen euromäärä / not a finite amount of euros`);
  }
  if (typeof value === "string") {
    const parsed = parseAmount(value);
    if (parsed.ok) return parsed.cents;
    switch (parsed.reason) {
      case "empty":
        return invalidValue(`${name}: puuttuu / is missing`);
      case "ambiguous":
        return invalidValue(
          `${name}: ${quote(value)} on monitulkintainen (tuhaterotin vai desimaalit?) / is ambiguous (thousands or decimals?)`,
        );
      case "subcent":
        return invalidValue(`${name}: ${quote(value)} on tarkempi kuin sentti / is finer than a cent`);
      default:
        return invalidValue(`${name}: ${quote(value)} ei ole summa / is not an amount`);
    }
  }
  if (isOmitted(value)) return invalidValue(`${name}: puuttuu / is missing`);
  return invalidValue(`${name}: ei ole summa / is not an amount (${typeof value})`);
}

/**
 * An amount that cannot be negative (costs, budgets, shares): `centsOf`, then `#VALUE!` below zero.
 * `refund`: the argument is part of a co-funding split (SHARE, CHECKSPLIT), where a negative
 * amount is most likely a refund: the message says which function splits one (ALLOCATE).
 *
 * @example
 * amountOf(-1, "budget") // throws #VALUE! (cannot be negative)
 * amountOf(-1, "state", true) // throws #VALUE! (cannot be negative; split a refund with KASTE.ALLOCATE)
 */
export function amountOf(value: unknown, name: string, refund = false): Cents {
  const cents = centsOf(value, name);
  if (cents < 0)
    return invalidValue(
      refund
        ? `${name}: ei voi olla negatiivinen; palautuksen jakaa KASTE.ALLOCATE / cannot be negative; split a refund with KASTE.ALLOCATE`
        : `${name}: ei voi olla negatiivinen / cannot be negative`,
    );
  return cents;
}

/**
 * A day from a date serial (1900 date system) or a date typed as text ("31.10.2015",
 * "2015-10-31"). A serial outside Excel's calendar and an unreadable text are `#VALUE!`.
 *
 * @example
 * dayOf(42308, "end")        //=> 16739 (31.10.2015)
 * dayOf("31.10.2015", "end") //=> 16739
 */
export function dayOf(value: unknown, name: string): Day {
  refuseErrorValue(value, name);
  if (typeof value === "number") {
    const day = dayFromSerial(value, false);
    if (day === null) return invalidValue(`${name}: ${Number.isFinite(value) ? value + " " : ""}ei ole päivämäärä / is not a date serial`);
    return day;
  }
  if (typeof value === "string" && !isOmitted(value)) {
    const day = parseDate(value);
    if (day === null) return invalidValue(`${name}: ${quote(value)} ei ole päivämäärä / is not a date (31.10.2015)`);
    // A typed date Excel could not hold ("31.10.0015", a year mistyped) is out of range, as its serial would be
    if (!inExcelCalendar(day))
      return invalidValue(`${name}: ${quote(value)} on Excelin kalenterin ulkopuolella / is outside Excel's calendar (1900–9999)`);
    return day;
  }
  if (isOmitted(value)) return invalidValue(`${name}: puuttuu / is missing`);
  return invalidValue(`${name}: ei ole päivämäärä / is not a date (${typeof value})`);
}

/** Whether a day has a date serial in the 1900 date system (1.1.1900–31.12.9999). */
function inExcelCalendar(day: Day): boolean {
  try {
    serialOf(day, false);
    return true;
  } catch {
    return false;
  }
}

/**
 * The date serial (1900 date system) of a computed day, `#VALUE!` past 31.12.9999.
 *
 * @example
 * serialOut(16739) //=> 42308
 */
export function serialOut(day: Day): number {
  try {
    return serialOf(day, false);
  } catch {
    return invalidValue(`${isoOf(day)} on Excelin kalenterin ulkopuolella / is outside Excel's calendar`);
  }
}

/** Today in the computer's time zone, as Excel's TODAY() sees it. */
export function today(now: Date = new Date()): Day {
  return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** An optional date: omitted means today. */
export function asOfDay(value: unknown, name: string): Day {
  return isOmitted(value) ? today() : dayOf(value, name);
}

/** A rate text that reads as a number, although not as a rate 0–100 %: out of range, not unreadable. */
function looksNumeric(text: string): boolean {
  return /^\s*[-−+]?\s*(?:\d+(?:[.,]\d*)?|[.,]\d+)\s*%?\s*$/.test(text);
}

/**
 * The state rate: omitted is 75 %; 0.75, 75, "75 %" and "0,75" all mean 75 %. A rate below
 * 0 % or above 100 % and a text that is not a rate are `#VALUE!`, each saying which.
 *
 * @example
 * rateOf(null)   //=> 750000
 * rateOf("80 %") //=> 800000
 * rateOf(120)    // throws #VALUE! (not within 0–100 %)
 */
export function rateOf(value: unknown): Ppm {
  refuseErrorValue(value, "rate");
  if (isOmitted(value)) return DEFAULT_RATE;
  if (typeof value === "number" || typeof value === "string") {
    const rate = parseRate(value);
    if (rate !== null) return rate;
    if (typeof value === "number" || looksNumeric(value))
      return invalidValue(`rate: ${quote(value)} ei ole välillä 0–100 % / is not within 0–100 %`);
    return invalidValue(`rate: ${quote(value)} ei ole prosentti / is not a rate (75 %, 0.75)`);
  }
  return invalidValue(`rate: ei ole prosentti / is not a rate (${typeof value})`);
}

/** Lower case, no diacritics, single spaces: "Kuntaosuus " → "kuntaosuus", "Stät" → "stat". */
function wordKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

const PARTY_WORDS: ReadonlyMap<string, Party> = new Map<string, Party>([
  ...["state", "valtio", "valtionosuus", "valtionavustus", "stm", "stat", "staten", "statsandel", "statsunderstod"].map(
    (w) => [w, "state"] as const,
  ),
  ...[
    "municipal",
    "municipality",
    "municipalities",
    "kunta",
    "kunnat",
    "kuntaosuus",
    "kuntien osuus",
    "omarahoitus",
    "omavastuuosuus",
    "kommun",
    "kommuner",
    "kommunandel",
    "sjalvfinansiering",
  ].map((w) => [w, "municipal"] as const),
]);

/**
 * Whose share: omitted is the state; `state`/`valtio`/`stat` or `municipal`/`kunta`/`kommun`
 * (and the other words of the domain's vocabulary), any case.
 *
 * @example
 * partyOf("Kunta") //=> "municipal"
 * partyOf("city")  // throws #VALUE!
 */
export function partyOf(value: unknown): Party {
  refuseErrorValue(value, "party");
  if (isOmitted(value)) return "state";
  const party = typeof value === "string" ? (PARTY_WORDS.get(value) ?? PARTY_WORDS.get(wordKey(value))) : undefined;
  if (party === undefined) return invalidValue(`party: ${quote(value)} ei ole osapuoli / is not a party (valtio/state, kunta/municipal)`);
  return party;
}

/**
 * A period scheme: `month`/`kuukausi`/`månad`, `quarter`/`neljännes`/`kvartal`,
 * `tertial`/`kolmannes`/`tertiaali`.
 *
 * @example
 * schemeOf("kolmannes") //=> "tertial"
 * schemeOf("week")      // throws #VALUE!
 */
export function schemeOf(value: unknown): Scheme {
  refuseErrorValue(value, "scheme");
  const scheme = typeof value === "string" ? parseScheme(value) : null;
  if (scheme === null) {
    if (isOmitted(value)) return invalidValue("scheme: puuttuu / is missing (kuukausi, neljännes, kolmannes)");
    return invalidValue(`scheme: ${quote(value)} ei ole jaksotus / is not a scheme (kuukausi/month, neljännes/quarter, kolmannes/tertial)`);
  }
  return scheme;
}

const LANG_WORDS: ReadonlyMap<string, Lang> = new Map<string, Lang>([
  ...["fi", "suomi", "suomeksi", "finnish", "finska"].map((w) => [w, "fi"] as const),
  ...["sv", "svenska", "pa svenska", "ruotsi", "ruotsiksi", "swedish"].map((w) => [w, "sv"] as const),
  ...["en", "english", "englanti", "englanniksi", "engelska"].map((w) => [w, "en"] as const),
]);

/**
 * The language of a message: omitted is Finnish; `fi`, `sv`, `en` or the language's name.
 *
 * @example
 * langOf("svenska") //=> "sv"
 */
export function langOf(value: unknown): Lang {
  refuseErrorValue(value, "lang");
  if (isOmitted(value)) return "fi";
  const lang = typeof value === "string" ? (LANG_WORDS.get(value) ?? LANG_WORDS.get(wordKey(value))) : undefined;
  if (lang === undefined) return invalidValue(`lang: ${quote(value)} ei ole kieli / is not a language (fi, sv, en)`);
  return lang;
}

/**
 * A whole number of months, 0 or more; omitted gives `fallback`.
 *
 * @example
 * monthsOf(null, 2) //=> 2
 * monthsOf(-1, 2)   // throws #VALUE! (not a whole number 0–1200)
 */
export function monthsOf(value: unknown, fallback: number): number {
  refuseErrorValue(value, "months");
  if (isOmitted(value)) return fallback;
  if (typeof value !== "number") return invalidValue(`months: ${quote(value)} ei ole luku / is not a number`);
  if (!Number.isInteger(value) || value < 0 || value > 1200)
    return invalidValue(`months: ${value} ei ole kokonaisluku 0–1200 / is not a whole number 0–1200`);
  return value;
}

/** The cells of a range in reading order, whatever shape Excel passed (a single value too). */
export function cellsOf(value: unknown): unknown[] {
  if (!Array.isArray(value)) return [value];
  return value.flatMap((row: unknown): unknown[] => (Array.isArray(row) ? (row as unknown[]) : [row]));
}

/**
 * Allocation weights from a range: populations, tier amounts, fractions "1/5", percents
 * "31 %" or decimals "0,2". An empty cell is `#VALUE!` rather than a silent zero (the
 * parts would no longer line up with the rows); a negative weight is `#VALUE!` too.
 *
 * @example
 * weightsOf([[20000], [2000]])     //=> [20000, 2000]
 * weightsOf([["1/5"], ["31 %"]])   //=> [0.2, 0.31]
 */
export function weightsOf(range: unknown): number[] {
  const cells = cellsOf(range);
  if (cells.length === 0) return invalidValue("weights: puuttuvat / are missing");
  return cells.map((cell, index) => {
    const name = `weights ${index + 1}`;
    refuseErrorValue(cell, name);
    if (isOmitted(cell)) return invalidValue(`${name}: tyhjä solu / is an empty cell`);
    if (typeof cell !== "number" && typeof cell !== "string")
      return invalidValue(`${name}: ei ole paino / is not a weight (${typeof cell})`);
    const weight = parseWeight(cell);
    if (weight !== null) return weight;
    if (typeof cell === "number" || /^\s*[-−]/.test(cell))
      return invalidValue(`${name}: ${quote(cell)} on negatiivinen tai ääretön / is negative or infinite`);
    return invalidValue(`${name}: ${quote(cell)} ei ole paino / is not a weight (60 211, 1/5, 31 %)`);
  });
}
