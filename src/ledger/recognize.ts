import { parseAmount } from "../money";
import { parseDate } from "../periods";
import { normalizeHeader } from "../workbook/normalize";
import { cellText } from "../workbook/types";
import type { CellValue } from "../workbook/types";
import type { SheetReader } from "./sheetReader";
import { costLineOfHeader, monthOfHeader } from "./across";
import type { AcrossColumn, InvoiceContext, TableKind } from "./model";
import { headerWithoutThousands, isBlank, saysThousands } from "./coerce";
import { TABLES } from "./vocabulary";
import type { FieldSpec, TableSpec } from "./vocabulary";
import { saysBudget, versionColumnsOf, yearColumnsOf, yearOfContext, yearOfHeader } from "./yearColumns";
import type { VersionColumn, YearColumn } from "./yearColumns";

/** How well a header matches a field: an exact synonym beats one contained in a longer header. */
interface FieldMatch {
  readonly field: string;
  readonly score: number;
}

export const EXACT_MATCH = 10_000;
/** A ledger's row total column, as normalizeHeader leaves it. */
const TOTAL_HEADER = /^(?:yhteensa|yht|summa yhteensa|totalt|total|totalt belopp|total amount)$/;
/** A header of a row's total ("Yhteensä", "Total"): a sum of the row's other amounts. */
export function isTotalHeader(header: string): boolean {
  return TOTAL_HEADER.test(normalizeHeader(header));
}
/** A unit price (à-hinta, yksikköhinta, à-pris, unit price): beside one, Määrä is a quantity. */
const UNIT_PRICE = /^(?:a hinta|yksikkohinta|yks hinta|kappalehinta|a pris|styckpris|enhetspris|unit price|price per unit)(?: .*)?$/;
/** An amount word that also means a quantity. */
const QUANTITY = /^maara(?: kpl| h| tunnit)?$/;
/** A quantity's unit ("Yks", "Yksikkö", "Enhet", "Unit"). */
const UNIT = /^(?:yks|yksikko|enhet|unit)$/;
/** A quantity's own header ("Kpl", "Lkm", "Tunnit", "Antal", "Qty"): beside one, Määrä is the amount. */
const COUNT = /^(?:kpl|lkm|kappaletta|tunnit|tuntia|tunti|h|antal|st|timmar|qty|quantity|hours|pcs)$/;

/** The line's total right of a quantity ("Määrä | A-hinta | Yhteensä"), an unassigned column headed as a total. */
function lineTotal(
  matched: readonly { col: number; header: string; field: string | null }[],
  after: number,
): { col: number; header: string } | null {
  return matched.find((m) => m.field === null && m.col > after && isTotalHeader(m.header)) ?? null;
}
/** A header (normalized) saying VAT excluded or included. */
const EXCL_VAT = /\b(?:veroton|alv 0|ilman alv|netto|exkl|exklusive|utan moms|excl|excluding|net)\b/;
const INCL_VAT = /\b(?:verollinen|sis alv|brutto|inkl|inklusive|incl|including|gross)\b/;
/** Whether a line's total is the amount with VAT: its header says so, else it stands right of the VAT column. */
function withVat(header: string, rightOfVat: boolean): boolean {
  if (INCL_VAT.test(header)) return true;
  return rightOfVat && !EXCL_VAT.test(header);
}
/** A hyphen ending a line inside a header cell, with the spaces around the break. */
const HYPHEN_BREAK = /[-\u00ad\u2010][ \t]*\r?\n/;
const HYPHEN_BREAKS = /[-\u00ad\u2010][ \t]*\r?\n\s*/g;
/** A header that is a currency and nothing else. */
const CURRENCY_ONLY = /^[\s(]*(?:€|eur|euroa|euros?)[\s).:]*$/i;
/** Shorter synonyms ("to", "end") only count when they are the whole header. */
const MIN_CONTAINED_LENGTH = 4;
/** The fields of a period's start and end (the ledger's, an application's): beside a period noun, their words win. */
const BOUNDARY_FIELDS: ReadonlySet<string> = new Set(["periodStart", "periodEnd", "start", "end"]);

/** A quantity ("Määrä", "Määrä (h)") or a unit price ("À-hinta", "Yksikköhinta", "Unit price") header: no amount. */
export function isQuantityOrUnitPrice(header: string): boolean {
  const normalized = normalizeHeader(header);
  return QUANTITY.test(normalized) || COUNT.test(normalized) || UNIT_PRICE.test(normalized);
}

/**
 * The amount columns of a header as its words settle them (`columns` is changed in place), for the
 * table recognised and for the near miss and the mapping alike. "Määrä | A-hinta | Veroton" or
 * "Määrä | A-hinta | Yhteensä": beside a unit price, Määrä is the quantity (pieces, hours), not the
 * amount; the amount is the next best amount column, else the line's total. Beside a VAT column
 * that amount is the gross when it stands right of ALV or says VAT included ("Määrä | À-hinta |
 * ALV | Yhteensä"), else the net. Without any such column the table has no amount: a quantity read
 * as euros would be money lost without a word, where a missing amount column is said.
 * "Summa (ALV 0) | ALV | Yhteensä": a total beside the net and its VAT is the amount with VAT.
 * "Debet | Kredit": the debit is the amount, the credit read against it (a general-ledger export).
 */
