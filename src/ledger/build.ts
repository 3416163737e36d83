import type { Finding } from "../findings/finding";
import { makeFinding } from "../findings/makeFinding";
import { cellAddress } from "../workbook/address";
import type { CellValue, WorkbookData } from "../workbook/types";
import { CANONICAL_HEADERS } from "./canonical";
import { cellOf } from "./cell";
import { fromEuros } from "../money";
import type { Cents } from "../money";
import { dayFromSerial, dayFromYmd, endOfMonth, parseDate, ymdOf } from "../periods";
import { monthOfText } from "../periods/parsePeriod";
import type { Day } from "../periods";
import { mappingForBuild, withMappedHeaders } from "./applyMapping";
import { asDate, asEnum, asMoney, asPeriod, asText, asYear, isBlank } from "./coerce";
import type { Coerced } from "./coerce";
import { readKeyBlocks } from "./keyBlocks";
import type {
  Application,
  BudgetRow,
  BudgetVersion,
  InvoiceKind,
  InvoiceLine,
  InvoicingScheme,
  Ledger,
  MuniShare,
  Partner,
  RowRef,
  TableKind,
  TableRef,
} from "./model";
import { TABLE_MATCHERS, recognizeHeader } from "./recognize";
import { SheetReader } from "./sheetReader";
import type { HeaderRow } from "./recognize";
import { partnerOfTable } from "./contextPartner";
import { yearOfContext } from "./yearColumns";
import { RowSet } from "./rowSet";
import { TABLES } from "./vocabulary";
import { CLAIMS_SHEET, readClaims } from "./claims";
import type { ClaimedApplication } from "./model";
import { isGeneratedSheet } from "./generated";

export interface BuiltLedger {
  readonly ledger: Ledger;
  /** Integrity findings: cells that could not be read, columns not understood. */
  readonly findings: Finding[];
}

const SPECS = new Map(TABLES.map((spec) => [spec.kind, spec]));
/** Rows scanned for a first header: real workbooks put titles and notes above their tables. */
const HEADER_SEARCH_ROWS = 500;
/** Matched on the raw text: normalising every row's first cell would cost more than the whole row. */
const TOTAL_ROW =
  /^\s*(yhteensä|yhteensa|yht\.?(?=\s|$)|kaikki yhteensä|summa yhteensä|totalt?|totals|grand total|sum|summa)\s*:?\s*(?:$|\d|€)/i;
/**
 * A subtotal's label: a total word first or last, whatever else it says ("Yhteensä tammikuu",
 * "Tammikuu yhteensä", "Pikassos yht.", "Välisumma 1/2014"). "Summa" alone stays in TOTAL_ROW: it may start a name.
 */
const SUBTOTAL_LABEL =
  /^\s*(?:yhteensä|yhteensa|yht\.|kaikki yhteensä|välisumma|valisumma|totalt|total|grand total|subtotal|sub-total|delsumma|sammanlagt)(?=[\s:.,;(-]|$)|(?:^|\s)(?:yhteensä|yhteensa|yht\.?|totalt|total|sammanlagt)\s*:?\s*$/i;

/** A note: a label and a colon ("Huom:", "NB:"), or three words or more. */
const NOTE = /^\s*[\p{L}.]+\s*:|\S+\s+\S+\s+\S+/u;

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
  const tables: Record<TableKind, TableRef[]> = {
    project: [],
    partners: [],
    budget: [],
    invoices: [],
    muniShares: [],
    applications: [],
    settings: [],
  };
  const records = {
    partners: [] as Partner[],
    budget: [] as BudgetRow[],
    invoices: [] as InvoiceLine[],
    muniShares: [] as MuniShare[],
    applications: [] as Application[],
  };
  const tableRows: { reader: SheetReader; rows: RowSet }[] = [];

  let claims: ClaimedApplication[] = [];
  const readers = new Map<string, SheetReader>();
  // The user's column mapping (sheet KASTE-sarakkeet), applied once per mapped header row
  const mapping = mappingForBuild(workbook, findings);
  for (const sheet of workbook.sheets) {
    // Sheets KASTE Ledger wrote (application drafts, the claims of sent applications) are outputs, not tables
    if (isGeneratedSheet(sheet)) {
      if (sheet.name === CLAIMS_SHEET) claims = readClaims(sheet, workbook.date1904);
      continue;
    }
    const reader = new SheetReader(sheet);
    readers.set(sheet.name, reader);
    const headers = withMappedHeaders(reader, findHeaderRows(reader), mapping.get(sheet.name), findings);
    const taken = new RowSet(reader.rowCount);
    headers.forEach((header, i) => {
      const endRow = i + 1 < headers.length ? headers[i + 1].row : reader.rowCount;
      const table = tableRefOf(reader, header);
      tables[header.kind].push(table);
      reportColumns(table, reader, findings);
      taken.add(header.row);
      const fields = new RowFields(table, reader, workbook.date1904, findings);
      for (let row = header.row + 1; row < endRow; row++) {
        fields.row = row;
        if (readRow(fields, records)) taken.add(row);
      }
    });
    tableRows.push({ reader, rows: taken });
  }

  records.invoices = withContextPartners(records.invoices, records.partners, tables.invoices, readers, findings);
  const { project, settings } = readKeyBlocks(tableRows, workbook.date1904, findings, tables);
  const ledger: Ledger = { date1904: workbook.date1904, project, settings, ...records, tables, claims };
  return { ledger, findings };
}

