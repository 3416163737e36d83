import type { Finding } from "../../findings/finding";
import { makeFinding } from "../../findings/makeFinding";
import { fromEuros } from "../../money";
import type { Cents } from "../../money";
import { dayFromSerial, dayFromYmd, endOfMonth, parseDate, ymdOf } from "../../periods";
import type { Day } from "../../periods";
import { monthOfText, parsePeriodText } from "../../periods/parsePeriod";
import { cellAddress } from "../../workbook/address";
import type { CellValue } from "../../workbook/types";
import { asDate, asEnum, asMoney, asPeriod, asText, asYear, isBlank, saysEuros, saysThousands, titleSaysThousands } from "../coerce";
import type { Coerced } from "../coerce";
import type { AnyField } from "../fields";
import type { TableKind, TableRef } from "../model";
import type { SheetReader } from "../sheetReader";
import { NoiseTally } from "./noiseRows";
import { dateOrders } from "./dateOrders";
import type { DateProof, TableDateOrders } from "./dateOrders";
import { fieldWords, specOf } from "./specs";
import { trimmed } from "../../workbook/normalize";
import { isTicks } from "../ticks";
import { isCommonShareName } from "../budgetUse";
import { columnsOf } from "./tableColumns";

const NO_ACCOUNTS: ReadonlyMap<string, string> = new Map();

/** Rows above a table's header that may hold its title. */
const TITLE_ROWS = 5;

/** A cell holding an amount or a count, typed or as text ("120", "1 371,15"): its row is a key and its value, no title. */
const NUMBER_TEXT = /^[\s\u00a0\d.,()+\u2212-]*\d[\s\u00a0\d.,()+\u2212-]*€?\s*$/;

/**
 * Whether a budget table's sheet name or its title says thousands of euros ("Budjetti (t€)", "Talousarvio
 * 2014–2015 (1000 €)" above the header): the title's own unit, bracketed or ending it (see
 * titleSaysThousands in coerce.ts), not "1000 €" in a sentence ("Hankinnat yli 1000 € kilpailutetaan").
 * Only a budget is kept in thousands: an invoice's or a share's amounts are euros whatever a note says.
 * The rows above are read up to the first that holds three cells or more: a table above it, whose
 * header may say its own unit, is no title of this one. A row holding a number is a key and its
 * value ("Valtionavustus (1000 €) | 120"), whose unit is that value's, no title.
 */
function titleScaleOf(reader: SheetReader, table: TableRef): number {
  if (table.kind !== "budget") return 1;
  if (titleSaysThousands(reader.sheet.name)) return 1000;
  for (let row = table.headerRow - 1; row >= Math.max(reader.rowOffset, table.headerRow - TITLE_ROWS); row--) {
    const cells = reader.row(row);
    let filled = 0;
    let keyed = false;
    for (const value of cells)
      if (!isBlank(value)) {
        filled++;
        if (typeof value !== "string" || NUMBER_TEXT.test(value)) keyed = true;
      }
    if (filled >= 3) return 1;
    if (keyed) continue;
    for (const value of cells) if (typeof value === "string" && titleSaysThousands(value)) return 1000;
  }
  return 1;
}

/**
 * The year, version and across columns of a wide table whose own header (either row of a two-row
 * one) names its unit: 1000 for thousands ("2014 t€"), 1 for euros ("2014 €", under a title in
 * thousands). Its views' headers are the year alone, so the unit is read here.
 */
function columnScalesOf(reader: SheetReader, table: TableRef): ReadonlyMap<number, number> {
  const cols = [...(table.yearColumns ?? []), ...(table.versionColumns ?? []), ...(table.acrossColumns ?? [])].map((c) => c.col);
  const found = new Map<number, number>();
  for (const col of cols)
    for (const row of [table.headerRow, table.headerRow - 1]) {
      const header = row >= reader.rowOffset ? reader.cell(row, col) : null;
      if (typeof header !== "string") continue;
      if (saysThousands(header)) found.set(col, 1000);
      else if (saysEuros(header) && !found.has(col)) found.set(col, 1);
    }
  return found;
}

/** An "x" typed into a yes/no cell: a tick as the tick marks are (ledger/ticks.ts). */
const X_MARK = /^\s*x\s*$/i;