export function settleAmountColumns(
  kind: TableKind,
  columns: Record<string, number>,
  matched: readonly { col: number; header: string; field: string | null; score?: number }[],
): void {
  const unitPrice = kind === "invoices" ? matched.find((m) => UNIT_PRICE.test(normalizeHeader(m.header))) : undefined;
  // "Kpl | À-hinta | Määrä": with a quantity of its own, Määrä right of the unit price is the amount
  const counted = matched.some((m) => COUNT.test(normalizeHeader(m.header)));
  if (unitPrice && columns.net !== undefined && columns.net < unitPrice.col && !counted) {
    const quantity = columns.net;
    if (QUANTITY.test(normalizeHeader(matched.find((m) => m.col === quantity)?.header ?? ""))) {
      let amount: { col: number; score: number; header: string } | null = null;
      for (const m of matched)
        if (m.field === "net" && m.col !== quantity && (amount === null || (m.score ?? 0) > amount.score))
          amount = { col: m.col, score: m.score ?? 0, header: m.header };
      if (columns.gross !== undefined) {
        // "Määrä | À-hinta | ALV | Verollinen": the gross is the amount
        if (amount) columns.net = amount.col;
        else delete columns.net;
      } else {
        const total = amount ?? lineTotal(matched, quantity);
        if (total && columns.vat !== undefined && withVat(normalizeHeader(total.header), total.col > columns.vat)) {
          columns.gross = total.col;
          delete columns.net;
        } else if (total) columns.net = total.col;
        else delete columns.net;
      }
    }
  }
  // "Kpl | À-hinta | Yhteensä": no amount column but the line's total right of the unit price
  if (unitPrice && columns.net === undefined && columns.gross === undefined) {
    const total = lineTotal(matched, unitPrice.col);
    if (total && columns.vat !== undefined && withVat(normalizeHeader(total.header), total.col > columns.vat)) columns.gross = total.col;
    else if (total) columns.net = total.col;
  }
  if (kind === "invoices" && columns.gross === undefined && columns.net !== undefined && columns.vat !== undefined) {
    const total = matched.find((m) => m.field === null && m.col > columns.vat && isTotalHeader(m.header));
    if (total) columns.gross = total.col;
  }
  if (kind === "invoices" && columns.net === undefined && columns.gross === undefined && columns.debit !== undefined) {
    columns.net = columns.debit;
    delete columns.debit;
  }
}

export class HeaderMatcher {
  private readonly exact = new Map<string, string>();
  private readonly contained: { tokens: string; field: string; score: number }[] = [];
  /** Every start or end word (short ones too), looked for only in a header holding a period noun. */
  private readonly boundary: { tokens: string; field: string; score: number }[] = [];
  private readonly periodFields = new Set<string>();
  private readonly memo = new Map<string, FieldMatch | null>();
  /** Fields known but never read (VAT %): as many columns as there are, none reported. */
  readonly ignored = new Set<string>();
  /** Fields known but not the table's (contact details, remarks): kept as columns not understood, none reported. */
  readonly quiet = new Set<string>();

  constructor(fields: readonly FieldSpec<string>[]) {
    for (const { field, type, synonyms } of fields) {
      if (type === "ignored") this.ignored.add(field);
      if (type === "quiet") this.quiet.add(field);
      if (type === "period") this.periodFields.add(field);
      const boundary = type === "date" && BOUNDARY_FIELDS.has(field);
      for (const synonym of synonyms) {
        if (!this.exact.has(synonym)) this.exact.set(synonym, field);
        const candidate = { tokens: ` ${synonym} `, field, score: synonym.split(" ").length * 100 + synonym.length };
        if (synonym.length >= MIN_CONTAINED_LENGTH) this.contained.push(candidate);
        if (boundary) this.boundary.push(candidate);
      }
    }
  }

  match(header: string): FieldMatch | null {
    let result = this.memo.get(header);
    if (result !== undefined) return result;
    // "Summa t€", "Vahvistettu (1000 €)": the unit is no word of the header (the amounts are read in thousands, see rowFields.ts)
    const normalized = headerWithoutThousands(header);
    // A currency alone ("€", "Euroa", "EUR", "t€", "1000 €") heads an amount: normalising drops units, so it says so here
    result = this.matchNormalized(normalized === "" && (CURRENCY_ONLY.test(header) || saysThousands(header)) ? "euroa" : normalized);
    // A word hyphenated at a line break in a narrow header cell ("Päivä-⏎määrä", "Hyväksyt-⏎tävä") is one
    // word, unless the two halves read better as two ("Laskun-⏎numero"): the better match wins
    if (HYPHEN_BREAK.test(header)) {
      const joined = this.matchNormalized(normalizeHeader(header.replace(HYPHEN_BREAKS, "")));
      if (joined && (!result || joined.score > result.score)) result = joined;
    }
    if (this.memo.size < 10_000) this.memo.set(header, result);
    return result;
  }

  private matchNormalized(normalized: string): FieldMatch | null {
    if (normalized === "") return null;
    const exact = this.exact.get(normalized);
    if (exact) return { field: exact, score: EXACT_MATCH };
    const padded = ` ${normalized} `;
    let best: FieldMatch | null = null;
    for (const candidate of this.contained) {
      if (padded.includes(candidate.tokens) && (!best || candidate.score > best.score)) {
        best = { field: candidate.field, score: candidate.score };
      }
    }
    // A period noun with a start or end word ("Ajanjakso alkaa", "Tidsperiod till", "Maksatuskausi päättyy",
    // "Period end") is that start or end, however long the noun: the period is the pair of such columns
    if (best && this.periodFields.has(best.field)) {
      let bound: FieldMatch | null = null;
      for (const candidate of this.boundary) {
        if (padded.includes(candidate.tokens) && (!bound || candidate.score > bound.score)) {
          bound = { field: candidate.field, score: candidate.score };
        }
      }
      if (bound) return bound;
    }
    return best;
  }
}