function findHeaderRows(reader: SheetReader): HeaderRow[] {
  const headers: HeaderRow[] = [];
  /** The current table's first money column: inside a table only a row without an amount there can be a new header. */
  let amountCol: number | undefined;
  for (let row = reader.rowOffset; row < reader.rowCount; row++) {
    const inTable = headers.length > 0;
    if (!inTable && row - reader.rowOffset >= HEADER_SEARCH_ROWS) break;
    if (inTable && row <= headers[headers.length - 1].row) continue; // the second row of a two-row header
    if (inTable && amountCol !== undefined && holdsAmount(reader.cell(row, amountCol))) continue;
    const header = recognizeHeader(reader, row, TABLES, TABLE_MATCHERS);
    if (header) {
      headers.push(header);
      amountCol = amountColumnOf(header);
    }
  }
  return headers;
}

function amountColumnOf(header: HeaderRow): number | undefined {
  if (header.yearColumns) return header.yearColumns[0].col;
  if (header.versionColumns) return header.versionColumns[0].col;
  for (const { field, type } of SPECS.get(header.kind)!.fields) {
    const col = header.columns[field];
    if (type === "money" && col !== undefined) return col;
  }
  return undefined;
}

/**
 * A data row's amount: a number, or text with digits. A row whose cell under the table's amount
 * is blank or words ("Summa") may be the header of another table stacked below this one.
 */
function holdsAmount(value: CellValue): boolean {
  return typeof value === "number" || (typeof value === "string" && /\d/.test(value));
}

function tableRefOf(reader: SheetReader, header: HeaderRow): TableRef {
  const headers: Record<string, string> = {};
  for (const [field, col] of Object.entries(header.columns)) {
    const value = header.cells ? (header.cells[col - reader.colOffset] ?? null) : reader.cell(header.row, col);
    // A mapped column may have no header: messages then name the field
    headers[field] = isBlank(value) ? labelOf(header.kind, field) : String(value).trim();
  }
  // Municipal shares of one year often say the year only above the table or in the amount's header
  const contextYear =
    header.kind === "muniShares" && header.columns.year === undefined && !header.yearColumns
      ? yearOfContext(reader, header.row, headers.amount)
      : // A ledger's Kuukausi column may hold months without a year, the sheet or its title naming it ("Laskut 2014")
        header.kind === "invoices" && header.columns.period !== undefined
        ? yearOfContext(reader, header.row, headers.period)
        : null;
  return {
    kind: header.kind,
    sheet: reader.sheet.name,
    headerRow: header.row,
    columns: header.columns,
    headers,
    unknownColumns: header.unknownColumns,
    ...(contextYear !== null ? { contextYear } : {}),
    ...(header.yearColumns ? { yearColumns: header.yearColumns } : {}),
    ...(header.versionColumns ? { versionColumns: header.versionColumns } : {}),
  };
}

