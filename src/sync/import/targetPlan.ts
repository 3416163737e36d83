import { makeFinding } from "../../findings/makeFinding";
import type { Finding } from "../../findings/finding";
import { appendPlace } from "../../ledger/append";
import { isBlank } from "../../ledger/coerce";
import { netOf } from "../../ledger/fingerprint";
import { isTotalHeader } from "../../ledger/recognize";
import type { InvoiceLine, Ledger, TableRef } from "../../ledger/model";
import { SheetReader } from "../../ledger/sheetReader";
import { KIND_WORDS, NO, YES } from "../../ledger/words";
import { fiDateOf } from "../../periods";
import { cellAddress } from "../../workbook/address";
import type { OutCell } from "../../workbook/cells";
import { nameKey, normalizeHeader } from "../../workbook/normalize";
import { cellText } from "../../workbook/types";
import type { CellValue, WorkbookData } from "../../workbook/types";
import type { AppendTarget, ImportSource } from "./importTypes";

/** The provenance columns an import fills, and their headers when the table lacks them. */
export const PROVENANCE_HEADERS: Readonly<Record<"sourceFile" | "sourceRow" | "importedAt", string>> = {
  sourceFile: "Lähdetiedosto",
  sourceRow: "Lähderivi",
  importedAt: "Tuotu",
};

const DATE_FIELDS = new Set(["date", "periodStart", "periodEnd"]);
const TEXT_FIELDS = new Set(["number", "line", "checker", "approver", "description"]);

/**
 * The ledger table to append to: the first one on a sheet called Laskut, else the first one found;
 * never one laid out across (a column per cost line or month), which rows of lines would not fit.
 */
export function targetTable(ledger: Ledger): TableRef | undefined {
  const tables = ledger.tables.invoices.filter((t) => !t.acrossColumns);
  return tables.find((t) => nameKey(t.sheet) === "laskut") ?? tables[0];
}

export interface TargetPlan {
  readonly table: TableRef;
  readonly target: AppendTarget;
  /** The field each written column holds, or the header of a kept column ("?header"). */
  readonly fields: readonly string[];
  readonly nextHeader: { row: number; col: number } | null;
}

export function planTarget(table: TableRef, ledger: Ledger, book: WorkbookData): TargetPlan {
  const sheet = book.sheets.find((s) => s.name === table.sheet);
  if (!sheet) throw new Error(`planTarget: no sheet ${table.sheet}`);
  const reader = new SheetReader(sheet);
  const { firstCol, lastCol, firstRow, nextHeader } = appendPlace(table, ledger, book);
  const fields: string[] = [];
  const headers: string[] = [];
  const byCol = new Map<number, string>();
  for (const [field, col] of Object.entries(table.columns)) byCol.set(col, field);
  for (let col = firstCol; col <= lastCol; col++) {
    const header = reader.cell(table.headerRow, col);
    headers.push(isBlank(header) ? "" : cellText(header).trim());
    fields.push(byCol.get(col) ?? `?${isBlank(header) ? "" : normalizeHeader(cellText(header))}`);
  }
  const newHeaders: { col: number; text: string }[] = [];
  let col = lastCol + 1;
  for (const [field, text] of Object.entries(PROVENANCE_HEADERS)) {
    if (table.columns[field] !== undefined) continue;
    while (!isBlank(reader.cell(table.headerRow, col))) {
      headers.push(cellText(reader.cell(table.headerRow, col)).trim());
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

export function columnWriter(
  plan: TargetPlan,
  source: ImportSource,
  sourceOf: (sheet: string, row: number) => string,
  readers: ReadonlyMap<string, SheetReader>,
): { cells(line: InvoiceLine): OutCell[]; netUnknown(line: InvoiceLine): boolean } {
  const has = (field: string) => plan.table.columns[field] !== undefined;
  const hasStartEnd = has("periodStart") || has("periodEnd");
  const raw = (line: InvoiceLine, col: number | undefined): CellValue =>
    col === undefined ? null : (readers.get(line.at.table.sheet)?.cell(line.at.row, col) ?? null);
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
      return (line) => {
        const day = line[key];
        return day === null ? null : { date: day };
      };
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
      for (const [i, write] of writers.entries()) cells[i] = write(line);
      return cells;
    },
    netUnknown: (line) => has("net") && !has("gross") && netOf(line) === null && line.gross !== null,
  };
}

/** A column of the partner file that no ledger column takes (IMPORT_COLUMN_DROPPED, at its header). */
export function droppedColumns(partnerTables: readonly TableRef[], plan: TargetPlan, readers: ReadonlyMap<string, SheetReader>): Finding[] {
  const findings: Finding[] = [];
  const has = (field: string) => plan.table.columns[field] !== undefined;
  const keptHeaders = new Set(plan.fields.filter((f) => f.startsWith("?")).map((f) => f.slice(1)));
  for (const table of partnerTables) {
    const dropped: number[] = [];
    const own = (field: string) => table.columns[field] !== undefined;
    for (const [field, col] of Object.entries(table.columns)) {
      const taken =
        has(field) ||
        // read into the cost line where the file has none (a general-ledger export's account, else its cost centre)
        (has("line") && !own("line") && (field === "account" || (field === "costCentre" && !own("account")))) ||
        // a credit is read against the amount (Debet | Kredit)
        (field === "credit" && (has("net") || has("gross"))) ||
        (field === "period" && (has("periodStart") || has("periodEnd"))) ||
        ((field === "periodStart" || field === "periodEnd") && has("period")) ||
        ((field === "net" || field === "gross") && (has("net") || has("gross"))) ||
        (field === "vat" && has("net") && has("gross"));
      if (!taken) dropped.push(col);
    }
    for (const { col, header } of table.unknownColumns) {
      // a total beside amounts laid out across sums them: nothing of it is lost
      if (table.acrossColumns && isTotalHeader(header)) continue;
      if (!keptHeaders.has(normalizeHeader(header))) dropped.push(col);
    }
    for (const col of dropped.sort((a, b) => a - b)) {
      const header = readers.get(table.sheet)?.cell(table.headerRow, col);
      findings.push(
        makeFinding(
          "IMPORT_COLUMN_DROPPED",
          { sheet: table.sheet, cell: cellAddress(table.headerRow, col) },
          { header: cellText(header ?? null).trim() },
        ),
      );
    }
  }
  return findings;
}