/** Each table's matcher, built once and shared (with its memo) by the builder, the column mapping and its candidates. */
export const TABLE_MATCHERS: ReadonlyMap<TableKind, HeaderMatcher> = new Map(
  TABLES.map((spec) => [spec.kind, new HeaderMatcher(spec.fields)]),
);

/** The matcher of a table kind with a header row. */
export function matcherOf(kind: TableKind, matchers: ReadonlyMap<TableKind, HeaderMatcher> = TABLE_MATCHERS): HeaderMatcher {
  const matcher = matchers.get(kind);
  if (!matcher) throw new Error(`no header matcher for ${kind}`);
  return matcher;
}

export interface HeaderRow {
  readonly kind: TableKind;
  readonly row: number;
  readonly columns: Record<string, number>;
  readonly unknownColumns: { col: number; header: string; quiet?: boolean }[];
  /** A wide table's year columns, each holding that year's amounts. */
  readonly yearColumns?: readonly YearColumn[];
  /** A budget's columns of one version each ("Haettu € | Vahvistettu €") beside its Vuosi column. */
  readonly versionColumns?: readonly VersionColumn[];
  /** The header's texts when it spans two rows, by position in the row (as `SheetReader.row`). */
  readonly cells?: ReadonlyArray<CellValue>;
  /** A table laid out across: its amount columns of one cost line, partner block, year or month each. */
  readonly acrossColumns?: readonly AcrossColumn[];
  /** A table beside another on its sheet, past a blank column: the first column of its block (see findHeaderRows). */
  readonly fromCol?: number;
  /** An invoice kept as a document: what its key block or title says once for all its lines (see invoiceDocuments.ts). */
  readonly invoiceContext?: InvoiceContext;
}

/**
 * Tries a row as the header of each table; returns the best table whose signature it holds.
 * Headers may span two rows ("Ajalta" merged over "alkaen" and "päättyen"): then the header
 * is the two rows read together, and its `row` is the lower one. `date1904`: the workbook's
 * date system, for headers typed as dates (a month's column headed 1.1.2015).
 */
export function recognizeHeader(
  reader: SheetReader,
  row: number,
  specs: readonly TableSpec[],
  matchers: ReadonlyMap<TableKind, HeaderMatcher>,
  date1904: boolean,
): HeaderRow | null {
  const across = acrossHeader(reader, row, specs, matchers, date1904);
  if (across) return across;
  const single = recognizeCells(reader, row, reader.row(row), specs, matchers);
  if (!single) return yearsOverHeader(reader, row, specs, matchers) ?? twoRowsOnly(reader, row, specs, matchers);
  if (!isSubHeaderRow(reader.row(row + 1))) return single;
  if (isUnitsRow(reader.row(row), reader.row(row + 1), matcherOf(single.kind, matchers))) {
    // a row of units under the header ("pvm | € | € | k/e") is the header's, no record: the header is its upper row's words
    const cells = [...reader.row(row)];
    const below = recognizeCells(reader, row + 1, cells, specs, matchers);
    if (below) return { ...below, cells };
  }
  if (single.kind === "budget") {
    // Versions under a year or a budget word ("2014" merged over "Haettu | Vahvistettu"): each column's two words together
    const joined = twoRowCells(reader.row(row), reader.row(row + 1), null);
    const versioned = recognizeCells(
      reader,
      row + 1,
      joined,
      specs.filter((spec) => spec.kind === "budget"),
      matchers,
    );
    if (versioned && (versioned.versionColumns || versioned.yearColumns?.some((y) => y.version))) return { ...versioned, cells: joined };
  }
  const matcher = matcherOf(single.kind, matchers);
  const cells = twoRowCells(reader.row(row), reader.row(row + 1), matcher);
  const double = assignColumns(reader, row + 1, cells, matcher, single.kind);
  if (Object.keys(double.columns).length <= Object.keys(single.columns).length) return single;
  return { ...double, cells };
}

/**
 * What a row of units under a header says of its columns: a currency, a date's or a month's form,
 * a yes/no's words. Not "%": under "ALV" it says the column is the rate, as the two read together do.
 */
const UNIT_WORDS: ReadonlySet<string> = new Set([
  "€",
  "eur",
  "euroa",
  "euro",
  "e",
  "pvm",
  "pp.kk.vvvv",
  "pp.kk.vv",
  "kk/vvvv",
  "dd.mm.yyyy",
  "åå-mm-dd",
  "k/e",
  "kyllä/ei",
  "kylla/ei",
  "ja/nej",
  "yes/no",
  "y/n",
]);

/**
 * Every text of the lower row is a unit word, bracketed or not ("€", "(€)", "k/e"), that changes
 * no column's meaning: the header's own row of units. ("Hyväksytty" over "pvm" is the day of
 * approval, not the approver: that row is a second header row.)
 */
