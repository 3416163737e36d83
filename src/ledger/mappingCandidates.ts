import { acrossFieldsOf } from "./across";
import { isGeneratedSheet } from "./generated";
import { columnLetter } from "../workbook/address";
import { cellText } from "../workbook/types";
import type { WorkbookData } from "../workbook/types";
import { headerOfKind } from "./applyMapping";
import { buildLedger } from "./build";
import { FIELD_LABELS, TABLE_LABELS, fieldLabels } from "./fieldLabels";
import type { Labels, MappableKind } from "./fieldLabels";
import type { Ledger } from "./model";
import { SheetReader } from "./sheetReader";
import type { HeaderRow } from "./recognize";
import { TABLES, tableSpec } from "./vocabulary";

/**
 * What the task pane's "Map columns" shows: the tables whose required columns were not
 * recognised, each column of their header row with what it was taken for, and the fields the
 * user can choose from (labels in fi/sv/en). The pane saves the user's choice with
 * `planMapping` (mapping.ts) and writes the sheet it returns.
 */

/** A field the dropdown offers. */
export interface FieldChoice {
  readonly field: string;
  readonly labels: Labels;
  readonly required: boolean;
}

/** A requirement the table does not meet: one of `fields` (e.g. net or gross) has no column. */
export interface MissingRequirement {
  readonly fields: readonly string[];
  /** "Summa (ALV 0) / Summa (sis. ALV)" in each language. */
  readonly labels: Labels;
}

export interface CandidateColumn {
  /** Column letter. */
  readonly column: string;
  /** The header as typed ("" for a blank header of a mapped column). */
  readonly header: string;
  /** What the column is taken for now; null when it is not understood. */
  readonly field: string | null;
}

export interface MappingCandidate {
  readonly table: MappableKind;
  readonly tableLabels: Labels;
  readonly sheet: string;
  /** 1-based. */
  readonly headerRow: number;
  /**
   * False when the row was not recognised as a table at all (the table is then TABLE_NOT_FOUND):
   * it holds enough of the table's headers to be it, and mapping its missing columns makes it one.
   */
  readonly recognised: boolean;
  readonly missing: readonly MissingRequirement[];
  /** Every column of the header row with a header (and every mapped one), left to right. */
  readonly columns: readonly CandidateColumn[];
  /** The columns not understood: the ones a dropdown is for. */
  readonly unknownColumns: readonly { readonly column: string; readonly header: string }[];
  /** Every field of the table, required first. */
  readonly fields: readonly FieldChoice[];
}

export interface MappingCandidates {
  readonly tables: readonly MappingCandidate[];
  /** Tables found nowhere, not even as a near miss: the pane can let the user pick their header row (`candidateAt`). */
  readonly missingTables: readonly { readonly table: MappableKind; readonly labels: Labels }[];
}

export interface CandidateOptions {
  /** Also list tables that lack no required column but have columns not understood (e.g. an unrecognised checker column). */
  readonly withUnknownColumns?: boolean;
}

/** A row not recognised as a header is offered as one when at least this many of its headers are a table's, */
const NEAR_MISS_FIELDS = 3;
/** and they are at least half of its text cells (a data row is mostly not headers). */
const NEAR_MISS_SHARE = 0.5;
/** As buildLedger: titles and notes stand above tables, not 500 rows down. */
const SEARCH_ROWS = 500;

/** The candidates of a workbook (builds its ledger; pass one already built to `mappingCandidatesOf` to save that). */
export function mappingCandidates(book: WorkbookData, options: CandidateOptions = {}): MappingCandidates {
  return mappingCandidatesOf(book, buildLedger(book).ledger, options);
}

/** The candidates from a ledger built from `book` (the pane has one from its last check). */
export function mappingCandidatesOf(book: WorkbookData, ledger: Ledger, options: CandidateOptions = {}): MappingCandidates {
  const tables: MappingCandidate[] = [];
  const kinds = TABLES.map((spec) => spec.kind);
  for (const kind of kinds) {
    for (const ref of ledger.tables[kind]) {
      // A wide table's year (or version) columns and a year its title names stand for Vuosi and Summa
      const satisfied = new Set([
        ...(ref.yearColumns ? ["year", "amount"] : []),
        ...(ref.versionColumns ? ["amount"] : []),
        ...(ref.contextYear !== undefined ? ["year"] : []),
        ...acrossFieldsOf(ref),
      ]);
      const candidate = candidateOf(kind, ref.sheet, ref.headerRow, ref.columns, ref.headers, ref.unknownColumns, true, satisfied);
      // Quiet columns (Y-tunnus, Huom) are mappable, but alone they do not make a table worth listing
      const reported = ref.unknownColumns.some((u) => !u.quiet);
      if (candidate.missing.length > 0 || (options.withUnknownColumns && reported)) tables.push(candidate);
    }
  }
  const notFound = kinds.filter((kind) => ledger.tables[kind].length === 0);
  const nearMisses = findNearMisses(book, ledger, notFound);
  tables.push(...nearMisses);
  const missingTables = notFound
    .filter((kind) => !nearMisses.some((c) => c.table === kind))
    .map((table) => ({ table, labels: TABLE_LABELS[table] }));
  return { tables, missingTables };
}