/** The words of an enumerated field ("kuukausi+tasaus", "kyllä") and how a message lists them. */
export interface Enumeration<T extends string> {
  readonly words: Map<string, T>;
  readonly allowed: string;
  /** Cell texts already read to a meaning (a column repeats a few words down a million rows). */
  readonly known: Map<string, T>;
}

export function enumerationOf<T extends string>(kind: TableKind, field: AnyField): Enumeration<T> {
  const spec = specOf(kind).fields.find((f) => f.field === field);
  if (!spec?.values || spec.allowed === undefined) throw new Error(`${kind}.${field} is not an enumeration`);
  const words = new Map<string, T>();
  for (const [meaning, list] of Object.entries(spec.values)) for (const word of list) words.set(word, meaning as T);
  return { words, allowed: spec.allowed, known: new Map() };
}

/**
 * Phase 3, coerce: reads the fields of one table's rows into typed values, turning a problem
 * into a finding at its cell. One reader per table, moved from row to row: per-row objects and
 * closures cost more than the reading itself on a million-row ledger.
 */
export class RowFields {
  /** The row the fields are read from; its cells are looked up once as it is set. */
  get row(): number {
    return this.rowAt;
  }
  set row(row: number) {
    this.rowAt = row;
    this.cells = this.reader.row(row);
  }
  private rowAt = 0;
  private cells: ReadonlyArray<CellValue> = [];
  /** The partner of the table's last record and its row (see budgetPartner). */
  private lastPartner = "";
  private lastPartnerRow = -1;
  /** The report furniture skipped in this table (repeated headers, page footers and totals). */
  readonly noise = new NoiseTally();

  /** Per date field, whether its text dates are month first (read once for the table, see dateOrders). */
  private orders: TableDateOrders | undefined;
  /** Per table (a wide table's years are views of their own) and money field, its unit in euros (see scaleOf). */
  private readonly scales = new Map<TableRef, Map<AnyField, number>>();
  /** Whether a header of this table, its title or its sheet's name says thousands of euros at all. */
  private readonly inThousands: boolean;
  /** 1000 when a budget's title or its sheet's name says thousands of euros ("Talousarvio (1000 €)"): the unit of every money column not headed in euros; else 1. */
  private readonly titleScale: number;
  /** A wide table's year, version or across columns whose own header names its unit ("2014 t€", "2014 €"): its views' headers are the year alone. */
  private readonly columnScales: ReadonlyMap<number, number>;
  /** Per yes/no field, whether its column is ticked (see ticksOnly). */
  private readonly ticked = new Map<string, boolean>();

  constructor(
    readonly table: TableRef,
    readonly reader: SheetReader,
    private readonly date1904: boolean,
    private readonly findings: Finding[],
    /** The row after the table's last (the next table's header, or the sheet's end). */
    private readonly endRow = reader.rowCount,
    /** Each account number's cost line, from the mapping sheet (a general-ledger export naming accounts by number). */
    readonly accounts: ReadonlyMap<string, string> = NO_ACCOUNTS,
    /** Whether a text names a partner of Kumppanit (a budget's partner headings, see sectionHeading). */
    private readonly isPartnerName: (text: string) => boolean = () => false,
  ) {
    this.cells = reader.row(0);
    this.titleScale = titleScaleOf(reader, table);
    this.columnScales = columnScalesOf(reader, table);
    this.inThousands =
      this.titleScale !== 1 ||
      [...this.columnScales.values()].includes(1000) ||
      Object.values(table.headers).some((header) => saysThousands(header));
  }

  /** `table` is this one, or a wide table seen as one of its years (see `yearViewsOf`). */
  raw(field: AnyField, table = this.table): CellValue {
    const col = table.columns[field];
    // as reader.cell(row, col), the row's cells taken once per row
    return col === undefined ? null : (this.cells[col - this.reader.colOffset] ?? null);
  }

  private header(field: AnyField, table = this.table): string {
    return table.headers[field] ?? field;
  }