function isUnitsRow(upper: ReadonlyArray<CellValue>, lower: ReadonlyArray<CellValue>, matcher: HeaderMatcher): boolean {
  let units = 0;
  for (let i = 0; i < lower.length; i++) {
    const value = lower[i];
    if (value === null) continue;
    if (typeof value !== "string") return false;
    const word = value
      .trim()
      .replace(/^\((.*)\)$/, "$1")
      .replace(/\s+/g, "")
      .toLowerCase();
    if (word === "") continue;
    if (!UNIT_WORDS.has(word)) return false;
    const top = textOf(upper[i]);
    const together = matcher.match(`${top} ${value}`)?.field;
    if (together !== undefined && together !== matcher.match(top)?.field) return false;
    units++;
  }
  return units > 0;
}

function recognizeCells(
  reader: SheetReader,
  row: number,
  cells: ReadonlyArray<CellValue>,
  specs: readonly TableSpec[],
  matchers: ReadonlyMap<TableKind, HeaderMatcher>,
): HeaderRow | null {
  let texts = 0;
  for (const value of cells) if (typeof value === "string" && value.trim() !== "") texts++;
  const years = texts >= 1 ? yearColumnsOf(reader, cells) : [];
  if (texts < 2 && years.length < 2) return null;
  if (texts === 2 && years.length === 0 && holdsSentence(cells)) return null;
  const versions = texts >= 2 ? versionColumnsOf(reader, cells) : [];
  let best: HeaderRow | null = null;
  let bestCount = 0;
  for (const spec of specs) {
    // A budget's version columns ("Haettu €", "Vahvistettu 2014") are amounts, never its Summa or Versio
    const own =
      spec.kind === "budget" && versions.length + years.length > 0 ? withoutColumns(reader, cells, [...versions, ...years]) : cells;
    let candidate = assignColumns(reader, row, own, matcherOf(spec.kind, matchers), spec.kind);
    let found = Object.keys(candidate.columns);
    const holdsSignature = spec.signature.some((fields) => fields.every((f) => found.includes(f)));
    if (holdsSignature && own !== cells && versions.length > 0 && years.length === 0 && !found.includes("version")) {
      // "Budjetti | Tarkistettu budjetti": the plain amount and each version's column
      const count = found.length + 1;
      if (count > bestCount) [best, bestCount] = [{ ...candidate, versionColumns: versions }, count];
      continue;
    }
    if (holdsSignature && own !== cells) {
      // A budget with its own Summa: a stray version or year column stays a column not understood
      candidate = assignColumns(reader, row, cells, matcherOf(spec.kind, matchers), spec.kind);
      found = Object.keys(candidate.columns);
    }
    if (spec.kind === "budget" && !holdsSignature && years.length >= 2) candidate = withUnheadedLines(reader, row, cells, candidate, years);
    const wide = !holdsSignature && years.length > 0 && isWideTable(spec.kind, withoutYears(candidate, years), reader, row, years);
    const byVersion = !holdsSignature && !wide && spec.kind === "budget" && versions.length > 0 && isVersionTable(found);
    if (!holdsSignature && !wide && !byVersion) continue;
    const count = found.length + (wide || byVersion ? 1 : 0);
    if (count > bestCount) {
      best = wide ? withYearColumns(candidate, years) : byVersion ? { ...candidate, versionColumns: versions } : candidate;
      bestCount = count;
    }
  }
  return best;
}

/**
 * A cell of three words or more ("katso välilehti Kunnat"): a row of two texts with one is a
 * note or a key and its value ("Kuntaosuus | katso välilehti Kunnat"), not a two-column header.
 */
function holdsSentence(cells: ReadonlyArray<CellValue>): boolean {
  for (const value of cells) if (typeof value === "string" && normalizeHeader(value).split(" ").length >= 3) return true;
  return false;
}

/** The cells with the given columns taken out: no header text, but no empty column either (see blocksOf). */
function withoutColumns(reader: SheetReader, cells: ReadonlyArray<CellValue>, columns: readonly { col: number }[]): CellValue[] {
  const out = [...cells];
  for (const { col } of columns) out[col - reader.colOffset] = false;
  return out;
}

/** A budget whose amounts stand in a column per version: it still needs its year and its cost line or partner. */
function isVersionTable(found: readonly string[]): boolean {
  return found.includes("year") && (found.includes("line") || found.includes("partner")) && !found.includes("amount");
}

/**
 * Years on a row of their own above the other headers (" | | v. 2013 | v. 2014" over
 * "Osaamiskeskus | Kustannuslaji"): a wide table whose header is the two rows read together.
 */
function yearsOverHeader(
  reader: SheetReader,
  row: number,
  specs: readonly TableSpec[],
  matchers: ReadonlyMap<TableKind, HeaderMatcher>,
): HeaderRow | null {
  const upper = reader.row(row);
  const lower = reader.row(row + 1);
  if (yearColumnsOf(reader, upper).length < 2 || yearColumnsOf(reader, lower).length > 0 || !isSubHeaderRow(lower)) return null;
  if (recognizeCells(reader, row + 1, lower, specs, matchers)) return null;
  const cells = twoRowCells(upper, lower, null);
  const header = recognizeCells(reader, row + 1, cells, specs, matchers);
  return header?.yearColumns ? { ...header, cells } : null;
}

/**
 * A header that is a table only with its second row ("Laskutuskausi" merged over "alkaa |
 * päättyy", "Euroa" over "veroton | ALV"): neither row alone names the amount or the period, the
 * two read together do. The best table of the joined rows, its `row` the lower one.
 */
