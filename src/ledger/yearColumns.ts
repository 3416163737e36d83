import { normalizeHeader } from "../workbook/normalize";
import type { CellValue } from "../workbook/types";
import { headerWithoutThousands } from "./coerce";
import type { BudgetVersion } from "./model";
import type { SheetReader } from "./sheetReader";

/**
 * A column of a wide table that holds one year's amounts ("Tilikohta | 2013 | 2014 | 2015"),
 * of one budget version when its header names one ("Haettu 2014 | Vahvistettu 2014").
 */
export interface YearColumn {
  readonly col: number;
  readonly year: number;
  readonly version?: BudgetVersion;
}

/** A budget column of one version's amounts beside a Vuosi column ("Vuosi | Tilikohta | Haettu € | Vahvistettu €"). */
export interface VersionColumn {
  readonly col: number;
  readonly version: BudgetVersion;
}

/** The words of each budget version as a column header says them (normalised). */
const VERSION_WORDS: ReadonlyMap<string, BudgetVersion> = new Map([
  ...["haettu", "haettava", "ansokt", "applied", "requested"].map((w) => [w, "applied"] as const),
  ...[
    "vahvistettu",
    "alkuperainen",
    "hyvaksytty",
    "myonnetty",
    "faststalld",
    "beviljad",
    "beviljat",
    "confirmed",
    "approved",
    "granted",
  ].map((w) => [w, "confirmed"] as const),
  ...["tarkistettu", "muutettu", "reviderad", "andrad", "revised", "amended"].map((w) => [w, "revised"] as const),
]);
/** Words a version or year header may add around its version and year: "Vahvistettu budjetti 2014 (€)". */
const FILLER_WORDS = new Set([
  "v",
  "vuosi",
  "vuonna",
  "ar",
  "year",
  "fy",
  "budjetti",
  "budget",
  "talousarvio",
  "ta",
  "kustannusarvio",
  "summa",
  "belopp",
  "amount",
  "alv0",
]);

/** The year and budget version a header names, each when it names exactly one and no other word ("Toteuma 2014" names none). */
function versionAndYearOf(text: string): { year: number | null; version: BudgetVersion | null } | null {
  let year: number | null = null;
  let version: BudgetVersion | null = null;
  for (const word of headerWithoutThousands(text).split(" ")) {
    if (/^(?:19|20)\d\d$/.test(word) && year === null) year = Number(word);
    else if (version === null && VERSION_WORDS.has(word)) version = VERSION_WORDS.get(word) ?? null;
    else if (!FILLER_WORDS.has(word)) return null;
  }
  return year === null && version === null ? null : { year, version };
}

/** The budget version a column header names without a year ("Haettu €", "Vahvistettu budjetti"), or null. */
export function versionOfHeader(value: CellValue): BudgetVersion | null {
  if (typeof value !== "string") return null;
  const found = versionAndYearOf(value);
  return found && found.year === null ? found.version : null;
}

/**
 * A year as a wide table's column header: 2014, "2014", "v. 2014", "Vuosi 2014", "År 2014",
 * "Budjetti 2014", "2014 €". Another word before the year ("Toteuma 2014") is not a budget
 * year, so that column stays a column not understood.
 */
const YEAR_HEADER = /^(?:(?:v|vuosi|vuonna|ar|year|fy|budjetti|budget|talousarvio|ta|kustannusarvio) )?((?:19|20)\d\d)$/;

const YEAR_REMARK = /\s*(?:\([^()]*\)|\*+)\s*$/;

