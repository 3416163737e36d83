import { z } from "zod/mini";
import type { $ZodError } from "zod/v4/core";
import type { OutCell, OutSheet } from "../workbook/cells";
import { GENERATED_MARK, foreignSheetNamed, isGeneratedSheet } from "./generated";
import { columnIndex } from "../workbook/address";
import { normalizeHeader } from "../workbook/normalize";
import type { CellValue, SheetData, WorkbookData } from "../workbook/types";
import { FIELD_LABELS, TABLE_LABELS, fieldLabels, isMappableKind } from "./fieldLabels";
import type { Labels, MappableKind } from "./fieldLabels";
import { EXACT_MATCH, matcherOf } from "./recognize";
import { tableSpec } from "./vocabulary";

/**
 * Column mapping: the user says which column is which where the headers are not recognised
 * ("Rahaa" is the net amount), and the workbook keeps it on its own sheet, so the CLI and the
 * task pane (which run the same buildLedger) both honour it from then on.
 *
 * Layout of the sheet `KASTE-sarakkeet` (hidden; A1 holds the generated-sheet mark, so the
 * ledger builder never reads it as a table):
 *   A1     "KASTE Ledger: …"
 *   row 2  Taulukko | Välilehti | Otsikkorivi | Sarake | Kenttä | Otsikko | Selite
 *   then one row per mapped column: table key, sheet, header row (1-based), column letter,
 *   field key, the header text when mapped, and a label for people (never read back).
 *
 * A mapping is by column letter; the header text is kept so that an entry whose column has
 * since been moved, renamed or deleted is ignored (MAPPING_IGNORED, info) instead of silently
 * reading the wrong column.
 */
export const MAPPING_SHEET = "KASTE-sarakkeet";

export const MAPPING_TITLE = `${GENERATED_MARK} sarakkeiden kohdistus – muuta komennolla kaste map tai tehtäväruudussa / column mapping – change it with kaste map or in the task pane`;

export const MAPPING_HEADERS = ["Taulukko", "Välilehti", "Otsikkorivi", "Sarake", "Kenttä", "Otsikko", "Selite"] as const;

/** The largest column Excel has (XFD). */
const MAX_COLUMN = 16_383;
const MAX_ROW = 1_048_576;

/** One mapped column. */
export interface ColumnMapping {
  /** The table's kind, as the vocabulary keys it (`invoices`). */
  readonly table: MappableKind;
  readonly sheet: string;
  /** The header row, 1-based as the user sees it. */
  readonly headerRow: number;
  /** The column letter, upper case (`G`). */
  readonly column: string;
  /** The vocabulary's field key (`net`). */
  readonly field: string;
  /** The header cell's text when the column was mapped ("" for a blank cell). */
  readonly header: string;
}

/** A mapping read from the sheet, with the 0-based row it stands on (for findings). */
export interface StoredMapping extends ColumnMapping {
  readonly at: number;
}

/** The parts of a mapping row, in the sheet's column order (Taulukko, Välilehti, Otsikkorivi, Sarake, Kenttä). */
export const MAPPING_PARTS = ["table", "sheet", "headerRow", "column", "field"] as const;
export type MappingPart = (typeof MAPPING_PARTS)[number];

/** A mapping row that could not be read: the first part that is wrong, what it holds and what it may hold. */
export interface SkippedMapping {
  /** 0-based row of the mapping sheet. */
  readonly at: number;
  readonly part: MappingPart;
  readonly value: string;
  /** The allowed values or range in each language (`invoices (Laskut), …`, `1–1 048 576`, `A–XFD`; "" for a missing sheet name). */
  readonly allowed: Labels;
}

/**
 * An account number's cost line (Tilikohta): a general-ledger export that names its accounts by
 * number only (Tili 4010) gets its cost lines from these rows of the mapping sheet, written as
 * `account | | | 4010 | Henkilöstökulut` (`kaste map BOOK.xlsx --account 4010=Henkilöstökulut`).
 */
export interface AccountMapping {
  readonly account: string;
  readonly line: string;
}

/** The Taulukko word of an account row. */
export const ACCOUNT_ROW = "account";
const ACCOUNT_WORDS = new Set(["account", "accounts", "tili", "tilit", "konto", "konton"]);