/** Any row read as a header of the given table: for a header row the user points at. Null when the sheet is not there. */
export function candidateAt(book: WorkbookData, table: MappableKind, sheetName: string, headerRow: number): MappingCandidate | null {
  const sheet = book.sheets.find((s) => s.name === sheetName);
  if (!sheet || isGeneratedSheet(sheet)) return null;
  const reader = new SheetReader(sheet);
  return candidateOfHeader(reader, headerOfKind(reader, headerRow - 1, table), false);
}

/** The fields of a table as a dropdown lists them: required first, then the vocabulary's order. */
export function fieldChoices(table: MappableKind): FieldChoice[] {
  const spec = tableSpec(table);
  const required = new Set(spec.required.flatMap((r) => (typeof r === "string" ? [r] : r)));
  const choices = spec.fields.map(({ field }) => ({ field, labels: fieldLabels(table, field), required: required.has(field) }));
  return [...choices.filter((c) => c.required), ...choices.filter((c) => !c.required)];
}

function candidateOf(
  table: MappableKind,
  sheet: string,
  headerRow: number,
  columns: Readonly<Record<string, number>>,
  headers: Readonly<Record<string, string>>,
  unknown: ReadonlyArray<{ readonly col: number; readonly header: string }>,
  recognised: boolean,
  satisfied: ReadonlySet<string> = new Set(),
): MappingCandidate {
  const spec = tableSpec(table);
  const missing: MissingRequirement[] = [];
  for (const required of spec.required) {
    const options = typeof required === "string" ? [required] : required;
    if (options.some((field) => columns[field] !== undefined || satisfied.has(field))) continue;
    const label = (lang: keyof Labels) => options.map((field) => fieldLabels(table, field)[lang]).join(" / ");
    missing.push({ fields: options, labels: { fi: label("fi"), sv: label("sv"), en: label("en") } });
  }
  const known = Object.entries(columns).map(([field, col]) => ({ col, header: headers[field] ?? "", field }));
  const all = [...known, ...unknown.map(({ col, header }) => ({ col, header, field: null }))].sort((a, b) => a.col - b.col);
  return {
    table,
    tableLabels: TABLE_LABELS[table],
    sheet,
    headerRow: headerRow + 1,
    recognised,
    missing,
    columns: all.map(({ col, header, field }) => ({ column: columnLetter(col), header, field })),
    unknownColumns: unknown.map(({ col, header }) => ({ column: columnLetter(col), header })),
    fields: fieldChoices(table),
  };
}

function candidateOfHeader(reader: SheetReader, header: HeaderRow, recognised: boolean): MappingCandidate {
  const headers: Record<string, string> = {};
  for (const [field, col] of Object.entries(header.columns)) headers[field] = cellText(reader.cell(header.row, col) ?? null).trim();
  return candidateOf(
    header.kind as MappableKind,
    reader.sheet.name,
    header.row,
    header.columns,
    headers,
    header.unknownColumns,
    recognised,
  );
}

/**
 * Header rows of tables found nowhere that hold most of such a table's headers but not its
 * signature ("Laskuttaja … Rahaa": no amount header, so no Laskut). The best row per sheet;
 * a row two missing tables could be goes to the one it holds more headers of.
 */
function findNearMisses(book: WorkbookData, ledger: Ledger, kinds: readonly MappableKind[]): MappingCandidate[] {
  if (kinds.length === 0) return [];
  const headerRows = new Set<string>();
  for (const refs of Object.values(ledger.tables)) for (const ref of refs) headerRows.add(`${ref.sheet}\u0000${ref.headerRow}`);
  const found: MappingCandidate[] = [];
  for (const sheet of book.sheets) {
    if (isGeneratedSheet(sheet)) continue;
    const reader = new SheetReader(sheet);
    const best = new Map<MappableKind, { header: HeaderRow; count: number }>();
    const last = Math.min(reader.rowCount, reader.rowOffset + SEARCH_ROWS);
    for (let row = reader.rowOffset; row < last; row++) {
      if (headerRows.has(`${sheet.name}\u0000${row}`)) continue;
      let texts = 0;
      for (const value of reader.row(row)) if (typeof value === "string" && value.trim() !== "") texts++;
      if (texts < NEAR_MISS_FIELDS) continue;
      let rowBest: { header: HeaderRow; count: number } | null = null;
      for (const kind of kinds) {
        const header = headerOfKind(reader, row, kind);
        const count = Object.keys(header.columns).length;
        if (count < NEAR_MISS_FIELDS || count < texts * NEAR_MISS_SHARE) continue;
        if (!rowBest || count > rowBest.count) rowBest = { header, count };
      }
      if (!rowBest) continue;
      const kind = rowBest.header.kind as MappableKind;
      const previous = best.get(kind);
      if (!previous || rowBest.count > previous.count) best.set(kind, rowBest);
    }
    for (const { header } of best.values()) found.push(candidateOfHeader(reader, header, false));
  }
  return found;
}

/** Every table kind a mapping can name, with its labels (for a "which table is this?" dropdown). */
export function tableChoices(): { readonly table: MappableKind; readonly labels: Labels }[] {
  return (Object.keys(FIELD_LABELS) as MappableKind[]).map((table) => ({ table, labels: TABLE_LABELS[table] }));
}
