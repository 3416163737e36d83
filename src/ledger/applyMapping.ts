import type { Finding } from "../findings/finding";
import { makeFinding } from "../findings/makeFinding";
import { cellAddress, columnIndex } from "../workbook/address";
import { normalizeHeader } from "../workbook/normalize";
import { cellText } from "../workbook/types";
import type { WorkbookData } from "../workbook/types";
import { TABLE_LABELS, fieldLabels } from "./fieldLabels";
import type { MappableKind } from "./fieldLabels";
import { MAPPING_PARTS, MAPPING_SHEET, mappingOf } from "./mapping";
import type { StoredMapping } from "./mapping";
import { matcherOf, settleAmountColumns } from "./recognize";
import type { HeaderRow } from "./recognize";
import type { SheetReader } from "./sheetReader";

/**
 * How buildLedger honours the column mapping (mapping.ts): once per table, never per data row.
 * A mapped header row is a table of the mapped kind even where the heuristic finds none (or
 * another kind); its columns are what the heuristic matches, with each mapped column taking
 * its field instead. An entry whose header text has changed since it was mapped is ignored
 * (MAPPING_IGNORED, info): the column was moved, renamed or deleted, and reading whatever now
 * stands at its letter would be worse than asking again.
 */

/** One mapped header row of a sheet. */
export interface MappedTable {
  readonly kind: MappableKind;
  /** 0-based sheet row. */
  readonly row: number;
  /** In the sheet's order: where two entries give one field, the later one wins. */
  readonly entries: readonly StoredMapping[];
}

/** The workbook's mapping by sheet name; unreadable rows and sheets that are gone become findings. */
export function mappingForBuild(book: WorkbookData, findings: Finding[]): ReadonlyMap<string, readonly MappedTable[]> {
  const { entries, skipped } = mappingOf(book);
  for (const { at, part, value, allowed } of skipped) {
    findings.push(
      makeFinding(
        "MAPPING_IGNORED",
        { sheet: MAPPING_SHEET, cell: cellAddress(at, MAPPING_PARTS.indexOf(part)) },
        { why: "invalid", row: String(at + 1), part, value, allowed: { words: allowed } },
      ),
    );
  }
  const byRow = new Map<string, { sheet: string; row: number; entries: StoredMapping[] }>();
  const names = new Set(book.sheets.map((s) => s.name));
  for (const entry of entries) {
    if (!names.has(entry.sheet)) {
      findings.push(
        makeFinding(
          "MAPPING_IGNORED",
          { sheet: MAPPING_SHEET, cell: cellAddress(entry.at, 1) },
          { why: "sheet", sheetName: entry.sheet, row: String(entry.at + 1) },
        ),
      );
      continue;
    }
    const key = `${entry.headerRow}\u0000${entry.sheet}`;
    const table = byRow.get(key) ?? { sheet: entry.sheet, row: entry.headerRow - 1, entries: [] };
    table.entries.push(entry);
    byRow.set(key, table);
  }
  const bySheet = new Map<string, MappedTable[]>();
  for (const { sheet, row, entries: mine } of byRow.values()) {
    // A header row is one table: the kind its latest entry names (mergeMapping keeps them one)
    const kind = mine[mine.length - 1].table;
    const list = bySheet.get(sheet) ?? [];
    list.push({ kind, row, entries: mine.filter((e) => e.table === kind) });
    bySheet.set(sheet, list);
  }
  return bySheet;
}

/**
 * The sheet's header rows with its mapped tables put in: a mapped row replaces whatever the
 * heuristic found on that row. Returns `headers` itself when the sheet has no mapping.
 */
export function withMappedHeaders(
  reader: SheetReader,
  headers: HeaderRow[],
  mapped: readonly MappedTable[] | undefined,
  findings: Finding[],
): HeaderRow[] {
  if (!mapped || mapped.length === 0) return headers;
  const byRow = new Map<number, HeaderRow>();
  for (const table of mapped) {
    const current = table.entries.filter((entry) => headerStillMatches(reader, table.kind, entry, findings));
    if (current.length > 0) byRow.set(table.row, mappedHeader(reader, table.row, table.kind, current));
  }
  if (byRow.size === 0) return headers;
  return [...headers.filter((h) => !byRow.has(h.row)), ...byRow.values()].sort((a, b) => a.row - b.row);
}

function headerStillMatches(reader: SheetReader, kind: MappableKind, entry: StoredMapping, findings: Finding[]): boolean {
  const row = entry.headerRow - 1;
  const col = columnIndex(entry.column);
  const value = reader.cell(row, col);
  const now = value === null || typeof value === "object" ? "" : String(value).trim();
  if (normalizeHeader(now) === normalizeHeader(entry.header)) return true;
  findings.push(
    makeFinding(
      "MAPPING_IGNORED",
      { sheet: reader.sheet.name, cell: cellAddress(row, col) },
      {
        why: "header",
        table: TABLE_LABELS[kind].fi,
        field: fieldLabels(kind, entry.field).fi,
        header: entry.header,
        now,
      },
    ),
  );
  return false;
}

/** A header row read as a table of one kind: each text cell's best field, as recognizeHeader assigns them. */
export function headerOfKind(reader: SheetReader, row: number, kind: MappableKind): HeaderRow {
  const matcher = matcherOf(kind);
  const best = new Map<string, { col: number; score: number }>();
  const texts: { col: number; header: string; field: string | null; score?: number }[] = [];
  reader.row(row).forEach((value, index) => {
    if (typeof value !== "string" || value.trim() === "") return;
    const col = reader.colOf(index);
    const match = matcher.match(value);
    texts.push({ col, header: value.trim(), field: match?.field ?? null, score: match?.score });
    if (!match) return;
    const previous = best.get(match.field);
    if (!previous || match.score > previous.score) best.set(match.field, { col, score: match.score });
  });
  const columns: Record<string, number> = {};
  for (const [field, { col }] of best) columns[field] = col;
  settleAmountColumns(kind, columns, texts);
  return { kind, row, columns, unknownColumns: unknownOf(texts, columns) };
}

function unknownOf(texts: readonly { col: number; header: string }[], columns: Record<string, number>): { col: number; header: string }[] {
  const used = new Set(Object.values(columns));
  return texts.filter((t) => !used.has(t.col)).map(({ col, header }) => ({ col, header }));
}

/** The heuristic's columns with each mapped column taking its field (and the field leaving the column the heuristic gave it). */
function mappedHeader(reader: SheetReader, row: number, kind: MappableKind, entries: readonly StoredMapping[]): HeaderRow {
  const heuristic = headerOfKind(reader, row, kind);
  const columns: Record<string, number> = { ...heuristic.columns };
  for (const { field, column } of entries) {
    const col = columnIndex(column);
    for (const [other, at] of Object.entries(columns)) if (at === col) delete columns[other];
    columns[field] = col;
  }
  const texts = [
    ...Object.values(heuristic.columns).map((col) => ({ col, header: cellText(reader.cell(row, col)).trim() })),
    ...heuristic.unknownColumns,
  ].sort((a, b) => a.col - b.col);
  return { kind, row, columns, unknownColumns: unknownOf(texts, columns) };
}
