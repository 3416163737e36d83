import { buildLedger } from "../../ledger/build";
import { CANONICAL_HEADERS } from "../../ledger/canonical";
import type { InvoiceLine } from "../../ledger/model";
import { SheetReader } from "../../ledger/sheetReader";
import { fiDateOf } from "../../periods";
import type { CellValue, WorkbookData } from "../../workbook/types";
import { toCsv } from "../../workbook/csv";
import type { CsvField } from "../../workbook/csv";
import { PROVENANCE_HEADERS } from "./targetPlan";
import { KIND_WORDS, NO, YES } from "../../ledger/words";

/**
 * The ledger's rows (every Laskut table) as CSV in the canonical columns, provenance
 * included: dates as 31.3.2014, amounts as numbers with a decimal comma, kinds and yes/no in
 * Finnish, `;` between fields. Text that could be read as a formula is escaped; reading the
 * file back with `partnerBookFromCsv` and `previewImport` gives the same rows (nothing lost).
 */
export function invoicesCsv(book: WorkbookData): string {
  const { ledger } = buildLedger(book);
  const withGross = ledger.invoices.some((line) => line.gross !== null);
  const H = CANONICAL_HEADERS.invoices;
  const header = [
    H.date,
    H.partner,
    H.number,
    H.periodStart,
    H.periodEnd,
    H.kind,
    H.line,
    H.net,
    H.vat,
    ...(withGross ? ["Summa (sis. ALV)"] : []),
    H.eligible,
    H.checker,
    H.approver,
    H.description,
    PROVENANCE_HEADERS.sourceFile,
    PROVENANCE_HEADERS.sourceRow,
    PROVENANCE_HEADERS.importedAt,
  ];
  const readers = new Map(book.sheets.map((s) => [s.name, new SheetReader(s)]));
  const raw = (line: InvoiceLine, field: string): CsvField => {
    const col = line.at.table.columns[field];
    if (col === undefined) return null;
    const cell: CellValue = readers.get(line.at.table.sheet)?.cell(line.at.row, col) ?? null;
    return cell === null || typeof cell === "object" ? null : typeof cell === "string" ? cell.trim() || null : String(cell);
  };
  const day = (value: number | null): CsvField => (value === null ? null : fiDateOf(value));
  const money = (value: number | null): CsvField => (value === null ? null : { money: value });
  const text = (value: string): CsvField => (value === "" ? null : value);
  const rows: CsvField[][] = [header];
  for (const line of ledger.invoices) {
    rows.push([
      day(line.date),
      text(line.partner),
      text(line.number),
      day(line.periodStart),
      day(line.periodEnd),
      line.kind === null ? null : KIND_WORDS[line.kind],
      text(line.line),
      money(line.net),
      money(line.vat),
      ...(withGross ? [money(line.gross)] : []),
      line.eligible ? YES : NO,
      text(line.checker),
      text(line.approver),
      text(line.description),
      raw(line, "sourceFile"),
      raw(line, "sourceRow"),
      raw(line, "importedAt"),
    ]);
  }
  return toCsv(rows);
}
