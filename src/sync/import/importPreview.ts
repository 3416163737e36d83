import { buildLedger } from "../../ledger/build";
import { CANONICAL_HEADERS } from "../../ledger/canonical";
import { isBlank } from "../../ledger/coerce";
import type { InvoiceLine, Ledger, TableRef } from "../../ledger/model";
import { SheetReader } from "../../ledger/sheetReader";
import { fiDateOf } from "../../periods";
import type { Finding, Param } from "../../findings/finding";
import { makeFinding } from "../../findings/makeFinding";
import { cellAddress, parseAddress } from "../../workbook/address";
import { nameKey, normalizeHeader } from "../../workbook/normalize";
import type { CellValue, WorkbookData } from "../../workbook/types";
import type { OutBlock, OutCell } from "../../workbook/cells";
import { writeBlocks } from "../../workbook/cells";
import type { CsvProblem } from "../../workbook/csv";
import { appendPlace, lastColumnOf } from "../../ledger/append";
import { amountKey, importKey, invoiceKey, netOf, sameImportValues } from "../../ledger/fingerprint";
import type { PartnerCsv } from "./partnerFile";
import { KIND_WORDS, NO, YES } from "../../ledger/words";

/** Where an import comes from, as the provenance columns record it. */
export interface ImportSource {
  /** The partner file's name as the user knows it (written in Lähdetiedosto). */
  readonly file: string;
  /** When the import runs, as written in Tuotu (e.g. "2014-03-05 14:03"). */
  readonly importedAt: string;
  /** The biller for rows that name none: a partner's own breakdown often has no Laskuttaja column. */
  readonly partner?: string;
}

/** A row of the partner file. */
export interface IncomingRow {
  /** The row as read from the partner file (its `at` is the partner file's sheet and row), with the biller filled in. */
  readonly line: InvoiceLine;
  /** The row as a person finds it in the partner file: "12", or "Sheet1!12" in a workbook of several sheets. */
  readonly source: string;
}

/** A row to append: its cells in the order of the target's columns (`AppendTarget.headers`). */
export interface RowToAdd extends IncomingRow {
  readonly cells: readonly OutCell[];
}

/** A row the ledger already has (the same invoice, period, cost line and amounts). */
export interface PresentRow extends IncomingRow {
  readonly existing: InvoiceLine;
}

export type ConflictKind = "amount" | "line" | "period" | "duplicate";

/** A row of an invoice the ledger has, which the ledger's rows of that invoice do not match. */
export interface ConflictRow extends IncomingRow {
  /** Every ledger row of the same partner and invoice number. */
  readonly existing: readonly InvoiceLine[];
  /** The ledger row it is closest to, and how it differs from it ("duplicate": the file has the row more often than the ledger). */
  readonly closest: InvoiceLine;
  readonly differs: readonly ConflictKind[];
}

/** A row that cannot be imported as it is, with the reasons (findings at its cells in the partner file). */
export interface BadRow {
  readonly sheet: string;
  /** 0-based row in the partner file's sheet. */
  readonly row: number;
  readonly source: string;
  readonly findings: readonly Finding[];
}

/** Where the rows go: below the ledger table, from its first column. */
export interface AppendTarget {
  readonly sheet: string;
  /** 0-based row of the table's header. */
  readonly headerRow: number;
  /** 0-based column of the first cell of each row to append. */
  readonly firstCol: number;
  /** 0-based row where the first new row goes: the row after the table's last non-blank row. */
  readonly firstRow: number;
  /** The header of each column written, from `firstCol`: the table's own, then any new provenance headers. */
  readonly headers: readonly string[];
  /** Provenance headers the table lacks, to write into its header row first (0-based columns). */
  readonly newHeaders: readonly { readonly col: number; readonly text: string }[];
}

export interface ImportPreview {
  readonly source: ImportSource;
  /** null when the workbook has no ledger table (TABLE_NOT_FOUND is among the findings). */
  readonly target: AppendTarget | null;
  readonly toAdd: readonly RowToAdd[];
  readonly alreadyPresent: readonly PresentRow[];
  readonly conflicts: readonly ConflictRow[];
  readonly bad: readonly BadRow[];
  /**
   * Everything to tell the user, in the partner file's row order (render with renderFinding):
   * the reasons of bad rows, IMPORT_CONFLICT for each conflict, IMPORT_COLUMN_DROPPED,
   * a table not found, IMPORT_TARGET_FULL.
   */
  readonly findings: readonly Finding[];
  /** Whether `rowsToAppend` can be written: there is a target with room for the rows. */
  readonly canAppend: boolean;
}