export interface ReadMapping {
  readonly entries: readonly StoredMapping[];
  readonly skipped: readonly SkippedMapping[];
  readonly accounts: readonly AccountMapping[];
}

const EMPTY: ReadMapping = { entries: [], skipped: [], accounts: [] };

/** The workbook's mapping sheet, when it has one. */
export function findMappingSheet(book: WorkbookData): SheetData | undefined {
  return book.sheets.find((sheet) => sheet.name === MAPPING_SHEET && isGeneratedSheet(sheet));
}

/** The workbook's column mapping; empty when it has no mapping sheet. */
export function mappingOf(book: WorkbookData): ReadMapping {
  const sheet = findMappingSheet(book);
  return sheet ? readMapping(sheet) : EMPTY;
}

/** Reads the mapping sheet (from an .xlsx, or a CSV folder where every cell is text). */
export function readMapping(sheet: SheetData): ReadMapping {
  const entries: StoredMapping[] = [];
  const skipped: SkippedMapping[] = [];
  const accounts: AccountMapping[] = [];
  // Rows 1 and 2 are the mark and the headers
  for (let row = 2; row < sheet.cells.length; row++) {
    const texts = (sheet.cells[row] ?? []).slice(0, 6).map(textOf);
    if (texts.every((text) => text === "")) continue;
    const [table = "", sheetName = "", headerRow = "", column = "", field = "", header = ""] = texts;
    if (ACCOUNT_WORDS.has(normalizeHeader(table))) {
      // An account row without its number or cost line maps nothing
      if (column !== "" && field !== "") accounts.push({ account: column, line: field });
      continue;
    }
    const parsed = MAPPING_ROW.safeParse({ table, sheet: sheetName, headerRow, column, field });
    if (parsed.success) {
      entries.push({ ...parsed.data, header, at: row });
      continue;
    }
    const part = firstWrongPart(parsed.error);
    skipped.push({ at: row, part, value: { table, sheet: sheetName, headerRow, column, field }[part], allowed: allowedFor(part, table) });
  }
  return { entries, skipped, accounts: mergeAccounts([], accounts) };
}

function textOf(value: CellValue | undefined): string {
  return value === null || value === undefined || typeof value === "object" ? "" : String(value).trim();
}

/** A row of the mapping sheet as text cells; the field must be one of the table's (checked once the table is known). */
const MAPPING_ROW = z.pipe(
  z.object({
    table: z.custom<MappableKind>((value) => typeof value === "string" && isMappableKind(value)),
    sheet: z.string().check(z.minLength(1)),
    headerRow: z.pipe(
      z.pipe(z.string().check(z.regex(/^\d{1,7}$/)), z.transform(Number)),
      z.number().check(z.int(), z.minimum(1), z.maximum(MAX_ROW)),
    ),
    column: z.pipe(
      z.string().check(z.refine(validColumn)),
      z.transform((letters: string) => letters.toUpperCase()),
    ),
    field: z.string(),
  }),
  z.transform((row: { table: MappableKind; sheet: string; headerRow: number; column: string; field: string }, context) => {
    if (fieldsOf(row.table).includes(row.field)) return row;
    context.issues.push({ code: "custom", path: ["field"], message: "unknown field", input: row });
    return z.NEVER;
  }),
);

/** The leftmost part a failed parse names: a row is reported at its first wrong cell. */
function firstWrongPart(error: $ZodError): MappingPart {
  const parts = error.issues.map((issue) => issue.path[0]).filter((key): key is MappingPart => MAPPING_PARTS.includes(key as MappingPart));
  return MAPPING_PARTS.find((part) => parts.includes(part)) ?? "table";
}

const same = (text: string): Labels => ({ fi: text, sv: text, en: text });

/** Keys as the mapping sheet holds them, each with its name in the reader's language: `net (Summa (ALV 0))`. */
function keysWithLabels(keys: readonly string[], label: (key: string) => Labels): Labels {
  const list = (lang: keyof Labels) => keys.map((key) => `${key} (${label(key)[lang]})`).join(", ");
  return { fi: list("fi"), sv: list("sv"), en: list("en") };
}

