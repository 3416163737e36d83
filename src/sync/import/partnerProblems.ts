import type { Finding } from "../../findings/finding";
import { makeFinding } from "../../findings/makeFinding";
import { formatParam } from "../../findings/render";
import { lastColumnOf } from "../../ledger/append";
import type { BuiltLedger } from "../../ledger/build";
import { CANONICAL_HEADERS } from "../../ledger/canonical";
import { isBlank } from "../../ledger/coerce";
import type { TableRef } from "../../ledger/model";
import { fieldWords, specOf } from "../../ledger/phases/specs";
import type { SheetReader } from "../../ledger/sheetReader";
import { cellAddress, parseAddress } from "../../workbook/address";
import type { CsvProblem } from "../../workbook/csv";
import { cellText } from "../../workbook/types";
import type { WorkbookData } from "../../workbook/types";
import type { ImportSource } from "./importTypes";

/** The ledger's required fields, each with the fields that may stand for it ("Ajalta päättyen" or "Ajalta"). */
const REQUIRED_GROUPS: readonly (readonly string[])[] = specOf("invoices").required.map((r) => (typeof r === "string" ? [r] : r));

/** What is wrong in a partner file: per row (the row is not imported) and for the file as a whole (said once). */
export interface PartnerProblems {
  /** Row problems by sheet and 0-based row. */
  readonly byRow: ReadonlyMap<string, ReadonlyMap<number, Finding[]>>;
  /** Problems at a table's header (a missing column), shown as they are. */
  readonly atHeaders: readonly Finding[];
  /** Per partner table, the required columns it lacks (a field and the fields that stand for it) and the finding at its header. */
  readonly missingColumns: ReadonlyMap<TableRef, readonly MissingColumn[]>;
}

export interface MissingColumn {
  readonly fields: readonly string[];
  readonly finding: Finding;
}

/**
 * Gathers the partner file's problems: the checks' findings on its rows (errors only), the
 * records a CSV could not split, and values right of the last header (a shifted row: a wrong
 * delimiter, an unquoted decimal comma).
 */
export function partnerProblems(
  incoming: BuiltLedger,
  partnerBook: WorkbookData,
  csvProblems: readonly CsvProblem[],
  source: ImportSource,
  readers: ReadonlyMap<string, SheetReader>,
): PartnerProblems {
  const partnerTables = incoming.ledger.tables.invoices;
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
  const byRow = new Map<string, Map<number, Finding[]>>();
  const atHeaders: Finding[] = [];
  const addRowProblem = (sheet: string, row: number, finding: Finding) => {
    let rows = byRow.get(sheet);
    if (!rows) byRow.set(sheet, (rows = new Map<number, Finding[]>()));
    const list = rows.get(row);
    if (list) list.push(finding);
    else rows.set(row, [finding]);
  };

  const missingColumns = new Map<TableRef, MissingColumn[]>();
  const isPartnerField = (finding: Finding) =>
    finding.params.field !== undefined && partnerLabels.has(formatParam(finding.params.field, "fi"));
  for (const finding of incoming.findings) {
    if (finding.code === "COLUMN_NOT_UNDERSTOOD") continue; // said as IMPORT_COLUMN_DROPPED, or copied to a column of the same name
    if (source.partner && finding.code === "REQUIRED_MISSING" && isPartnerField(finding)) continue;
    const at = parseAddress(finding.cell);
    if (!at) continue;
    if (isHeaderRow(finding.sheet, at.row)) {
      atHeaders.push(finding);
      // A row without a biller is decided per row (--partner, the file's title)
      if (finding.code !== "REQUIRED_MISSING" || isPartnerField(finding)) continue;
      const table = partnerTables.find((t) => t.sheet === finding.sheet && t.headerRow === at.row);
      const said = formatParam(finding.params.field ?? "", "fi");
      const fields = REQUIRED_GROUPS.find((group) => formatParam(fieldWords("invoices", group[0]), "fi") === said);
      if (table && fields) missingColumns.set(table, [...(missingColumns.get(table) ?? []), { fields, finding }]);
    } else if (lineRows.get(finding.sheet)?.[at.row] === true && finding.severity === "error")
      addRowProblem(finding.sheet, at.row, finding);
  }

  const firstSheet = partnerBook.sheets[0]?.name ?? "";
  for (const problem of csvProblems)
    addRowProblem(
      firstSheet,
      problem.row,
      makeFinding("IMPORT_ROW_BROKEN", { sheet: firstSheet, cell: cellAddress(problem.row, 0) }, { what: problem.what }),
    );

  const lastColumns = new Map<object, number>();
  for (const table of partnerTables) {
    const reader = readers.get(table.sheet);
    if (reader) lastColumns.set(table, lastColumnOf(table, reader));
  }
  for (const line of incoming.ledger.invoices) {
    const { sheet } = line.at.table;
    const reader = readers.get(sheet);
    const lastColumn = lastColumns.get(line.at.table);
    if (!reader || lastColumn === undefined) continue;
    const cells = reader.row(line.at.row);
    for (let i = Math.max(0, lastColumn + 1 - reader.colOffset); i < cells.length; i++) {
      if (!isBlank(cells[i])) {
        addRowProblem(
          sheet,
          line.at.row,
          makeFinding(
            "IMPORT_ROW_BROKEN",
            { sheet, cell: cellAddress(line.at.row, i + reader.colOffset) },
            { what: "fields", value: cellText(cells[i] ?? null) },
          ),
        );
        break;
      }
    }
  }
  return { byRow, atHeaders, missingColumns };
}