/** The provenance columns an import fills, and their headers when the table lacks them. */
/** "2014-03-05 14:15": when an import ran, in local time, as the Tuotu column records it. */
export function importTime(now: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())} ${two(now.getHours())}:${two(now.getMinutes())}`;
}

export const PROVENANCE_HEADERS: Readonly<Record<"sourceFile" | "sourceRow" | "importedAt", string>> = {
  sourceFile: "Lähdetiedosto",
  sourceRow: "Lähderivi",
  importedAt: "Tuotu",
};

/** The headers TABLE_NOT_FOUND names for a ledger table: the canonical ones an invoice row needs. */
const INVOICE_HEADERS = (["partner", "number", "periodStart", "periodEnd", "net"] as const)
  .map((field) => CANONICAL_HEADERS.invoices[field])
  .join(", ");
const DATE_FIELDS = new Set(["date", "periodStart", "periodEnd"]);
const TEXT_FIELDS = new Set(["number", "line", "checker", "approver", "description"]);

/**
 * Previews importing a partner's expense breakdown or invoice list into the workbook's ledger
 * (Laskut). Nothing is written: the preview says which rows would be added, which the ledger
 * already has, which conflict with an invoice it has, and which are bad and why.
 *
 * - The partner file is any workbook with an invoice table, found and read like the ledger
 *   itself (headers in Finnish, Swedish or English, any order); a CSV file read with
 *   `partnerBookFromCsv` brings its broken records along.
 * - A row is already present when the ledger has a row of the same partner and invoice
 *   number with the same period, cost line and amounts (`importKey`); each ledger row
 *   answers for one file row, so importing the same file twice adds nothing.
 * - A row of an invoice the ledger has that matches none of its rows is a conflict: it is
 *   reported and never written. Rows without an invoice number cannot conflict.
 * - Rows go below the first ledger table (the one on a sheet called Laskut, if several),
 *   in its column order, with the source file, row and import time in the provenance columns.
 *
 * @example
 * const preview = previewImport(book, partnerBookFromCsv(bytes, "pikassos-3-2014.csv"), { file: "pikassos-3-2014.csv", importedAt: "2014-04-02 10:15" });
 * preview.toAdd.length; rowsToAppend(preview); // the cells to write at preview.target
 */
export function previewImport(book: WorkbookData, partnerFile: WorkbookData | PartnerCsv, source: ImportSource): ImportPreview {
  const partnerBook = "book" in partnerFile ? partnerFile.book : partnerFile;
  const csvProblems: readonly CsvProblem[] = "book" in partnerFile ? partnerFile.problems : [];
  const { ledger } = buildLedger(book);
  const incoming = buildLedger(partnerBook);
  const findings: Finding[] = [];
  const table = targetTable(ledger);
  if (!table) findings.push(makeFinding("TABLE_NOT_FOUND", { sheet: "", cell: "" }, { table: "Laskut", headers: INVOICE_HEADERS }));
  const partnerTables = incoming.ledger.tables.invoices;
  if (partnerTables.length === 0) {
    findings.push(
      makeFinding(
        "TABLE_NOT_FOUND",
        { sheet: partnerBook.sheets[0]?.name ?? source.file, cell: "" },
        { table: source.file, headers: INVOICE_HEADERS },
      ),
    );
    return { source, target: null, toAdd: [], alreadyPresent: [], conflicts: [], bad: [], findings, canAppend: false };
  }

  const singleSheet = partnerBook.sheets.length === 1;
  const sourceOf = (sheet: string, row: number) => (singleSheet ? String(row + 1) : `${sheet}!${row + 1}`);
  const readers = new Map(partnerBook.sheets.map((sheet) => [sheet.name, new SheetReader(sheet)]));

  // Problems of the partner file: per row (bad rows) or per table (a missing column)
  /** Per sheet, whether a row is a ledger line (flags by row, not a Set: 100 000 Set entries cost more than the rest of the preview). */
  const lineRows = new Map<string, boolean[]>();
  for (const line of incoming.ledger.invoices) {
    const sheet = line.at.table.sheet;
    let rows = lineRows.get(sheet);
    if (!rows) lineRows.set(sheet, (rows = []));
    rows[line.at.row] = true;
  }
  const isHeaderRow = (sheet: string, row: number) => partnerTables.some((t) => t.sheet === sheet && t.headerRow === row);
  const partnerLabels = new Set(partnerTables.map((t) => t.headers.partner ?? CANONICAL_HEADERS.invoices.partner));
  const rowProblems = new Map<string, Map<number, Finding[]>>();
  const addRowProblem = (sheet: string, row: number, finding: Finding) => {
    let rows = rowProblems.get(sheet);
    if (!rows) rowProblems.set(sheet, (rows = new Map()));
    const list = rows.get(row);
    if (list) list.push(finding);
    else rows.set(row, [finding]);
  };
  for (const finding of incoming.findings) {
    if (finding.code === "COLUMN_NOT_UNDERSTOOD") continue; // said as IMPORT_COLUMN_DROPPED, or copied to a column of the same name
    if (source.partner && finding.code === "REQUIRED_MISSING" && partnerLabels.has(String(finding.params.field))) continue;
    const at = parseAddress(finding.cell);
    if (!at) continue;
    if (isHeaderRow(finding.sheet, at.row)) findings.push(finding);
    else if (lineRows.get(finding.sheet)?.[at.row] === true && finding.severity === "error") addRowProblem(finding.sheet, at.row, finding);
  }
  const firstSheet = partnerBook.sheets[0]?.name ?? "";
  for (const problem of csvProblems)
    addRowProblem(
      firstSheet,
      problem.row,
      makeFinding("IMPORT_ROW_BROKEN", { sheet: firstSheet, cell: cellAddress(problem.row, 0) }, { what: problem.what }),
    );
  // Values right of the last header: a shifted row (a wrong delimiter, an unquoted decimal comma)
  const lastColumns = new Map(partnerTables.map((t) => [t, lastColumnOf(t, readers.get(t.sheet)!)]));
  for (const line of incoming.ledger.invoices) {
    const { sheet } = line.at.table;
    const reader = readers.get(sheet)!;
    const cells = reader.row(line.at.row);
    const from = lastColumns.get(line.at.table)! + 1 - reader.colOffset;
    for (let i = Math.max(0, from); i < cells.length; i++) {
      if (!isBlank(cells[i])) {
        addRowProblem(
          sheet,
          line.at.row,
          makeFinding(
            "IMPORT_ROW_BROKEN",
            { sheet, cell: cellAddress(line.at.row, i + reader.colOffset) },
            { what: "fields", value: String(cells[i]) },
          ),
        );
        break;
      }
    }
  }

  const plan = table ? planTarget(table, ledger, book) : null;
  const writer = plan ? columnWriter(plan, source, sourceOf, readers) : null;
  if (plan) findings.push(...droppedColumns(partnerTables, plan, readers));

  // The ledger's rows by invoice; each answers for one file row with the same values (`importKey`),
  // the first not yet taken in ledger order. Rows without an invoice number by their whole key.
  const invoices = new Map<string, InvoiceBucket>();
  const unnumbered = new Map<string, SameRows>();
  for (const line of ledger.invoices) {
    const invoice = invoiceKey(line);
    if (line.number.trim() === "") addSame(unnumbered, importKey(line, invoice), line);
    else {
      const bucket = invoices.get(invoice);
      if (bucket) bucket.lines.push(line);
      else invoices.set(invoice, { lines: [line], taken: null, byKey: null });
    }
  }

  const toAdd: RowToAdd[] = [];
  const alreadyPresent: PresentRow[] = [];
  const conflicts: ConflictRow[] = [];
  const bad: BadRow[] = [];
  for (const read of incoming.ledger.invoices) {
    const { sheet } = read.at.table;
    const row = read.at.row;
    const sourceRow = sourceOf(sheet, row);
    let problems = rowProblems.size === 0 ? undefined : rowProblems.get(sheet)?.get(row);
    const line: InvoiceLine = read.partner === "" && source.partner ? { ...read, partner: source.partner.trim() } : read;
    if (problems === undefined && line.partner === "") {
      // No Laskuttaja column, no partner named above the table, no --partner: the row has no biller
      const col = read.at.table.columns.partner ?? Math.min(...Object.values(read.at.table.columns));
      problems = [
        makeFinding(
          "REQUIRED_MISSING",
          { sheet, cell: cellAddress(row, col) },
          { field: read.at.table.headers.partner ?? CANONICAL_HEADERS.invoices.partner },
        ),
      ];
    }
    if (problems === undefined && writer && writer.netUnknown(line)) {
      problems = [
        makeFinding(
          "IMPORT_NET_UNKNOWN",
          { sheet, cell: cellAddress(row, read.at.table.columns.gross ?? 0) },
          { partner: line.partner || "–", number: line.number || "–" },
        ),
      ];
    }
    if (problems !== undefined) {
      bad.push({ sheet, row, source: sourceRow, findings: problems });
      findings.push(...problems);
      continue;
    }
    const invoiceOf = invoiceKey(line);
    const numbered = line.number.trim() !== "";
    const bucket = numbered ? invoices.get(invoiceOf) : undefined;
    // A numbered row of an invoice the ledger lacks (the usual new row) cannot be present
    const existing = numbered
      ? bucket
        ? takeFromInvoice(bucket, line, invoiceOf)
        : undefined
      : takeSame(unnumbered, importKey(line, invoiceOf));
    if (existing) {
      alreadyPresent.push({ line, source: sourceRow, existing });
      continue;
    }
    if (bucket) {
      const invoice = bucket.lines;
      const { closest, differs } = closestOf(line, invoice);
      conflicts.push({ line, source: sourceRow, existing: invoice, closest, differs });
      findings.push(conflictFinding(line, closest, differs));
      continue;
    }
    toAdd.push({ line, source: sourceRow, cells: writer ? writer.cells(line) : [] });
  }

  let canAppend = plan !== null;
  if (plan && plan.nextHeader !== null && toAdd.length > 0 && plan.target.firstRow + toAdd.length >= plan.nextHeader.row) {
    canAppend = false;
    findings.push(
      makeFinding(
        "IMPORT_TARGET_FULL",
        { sheet: plan.target.sheet, cell: cellAddress(plan.target.firstRow, plan.target.firstCol) },
        {
          rows: toAdd.length,
          next: `${plan.target.sheet}!${cellAddress(plan.nextHeader.row, plan.nextHeader.col)}`,
        },
      ),
    );
  }
  sortByPlace(findings);
  return { source, target: plan?.target ?? null, toAdd, alreadyPresent, conflicts, bad, findings, canAppend };
}

/**
 * The cells to write below the ledger table, one row per row to add, in the order of
 * `preview.target.headers` (write `target.newHeaders` into the header row first).
 * Throws when the preview has no place to write them (`canAppend` is false).
 */
export function rowsToAppend(preview: ImportPreview): OutCell[][] {
  checkCanAppend(preview);
  const rows = new Array<OutCell[]>(preview.toAdd.length);
  for (let i = 0; i < rows.length; i++) rows[i] = preview.toAdd[i].cells.slice();
  return rows;
}

function checkCanAppend(preview: ImportPreview): void {
  if (!preview.target || !preview.canAppend)
    throw new Error("rowsToAppend: the preview has no room in a ledger table to append to (see its findings)");
}

/** What to write for an import: the new headers and the rows, as blocks of cells. */
export function importBlocks(preview: ImportPreview): OutBlock[] {
  return blocksOf(preview, rowsToAppend(preview));
}

/** The blocks for `rows`, the preview's rows as they are or copied (`importBlocks` hands out copies a caller may change). */
function blocksOf(preview: ImportPreview, rows: ReadonlyArray<ReadonlyArray<OutCell>>): OutBlock[] {
  const target = preview.target!;
  const blocks: OutBlock[] = target.newHeaders.map((h) => ({ sheet: target.sheet, row: target.headerRow, col: h.col, rows: [[h.text]] }));
  if (rows.length > 0)
    blocks.push({
      sheet: target.sheet,
      row: target.firstRow,
      col: target.firstCol,
      rows,
      styleFromAbove: target.firstRow > target.headerRow + 1,
    });
  return blocks;
}

/**
 * The workbook as it is after the import (pure): the preview's rows appended, the provenance
 * headers added. What the adapters do to the real file, for tests and for previews.
 */
export function applyImport(book: WorkbookData, preview: ImportPreview): WorkbookData {
  checkCanAppend(preview);
  // writeBlocks only reads the rows: no copies of them
  return writeBlocks(
    book,
    blocksOf(
      preview,
      preview.toAdd.map((row) => row.cells),
    ),
  );
}

/** Ledger rows with the same `importKey`, in ledger order; `next`: the first not yet taken. */
interface SameRows {
  readonly lines: InvoiceLine[];
  next: number;
}

function addSame(map: Map<string, SameRows>, key: string, line: InvoiceLine): void {
  const entry = map.get(key);
  if (entry) entry.lines.push(line);
  else map.set(key, { lines: [line], next: 0 });
}

function takeSame(map: Map<string, SameRows>, key: string): InvoiceLine | undefined {
  const entry = map.get(key);
  return entry && entry.next < entry.lines.length ? entry.lines[entry.next++] : undefined;
}

/** One invoice's ledger rows, in ledger order, and which of them already answer for a file row. */
interface InvoiceBucket {
  readonly lines: InvoiceLine[];
  /** Small invoices: a flag per row, searched in order. */
  taken: boolean[] | null;
  /** Big invoices (a long ledger under one number): the rows by `importKey`, built when first needed. */
  byKey: Map<string, SameRows> | null;
}

/** Past this many rows an invoice's rows are looked up by key text rather than compared one by one. */
const SCAN_ROWS = 16;

/** The invoice's first ledger row not yet taken with the same values as `line` (the same `importKey`), taken. */
function takeFromInvoice(bucket: InvoiceBucket, line: InvoiceLine, invoice: string): InvoiceLine | undefined {
  const { lines } = bucket;
  if (lines.length > SCAN_ROWS) {
    if (!bucket.byKey) {
      bucket.byKey = new Map();
      for (const other of lines) addSame(bucket.byKey, importKey(other, invoice), other);
    }
    return takeSame(bucket.byKey, importKey(line, invoice));
  }
  const taken = (bucket.taken ??= []);
  for (let i = 0; i < lines.length; i++) {
    if (taken[i] !== true && sameImportValues(lines[i], line)) {
      taken[i] = true;
      return lines[i];
    }
  }
  return undefined;
}

/** Workbook-wide findings first, then each sheet's in the order sheets first appear, by row and column. */
function sortByPlace(findings: Finding[]): void {
  const rank = new Map<string, number>();
  for (const f of findings) if (!rank.has(f.sheet)) rank.set(f.sheet, f.sheet === "" ? -1 : rank.size);
  const place = new Map(findings.map((f) => [f, parseAddress(f.cell) ?? { row: -1, col: -1 }]));
  findings.sort(
    (a, b) => rank.get(a.sheet)! - rank.get(b.sheet)! || place.get(a)!.row - place.get(b)!.row || place.get(a)!.col - place.get(b)!.col,
  );
}

/** The ledger table to append to: the first one on a sheet called Laskut, else the first one found. */
function targetTable(ledger: Ledger): TableRef | undefined {
  const tables = ledger.tables.invoices;
  return tables.find((t) => nameKey(t.sheet) === "laskut") ?? tables[0];
}

interface TargetPlan {
  readonly table: TableRef;
  readonly target: AppendTarget;
  /** The field each written column holds, or the header of a kept column ("?header"). */
  readonly fields: readonly string[];
  readonly nextHeader: { row: number; col: number } | null;
}

function planTarget(table: TableRef, ledger: Ledger, book: WorkbookData): TargetPlan {
  const sheet = book.sheets.find((s) => s.name === table.sheet)!;
  const reader = new SheetReader(sheet);
  const { firstCol, lastCol, firstRow, nextHeader } = appendPlace(table, ledger, book);
  const fields: string[] = [];
  const headers: string[] = [];
  const byCol = new Map<number, string>();
  for (const [field, col] of Object.entries(table.columns)) byCol.set(col, field);
  for (let col = firstCol; col <= lastCol; col++) {
    const header = reader.cell(table.headerRow, col);
    headers.push(isBlank(header) ? "" : String(header).trim());
    fields.push(byCol.get(col) ?? `?${isBlank(header) ? "" : normalizeHeader(String(header))}`);
  }
  const newHeaders: { col: number; text: string }[] = [];
  let col = lastCol + 1;
  for (const [field, text] of Object.entries(PROVENANCE_HEADERS)) {
    if (table.columns[field] !== undefined) continue;
    while (!isBlank(reader.cell(table.headerRow, col))) {
      headers.push(String(reader.cell(table.headerRow, col)).trim());
      fields.push("?");
      col++;
    }
    newHeaders.push({ col, text });
    headers.push(text);
    fields.push(field);
    col++;
  }
  return { table, target: { sheet: table.sheet, headerRow: table.headerRow, firstCol, firstRow, headers, newHeaders }, fields, nextHeader };
}

function columnWriter(
  plan: TargetPlan,
  source: ImportSource,
  sourceOf: (sheet: string, row: number) => string,
  readers: ReadonlyMap<string, SheetReader>,
): { cells(line: InvoiceLine): OutCell[]; netUnknown(line: InvoiceLine): boolean } {
  const has = (field: string) => plan.table.columns[field] !== undefined;
  const hasStartEnd = has("periodStart") || has("periodEnd");
  const raw = (line: InvoiceLine, col: number | undefined): CellValue =>
    col === undefined ? null : readers.get(line.at.table.sheet)!.cell(line.at.row, col);
  /** Each partner table's kept columns by normalised header (the first of a header wins), built once per table. */
  const keptByTable = new Map<TableRef, Map<string, number>>();
  /** A kept column of the partner file with the same header as the ledger's kept column. */
  const keptColumn = (line: InvoiceLine, header: string): number | undefined => {
    if (header === "") return undefined;
    let kept = keptByTable.get(line.at.table);
    if (!kept) {
      kept = new Map();
      for (const u of line.at.table.unknownColumns) {
        const key = normalizeHeader(u.header);
        if (!kept.has(key)) kept.set(key, u.col);
      }
      keptByTable.set(line.at.table, kept);
    }
    return kept.get(header);
  };
  const writerOf = (field: string): ((line: InvoiceLine) => OutCell) => {
    if (field.startsWith("?")) {
      const header = field.slice(1);
      return (line) => {
        const cell = raw(line, keptColumn(line, header));
        return typeof cell === "string" ? cell.trim() : cell;
      };
    }
    if (DATE_FIELDS.has(field)) {
      const key = field as "date" | "periodStart" | "periodEnd";
      return (line) => (line[key] === null ? null : { date: line[key]! });
    }
    if (TEXT_FIELDS.has(field)) {
      const key = field as "number" | "line" | "checker" | "approver" | "description";
      return (line) => (line[key] === "" ? null : line[key]);
    }
    switch (field) {
      case "partner":
        return (line) => (line.partner === "" ? null : line.partner);
      case "period":
        return (line) =>
          hasStartEnd || line.periodStart === null || line.periodEnd === null
            ? null
            : `${fiDateOf(line.periodStart)}–${fiDateOf(line.periodEnd)}`;
      case "kind":
        return (line) => (line.kind === null ? null : KIND_WORDS[line.kind]);
      case "net":
        return (line) => {
          const net = netOf(line);
          return net === null ? null : { money: net };
        };
      case "vat":
        return (line) => {
          const vat = line.vat ?? (line.gross !== null && line.net !== null ? line.gross - line.net : null);
          return vat === null ? null : { money: vat };
        };
      case "gross":
        return (line) => {
          const gross = line.gross ?? (line.net !== null ? line.net + (line.vat ?? 0) : null);
          return gross === null ? null : { money: gross };
        };
      case "eligible":
        return (line) => (line.at.table.columns.eligible === undefined ? null : line.eligible ? YES : NO);
      case "vatRate":
        return (line) => raw(line, line.at.table.columns.vatRate);
      case "sourceFile":
        return () => source.file;
      case "sourceRow":
        return (line) => sourceOf(line.at.table.sheet, line.at.row);
      case "importedAt":
        return () => source.importedAt;
      default:
        return () => null;
    }
  };
  const writers = plan.fields.map(writerOf);
  return {
    cells: (line) => {
      const cells = new Array<OutCell>(writers.length);
      for (let i = 0; i < writers.length; i++) cells[i] = writers[i](line);
      return cells;
    },
    netUnknown: (line) => has("net") && !has("gross") && netOf(line) === null && line.gross !== null,
  };
}

/** A column of the partner file that no ledger column takes (IMPORT_COLUMN_DROPPED, at its header). */
function droppedColumns(partnerTables: readonly TableRef[], plan: TargetPlan, readers: ReadonlyMap<string, SheetReader>): Finding[] {
  const findings: Finding[] = [];
  const has = (field: string) => plan.table.columns[field] !== undefined;
  const keptHeaders = new Set(plan.fields.filter((f) => f.startsWith("?")).map((f) => f.slice(1)));
  for (const table of partnerTables) {
    const dropped: number[] = [];
    for (const [field, col] of Object.entries(table.columns)) {
      const taken =
        has(field) ||
        (field === "period" && (has("periodStart") || has("periodEnd"))) ||
        ((field === "periodStart" || field === "periodEnd") && has("period")) ||
        ((field === "net" || field === "gross") && (has("net") || has("gross"))) ||
        (field === "vat" && has("net") && has("gross"));
      if (!taken) dropped.push(col);
    }
    for (const { col, header } of table.unknownColumns) if (!keptHeaders.has(normalizeHeader(header))) dropped.push(col);
    for (const col of dropped.sort((a, b) => a - b)) {
      const header = readers.get(table.sheet)!.cell(table.headerRow, col);
      findings.push(
        makeFinding(
          "IMPORT_COLUMN_DROPPED",
          { sheet: table.sheet, cell: cellAddress(table.headerRow, col) },
          { header: String(header ?? "").trim() },
        ),
      );
    }
  }
  return findings;
}

/** The ledger row of the invoice a conflicting row is closest to, and what differs. */
function closestOf(line: InvoiceLine, invoice: readonly InvoiceLine[]): { closest: InvoiceLine; differs: ConflictKind[] } {
  let best = invoice[0];
  let bestDiffers: ConflictKind[] | null = null;
  for (const other of invoice) {
    const differs: ConflictKind[] = [];
    if (amountKey(other) !== amountKey(line)) differs.push("amount");
    if (nameKey(other.line) !== nameKey(line.line)) differs.push("line");
    if (other.periodStart !== line.periodStart || other.periodEnd !== line.periodEnd) differs.push("period");
    if (!bestDiffers || differs.length < bestDiffers.length) {
      best = other;
      bestDiffers = differs;
    }
  }
  return { closest: best, differs: bestDiffers!.length === 0 ? ["duplicate"] : bestDiffers! };
}

function conflictFinding(line: InvoiceLine, closest: InvoiceLine, differs: readonly ConflictKind[]): Finding {
  const amount = (l: InvoiceLine): Param => {
    const net = netOf(l);
    return net !== null ? { cents: net } : l.gross !== null ? { cents: l.gross } : "–";
  };
  const day = (d: number | null): Param => (d === null ? "?" : { day: d });
  const existing = closest.at.table;
  const where = {
    sheet: line.at.table.sheet,
    cell: cellAddress(line.at.row, line.at.table.columns.number ?? Math.min(...Object.values(line.at.table.columns))),
  };
  return makeFinding("IMPORT_CONFLICT", where, {
    partner: line.partner || "–",
    number: line.number,
    differs: differs.join(","),
    existing: `${existing.sheet}!${cellAddress(closest.at.row, existing.columns.number ?? Math.min(...Object.values(existing.columns)))}`,
    fileAmount: amount(line),
    ledgerAmount: amount(closest),
    fileLine: line.line,
    ledgerLine: closest.line,
    fileStart: day(line.periodStart),
    fileEnd: day(line.periodEnd),
    ledgerStart: day(closest.periodStart),
    ledgerEnd: day(closest.periodEnd),
  });
}
