import type { Finding } from "../findings/finding";
import type { WorkbookData } from "../workbook/types";
import { mappingForBuild, withMappedHeaders } from "./applyMapping";
import { accountLinesOf } from "./mapping";
import { CLAIMS_SHEET, readClaims } from "./claims";
import { isGeneratedSheet } from "./generated";
import { readKeyBlocks } from "./keyBlocks";
import type { ClaimedApplication, Ledger, TableKind, TableRef } from "./model";
import { withContextPartners } from "./phases/contextPartners";
import { withBudgetPartners } from "./phases/budgetPartners";
import { withinProjectYears } from "./phases/applicationYears";
import { withoutLedgerSummaries } from "./phases/ledgerSummaries";
import { withoutLedgerCopies } from "./phases/ledgerCopies";
import { withComputedFormulas } from "./phases/formulaCells";
import { endBeforeSettings } from "./phases/keyBlockBelow";
import { invoiceDocumentsOf } from "./phases/invoiceDocuments";
import { endRowsOf, findHeaderRows, laneColumnsOf, reportColumns, tableRefOf } from "./phases/findTables";
import { withMergedValues } from "./phases/mergedCells";
import { emptyRecords, readRow } from "./phases/readRecords";
import { withRepeatedKeys } from "./phases/repeatedKeys";
import { withPartnerHeadings } from "./phases/partnerHeadings";
import { RowFields } from "./phases/rowFields";
import { endBeforeTitle } from "./phases/skipRows";
import { textColumnsOf } from "./phases/tableColumns";
import type { DateProof } from "./phases/dateOrders";
import { nameKeys } from "./names";
import { RowSet } from "./rowSet";
import { SheetReader } from "./sheetReader";

export interface BuiltLedger {
  readonly ledger: Ledger;
  /** Integrity findings: cells that could not be read, columns not understood. */
  readonly findings: Finding[];
}

/**
 * Finds every table by its header row, wherever it stands, and reads it into the typed ledger,
 * in phases (src/ledger/phases/): formulas without values computed or reported (formulaCells) → find tables (findTables; in a workbook without a ledger, invoices typed as documents: invoiceDocuments) → merged cells as the value of every
 * row they cover (mergedCells), a blank under a repeated key as the key (repeatedKeys), a partner's name over its section as its lines' biller (partnerHeadings) → read rows (noiseRows: a pasted report's own rows, noted; skipRows) → coerce
 * cells (rowFields) → assemble records (readRecords, contextPartners, ledgerSummaries, ledgerCopies, budgetPartners, then the key blocks and applicationYears).
 */