function reportColumns(table: TableRef, reader: SheetReader, findings: Finding[]): void {
  const spec = SPECS.get(table.kind)!;
  const title = spec.title;
  for (const { col, header, quiet } of table.unknownColumns) {
    if (quiet) continue;
    findings.push(
      makeFinding("COLUMN_NOT_UNDERSTOOD", { sheet: table.sheet, cell: cellAddress(table.headerRow, col) }, { header, table: title }),
    );
  }
  const firstCol = Math.min(...Object.values(table.columns));
  for (const required of spec.required) {
    const options = typeof required === "string" ? [required] : required;
    if (options.some((field) => table.columns[field] !== undefined)) continue;
    // A wide table's year columns are its Vuosi and Summa
    if (table.yearColumns && options.some((field) => field === "year" || field === "amount")) continue;
    if (table.contextYear !== undefined && options.includes("year")) continue;
    // A budget's version columns are its Summa
    if (table.versionColumns && options.includes("amount")) continue;
    // A ledger without Laskuttaja may be one partner's sheet: decided once Kumppanit is read (withContextPartners)
    if (table.kind === "invoices" && options[0] === "partner") continue;
    const label = labelOf(table.kind, options[0]);
    findings.push(
      makeFinding("REQUIRED_MISSING", { sheet: reader.sheet.name, cell: cellAddress(table.headerRow, firstCol) }, { field: label }),
    );
  }
}

function labelOf(kind: TableKind, field: string): string {
  const labels = CANONICAL_HEADERS[kind as keyof typeof CANONICAL_HEADERS] as Readonly<Record<string, string>> | undefined;
  return labels?.[field] ?? field;
}

/**
 * Reads the fields of one table's rows, turning a problem into a finding at its cell. One
 * reader per table, moved from row to row: per-row objects and closures cost more than the
 * reading itself on a million-row ledger.
 */
class RowFields {
  row = 0;
  /** The partner of the table's last record and its row (see budgetPartner). */
  private lastPartner = "";
  private lastPartnerRow = -1;

  constructor(
    readonly table: TableRef,
    private readonly reader: SheetReader,
    private readonly date1904: boolean,
    private readonly findings: Finding[],
  ) {}

  /** `table` is this one, or a wide table seen as one of its years (see `yearViewsOf`). */
  raw(field: string, table = this.table): CellValue {
    const col = table.columns[field];
    return col === undefined ? null : this.reader.cell(this.row, col);
  }

  private header(field: string, table = this.table): string {
    return table.headers[field] ?? field;
  }

  private take<T>(field: string, coerced: Coerced<T>, table = this.table): T | null {
    if (coerced.problem) {
      const col = table.columns[field];
      this.findings.push(
        makeFinding(
          coerced.problem.code,
          { sheet: table.sheet, cell: cellAddress(this.row, col) },
          { ...coerced.problem.params, field: this.header(field, table) },
        ),
      );
    }
    return coerced.value;
  }

  text(field: string): string {
    const value = this.raw(field);
    if (typeof value === "string") return value.trim();
    return this.take(field, asText(value)) ?? "";
  }

  date(field: string): Day | null {
    const value = this.raw(field);
    if (typeof value === "number" && value >= 1) {
      const day = dayFromSerial(value, this.date1904);
      if (day !== null) return day;
    }
    return this.take(field, asDate(value, this.header(field), this.date1904));
  }

  money(field: string, table = this.table): Cents | null {
    const value = this.raw(field, table);
    if (typeof value === "number") {
      const cents = fromEuros(value);
      if (cents !== null) return cents;
    }
    return this.take(field, asMoney(value, this.header(field, table)), table);
  }

  year(field: string): number | null {
    return this.take(field, asYear(this.raw(field), this.header(field), this.date1904));
  }

  oneOf<T extends string>(field: string, e: Enumeration<T>): T | null {
    return this.take(field, asEnum(this.raw(field), this.header(field), e.words, e.allowed));
  }

  /** A period from its start and end columns, or from one period column ("3/2014") where they are empty. */
  startAndEnd(startField: string, endField: string): [Day | null, Day | null] {
    const start = this.date(startField);
    const end = this.date(endField);
    if (this.table.columns.period === undefined || (start !== null && end !== null)) return [start, end];
    const raw = this.raw("period");
    const month =
      typeof raw === "number"
        ? Number.isInteger(raw) && raw >= 1 && raw <= 12
          ? raw
          : null
        : typeof raw === "string"
          ? monthOfText(raw)
          : null;
    const year = month === null ? null : this.yearOfMonth(month);
    if (month !== null && year !== null) {
      const first = dayFromYmd(year, month, 1);
      return [start ?? first, end ?? endOfMonth(first)];
    }
    const period = this.take("period", asPeriod(raw, this.header("period"), this.date1904));
    return [start ?? period?.start ?? null, end ?? period?.end ?? null];
  }

