import type { Finding } from "../report/finding";
import { makeFinding } from "../report/makeFinding";
import { cellAddress } from "../workbook/address";
import type { CellValue, WorkbookData } from "../workbook/types";
import { CANONICAL_HEADERS } from "./canonical";
import { asDate, asEnum, asMoney, asPeriod, asText, asYear, isBlank } from "./coerce";
import type { Coerced } from "./coerce";
import { readKeyBlocks } from "./keyBlocks";
import type {
  Application, BudgetRow, BudgetVersion, InvoiceKind, InvoiceLine, InvoicingScheme, Ledger, MuniShare, Partner, RowRef, TableKind, TableRef,
} from "./model";
import { HeaderMatcher, SheetReader, recognizeHeader } from "./recognize";
import type { HeaderRow } from "./recognize";
import { TABLES } from "./vocabulary";
import { CLAIMS_SHEET, readClaims } from "../sync/claims";
import type { ClaimedApplication } from "../sync/claims";
import { isGeneratedSheet } from "../sync/generated";

export interface BuiltLedger {
  readonly ledger: Ledger;
  /** Integrity findings: cells that could not be read, columns not understood. */
  readonly findings: Finding[];
}

const MATCHERS = new Map(TABLES.map((spec) => [spec.kind, new HeaderMatcher(spec.fields)]));
const SPECS = new Map(TABLES.map((spec) => [spec.kind, spec]));
/** Rows scanned for a first header: real workbooks put titles and notes above their tables. */
const HEADER_SEARCH_ROWS = 500;
/** Matched on the raw text: normalising every row's first cell would cost more than the whole row. */
const TOTAL_ROW = /^\s*(yhteensä|yhteensa|yht\.?(?=\s|$)|kaikki yhteensä|summa yhteensä|totalt?|totals|grand total|sum|summa)\s*:?\s*(?:$|\d|€)/i;

function wordMap<T extends string>(values: Readonly<Record<string, readonly string[]>>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [meaning, words] of Object.entries(values)) for (const word of words) map.set(word, meaning as T);
  return map;
}

interface Enumeration<T extends string> {
  readonly words: Map<string, T>;
  readonly allowed: string;
}

function enumerationOf<T extends string>(kind: TableKind, field: string): Enumeration<T> {
  const spec = SPECS.get(kind)!.fields.find((f) => f.field === field)!;
  return { words: wordMap<T>(spec.values!), allowed: spec.allowed! };
}

const SCHEMES = enumerationOf<InvoicingScheme>("partners", "scheme");
const KINDS = enumerationOf<InvoiceKind>("invoices", "kind");
const VERSIONS = enumerationOf<BudgetVersion>("budget", "version");
const YES_NO = enumerationOf<"yes" | "no">("invoices", "eligible");

/** Finds every table by its header row, wherever it stands, and reads it into the typed ledger. */
export function buildLedger(workbook: WorkbookData): BuiltLedger {
  const findings: Finding[] = [];
  const tables: Record<TableKind, TableRef[]> = { project: [], partners: [], budget: [], invoices: [], muniShares: [], applications: [], settings: [] };
  const records = { partners: [] as Partner[], budget: [] as BudgetRow[], invoices: [] as InvoiceLine[], muniShares: [] as MuniShare[], applications: [] as Application[] };
  const tableRows: { reader: SheetReader; rows: Set<number> }[] = [];

  let claims: ClaimedApplication[] = [];
  for (const sheet of workbook.sheets) {
    // Sheets KASTE Ledger wrote (application drafts, the claims of sent applications) are outputs, not tables
    if (isGeneratedSheet(sheet)) {
      if (sheet.name === CLAIMS_SHEET) claims = readClaims(sheet, workbook.date1904);
      continue;
    }
    const reader = new SheetReader(sheet);
    const headers = findHeaderRows(reader);
    const taken = new Set<number>();
    headers.forEach((header, i) => {
      const endRow = i + 1 < headers.length ? headers[i + 1].row : reader.rowCount;
      const table = tableRefOf(reader, header);
      tables[header.kind].push(table);
      reportColumns(table, reader, findings);
      taken.add(header.row);
      for (let row = header.row + 1; row < endRow; row++) {
        if (readRow(table, reader, row, workbook.date1904, records, findings)) taken.add(row);
      }
    });
    tableRows.push({ reader, rows: taken });
  }

  const { project, settings } = readKeyBlocks(tableRows, workbook.date1904, findings, tables);
  const ledger: Ledger = { date1904: workbook.date1904, project, settings, ...records, tables, claims };
  return { ledger, findings };
}