  private take<T>(field: AnyField, coerced: Coerced<T>, table = this.table): T | null {
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

  text(field: AnyField): string {
    const value = this.raw(field);
    if (typeof value === "string") return trimmed(value);
    // an empty cell, or a column the table lacks: nothing to coerce (a million rows ask for a few such fields each)
    if (value === null) return "";
    return this.take(field, asText(value)) ?? "";
  }

  /** The date order this table's text dates proved, once any was read (the key blocks follow it). */
  get dateProof(): DateProof | null {
    return this.orders?.proof ?? null;
  }

  date(field: AnyField): Day | null {
    const value = this.raw(field);
    if (value === null) return null;
    if (typeof value === "number" && value >= 1) {
      const day = dayFromSerial(value, this.date1904);
      if (day !== null) return day;
    }
    if (typeof value === "string") {
      this.orders ??= dateOrders(this.table, this.reader, this.endRow, this.findings);
      if (this.orders.monthFirst.get(field) === true) {
        const day = parseDate(value, true);
        if (day !== null) return day;
      }
    }
    return this.take(field, asDate(value, this.header(field), this.date1904));
  }

  /**
   * The first or last day of a window typed as a date, or as a month, quarter or year
   * ("12/2013", "syyskuu 2015", "Q3/2015"): a partner whose agreement runs 12/2013–9/2015
   * starts on 1.12.2013 and ends on 30.9.2015. Anything else is read as a date, with its problems.
   */
  boundary(field: AnyField, side: "start" | "end"): Day | null {
    const value = this.raw(field);
    if (typeof value === "string" && parseDate(value) === null) {
      const period = parsePeriodText(value);
      if (period) return period[side];
    }
    return this.date(field);
  }

  /**
   * A partner's window: its Alkaa and Päättyy (dates or months, see boundary), or its one period
   * column ("Sopimuskausi | 1.8.2013–31.10.2015") where both are blank; a blank one is REQUIRED_MISSING.
   */
  window(): { start: Day | null; end: Day | null } {
    if (this.table.columns.period !== undefined && isBlank(this.raw("start")) && isBlank(this.raw("end"))) {
      const raw = this.raw("period");
      const period = this.required("period", this.take("period", asPeriod(raw, this.header("period"), this.date1904)));
      return { start: period?.start ?? null, end: period?.end ?? null };
    }
    return { start: this.required("start", this.boundary("start", "start")), end: this.required("end", this.boundary("end", "end")) };
  }

  money(field: AnyField, table = this.table): Cents | null {
    const value = this.raw(field, table);
    if (value === null) return null;
    const scale = this.scaleOf(field, table);
    if (typeof value === "number") {
      const cents = fromEuros(value * scale);
      if (cents !== null) return cents;
    }
    const cents = this.take(field, asMoney(value, this.header(field, table)), table);
    return cents === null || scale === 1 ? cents : cents * scale;
  }

  /** Per table and field, how many euros one unit of its column is: 1000 under "Summa (1000 €)" or "t€" or a title that says so, else 1. */
  private scaleOf(field: AnyField, table: TableRef): number {
    // most tables have no column in thousands: their money is read without a lookup per cell
    if (table === this.table && !this.inThousands) return 1;
    let byField = this.scales.get(table);
    if (!byField) this.scales.set(table, (byField = new Map<AnyField, number>()));
    let scale = byField.get(field);
    if (scale === undefined) {
      const header = table.headers[field];
      const col = table.columns[field];
      // a column headed in euros ("Summa €") is euros under a title in thousands
      if (header !== undefined && saysThousands(header)) scale = 1000;
      else
        scale =
          (col !== undefined ? this.columnScales.get(col) : undefined) ?? (header !== undefined && saysEuros(header) ? 1 : this.titleScale);
      byField.set(field, scale);
    }
    return scale;
  }

  year(field: AnyField): number | null {
    return this.take(field, asYear(this.raw(field), this.header(field), this.date1904));
  }

  oneOf<T extends string>(field: AnyField, e: Enumeration<T>): T | null {
    const value = this.raw(field);
    if (value === null) return null;
    if (typeof value === "string") {
      const known = e.known.get(value);
      if (known !== undefined) return known;
    }
    const meaning = this.take(field, asEnum(value, this.header(field), e.words, e.allowed));
    if (meaning !== null && typeof value === "string" && e.known.size < 10_000) e.known.set(value, meaning);
    return meaning;
  }

  /** A period from its start and end columns, or from one period column ("3/2014") where they are empty. */
  startAndEnd(startField: AnyField, endField: AnyField): [Day | null, Day | null] {
    const typed = this.periodTypedAsStart(startField, endField);
    if (typed) return typed;
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
   * A period typed into the start column as a month, quarter or year ("6/2013", "Q2/2013",
   * "kesäkuu 2013") with the end left blank or typed alike: the period's first and last day.
   * Null when the start cell holds a date or anything else (read as a date, with its problems).
   */
  private periodTypedAsStart(startField: AnyField, endField: AnyField): [Day, Day] | null {
    const startRaw = this.raw(startField);
    if (typeof startRaw !== "string" || parseDate(startRaw) !== null) return null;
    const start = parsePeriodText(startRaw);
    if (!start) return null;
    const endRaw = this.raw(endField);
    if (isBlank(endRaw)) return [start.start, start.end];
    const end = typeof endRaw === "string" && parseDate(endRaw) === null ? parsePeriodText(endRaw) : null;
    return end && end.end >= start.start ? [start.start, end.end] : null;
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

  /** In a budget kept in a section per partner with no Kumppani column: the partner of the section the row stands in. */
  private sectionPartner = "";

  /**
   * Whether the row heads a section of a budget with no Kumppani column: a partner of Kumppanit
   * ("Pikassos") or the common share ("Yhteiset kulut") alone in its cost-line cell, nothing else of
   * the table filled. The rows under it are that partner's (budgetPartner), up to the next heading.
   */
  sectionHeading(): boolean {
    const { table } = this;
    const lineCol = table.columns.line;
    if (table.kind !== "budget" || table.columns.partner !== undefined || lineCol === undefined) return false;
    const name = this.raw("line");
    if (typeof name !== "string") return false;
    const partner = this.isPartnerName(name);
    if (!partner && !isCommonShareName(name)) return false;
    for (const col of columnsOf(table)) if (col !== lineCol && !isBlank(this.cells[col - this.reader.colOffset] ?? null)) return false;
    this.sectionPartner = partner ? trimmed(name) : "";
    return true;
  }

  /**
   * A wide budget's partner: typed (or merged) once over its cost lines ("Pikassos | Palkat"
   * then " | Vuokrat"), so a blank cell right under a partner's row is that partner's. A blank,
   * a total or a title between them ends the group. (In a long Vuosi | Kumppani table a blank
   * partner is the common share, as the template has it.)
   */
  budgetPartner(): string {
    if (this.table.columns.partner === undefined) return this.sectionPartner;
    let partner = this.text("partner");
    if (partner === "" && this.table.columns.partner !== undefined && this.lastPartnerRow === this.row - 1 && this.text("line") !== "")
      partner = this.lastPartner;
    if (partner !== "") [this.lastPartner, this.lastPartnerRow] = [partner, this.row];
    return partner;
  }

  /**
   * A yes/no cell of a column that is ticked rather than written (its cells hold only marks such
   * as "x" or "✓", or nothing): a mark is yes and a blank is no. Null in any other column.
   */
  tick(field: AnyField): "yes" | "no" | null {
    if (!this.ticksOnly(field)) return null;
    return isBlank(this.raw(field)) ? "no" : "yes";
  }

  /** Whether every filled cell of a field's column is a tick; decided once per column. */
  private ticksOnly(field: AnyField): boolean {
    const known = this.ticked.get(field);
    if (known !== undefined) return known;
    const col = this.table.columns[field];
    let marks = 0;
    let others = 0;
    if (col !== undefined) {
      for (let row = this.table.headerRow + 1; row < this.endRow; row++) {
        const value = this.reader.cell(row, col);
        if (isBlank(value)) continue;
        if (typeof value === "string" && (X_MARK.test(value) || isTicks(value))) marks++;
        else others++;
      }
    }
    const ticked = marks > 0 && others === 0;
    this.ticked.set(field, ticked);
    return ticked;
  }

  /** The value, reporting REQUIRED_MISSING when its cell is blank (a missing column is reported once, for the table). */
  required<T>(field: AnyField, value: T | null): T | null {
    if (value === null && this.table.columns[field] !== undefined && isBlank(this.raw(field))) this.missing(field);
    return value;
  }

  missing(field: AnyField, table = this.table): void {
    const col = table.columns[field] ?? Math.min(...Object.values(table.columns));
    // A formula nobody calculated: FORMULA_NOT_CALCULATED says so once for the column
    if (this.reader.isUncalculated(this.row, col)) return;
    this.findings.push(
      makeFinding(
        "REQUIRED_MISSING",
        { sheet: table.sheet, cell: cellAddress(this.row, col) },
        { field: table.headers[field] ?? fieldWords(table.kind, field) },
      ),
    );
  }
}