function twoRowsOnly(
  reader: SheetReader,
  row: number,
  specs: readonly TableSpec[],
  matchers: ReadonlyMap<TableKind, HeaderMatcher>,
): HeaderRow | null {
  const upper = reader.row(row);
  const lower = reader.row(row + 1);
  if (!isSubHeaderRow(lower) || !upper.some((value) => typeof value === "string" && value.trim() !== "")) return null;
  // a title over a header that is a table by itself is no part of it
  if (recognizeCells(reader, row + 1, lower, specs, matchers)) return null;
  let best: HeaderRow | null = null;
  for (const spec of specs) {
    const cells = twoRowCells(upper, lower, matcherOf(spec.kind, matchers));
    const found = recognizeCells(reader, row + 1, cells, [spec], matchers);
    if (found && (!best || Object.keys(found.columns).length > Object.keys(best.columns).length)) best = { ...found, cells };
  }
  return best;
}

/** A second header row: words only, no amounts or dates (a data row always has some). */
function isSubHeaderRow(cells: ReadonlyArray<CellValue>): boolean {
  let texts = 0;
  for (const value of cells) {
    if (value === null || (typeof value === "string" && value.trim() === "")) continue;
    if (typeof value !== "string" || parseDate(value) !== null || parseAmount(value).ok) return false;
    texts++;
  }
  return texts > 0;
}

/**
 * The headers of two rows read together, column by column: the upper text, the lower one, or
 * both ("Ajalta alkaen"), whichever the matcher knows best. An upper cell left blank by a merge
 * lends its left neighbour's text to the columns below it.
 */
function twoRowCells(upper: ReadonlyArray<CellValue>, lower: ReadonlyArray<CellValue>, matcher: HeaderMatcher | null): CellValue[] {
  const cells: CellValue[] = [];
  let inherited = "";
  for (let i = 0; i < Math.max(upper.length, lower.length); i++) {
    const top = textOf(upper[i]);
    const bottom = textOf(lower[i]);
    if (top !== "") inherited = top;
    const options =
      bottom === "" ? [top] : top === "" ? [inherited && `${inherited} ${bottom}`, bottom] : [`${top} ${bottom}`, bottom, top];
    const candidates = options.filter((text) => text !== "");
    let chosen = candidates[0] ?? null;
    let bestScore = 0;
    for (const text of candidates) {
      const score = matcher?.match(text)?.score ?? 0;
      if (score > bestScore) [chosen, bestScore] = [text, score];
    }
    cells.push(chosen);
  }
  return cells;
}

function textOf(value: CellValue | undefined): string {
  // A year typed as a number heads the columns below it ("2014" over "Haettu | Vahvistettu")
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : "";
  return typeof value === "string" ? value.trim() : "";
}

/**
 * A table with a column per year instead of Vuosi and Summa columns: a budget of cost lines or
 * partners by year (on a sheet or under a title that says budget), or municipal shares by year.
 */
function isWideTable(kind: TableKind, found: readonly string[], reader: SheetReader, row: number, years: readonly YearColumn[]): boolean {
  if (found.includes("year") || found.includes("amount")) return false;
  if (kind === "muniShares") return found.includes("municipality");
  // "Haettu 2014" says budget by itself
  if (kind === "budget")
    return (found.includes("line") || found.includes("partner")) && (years.some((y) => y.version) || saysBudget(reader, row));
  return false;
}

/** Rows under a header looked at for the cost lines of a column with no header. */
const UNHEADED_REACH = 10;

/**
 * A wide budget whose cost lines stand under a blank header cell, left of its years (" | 2013 | 2014"
 * over "Palkat | …", as a cost estimate is often typed): that column is its Tilikohta. Only a blank
 * first column right before the years, its first row under the header and another a text with
 * amounts beside it (a row of headers under years is read with them, see yearsOverHeader).
 */
function withUnheadedLines(
  reader: SheetReader,
  row: number,
  cells: ReadonlyArray<CellValue>,
  header: HeaderRow,
  years: readonly YearColumn[],
): HeaderRow {
  if (header.columns.line !== undefined || header.columns.partner !== undefined) return header;
  const col = Math.min(...years.map((y) => y.col)) - 1;
  const index = col - reader.colOffset;
  if (index < 0) return header;
  for (let i = 0; i <= index; i++) if (!isBlank(cells[i] ?? null)) return header;
  const isLine = (below: number) => {
    const value = reader.cell(below, col);
    return (
      typeof value === "string" &&
      value.trim() !== "" &&
      !parseAmount(value).ok &&
      years.some((y) => {
        const amount = reader.cell(below, y.col);
        return typeof amount === "number" || (typeof amount === "string" && parseAmount(amount).ok);
      })
    );
  };
  if (!isLine(row + 1)) return header;
  for (let below = row + 2; below <= row + UNHEADED_REACH && below < reader.rowCount; below++)
    if (isLine(below)) return { ...header, columns: { ...header.columns, line: col } };
  return header;
}

/** The fields found in columns other than year columns ("Vuosi 2015" holds a year's amounts, not Vuosi). */
function withoutYears(header: HeaderRow, years: readonly YearColumn[]): string[] {
  return Object.keys(header.columns).filter((field) => !years.some((y) => y.col === header.columns[field]));
}

function withYearColumns(header: HeaderRow, years: readonly YearColumn[]): HeaderRow {
  const yearCols = new Set(years.map((y) => y.col));
  const columns: Record<string, number> = {};
  for (const field of withoutYears(header, years)) columns[field] = header.columns[field];
  // a total right of the years ("2013 | 2014 | 2015 | Yhteensä") sums them: known, not read, not reported
  const lastYear = Math.max(...yearCols);
  const unknownColumns = header.unknownColumns
    .filter((c) => !yearCols.has(c.col))
    .map((c) => (c.col > lastYear && isTotalHeader(c.header) ? { ...c, quiet: true } : c));
  return { ...header, columns, unknownColumns, yearColumns: years };
}