  /**
   * The year of a month typed without one ("maaliskuu", 3): the year the sheet or its title
   * names ("Laskut 2014"), else the last such month up to the invoice date (a December
   * invoiced in January is the year before); null when neither is known.
   */
  private yearOfMonth(month: number): number | null {
    if (this.table.contextYear !== undefined) return this.table.contextYear;
    const raw = this.raw("date");
    // Read quietly (the date's own problems are reported where the row's date is read); a time of day is no date
    const day =
      typeof raw === "number" ? (raw >= 1 ? dayFromSerial(raw, this.date1904) : null) : typeof raw === "string" ? parseDate(raw) : null;
    if (day === null) return null;
    const { year, month: invoiced } = ymdOf(day);
    return month <= invoiced ? year : year - 1;
  }

  /**
   * A wide budget's partner: typed (or merged) once over its cost lines ("Pikassos | Palkat"
   * then " | Vuokrat"), so a blank cell right under a partner's row is that partner's. A blank,
   * a total or a title between them ends the group. (In a long Vuosi | Kumppani table a blank
   * partner is the common share, as the template has it.)
   */
  budgetPartner(): string {
    let partner = this.text("partner");
    if (partner === "" && this.table.columns.partner !== undefined && this.lastPartnerRow === this.row - 1 && this.text("line") !== "")
      partner = this.lastPartner;
    if (partner !== "") [this.lastPartner, this.lastPartnerRow] = [partner, this.row];
    return partner;
  }

  /** The value, reporting REQUIRED_MISSING when its cell is blank (a missing column is reported once, for the table). */
  required<T>(field: string, value: T | null): T | null {
    if (value === null && this.table.columns[field] !== undefined && isBlank(this.raw(field))) this.missing(field);
    return value;
  }

  missing(field: string): void {
    const col = this.table.columns[field] ?? Math.min(...Object.values(this.table.columns));
    this.findings.push(
      makeFinding(
        "REQUIRED_MISSING",
        { sheet: this.table.sheet, cell: cellAddress(this.row, col) },
        { field: this.table.headers[field] ?? labelOf(this.table.kind, field) },
      ),
    );
  }

  /** True when no column of the table holds anything in this row. */
  isBlankRow(): boolean {
    for (const col of columnsOf(this.table)) if (!isBlank(this.reader.cell(this.row, col))) return false;
    return true;
  }

  /**
   * True for a note or a title typed into the table: one cell of text in the row, either a
   * sentence or a label with a colon ("Huom: laskut 3/2014 puuttuvat"), or words where a date
   * or an amount belongs ("Maksatukset" above the next table). A lone name in a name column
   * is an unfinished row, and is read.
   */
  isNoteRow(): boolean {
    let note: CellValue = null;
    let noteCol = -1;
    for (const col of columnsOf(this.table)) {
      const value = this.reader.cell(this.row, col);
      if (isBlank(value)) continue;
      if (note !== null || typeof value !== "string") return false;
      note = value;
      noteCol = col;
    }
    if (typeof note !== "string") return false;
    return NOTE.test(note) || (!textColumnsOf(this.table).has(noteCol) && !/\d/.test(note));
  }

  /**
   * True for a total or subtotal row: its first text, in the table or left of it, is a total
   * ("Yhteensä", "Yhteensä tammikuu", "Tammikuu yhteensä"), or it holds amounts and nothing else
   * (an unlabelled =SUMMA(...) under the table), which no record of any table does.
   */
  isTotalRow(): boolean {
    const cells = this.reader.row(this.row);
    // Up to the table's last column: a summary beside it has totals of its own
    const cols = columnsOf(this.table);
    const end = Math.min(cells.length, cols[cols.length - 1] - this.reader.colOffset + 1);
    for (let i = 0; i < end; i++) {
      const value = cells[i];
      if (typeof value === "string" && value.trim() !== "") return isTotalLabel(value);
    }
    return this.holdsAmountsOnly();
  }

  private holdsAmountsOnly(): boolean {
    const amounts = amountColumnsOf(this.table);
    let any = false;
    for (const col of columnsOf(this.table)) {
      if (isBlank(this.reader.cell(this.row, col))) continue;
      if (!amounts.has(col)) return false;
      any = true;
    }
    return any;
  }
}

/** A row's first text is mostly its partner's name: each distinct text is matched once. */
const totalLabels = new Map<string, boolean>();