function findHeaderRows(reader: SheetReader): HeaderRow[] {
  const headers: HeaderRow[] = [];
  const specs = TABLES;
  for (let row = reader.rowOffset; row < reader.rowCount; row++) {
    const current = headers[headers.length - 1];
    if (!current && row - reader.rowOffset >= HEADER_SEARCH_ROWS) break;
    // Inside a table only a row whose amount cell is not a number can be a new header: cheap on big ledgers
    if (current && !amountCellIsText(reader, row, current)) continue;
    const header = recognizeHeader(reader, row, specs, MATCHERS);
    if (header) headers.push(header);
  }
  return headers;
}

function amountCellIsText(reader: SheetReader, row: number, header: HeaderRow): boolean {
  const spec = SPECS.get(header.kind)!;
  for (const { field, type } of spec.fields) {
    const col = header.columns[field];
    if (type !== "money" || col === undefined) continue;
    const value = reader.cell(row, col);
    return typeof value === "string" && value.trim() !== "" && !/\d/.test(value);
  }
  return true;
}

function tableRefOf(reader: SheetReader, header: HeaderRow): TableRef {
  const headers: Record<string, string> = {};
  for (const [field, col] of Object.entries(header.columns)) headers[field] = String(reader.cell(header.row, col)).trim();
  return { kind: header.kind, sheet: reader.sheet.name, headerRow: header.row, columns: header.columns, headers, unknownColumns: header.unknownColumns };
}

function reportColumns(table: TableRef, reader: SheetReader, findings: Finding[]): void {
  const spec = SPECS.get(table.kind)!;
  const title = spec.title;
  for (const { col, header } of table.unknownColumns) {
    findings.push(makeFinding("COLUMN_NOT_UNDERSTOOD", { sheet: table.sheet, cell: cellAddress(table.headerRow, col) }, { header, table: title }));
  }
  const firstCol = Math.min(...Object.values(table.columns));
  for (const required of spec.required) {
    const options = typeof required === "string" ? [required] : required;
    if (options.some((field) => table.columns[field] !== undefined)) continue;
    const label = labelOf(table.kind, options[0]);
    findings.push(makeFinding("REQUIRED_MISSING", { sheet: reader.sheet.name, cell: cellAddress(table.headerRow, firstCol) }, { field: label }));
  }
}

function labelOf(kind: TableKind, field: string): string {
  const labels = CANONICAL_HEADERS[kind as keyof typeof CANONICAL_HEADERS] as Readonly<Record<string, string>> | undefined;
  return labels?.[field] ?? field;
}

/** Reads one field of a row, turning a problem into a finding at its cell. */
class RowFields {
  constructor(
    private readonly table: TableRef,
    private readonly reader: SheetReader,
    private readonly row: number,
    private readonly findings: Finding[],
  ) {}

  raw(field: string): CellValue {
    const col = this.table.columns[field];
    return col === undefined ? null : this.reader.cell(this.row, col);
  }

  take<T>(field: string, coerced: Coerced<T>): T | null {
    if (coerced.problem) {
      const col = this.table.columns[field];
      this.findings.push(makeFinding(coerced.problem.code, { sheet: this.table.sheet, cell: cellAddress(this.row, col) }, { ...coerced.problem.params, field: this.table.headers[field] ?? field }));
    }
    return coerced.value;
  }

  text(field: string): string {
    return this.take(field, asText(this.raw(field))) ?? "";
  }

  missing(field: string): void {
    const col = this.table.columns[field] ?? Math.min(...Object.values(this.table.columns));
    this.findings.push(makeFinding("REQUIRED_MISSING", { sheet: this.table.sheet, cell: cellAddress(this.row, col) }, { field: this.table.headers[field] ?? labelOf(this.table.kind, field) }));
  }
}

/** Each table's columns left to right, computed once rather than for every row. */
const columnLists = new WeakMap<TableRef, number[]>();

function columnsOf(table: TableRef): number[] {
  let cols = columnLists.get(table);
  if (!cols) columnLists.set(table, (cols = Object.values(table.columns).sort((a, b) => a - b)));
  return cols;
}

function isBlankRow(table: TableRef, reader: SheetReader, row: number): boolean {
  for (const col of columnsOf(table)) if (!isBlank(reader.cell(row, col))) return false;
  return true;
}