/** The indexes of a header row's texts in runs between empty cells (a year typed as a number is no gap). */
function blocksOf(cells: ReadonlyArray<CellValue>): number[][] {
  const blocks: number[][] = [];
  let block: number[] = [];
  cells.forEach((value, index) => {
    if (value === null || (typeof value === "string" && value.trim() === "")) {
      if (block.length > 0) blocks.push(block);
      block = [];
    } else if (typeof value === "string") {
      block.push(index);
    }
  });
  if (block.length > 0) blocks.push(block);
  return blocks;
}

export function assignColumns(
  reader: SheetReader,
  row: number,
  cells: ReadonlyArray<CellValue>,
  matcher: HeaderMatcher,
  kind: TableKind,
): HeaderRow {
  const bestByField = new Map<string, { col: number; score: number }>();
  const matched: { col: number; header: string; field: string | null; quiet?: boolean; score?: number }[] = [];
  for (const block of blocksOf(cells)) {
    const matches = block.map((index) => matcher.match(cells[index] as string));
    // A summary beside the table, past an empty column, repeats a field the table has or totals it ("Kumppani | Yhteensä"): not this table's
    const beside =
      bestByField.size > 0 &&
      block.some((index, i) => {
        const field = matches[i]?.field;
        return (field !== undefined && bestByField.has(field) && !matcher.ignored.has(field)) || isTotalHeader(cells[index] as string);
      });
    if (beside) break;
    block.forEach((index, i) => {
      const col = reader.colOf(index);
      const match = matches[i];
      if (match && matcher.quiet.has(match.field)) {
        matched.push({ col, header: (cells[index] as string).trim(), field: null, quiet: true });
        return;
      }
      matched.push({ col, header: (cells[index] as string).trim(), field: match?.field ?? null, score: match?.score });
      if (!match) return;
      const previous = bestByField.get(match.field);
      if (!previous || match.score > previous.score) bestByField.set(match.field, { col, score: match.score });
    });
  }
  const columns: Record<string, number> = {};
  for (const [field, { col }] of bestByField) columns[field] = col;
  settleAmountColumns(kind, columns, matched);
  const used = new Set(Object.values(columns));
  for (const m of matched) if (m.field !== null && matcher.ignored.has(m.field)) used.add(m.col);
  // beside the amount, an invoice's quantity, unit and unit price are known and not read
  const priced = kind === "invoices" && (columns.net !== undefined || columns.gross !== undefined);
  const unknownColumns = matched
    .filter((m) => !used.has(m.col))
    .map(({ col, header, quiet }) =>
      quiet || (priced && (isQuantityOrUnitPrice(header) || UNIT.test(normalizeHeader(header))))
        ? { col, header, quiet: true }
        : { col, header },
    );
  return { kind, row, columns, unknownColumns };
}

/**
 * A table laid out across (docs/workbook.md): a ledger with an amount column per cost line
 * ("Pvm | Laskuttaja | Laskun nro | … | Palkat | Vuokrat | Matkakulut"), a partner's monthly
 * breakdown with a column per month ("Tilikohta | tammi | helmi | … | joulu"), a budget with a
 * column per cost line ("Vuosi | Palkat | Vuokrat") or with a block of columns per partner (a
 * row of partner names over years or cost lines). Each of its rows is read as one record per
 * column that holds an amount; the row's other columns are read as the table's fields.
 */
function acrossHeader(
  reader: SheetReader,
  row: number,
  specs: readonly TableSpec[],
  matchers: ReadonlyMap<TableKind, HeaderMatcher>,
  date1904: boolean,
): HeaderRow | null {
  const cells = reader.row(row);
  const lines: { index: number; line: string }[] = [];
  const months: { index: number; month: number; year: number | null }[] = [];
  let texts = 0;
  cells.forEach((value, index) => {
    if (typeof value === "string" && value.trim() !== "") texts++;
    const line = costLineOfHeader(value);
    if (line !== null) {
      lines.push({ index, line });
      return;
    }
    const month = monthOfHeader(value, date1904);
    if (month) months.push({ index, ...month });
  });
  if (texts >= 2 && specs.some((spec) => spec.kind === "budget")) {
    const blocks = partnerBlocks(reader, row, matchers);
    if (blocks) return blocks;
  }
  if (lines.length >= 2) {
    const single = costLinesAcross(reader, row, cells, lines, specs, matchers);
    if (single || row <= reader.rowOffset) return single;
    // A header over two rows ("Ajalta" over "alkaen | päättyen", "Tilikohdat" over the cost lines): the two read together
    const joined = twoRowCells(reader.row(row - 1), cells, matcherOf("invoices", matchers)).map((value, index) =>
      lines.some((l) => l.index === index) ? cells[index] : value,
    );
    const double = costLinesAcross(reader, row, joined, lines, specs, matchers);
    return double && { ...double, cells: joined };
  }
  if (months.length >= 1) return monthsAcross(reader, row, cells, months, specs, matchers);
  if (texts >= 3 && specs.some((spec) => spec.kind === "muniShares")) return municipalitiesAcross(reader, row, cells, matchers);
  return null;
}