function isTotalLabel(text: string): boolean {
  let total = totalLabels.get(text);
  if (total === undefined) {
    total = TOTAL_ROW.test(text) || SUBTOTAL_LABEL.test(text);
    if (totalLabels.size < 10_000) totalLabels.set(text, total);
  }
  return total;
}

/** Each table's money columns (and year or version columns), computed once. */
const amountColumnSets = new WeakMap<TableRef, Set<number>>();

function amountColumnsOf(table: TableRef): Set<number> {
  let cols = amountColumnSets.get(table);
  if (!cols) {
    cols = new Set(amountViewColumns(table));
    for (const { field, type } of SPECS.get(table.kind)!.fields)
      if (type === "money" && table.columns[field] !== undefined) cols.add(table.columns[field]);
    amountColumnSets.set(table, cols);
  }
  return cols;
}

/** Each table's columns left to right, computed once rather than for every row. */
const columnLists = new WeakMap<TableRef, number[]>();

function columnsOf(table: TableRef): number[] {
  let cols = columnLists.get(table);
  if (!cols) {
    cols = [...Object.values(table.columns), ...amountViewColumns(table)].sort((a, b) => a - b);
    columnLists.set(table, cols);
  }
  return cols;
}

/** Each table's columns of free text (names, numbers, descriptions), computed once. */
const textColumnSets = new WeakMap<TableRef, Set<number>>();

function textColumnsOf(table: TableRef): Set<number> {
  let cols = textColumnSets.get(table);
  if (!cols) {
    cols = new Set(
      SPECS.get(table.kind)!
        .fields.filter((f) => f.type === "text" && table.columns[f.field] !== undefined)
        .map((f) => table.columns[f.field]),
    );
    textColumnSets.set(table, cols);
  }
  return cols;
}

/** The columns of a wide or by-version table that each hold amounts of one year or version. */
function amountViewColumns(table: TableRef): number[] {
  return [...(table.yearColumns ?? []), ...(table.versionColumns ?? [])].map((c) => c.col);
}

/** Headers of a year or version column, for messages. */
const VERSION_LABELS: Readonly<Record<BudgetVersion, string>> = { applied: "haettu", confirmed: "vahvistettu", revised: "tarkistettu" };

interface AmountView {
  /** The column's year; null when the row's Vuosi gives it. */
  readonly year: number | null;
  /** The column's budget version; null when the row's Versio gives it. */
  readonly version: BudgetVersion | null;
  readonly table: TableRef;
}

/**
 * A wide table seen one year (or version) at a time: the column is its Summa. Records of
 * that year point at this view, so their findings name the cell of that year.
 */
const yearViews = new WeakMap<TableRef, AmountView[]>();

function yearViewsOf(table: TableRef): AmountView[] {
  let views = yearViews.get(table);
  if (!views) {
    // A plain amount beside version columns ("Budjetti | Tarkistettu budjetti") is read too, without a version
    const plain =
      table.versionColumns && table.columns.amount !== undefined ? [{ col: table.columns.amount, year: null, version: null }] : [];
    const columns = [
      ...plain,
      ...(table.yearColumns ?? []).map(({ col, year, version }) => ({ col, year, version: version ?? null })),
      ...(table.versionColumns ?? []).map(({ col, version }) => ({ col, year: null, version })),
    ];
    views = columns.map(({ col, year, version }) => ({
      year,
      version,
      table: {
        ...table,
        columns: { ...table.columns, amount: col },
        headers: {
          ...table.headers,
          amount: [version && VERSION_LABELS[version], year].filter(Boolean).join(" ") || (table.headers.amount ?? ""),
        },
      },
    }));
    yearViews.set(table, views);
  }
  return views;
}

type Records = { partners: Partner[]; budget: BudgetRow[]; invoices: InvoiceLine[]; muniShares: MuniShare[]; applications: Application[] };