/** What a part may hold, in each language; a field's choices depend on the row's table. */
function allowedFor(part: MappingPart, table: string): Labels {
  switch (part) {
    case "table":
      return keysWithLabels(Object.keys(TABLE_LABELS), (key) => TABLE_LABELS[key as MappableKind]);
    case "sheet":
      return same("");
    case "headerRow":
      return { fi: "1–1\u00a0048\u00a0576", sv: "1–1\u00a0048\u00a0576", en: "1–1,048,576" };
    case "column":
      return same("A–XFD");
    case "field":
      return isMappableKind(table) ? keysWithLabels(fieldsOf(table), (field) => fieldLabels(table, field)) : same("");
  }
}

function validRow(row: number): boolean {
  return Number.isInteger(row) && row >= 1 && row <= MAX_ROW;
}

function validColumn(letters: string): boolean {
  return /^[A-Za-z]{1,3}$/.test(letters) && columnIndex(letters) <= MAX_COLUMN;
}

function fieldsOf(kind: MappableKind): string[] {
  return tableSpec(kind).fields.map((f) => f.field);
}

/** The mapping sheet to write (whole: the host replaces the old one), hidden. */
export function mappingSheet(entries: readonly ColumnMapping[], accounts: readonly AccountMapping[] = []): OutSheet {
  const rows: OutCell[][] = [[MAPPING_TITLE], [...MAPPING_HEADERS]];
  for (const e of entries) {
    const note = `${TABLE_LABELS[e.table].fi} ${e.sheet}!${e.column}${e.headerRow}: ${fieldLabels(e.table, e.field).fi}`;
    rows.push([e.table, e.sheet, e.headerRow, e.column, e.field, e.header, note]);
  }
  for (const a of accounts) rows.push([ACCOUNT_ROW, null, null, a.account, a.line, null, `Tili ${a.account}: tilikohta ${a.line}`]);
  return { name: MAPPING_SHEET, rows, boldRows: [1], hidden: true, widths: [14, 18, 12, 8, 14, 24, 40] };
}

/** Whether a newer entry replaces an older one: the same header row and its column, its field, or another kind of table. */
function replaces(newer: ColumnMapping, older: ColumnMapping): boolean {
  if (newer.sheet !== older.sheet || newer.headerRow !== older.headerRow) return false;
  return newer.table !== older.table || newer.column === older.column || newer.field === older.field;
}

/**
 * The old mapping with the new entries added. A new entry replaces the old ones of its header
 * row that map the same column or the same field (a column has one meaning, a field one
 * column), and all of them when it names another kind of table (a header row is one table).
 * Idempotent: merging the same entries again changes nothing.
 */
export function mergeMapping(old: readonly ColumnMapping[], added: readonly ColumnMapping[]): ColumnMapping[] {
  let merged = old.map(plain);
  for (const entry of added.map(plain)) merged = [...merged.filter((o) => !replaces(entry, o)), entry];
  return merged;
}

/** Without `at`, so stored and new entries compare alike. */
function plain({ table, sheet, headerRow, column, field, header }: ColumnMapping): ColumnMapping {
  return { table, sheet, headerRow, column, field, header };
}

/** What the user asks to map; table and field may be keys, labels (fi/sv/en) or, for a field, a header word the vocabulary knows. */
export interface MappingRequest {
  readonly table: string;
  readonly sheet: string;
  /** 1-based. */
  readonly headerRow: number;
  /** Column letter. */
  readonly column: string;
  readonly field: string;
}

export type MappingProblem =
  | { readonly what: "table"; readonly value: string; readonly choices: string }
  | { readonly what: "field"; readonly value: string; readonly table: MappableKind; readonly choices: string }
  | { readonly what: "sheet" | "generated" | "sheetNotOurs"; readonly value: string }
  | { readonly what: "row" | "column" | "emptyRow"; readonly value: string; readonly sheet: string };

export type MappingPlan =
  | { readonly ok: true; readonly added: readonly ColumnMapping[]; readonly entries: readonly ColumnMapping[]; readonly sheet: OutSheet }
  | { readonly ok: false; readonly problems: readonly MappingProblem[] };

/**
 * Checks the requests against the workbook and merges them into its mapping: on success the
 * whole mapping sheet to write (`host.writeSheet(plan.sheet)` in the task pane, or the CLI's
 * `kaste map`). Each entry keeps the header text the column has now.
 */