function isTotalRow(table: TableRef, reader: SheetReader, row: number): boolean {
  for (const col of columnsOf(table)) {
    const value = reader.cell(row, col);
    if (typeof value === "string" && value.trim() !== "") return TOTAL_ROW.test(value);
  }
  return false;
}

type Records = { partners: Partner[]; budget: BudgetRow[]; invoices: InvoiceLine[]; muniShares: MuniShare[]; applications: Application[] };

/** Reads a data row into its table's records; false for blank and total rows. */
function readRow(table: TableRef, reader: SheetReader, row: number, date1904: boolean, records: Records, findings: Finding[]): boolean {
  if (isBlankRow(table, reader, row) || isTotalRow(table, reader, row)) return false;
  const f = new RowFields(table, reader, row, findings);
  const at: RowRef = { table, row };
  const date = (field: string) => f.take(field, asDate(f.raw(field), table.headers[field] ?? field, date1904));
  const money = (field: string) => f.take(field, asMoney(f.raw(field), table.headers[field] ?? field));
  const year = (field: string) => f.take(field, asYear(f.raw(field), table.headers[field] ?? field, date1904));
  const oneOf = <T extends string>(field: string, e: Enumeration<T>) => f.take(field, asEnum(f.raw(field), table.headers[field] ?? field, e.words, e.allowed));
  const yesNo = (field: string) => oneOf(field, YES_NO);
  /** A period from its start and end columns, or from one period column ("3/2014") where they are empty. */
  const startAndEnd = (startField: string, endField: string): [number | null, number | null] => {
    const start = date(startField);
    const end = date(endField);
    if (table.columns.period === undefined || (start !== null && end !== null)) return [start, end];
    const period = f.take("period", asPeriod(f.raw("period"), table.headers.period ?? "period", date1904));
    return [start ?? period?.start ?? null, end ?? period?.end ?? null];
  };
  const required = <T>(field: string, value: T | null, raw = f.raw(field)): T | null => {
    if (value === null && isBlank(raw)) f.missing(field);
    return value;
  };

  switch (table.kind) {
    case "partners": {
      const recoverable = yesNo("vatRecoverable");
      records.partners.push({
        name: required("name", f.text("name") || null) ?? "",
        scheme: required("scheme", oneOf("scheme", SCHEMES)),
        start: required("start", date("start")),
        end: required("end", date("end")),
        vatRecoverable: recoverable === null ? null : recoverable === "yes",
        at,
      });
      break;
    }
    case "budget":
      records.budget.push({
        year: required("year", year("year")),
        partner: f.text("partner"),
        line: f.text("line"),
        version: oneOf("version", VERSIONS),
        amount: required("amount", money("amount")),
        at,
      });
      break;
    case "invoices": {
      const [periodStart, periodEnd] = startAndEnd("periodStart", "periodEnd");
      if (table.columns.period === undefined) {
        required("periodStart", periodStart);
        required("periodEnd", periodEnd);
      } else if (periodStart === null && periodEnd === null && isBlank(f.raw("period"))) {
        f.missing("period");
      }
      const net = money("net");
      const gross = money("gross");
      if (net === null && gross === null && isBlank(f.raw("net")) && isBlank(f.raw("gross"))) f.missing(table.columns.net !== undefined ? "net" : "gross");
      const eligible = yesNo("eligible");
      records.invoices.push({
        date: date("date"),
        partner: required("partner", f.text("partner") || null) ?? "",
        number: f.text("number"),
        periodStart,
        periodEnd,
        kind: oneOf("kind", KINDS),
        line: f.text("line"),
        net,
        vat: money("vat"),
        gross,
        eligible: eligible !== "no",
        checker: f.text("checker"),
        approver: f.text("approver"),
        description: f.text("description"),
        at,
      });
      break;
    }
    case "muniShares":
      records.muniShares.push({
        year: required("year", year("year")),
        municipality: required("municipality", f.text("municipality") || null) ?? "",
        payer: f.text("payer"),
        basis: f.text("basis"),
        amount: required("amount", money("amount")),
        at,
      });
      break;
    case "applications": {
      const [start, end] = startAndEnd("start", "end");
      records.applications.push({
        number: f.text("number"),
        start: table.columns.period === undefined ? required("start", start) : start,
        end: table.columns.period === undefined ? required("end", end) : end,
        applied: required("applied", money("applied")),
        paid: money("paid"),
        sent: date("sent"),
        at,
      });
      break;
    }
    default:
      return false;
  }
  return true;
}