export function yearOfHeader(value: CellValue): number | null {
  if (typeof value === "number") return Number.isInteger(value) && value >= 1990 && value <= 2099 ? value : null;
  if (typeof value !== "string") return null;
  // A part year remarked after it ("2013 (1.4.–31.12.)", "2015 (10 kk)", "2013*"): that year
  const match =
    YEAR_HEADER.exec(headerWithoutThousands(value)) ??
    (/[(*]/.test(value) ? YEAR_HEADER.exec(headerWithoutThousands(value.replace(YEAR_REMARK, ""))) : null);
  if (match) return Number(match[1]);
  // A version and a year ("Haettu 2014", "2014 Vahvistettu"): that version's amounts of the year
  const found = versionAndYearOf(value);
  return found?.version ? found.year : null;
}

/** The year columns of a header row, each year (and version) once: the first column that names it. */
export function yearColumnsOf(reader: SheetReader, cells: ReadonlyArray<CellValue>): YearColumn[] {
  const columns: YearColumn[] = [];
  cells.forEach((value, index) => {
    const year = yearOfHeader(value);
    if (year === null) return;
    const version = typeof value === "string" ? (versionAndYearOf(value)?.version ?? undefined) : undefined;
    if (columns.some((c) => c.year === year && c.version === version)) return;
    columns.push(version ? { col: reader.colOf(index), year, version } : { col: reader.colOf(index), year });
  });
  return columns;
}

/** The version columns of a header row ("Haettu € | Vahvistettu €"), each version once. */
export function versionColumnsOf(reader: SheetReader, cells: ReadonlyArray<CellValue>): VersionColumn[] {
  const columns: VersionColumn[] = [];
  cells.forEach((value, index) => {
    const version = versionOfHeader(value);
    if (version && !columns.some((c) => c.version === version)) columns.push({ col: reader.colOf(index), version });
  });
  return columns;
}

/** Words that say a sheet or the title above a wide table is a budget. */
const BUDGET_WORDS = /\b(budj\w*|budget\w*|talousarvio\w*|kustannusarvio\w*|ta)\b/;
const TITLE_ROWS = 5;

/**
 * Whether a wide table with cost lines or partners by year is a budget: the sheet's name,
 * the header row or a title row just above it says so. A wide table of realised costs looks
 * the same, and must not be read as the budget.
 */
export function saysBudget(reader: SheetReader, headerRow: number): boolean {
  if (BUDGET_WORDS.test(normalizeHeader(reader.sheet.name))) return true;
  for (let row = Math.max(reader.rowOffset, headerRow - TITLE_ROWS); row <= headerRow; row++) {
    for (const value of reader.row(row)) if (typeof value === "string" && BUDGET_WORDS.test(normalizeHeader(value))) return true;
  }
  return false;
}

/** A year standing as a word, not inside a date ("Kuntaosuudet 2014", not "päivitetty 3.3.2014"). */
const YEAR_WORD = /(?<![\d.])((?:19|20)\d\d)(?!\d)/g;

/**
 * The year of a table without a Vuosi column, when one place names exactly one year: the
 * amount column's header ("Kuntaosuus 2014 €"), else a title just above the header
 * ("Kuntaosuudet 2014"), else the sheet's name ("Kunnat 2014"). Null when none does, or one names two.
 */
export function yearOfContext(reader: SheetReader, headerRow: number, amountHeader: string | undefined): number | null {
  for (const texts of [[amountHeader ?? ""], titlesAbove(reader, headerRow), [reader.sheet.name]]) {
    const years = new Set<number>();
    for (const text of texts) for (const match of text.matchAll(YEAR_WORD)) years.add(Number(match[1]));
    if (years.size === 1) return [...years][0];
    if (years.size > 1) return null;
  }
  return null;
}

/**
 * The budget version of a budget table without a Versio column, when its title just above the
 * header or else its sheet's name names exactly one ("Tarkistettu budjetti", "Budjetti (muutettu
 * 2014)", "Alkuperäinen talousarvio", a sheet "Tarkistettu"): a revised budget kept on a sheet of
 * its own replaces the budget instead of adding to it. Null when neither does, or one names two.
 */
export function versionOfContext(reader: SheetReader, headerRow: number): BudgetVersion | null {
  for (const texts of [titlesAbove(reader, headerRow), [reader.sheet.name]]) {
    const versions = new Set<BudgetVersion>();
    for (const text of texts) {
      const words = normalizeHeader(text).split(" ");
      const named = words.filter((word) => VERSION_WORDS.has(word));
      // A version word alone or beside a budget word: "hyväksytty 3.3.2014" in a note is no version
      if (named.length === 0 || (words.length > named.length && !BUDGET_WORDS.test(words.join(" ")))) continue;
      for (const word of named) versions.add(VERSION_WORDS.get(word) as BudgetVersion);
    }
    if (versions.size === 1) return [...versions][0];
    if (versions.size > 1) return null;
  }
  return null;
}

/** The texts of the few rows above a table's header: its title ("Kuntaosuudet 2014", "Verson laskut"). */
export function titlesAbove(reader: SheetReader, headerRow: number): string[] {
  const titles: string[] = [];
  for (let row = Math.max(reader.rowOffset, headerRow - TITLE_ROWS); row < headerRow; row++) {
    for (const value of reader.row(row)) if (typeof value === "string" && value.trim() !== "") titles.push(value);
  }
  return titles;
}