export function planMapping(book: WorkbookData, requests: readonly MappingRequest[]): MappingPlan {
  // The mapping is kept on a sheet of ours: one of hers by that name is never written over
  const hers = foreignSheetNamed(book, MAPPING_SHEET);
  if (hers) return { ok: false, problems: [{ what: "sheetNotOurs", value: hers.name }] };
  const problems: MappingProblem[] = [];
  const added: ColumnMapping[] = [];
  for (const request of requests) {
    const entry = resolveRequest(book, request, problems);
    if (entry) added.push(entry);
  }
  if (problems.length > 0) return { ok: false, problems };
  const stored = mappingOf(book);
  const entries = mergeMapping(stored.entries, added);
  return { ok: true, added, entries, sheet: mappingSheet(entries, stored.accounts) };
}

/** The account rows with the new ones added, a number mapped again taking its new cost line (the number compared as typed, trimmed). */
export function mergeAccounts(old: readonly AccountMapping[], added: readonly AccountMapping[]): AccountMapping[] {
  let merged = [...old];
  for (const { account, line } of added) {
    const entry = { account: account.trim(), line: line.trim() };
    merged = [...merged.filter((o) => o.account !== entry.account), entry];
  }
  return merged;
}

/** The mapping sheet with account rows added (the column mapping kept as it is). */
export function planAccounts(book: WorkbookData, added: readonly AccountMapping[]): { accounts: AccountMapping[]; sheet: OutSheet } {
  const stored = mappingOf(book);
  const accounts = mergeAccounts(stored.accounts, added);
  return { accounts, sheet: mappingSheet(stored.entries.map(plain), accounts) };
}

/** An account number's cost line, as buildLedger looks it up (empty when the workbook maps none). */
export function accountLinesOf(book: WorkbookData): ReadonlyMap<string, string> {
  return new Map(mappingOf(book).accounts.map((a) => [a.account, a.line]));
}

function resolveRequest(book: WorkbookData, request: MappingRequest, problems: MappingProblem[]): ColumnMapping | null {
  const table = tableKindOf(request.table);
  if (!table) {
    problems.push({ what: "table", value: request.table, choices: Object.keys(TABLE_LABELS).join(", ") });
    return null;
  }
  const field = fieldOf(table, request.field);
  if (!field) problems.push({ what: "field", value: request.field, table, choices: fieldsOf(table).join(", ") });
  const sheet =
    book.sheets.find((s) => s.name === request.sheet.trim()) ??
    book.sheets.find((s) => s.name.toLowerCase() === request.sheet.trim().toLowerCase());
  if (!sheet) {
    problems.push({ what: "sheet", value: request.sheet });
    return null;
  }
  if (isGeneratedSheet(sheet)) {
    problems.push({ what: "generated", value: sheet.name });
    return null;
  }
  const column = request.column.trim().toUpperCase();
  if (!validRow(request.headerRow)) problems.push({ what: "row", value: String(request.headerRow), sheet: sheet.name });
  if (!validColumn(column)) problems.push({ what: "column", value: request.column, sheet: sheet.name });
  if (!field || !validRow(request.headerRow) || !validColumn(column)) return null;
  const row = rowOf(sheet, request.headerRow - 1);
  if (row.every((value) => textOf(value) === "")) {
    problems.push({ what: "emptyRow", value: String(request.headerRow), sheet: sheet.name });
    return null;
  }
  const header = textOf(cellOf(sheet, request.headerRow - 1, columnIndex(column)));
  return { table, sheet: sheet.name, headerRow: request.headerRow, column, field, header };
}

/** A row of a sheet by its 0-based sheet row, whatever the used range's origin. */
export function rowOf(sheet: SheetData, row: number): ReadonlyArray<CellValue> {
  return sheet.cells[row - (sheet.origin?.row ?? 0)] ?? [];
}

/** A cell of a sheet by 0-based sheet row and column. */
export function cellOf(sheet: SheetData, row: number, col: number): CellValue {
  return rowOf(sheet, row)[col - (sheet.origin?.col ?? 0)] ?? null;
}

const sameWords = (a: string, b: string) => normalizeHeader(a) === normalizeHeader(b);
const anyLabel = (labels: Labels, text: string) => [labels.fi, labels.sv, labels.en].some((label) => sameWords(label, text));