export function buildLedger(stored: WorkbookData): BuiltLedger {
  const findings: Finding[] = [];
  const workbook = withComputedFormulas(stored, findings);
  const tables: Record<TableKind, TableRef[]> = {
    project: [],
    partners: [],
    budget: [],
    invoices: [],
    muniShares: [],
    applications: [],
    settings: [],
  };
  const records = emptyRecords();
  const tableRows: { reader: SheetReader; rows: RowSet }[] = [];
  /** The date orders the tables' text dates proved: the key blocks' ambiguous dates follow them. */
  const dateProofs: DateProof[] = [];

  let claims: ClaimedApplication[] = [];
  const readers = new Map<string, SheetReader>();
  // The user's column mapping (sheet KASTE-sarakkeet), applied once per mapped header row
  const mapping = mappingForBuild(workbook, findings);
  const accounts = accountLinesOf(workbook);
  const isPartnerName = partnerNamesOf(workbook);
  const found = workbook.sheets.map((sheet) => {
    // Sheets KASTE Ledger wrote (application drafts, the claims of sent applications) are outputs, not tables
    if (isGeneratedSheet(sheet)) return { sheet, asStored: null, headers: [], mappingFindings: [] };
    const asStored = new SheetReader(sheet);
    const mappingFindings: Finding[] = [];
    const headers = withMappedHeaders(asStored, findHeaderRows(asStored, workbook.date1904), mapping.get(sheet.name), mappingFindings);
    return { sheet, asStored, headers, mappingFindings };
  });
  // A workbook without a ledger may be a partner's invoice typed as a document, on a sheet of no other table
  const noLedger = !found.some(({ headers }) => headers.some((header) => header.kind === "invoices"));
  for (const { sheet, asStored, headers: tableHeaders, mappingFindings } of found) {
    if (asStored === null) {
      if (sheet.name === CLAIMS_SHEET) claims = readClaims(sheet, workbook.date1904, findings);
      continue;
    }
    findings.push(...mappingFindings);
    const headers = noLedger && tableHeaders.length === 0 ? invoiceDocumentsOf(asStored, workbook.date1904) : tableHeaders;
    const filled = withMergedValues(
      sheet,
      headers.map((header) => header.row),
    );
    const merged = filled === sheet ? asStored : new SheetReader(filled);
    const endRows = endRowsOf(headers, merged.rowCount);
    const lanes = laneColumnsOf(headers);
    const refs = headers.map((header, i) => ({ table: tableRefOf(merged, header), endRow: endRows[i] }));
    const keyed = withPartnerHeadings(withRepeatedKeys(filled, refs), refs, isPartnerName);
    const reader = keyed === filled ? merged : new SheetReader(keyed);
    readers.set(sheet.name, reader);
    const taken = new RowSet(reader.rowCount);
    headers.forEach((header, i) => {
      const { table, endRow } = refs[i];
      tables[header.kind].push(table);
      reportColumns(table, findings);
      taken.add(header.row);
      // a document's key block is its invoice's, no project's or settings' keys
      for (const at of Object.values(table.invoiceContext?.cells ?? {})) taken.add(at.row);
      const fields = new RowFields(table, reader, workbook.date1904, findings, endRow, accounts, isPartnerName);
      const last =
        endRow < reader.rowCount
          ? endBeforeTitle(reader, header.row, endRow, textColumnsOf(table), lanes[i])
          : endBeforeSettings(reader, header.row, endRow, lanes[i]);
      for (let row = header.row + 1; row < last; row++) {
        fields.row = row;
        if (readRow(fields, records)) taken.add(row);
      }
      fields.noise.report(table, findings);
      if (fields.dateProof) dateProofs.push(fields.dateProof);
    });
    tableRows.push({ reader, rows: taken });
  }

  records.invoices = withoutLedgerCopies(
    withoutLedgerSummaries(
      withContextPartners(records.invoices, records.partners, tables.invoices, readers, findings),
      tables.invoices,
      findings,
    ),
    tables.invoices,
    findings,
    new Set(workbook.sheets.filter((sheet) => sheet.hidden === true).map((sheet) => sheet.name)),
  );
  records.budget = withBudgetPartners(records.budget, records.partners, tables.budget, readers);
  const { project, settings } = readKeyBlocks(tableRows, workbook.date1904, findings, tables, dateProofs);
  records.applications = withinProjectYears(records.applications, project, readers);
  const ledger: Ledger = { date1904: workbook.date1904, project, settings, ...records, tables, claims };
  return { ledger, findings };
}

/**
 * Whether a text is the name of a partner in a Kumppanit table of the workbook, by its name's
 * key (case, accents, legal form). The tables are looked for once, on the first question: a
 * ledger's section headings ask before Kumppanit is read.
 */
function partnerNamesOf(workbook: WorkbookData): (text: string) => boolean {
  const keyOf = nameKeys();
  let names: Set<string> | null = null;
  return (text) => {
    if (!names) {
      names = new Set();
      for (const sheet of workbook.sheets) {
        if (isGeneratedSheet(sheet)) continue;
        const reader = new SheetReader(sheet);
        const headers = findHeaderRows(reader, workbook.date1904);
        const endRows = endRowsOf(headers, reader.rowCount);
        const lanes = laneColumnsOf(headers);
        headers.forEach((header, i) => {
          const col = header.columns.name;
          if (header.kind !== "partners" || col === undefined) return;
          const end =
            endRows[i] < reader.rowCount
              ? endBeforeTitle(reader, header.row, endRows[i], textColumnsOf(tableRefOf(reader, header)), lanes[i])
              : reader.rowCount;
          for (let row = header.row + 1; row < end; row++) {
            const value = reader.cell(row, col);
            if (typeof value === "string" && value.trim() !== "") (names as Set<string>).add(keyOf(value));
          }
        });
      }
    }
    return names.has(keyOf(text));
  };
}