/** Words that say a table holds the municipalities' shares: in its sheet's name, its header row or a title above it. */
const MUNICIPAL_WORDS =
  /\b(?:kuntaosuu\w*|kuntien (?:rahoitus)?osuu\w*|kuntarahoitu\w*|omarahoitu\w*|kommunandel\w*|kommunernas andel\w*|municipal shares?)\b/;

function saysMunicipalShares(reader: SheetReader, headerRow: number): boolean {
  if (MUNICIPAL_WORDS.test(normalizeHeader(reader.sheet.name))) return true;
  for (let row = Math.max(reader.rowOffset, headerRow - 5); row <= headerRow; row++)
    for (const value of reader.row(row)) if (typeof value === "string" && MUNICIPAL_WORDS.test(normalizeHeader(value))) return true;
  return false;
}

/**
 * Headers (as normalizeHeader leaves them) of amounts no table reads that are no municipality: a
 * billing's or a balance's columns beside a year ("Vuosi | Laskutettu | Maksettu | Avoinna").
 */
const NO_MUNICIPALITY =
  /^(?:laskutettu|laskutettava|laskutus|maksettu|maksamatta|maksettava|avoinna|avoin|avoimet|jaljella|erotus|saldo|toteutunut|toteuma|budjetoitu|budjetti|arvio|ennuste|kertynyt|kertyma|osuus|kuntaosuus|fakturerat|fakturerad|betalt|betald|obetalt|oppet|oppna|kvar|differens|utfall|invoiced|billed|paid|unpaid|open|outstanding|due|balance|remaining|difference|actual|budgeted|estimate|forecast)$/;

/**
 * Whether a column header right of the year names no municipality: a field some table reads
 * ("Maksettu", "Haettu", "Summa") or an amount's word none reads ("Laskutettu", "Avoinna").
 */
function namesNoMunicipality(header: string, matchers: ReadonlyMap<TableKind, HeaderMatcher>): boolean {
  if (NO_MUNICIPALITY.test(normalizeHeader(header))) return true;
  for (const matcher of matchers.values()) if (matcher.match(header) !== null) return true;
  return false;
}

/**
 * Municipal shares laid out across, one row a year and a column per municipality ("Vuosi | Närpiö |
 * Vaasa | Mustasaari | Yhteensä") under a sheet name or title that says municipal shares
 * ("Kuntaosuudet"): a header with a year column and no municipality or amount column, its other
 * columns right of the year the municipalities (a total column is none). A column any table reads as
 * a field, or an amount's word ("Laskutettu", "Avoinna"), says the header is no such table.
 */
function municipalitiesAcross(
  reader: SheetReader,
  row: number,
  cells: ReadonlyArray<CellValue>,
  matchers: ReadonlyMap<TableKind, HeaderMatcher>,
): HeaderRow | null {
  if (!saysMunicipalShares(reader, row)) return null;
  const candidate = assignColumns(reader, row, cells, matcherOf("muniShares", matchers), "muniShares");
  const { year } = candidate.columns;
  if (year === undefined || candidate.columns.municipality !== undefined || candidate.columns.amount !== undefined) return null;
  const across: AcrossColumn[] = [];
  const unknownColumns: { col: number; header: string; quiet?: boolean }[] = [];
  for (const unknown of candidate.unknownColumns) {
    const total = isTotalHeader(unknown.header);
    if (!total && !unknown.quiet && unknown.col > year) {
      // "Vuosi | Laskutettu | Maksettu | Avoinna" is a billing by year, no municipality's share
      if (namesNoMunicipality(unknown.header, matchers)) return null;
      across.push({ col: unknown.col, header: unknown.header, municipality: unknown.header.trim() });
    } else unknownColumns.push(total ? { ...unknown, quiet: true } : unknown);
  }
  return across.length >= 2 ? { ...candidate, unknownColumns, acrossColumns: across } : null;
}

const NO_AMOUNT = ["net", "gross", "debit", "credit", "amount"];

function costLinesAcross(
  reader: SheetReader,
  row: number,
  cells: ReadonlyArray<CellValue>,
  lines: readonly { index: number; line: string }[],
  specs: readonly TableSpec[],
  matchers: ReadonlyMap<TableKind, HeaderMatcher>,
): HeaderRow | null {
  const own = withoutColumns(
    reader,
    cells,
    lines.map(({ index }) => ({ col: reader.colOf(index) })),
  );
  const first = reader.colOf(lines[0].index);
  const last = reader.colOf(lines[lines.length - 1].index);
  for (const spec of specs) {
    if (spec.kind !== "invoices" && spec.kind !== "budget") continue;
    const candidate = assignColumns(reader, row, own, matcherOf(spec.kind, matchers), spec.kind);
    const found = Object.keys(candidate.columns);
    if (found.some((field) => NO_AMOUNT.includes(field)) || found.includes("line")) continue;
    const fits =
      spec.kind === "invoices"
        ? (found.includes("partner") || found.includes("number")) &&
          ["date", "period", "periodStart", "periodEnd"].some((f) => found.includes(f))
        : found.includes("year") && saysBudget(reader, row);
    if (!fits) continue;
    const across: AcrossColumn[] = lines.map(({ index, line }) => ({
      col: reader.colOf(index),
      header: cellText(cells[index]).trim(),
      line,
    }));
    return withCostLinesAcross(candidate, across, first, last);
  }
  return null;
}

/**
 * A header with its cost lines laid out across, from `first` to `last`: a column of its own words between
 * two cost lines is a cost line too ("Palkat | Koulutus | Vuokrat"); a total beside them is no cost.
 */