/** Reads the row `f` stands on into its table's records; false for blank and total rows. */
function readRow(f: RowFields, records: Records): boolean {
  if (f.isBlankRow() || f.isTotalRow() || f.isNoteRow()) return false;
  const { table } = f;
  const at: RowRef = { table, row: f.row };

  switch (table.kind) {
    case "partners": {
      const recoverable = f.oneOf("vatRecoverable", YES_NO);
      records.partners.push({
        name: f.required("name", f.text("name") || null) ?? "",
        scheme: f.required("scheme", f.oneOf("scheme", SCHEMES)),
        start: f.required("start", f.date("start")),
        end: f.required("end", f.date("end")),
        vatRecoverable: recoverable === null ? null : recoverable === "yes",
        at,
      });
      break;
    }
    case "budget":
      if (table.yearColumns || table.versionColumns) return readWideBudget(f, records);
      records.budget.push({
        year: f.required("year", f.year("year")),
        partner: f.text("partner"),
        line: f.text("line"),
        version: f.oneOf("version", VERSIONS),
        amount: f.required("amount", f.money("amount")),
        at,
      });
      break;
    case "invoices": {
      const [periodStart, periodEnd] = f.startAndEnd("periodStart", "periodEnd");
      if (table.columns.period === undefined) {
        f.required("periodStart", periodStart);
        f.required("periodEnd", periodEnd);
      } else if (periodStart === null && periodEnd === null && isBlank(f.raw("period"))) {
        f.missing("period");
      }
      const net = f.money("net");
      const gross = f.money("gross");
      if (net === null && gross === null && isBlank(f.raw("net")) && isBlank(f.raw("gross")))
        f.missing(table.columns.net !== undefined ? "net" : "gross");
      const eligible = f.oneOf("eligible", YES_NO);
      records.invoices.push({
        date: f.date("date"),
        partner: f.required("partner", f.text("partner") || null) ?? "",
        number: f.text("number"),
        periodStart,
        periodEnd,
        kind: f.oneOf("kind", KINDS),
        line: f.text("line"),
        net,
        vat: f.money("vat"),
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
      if (table.yearColumns) return readWideMuniShares(f, records);
      records.muniShares.push({
        year: f.required("year", f.year("year")) ?? table.contextYear ?? null,
        municipality: f.required("municipality", f.text("municipality") || null) ?? "",
        payer: f.text("payer"),
        basis: f.text("basis"),
        amount: f.required("amount", f.money("amount")),
        at,
      });
      break;
    case "applications": {
      const [start, end] = f.startAndEnd("start", "end");
      records.applications.push({
        number: f.text("number"),
        start: table.columns.period === undefined ? f.required("start", start) : start,
        end: table.columns.period === undefined ? f.required("end", end) : end,
        applied: f.required("applied", f.money("applied")),
        paid: f.money("paid"),
        sent: f.date("sent"),
        at,
      });
      break;
    }
    default:
      return false;
  }
  return true;
}

/** One budget record per year or version column that holds an amount. */
function readWideBudget(f: RowFields, records: Records): boolean {
  const partner = f.budgetPartner();
  const line = f.text("line");
  const version = f.oneOf("version", VERSIONS);
  const year = f.table.versionColumns ? f.required("year", f.year("year")) : null;
  for (const view of yearViewsOf(f.table)) {
    const amount = f.money("amount", view.table);
    if (amount !== null)
      records.budget.push({
        year: view.year ?? year,
        partner,
        line,
        version: view.version ?? version,
        amount,
        at: { table: view.table, row: f.row },
      });
  }
  return true;
}

/** One municipal share per year column that holds an amount. */
function readWideMuniShares(f: RowFields, records: Records): boolean {
  const municipality = f.required("municipality", f.text("municipality") || null) ?? "";
  const payer = f.text("payer");
  const basis = f.text("basis");
  for (const view of yearViewsOf(f.table)) {
    const amount = f.money("amount", view.table);
    if (amount !== null)
      records.muniShares.push({ year: view.year, municipality, payer, basis, amount, at: { table: view.table, row: f.row } });
  }
  return true;
}

/**
 * The lines of a ledger table without a Laskuttaja column get the partner its sheet's name or
 * title names (partnerOfTable); a table that names none is reported as missing the column.
 */
function withContextPartners(
  lines: InvoiceLine[],
  partners: readonly Partner[],
  tables: readonly TableRef[],
  readers: ReadonlyMap<string, SheetReader>,
  findings: Finding[],
): InvoiceLine[] {
  const named = new Map<TableRef, string>();
  for (const table of tables) {
    if (table.columns.partner !== undefined) continue;
    const reader = readers.get(table.sheet)!;
    const partner = partnerOfTable(table, reader, partners);
    if (partner) named.set(table, partner.name);
    else
      findings.push(
        makeFinding("REQUIRED_MISSING", cellOf({ table, row: table.headerRow }, "partner"), { field: labelOf("invoices", "partner") }),
      );
  }
  if (named.size === 0) return lines;
  return lines.map((line) => {
    const partner = named.get(line.at.table);
    return partner === undefined ? line : { ...line, partner };
  });
}