/** `invoices`, `Invoices`, `Laskut`, `Fakturor` → invoices. */
export function tableKindOf(text: string): MappableKind | null {
  const kinds = Object.keys(TABLE_LABELS) as MappableKind[];
  return (
    kinds.find((kind) => kind.toLowerCase() === text.trim().toLowerCase()) ??
    kinds.find((kind) => anyLabel(TABLE_LABELS[kind], text)) ??
    null
  );
}

/** `net`, `Summa (ALV 0)`, `Net amount`, `amount` (a header word the vocabulary knows exactly) → net. */
export function fieldOf(kind: MappableKind, text: string): string | null {
  const fields = fieldsOf(kind);
  const exactKey = fields.find((field) => field.toLowerCase() === text.trim().toLowerCase());
  if (exactKey) return exactKey;
  const labelled = fields.find((field) => FIELD_LABELS[kind][field] && anyLabel(FIELD_LABELS[kind][field], text));
  if (labelled) return labelled;
  const match = matcherOf(kind).match(text);
  return match?.score === EXACT_MATCH ? match.field : null;
}

/** A problem as one line, in the user's language. */
export function mappingProblemText(problem: MappingProblem, lang: "fi" | "sv" | "en"): string {
  const { value } = problem;
  switch (problem.what) {
    case "table":
      return {
        fi: `Tuntematon taulukko "${value}"; vaihtoehdot: ${problem.choices}.`,
        sv: `Okänd tabell "${value}"; alternativ: ${problem.choices}.`,
        en: `Unknown table "${value}"; choose one of: ${problem.choices}.`,
      }[lang];
    case "field":
      return {
        fi: `Taulukossa ${TABLE_LABELS[problem.table].fi} ei ole kenttää "${value}"; vaihtoehdot: ${problem.choices}.`,
        sv: `Tabellen ${TABLE_LABELS[problem.table].sv} har inget fält "${value}"; alternativ: ${problem.choices}.`,
        en: `The ${TABLE_LABELS[problem.table].en} table has no field "${value}"; choose one of: ${problem.choices}.`,
      }[lang];
    case "sheet":
      return {
        fi: `Työkirjassa ei ole välilehteä "${value}".`,
        sv: `Arbetsboken har inget blad "${value}".`,
        en: `The workbook has no sheet "${value}".`,
      }[lang];
    case "sheetNotOurs":
      return {
        fi: `Työkirjassa on jo oma välilehti ${value}, jota KASTE Ledger ei ole kirjoittanut; kohdistus pidetään sen nimisellä välilehdellä. Mitään ei kirjoitettu: nimeä välilehti uudelleen ja yritä sitten uudelleen.`,
        sv: `Arbetsboken har redan en egen flik ${value} som KASTE Ledger inte har skrivit; mappningen sparas på en flik med det namnet. Inget skrevs: byt namn på fliken och försök sedan igen.`,
        en: `The workbook already has its own sheet ${value}, not written by KASTE Ledger; the mapping is kept on a sheet of that name. Nothing was written: rename that sheet and try again.`,
      }[lang];
    case "generated":
      return {
        fi: `Välilehden ${value} on kirjoittanut KASTE Ledger; sen sarakkeita ei kohdisteta.`,
        sv: `Bladet ${value} är skrivet av KASTE Ledger; dess kolumner mappas inte.`,
        en: `The sheet ${value} was written by KASTE Ledger; its columns are not mapped.`,
      }[lang];
    case "row":
      return {
        fi: `Otsikkorivin pitää olla rivinumero 1–${MAX_ROW} (saatiin ${value}).`,
        sv: `Rubrikraden ska vara ett radnummer 1–${MAX_ROW} (fick ${value}).`,
        en: `The header row must be a row number 1–${MAX_ROW} (got ${value}).`,
      }[lang];
    case "column":
      return {
        fi: `Sarakkeen pitää olla kirjain A–XFD (saatiin ${value}).`,
        sv: `Kolumnen ska vara en bokstav A–XFD (fick ${value}).`,
        en: `The column must be a letter A–XFD (got ${value}).`,
      }[lang];
    case "emptyRow":
      return {
        fi: `Välilehden ${problem.sheet} rivi ${value} on tyhjä: se ei ole otsikkorivi.`,
        sv: `Rad ${value} på bladet ${problem.sheet} är tom: den är ingen rubrikrad.`,
        en: `Row ${value} of the sheet ${problem.sheet} is empty: it is not a header row.`,
      }[lang];
  }
}