export function withCostLinesAcross(candidate: HeaderRow, across: AcrossColumn[], first: number, last: number): HeaderRow {
  const unknownColumns: { col: number; header: string; quiet?: boolean }[] = [];
  for (const unknown of candidate.unknownColumns) {
    const total = isTotalHeader(unknown.header);
    if (!total && !unknown.quiet && unknown.col > first && unknown.col < last)
      across.push({ col: unknown.col, header: unknown.header, line: unknown.header });
    else unknownColumns.push(total ? { ...unknown, quiet: true } : unknown);
  }
  across.sort((a, b) => a.col - b.col);
  return { ...candidate, unknownColumns, acrossColumns: across };
}

function monthsAcross(
  reader: SheetReader,
  row: number,
  cells: ReadonlyArray<CellValue>,
  months: readonly { index: number; month: number; year: number | null }[],
  specs: readonly TableSpec[],
  matchers: ReadonlyMap<TableKind, HeaderMatcher>,
): HeaderRow | null {
  if (!specs.some((spec) => spec.kind === "invoices") || saysBudget(reader, row)) return null;
  const own = withoutColumns(
    reader,
    cells,
    months.map(({ index }) => ({ col: reader.colOf(index) })),
  );
  const candidate = assignColumns(reader, row, own, matcherOf("invoices", matchers), "invoices");
  const found = Object.keys(candidate.columns);
  if (found.some((field) => [...NO_AMOUNT, "period", "periodStart", "periodEnd"].includes(field))) return null;
  if (!["line", "partner", "kind", "number"].some((field) => found.includes(field))) return null;
  // The year of a month without one: a year over it (merged over its months), else the one the title or sheet names
  const above = row > reader.rowOffset ? reader.row(row - 1) : [];
  const context = months.some((m) => m.year === null) ? yearOfContext(reader, row, undefined) : null;
  const across: AcrossColumn[] = [];
  let aboveYear: number | null = null;
  let contextYear = context;
  let previous = 0;
  let nextAbove = 0;
  for (const { index, month, year } of months) {
    for (; nextAbove <= index; nextAbove++) {
      const over = yearOfHeader(above[nextAbove] ?? null);
      if (over !== null) aboveYear = over;
    }
    let resolved = year ?? aboveYear;
    if (resolved === null && contextYear !== null) {
      // "loka | marras | joulu | tammi" under "2014": the months after December are the next year's
      if (month < previous) contextYear++;
      resolved = contextYear;
    }
    previous = month;
    if (resolved === null) return null;
    if (across.some((c) => c.year === resolved && c.month === month)) return null;
    // a month typed as a date is named as a month in messages ("11/2014"), not by its serial
    const header = typeof cells[index] === "number" ? `${month}/${resolved}` : cellText(cells[index]).trim();
    across.push({ col: reader.colOf(index), header, year: resolved, month });
  }
  return { ...candidate, acrossColumns: across };
}

/**
 * A budget with a block of columns per partner: partner names on one row, each over its block,
 * and under them years ("Tilikohta | 2013 | 2014 | 2013 | 2014") or cost lines ("Vuosi | Palkat |
 * Vuokrat | Palkat | Vuokrat"). The header is the lower row; a block headed by a total is no partner's.
 */
function partnerBlocks(reader: SheetReader, row: number, matchers: ReadonlyMap<TableKind, HeaderMatcher>): HeaderRow | null {
  const upper = reader.row(row);
  const lower = reader.row(row + 1);
  const matcher = matcherOf("budget", matchers);
  const starts: { index: number; name: string }[] = [];
  upper.forEach((value, index) => {
    if (typeof value === "string" && value.trim() !== "") starts.push({ index, name: value.trim() });
  });
  if (starts.length < 2 || starts.some(({ name }) => matcher.match(name) !== null)) return null;
  let kind: "year" | "line" | null = null;
  const across: AcrossColumn[] = [];
  const totals: { col: number; header: string; quiet: true }[] = [];
  let partners = 0;
  for (let k = 0; k < starts.length; k++) {
    const end = k + 1 < starts.length ? starts[k + 1].index : lower.length;
    const total = isTotalHeader(starts[k].name);
    let columns = 0;
    for (let index = starts[k].index; index < end; index++) {
      const value = lower[index] ?? null;
      if (value === null || (typeof value === "string" && value.trim() === "")) continue;
      const year = yearOfHeader(value);
      const line = year === null ? costLineOfHeader(value) : null;
      const type = year !== null ? "year" : line !== null ? "line" : null;
      if (type === null || (kind !== null && type !== kind)) return null;
      kind = type;
      columns++;
      const col = reader.colOf(index);
      const header = `${starts[k].name} ${cellText(value).trim()}`;
      if (total) totals.push({ col, header, quiet: true });
      else
        across.push(
          year !== null ? { col, header, partner: starts[k].name, year } : { col, header, partner: starts[k].name, line: line ?? "" },
        );
    }
    if (columns === 0) return null;
    if (!total) partners++;
  }
  if (partners < 2 || kind === null || !saysBudget(reader, row)) return null;
  const key = lower.map((value, index) => (index < starts[0].index ? value : null));
  const candidate = assignColumns(reader, row + 1, key, matcher, "budget");
  const found = Object.keys(candidate.columns);
  if (found.includes("amount") || found.includes("partner") || !found.includes(kind === "year" ? "line" : "year")) return null;
  if (kind === "line" && found.includes("line")) return null;
  return { ...candidate, unknownColumns: [...candidate.unknownColumns, ...totals], acrossColumns: across };
}
