/**
 * The XML parts of an .xlsx (SpreadsheetML) read into the workbook interface: the workbook
 * (sheet names, order, date system), relationships, shared strings and worksheet cells.
 * Pure string work: no zip, no fs (cli/readXlsx.ts unzips and feeds these).
 *
 * Only raw values are read, never styles: a date stays the serial Excel stores, which is what
 * the workbook interface wants. Scanning is by `indexOf` rather than a general XML parser:
 * SpreadsheetML cells are regular enough, and a 100 000-row ledger reads in a fraction of the
 * time a DOM or SAX parser takes. Handled: shared strings with rich text runs (phonetic runs
 * left out), inline strings, numbers, booleans, errors, formula cells with cached values (a
 * formula without one is an empty cell, listed with its text in `formulas()`), ISO date cells (`t="d"`), cells and rows without
 * an `r` attribute, sparse rows and columns, XML entities and character references,
 * `_xHHHH_` escapes, namespace prefixes (`<x:c>`), whitespace and quotes around attributes.
 */
import { dayFromYmd } from "../periods/dayFromYmd";
import { serialOf } from "../periods/serialOf";
import { columnLetter, parseRange } from "./address";
import { CellReferenceError, MAX_COLUMNS, MAX_ROWS } from "./cellLimits";
import { shiftFormula } from "./formulas";
import type { CellRange, CellValue, FormulaCell } from "./types";
import { CELL_CUT_OFF, ROW_CUT_OFF, WorkbookFileError } from "./fileError";

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const ENTITY = /&(#[xX][0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
/** OOXML's escape for characters XML cannot carry, e.g. `_x000D_` for a carriage return. */
const X_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

function entity(match: string, name: string): string {
  if (name.charCodeAt(0) !== 35 /* # */) return NAMED_ENTITIES[name];
  const code = name.charCodeAt(1) === 120 || name.charCodeAt(1) === 88 ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
}

/** XML text as the characters it stands for: entities, character references and `_xHHHH_` escapes decoded. */
function decodeXmlText(raw: string): string {
  let text = raw.indexOf("&") >= 0 ? raw.replace(ENTITY, entity) : raw;
  if (text.indexOf("_x") >= 0) text = text.replace(X_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return text;
}

/**
 * A copy of a substring that does not keep the whole chunk alive: V8 cuts substrings of 13
 * characters or more as views into their parent, and a worksheet is read in chunks of megabytes.
 */
function detached(text: string): string {
  return text.length < 13 ? text : (text + " ").slice(0, -1);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** True when the tag name ends at `at`: `<c` is a cell but `<col` is not. */
function nameEnds(xml: string, at: number): boolean {
  const code = xml.charCodeAt(at);
  return code === 62 /* > */ || code === 47 /* / */ || isSpace(code);
}

/** The next `<name` tag (name complete) at or after `from` and before `to`; -1 when none. */
function findTag(xml: string, open: string, from: number, to: number): number {
  let at = xml.indexOf(open, from);
  while (at >= 0 && at < to) {
    if (nameEnds(xml, at + open.length)) return at;
    at = xml.indexOf(open, at + open.length);
  }
  return -1;
}

/**
 * The end (`>`) of the tag starting at `at`. Cell, row and text tags carry no `>` in their
 * attribute values, so the first `>` ends them.
 */
function tagEnd(xml: string, at: number): number {
  return xml.indexOf(">", at);
}

/** The end (`>`) of the tag starting at `at`, skipping a `>` inside a quoted attribute value; -1 when cut off. */
export function quotedTagEnd(xml: string, at: number): number {
  let quote = 0;
  for (let i = at; i < xml.length; i++) {
    const code = xml.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) quote = code;
    else if (code === 62) return i;
  }
  return -1;
}

/** The value of attribute `name` in the tag `xml[from, to)`, raw (entities not decoded); null when absent. */
function attribute(xml: string, name: string, from: number, to: number): string | null {
  let at = xml.indexOf(name, from);
  while (at >= 0 && at < to) {
    const before = xml.charCodeAt(at - 1);
    let i = at + name.length;
    if (isSpace(before)) {
      while (isSpace(xml.charCodeAt(i))) i++;
      if (xml.charCodeAt(i) === 61 /* = */) {
        i++;
        while (isSpace(xml.charCodeAt(i))) i++;
        const quote = xml.charCodeAt(i);
        if (quote === 34 || quote === 39) {
          const close = xml.indexOf(quote === 34 ? '"' : "'", i + 1);
          if (close >= 0 && close < to) return xml.slice(i + 1, close);
        }
      }
    }
    at = xml.indexOf(name, at + name.length);
  }
  return null;
}

/** The namespace prefix (`"x:"`, or `""`) of the document element named `local`, e.g. `x:worksheet`. */
export function prefixOf(xml: string, local: string): string {
  const match = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}[\\s>/]`).exec(xml);
  return match?.[1] ?? "";
}

/**
 * The text of a string item (`<si>`, `<is>`) in `xml[from, to)`: its `<t>`, or its rich text
 * runs' `<t>`s joined; phonetic runs (`<rPh>`) are left out.
 */
function stringItem(xml: string, from: number, to: number, prefix: string): string {
  const open = `<${prefix}t`;
  const close = `</${prefix}t>`;
  // Fast path: exactly one <t> holding the whole item
  if (xml.startsWith(open, from) && nameEnds(xml, from + open.length)) {
    const start = xml.indexOf(">", from) + 1;
    if (xml.charCodeAt(start - 2) === 47 /* <t/> */) {
      if (start === to) return "";
    } else if (xml.indexOf(close, start) === to - close.length) {
      return decodeXmlText(xml.slice(start, to - close.length));
    }
  }
  const phonetic = `<${prefix}rPh`;
  const phoneticEnd = `</${prefix}rPh>`;
  let text = "";
  let at = from;
  for (;;) {
    const t = findTag(xml, open, at, to);
    if (t < 0) break;
    const ph = findTag(xml, phonetic, at, t);
    if (ph >= 0) {
      const end = xml.indexOf(phoneticEnd, ph);
      at = end < 0 ? to : end + phoneticEnd.length;
      continue;
    }
    const start = tagEnd(xml, t) + 1;
    if (xml.charCodeAt(start - 2) === 47) {
      at = start;
      continue;
    }
    const end = xml.indexOf(close, start);
    if (end < 0 || end > to) break;
    text += xml.slice(start, end);
    at = end + close.length;
  }
  return decodeXmlText(text);
}

/** `xl/sharedStrings.xml`: every string item in order. */
export function parseSharedStrings(xml: string): string[] {
  const prefix = prefixOf(xml, "sst");
  const open = `<${prefix}si`;
  const close = `</${prefix}si>`;
  const strings: string[] = [];
  let at = findTag(xml, open, 0, xml.length);
  while (at >= 0) {
    const start = tagEnd(xml, at) + 1;
    if (xml.charCodeAt(start - 2) === 47 /* <si/> */) {
      strings.push("");
      at = findTag(xml, open, start, xml.length);
      continue;
    }
    const end = xml.indexOf(close, start);
    if (end < 0)
      throw new WorkbookFileError({
        fi: "sharedStrings.xml katkeaa kesken tekstin",
        sv: "sharedStrings.xml tar slut mitt i en text",
        en: "sharedStrings.xml ends in the middle of a string",
      });
    strings.push(stringItem(xml, start, end, prefix));
    at = findTag(xml, open, end + close.length, xml.length);
  }
  return strings;
}

export interface WorkbookPart {
  /** Sheets in the workbook's order: name and relationship id of the part holding it, and whether it is hidden. */
  readonly sheets: ReadonlyArray<{ readonly name: string; readonly relId: string; readonly hidden: boolean }>;
  readonly date1904: boolean;
}

/** Every start tag `<prefix?local ...>` in `xml`, as [start, end) ranges. */
function tags(xml: string, local: string): [number, number][] {
  const found: [number, number][] = [];
  const pattern = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${local}(?=[\\s>/])`, "g");
  for (let match = pattern.exec(xml); match; match = pattern.exec(xml)) {
    const end = quotedTagEnd(xml, match.index);
    if (end < 0) break;
    found.push([match.index, end]);
    pattern.lastIndex = end;
  }
  return found;
}

/** The value of a namespaced attribute (`r:id`, whatever the prefix) in a tag. */
function prefixedAttribute(xml: string, local: string, from: number, to: number): string | null {
  const pattern = new RegExp(`\\s[A-Za-z_][\\w.-]*:${local}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, "y");
  for (let at = xml.indexOf(`:${local}`, from); at >= 0 && at < to; at = xml.indexOf(`:${local}`, at + 1)) {
    let start = at - 1;
    while (start > from && !isSpace(xml.charCodeAt(start))) start--;
    pattern.lastIndex = start;
    const match = pattern.exec(xml);
    if (match && match.index + match[0].length <= to + 1) return match[1] ?? match[2];
  }
  return null;
}

/** `xl/workbook.xml`: sheet names and order, which are hidden (`state="hidden"` or `"veryHidden"`), and the date system. */
export function parseWorkbook(xml: string): WorkbookPart {
  const sheets: { name: string; relId: string; hidden: boolean }[] = [];
  for (const [from, to] of tags(xml, "sheet")) {
    const name = attribute(xml, "name", from, to);
    const relId = prefixedAttribute(xml, "id", from, to);
    const state = attribute(xml, "state", from, to);
    if (name !== null && relId !== null)
      sheets.push({ name: decodeXmlText(name), relId: decodeXmlText(relId), hidden: state === "hidden" || state === "veryHidden" });
  }
  const pr = tags(xml, "workbookPr")[0];
  const flag = pr ? attribute(xml, "date1904", pr[0], pr[1]) : null;
  return { sheets, date1904: flag === "1" || flag === "true" };
}

export interface Relationship {
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** A `_rels/*.rels` part: relationships by id. */
export function parseRelationships(xml: string): Map<string, Relationship> {
  const relationships = new Map<string, Relationship>();
  for (const [from, to] of tags(xml, "Relationship")) {
    const id = attribute(xml, "Id", from, to);
    const target = attribute(xml, "Target", from, to);
    if (id === null || target === null) continue;
    relationships.set(decodeXmlText(id), {
      type: decodeXmlText(attribute(xml, "Type", from, to) ?? ""),
      target: decodeXmlText(target),
      external: attribute(xml, "TargetMode", from, to) === "External",
    });
  }
  return relationships;
}

/** The position after the element starting at `at` (`<name .../>` or `<name ...>...</name>`): something a row holds besides cells. */
function skipElement(xml: string, at: number): number {
  const end = tagEnd(xml, at);
  if (end < 0) throw new WorkbookFileError(ROW_CUT_OFF);
  if (
    xml.charCodeAt(end - 1) === 47 ||
    xml.charCodeAt(at + 1) === 47 /* </...> */ ||
    xml.charCodeAt(at + 1) === 33 /* <!-- --> */ ||
    xml.charCodeAt(at + 1) === 63 /* <?pi?> */
  ) {
    if (xml.startsWith("<!--", at)) {
      const close = xml.indexOf("-->", at + 4);
      if (close < 0) throw new WorkbookFileError(ROW_CUT_OFF);
      return close + 3;
    }
    return end + 1;
  }
  let nameEnd = at + 1;
  while (nameEnd < end && !nameEnds(xml, nameEnd)) nameEnd++;
  const close = xml.indexOf(`</${xml.slice(at + 1, nameEnd)}>`, end);
  if (close < 0) throw new WorkbookFileError(ROW_CUT_OFF);
  return xml.indexOf(">", close) + 1;
}

/**
 * The merged ranges of a worksheet, from the `<mergeCells>` after its `<sheetData>` (Excel and
 * LibreOffice both write `<mergeCell ref="A2:A4"/>`); a ref that is no range is skipped.
 */
export function parseMergeCells(xml: string): CellRange[] {
  const merged: CellRange[] = [];
  for (const [from, to] of tags(xml, "mergeCell")) {
    const ref = attribute(xml, "ref", from, to);
    const range = ref === null ? null : parseRange(ref);
    if (range && (range.bottom > range.top || range.right > range.left)) merged.push(range);
  }
  return merged;
}

const ISO_DATE = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d(?:\.\d+)?))?)?/;

/** A `t="d"` cell's ISO 8601 text as the serial Excel would store; null when it is not a date. */
function serialOfIso(text: string, date1904: boolean): number | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  try {
    const serial = serialOf(dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3])), date1904);
    const seconds = Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0);
    return serial + seconds / 86_400;
  } catch {
    return null;
  }
}

export const TYPE_NUMBER = 0;
export const TYPE_SHARED = 1;
export const TYPE_BOOLEAN = 2;
export const TYPE_ERROR = 3;
export const TYPE_STRING = 4;
export const TYPE_INLINE = 5;
export const TYPE_DATE = 6;

/** A cell's type attribute `xml[from, to)` (`s`, `n`, `b`, `e`, `str`, `inlineStr`, `d`) as a number. */
function typeOf(xml: string, from: number, to: number): number {
  const first = xml.charCodeAt(from);
  if (to - from === 1) {
    if (first === 115 /* s */) return TYPE_SHARED;
    if (first === 98 /* b */) return TYPE_BOOLEAN;
    if (first === 101 /* e */) return TYPE_ERROR;
    if (first === 100 /* d */) return TYPE_DATE;
    return TYPE_NUMBER;
  }
  if (xml.startsWith("inlineStr", from) && to - from === 9) return TYPE_INLINE;
  if (xml.startsWith("str", from) && to - from === 3) return TYPE_STRING;
  return TYPE_NUMBER;
}

export const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * A plain decimal `xml[from, to)` ("-1234.56") of at most 15 digits read without cutting a
 * string: exact, since digits and the power of ten are exact doubles and one division rounds
 * correctly, as `Number` does. Null for anything else (exponents, more digits), for `Number`.
 */
function decimalAt(xml: string, from: number, to: number): number | null {
  let i = from;
  const negative = xml.charCodeAt(i) === 45; /* - */
  if (negative) i++;
  let digits = 0;
  let mantissa = 0;
  let decimals = -1;
  for (; i < to; i++) {
    const code = xml.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48);
      digits++;
      if (decimals >= 0) decimals++;
    } else if (code === 46 /* . */ && decimals < 0) {
      decimals = 0;
    } else {
      return null;
    }
  }
  if (digits === 0 || digits > 15) return null;
  const value = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals] : mantissa;
  return negative ? -value : value;
}

/**
 * A worksheet's cells, fed in chunks of its `<sheetData>` that each end on a row boundary
 * (`add`), read into rows from A1 (`rows`). Rows and cells without an `r` attribute follow the
 * one before. Empty cells are null; a row ends at its last cell with a value, the sheet at its
 * last row with one.
 */
export class SheetCellsReader {
  protected readonly grid: CellValue[][] = [];
  protected lastRow = -1;
  private readonly rowOpen: string;
  private readonly rowClose: string;
  private readonly cellOpen: string;
  private readonly cellClose: string;
  private readonly valueOpen: string;
  /** `<v>`: how nearly every value starts. */
  private readonly valueTag: string;
  private readonly valueClose: string;
  private readonly inlineOpen: string;
  private readonly inlineClose: string;
  private readonly formulaOpen: string;
  private readonly formulaClose: string;
  private readonly uncalculated: FormulaCell[] = [];
  /** Shared formulas by their `si`, as their first cell holds them: the others hold only the index. */
  private readonly sharedFormulas = new Map<string, FormulaCell>();

  constructor(
    protected readonly sharedStrings: readonly string[],
    protected readonly prefix: string,
    private readonly date1904: boolean,
  ) {
    this.rowOpen = `<${prefix}row`;
    this.rowClose = `</${prefix}row>`;
    this.cellOpen = `<${prefix}c`;
    this.cellClose = `</${prefix}c>`;
    this.valueOpen = `<${prefix}v`;
    this.valueTag = `<${prefix}v>`;
    this.valueClose = `</${prefix}v>`;
    this.inlineOpen = `<${prefix}is`;
    this.inlineClose = `</${prefix}is>`;
    this.formulaOpen = `<${prefix}f`;
    this.formulaClose = `</${prefix}f>`;
  }

  /** Reads every complete `<row>` in `xml`. */
  add(xml: string): void {
    let at = findTag(xml, this.rowOpen, 0, xml.length);
    while (at >= 0) {
      const openEnd = tagEnd(xml, at);
      if (openEnd < 0) throw new WorkbookFileError(ROW_CUT_OFF);
      let r = attribute(xml, "r", at + this.rowOpen.length, openEnd);
      const row = r === null ? this.lastRow + 1 : Number(r) - 1;
      if (!Number.isInteger(row) || row < 0)
        throw new WorkbookFileError({
          fi: `välilehden rivillä on virheellinen numero r="${r}"`,
          sv: `en rad på bladet har ett felaktigt nummer r="${r}"`,
          en: `a worksheet row has a bad number r="${r}"`,
        });
      if (row >= MAX_ROWS) throw new CellReferenceError(r ?? String(row + 1), "row");
      if (r === null) r = String(row + 1);
      this.lastRow = row;
      const next = xml.charCodeAt(openEnd - 1) === 47 /* <row/> */ ? openEnd + 1 : this.readCells(xml, openEnd + 1, row, r);
      at = findTag(xml, this.rowOpen, next, xml.length);
    }
  }

  /** Reads the cells of a row from `from` (after its start tag); returns the position after its end tag. */
  private readCells(xml: string, from: number, row: number, rowText: string): number {
    const { cellOpen, cellClose, rowClose } = this;
    let values: CellValue[] | undefined;
    let col = -1;
    let at = from;
    for (;;) {
      const lt = xml.indexOf("<", at);
      if (lt < 0) throw new WorkbookFileError(ROW_CUT_OFF);
      if (!xml.startsWith(cellOpen, lt) || !nameEnds(xml, lt + cellOpen.length)) {
        if (xml.startsWith(rowClose, lt)) return lt + rowClose.length;
        at = skipElement(xml, lt);
        continue;
      }
      const openEnd = tagEnd(xml, lt);
      if (openEnd < 0) throw new WorkbookFileError(CELL_CUT_OFF);
      // The attributes, scanned once without cutting strings: r (the reference) and t (the type)
      let refStart = -1;
      let refEnd = -1;
      let type = TYPE_NUMBER;
      for (let i = lt + cellOpen.length; i < openEnd;) {
        const code = xml.charCodeAt(i);
        if (isSpace(code) || code === 47) {
          i++;
          continue;
        }
        const nameStart = i;
        while (i < openEnd && xml.charCodeAt(i) !== 61 /* = */ && !isSpace(xml.charCodeAt(i))) i++;
        const nameLength = i - nameStart;
        while (i < openEnd && xml.charCodeAt(i) !== 34 && xml.charCodeAt(i) !== 39) i++;
        const quote = xml.charCodeAt(i);
        const valueEnd = xml.indexOf(quote === 34 ? '"' : "'", i + 1);
        if (valueEnd < 0 || valueEnd > openEnd) break;
        if (nameLength === 1) {
          const name = xml.charCodeAt(nameStart);
          if (name === 114 /* r */) {
            refStart = i + 1;
            refEnd = valueEnd;
          } else if (name === 116 /* t */) {
            type = typeOf(xml, i + 1, valueEnd);
          }
        }
        i = valueEnd + 1;
      }
      let target = row;
      if (refStart < 0) {
        col++;
      } else {
        let i = refStart;
        let refCol = 0;
        for (; i < refEnd; i++) {
          const code = xml.charCodeAt(i) | 32; // lower case
          if (code < 97 || code > 122) break;
          refCol = refCol * 26 + (code - 96);
        }
        if (refCol > MAX_COLUMNS) throw new CellReferenceError(xml.slice(refStart, refEnd), "cell");
        col = i === refStart ? col + 1 : refCol - 1;
        // a cell that names another row than its <row> goes where it says, as in Excel
        if (i < refEnd && !(refEnd - i === rowText.length && xml.startsWith(rowText, i))) {
          const refRow = Number(xml.slice(i, refEnd)) - 1;
          if (Number.isInteger(refRow) && refRow >= 0) {
            if (refRow >= MAX_ROWS) throw new CellReferenceError(xml.slice(refStart, refEnd), "cell");
            target = refRow;
          }
        }
      }
      // cells without a reference follow the one before, and may walk off the sheet's last column
      if (col >= MAX_COLUMNS) throw new CellReferenceError(`${columnLetter(col)}${target + 1}`, "cell");
      if (xml.charCodeAt(openEnd - 1) === 47 /* <c/>: no value */) {
        at = openEnd + 1;
        continue;
      }
      const close = xml.indexOf(cellClose, openEnd);
      if (close < 0) throw new WorkbookFileError(CELL_CUT_OFF);
      at = close + cellClose.length;
      const value = this.valueOf(xml, type, openEnd + 1, close);
      if (value === null) {
        this.noteFormula(xml, openEnd + 1, close, target, col);
        continue;
      }
      if (target !== row) {
        this.put(target, col, value);
        continue;
      }
      if (!values) values = this.rowArray(row);
      while (values.length < col) values.push(null);
      values[col] = value;
    }
  }

  /** A cell's content `xml[from, to)` without a value: its formula, if it has one, is kept as not calculated. */
  private noteFormula(xml: string, from: number, to: number, row: number, col: number): void {
    const at = findTag(xml, this.formulaOpen, from, to);
    if (at < 0) return;
    const openEnd = tagEnd(xml, at);
    if (openEnd < 0 || openEnd >= to) return;
    const selfClosing = xml.charCodeAt(openEnd - 1) === 47;
    const end = selfClosing ? -1 : xml.indexOf(this.formulaClose, openEnd);
    const text = end < 0 || end > to ? "" : decodeXmlText(xml.slice(openEnd + 1, end)).trim();
    const si = attribute(xml, "t", at, openEnd) === "shared" ? attribute(xml, "si", at, openEnd) : null;
    let formula = text;
    if (si !== null) {
      const first = this.sharedFormulas.get(si);
      if (text !== "") this.sharedFormulas.set(si, { row, col, formula: text });
      else if (first) formula = shiftFormula(first.formula, row - first.row, col - first.col);
    }
    if (formula !== "") this.uncalculated.push({ row, col, formula: detached(formula) });
  }

  /** The cells read so far that hold a formula but no value, in the order they stand. */
  formulas(): FormulaCell[] {
    return this.uncalculated;
  }

  private rowArray(row: number): CellValue[] {
    const grid = this.grid;
    while (grid.length <= row) grid.push([]);
    return grid[row];
  }

  private put(row: number, col: number, value: CellValue): void {
    const values = this.rowArray(row);
    while (values.length < col) values.push(null);
    values[col] = value;
  }

  /** The value in a cell's content `xml[from, to)` by its type (`t`). */
  private valueOf(xml: string, type: number, from: number, to: number): CellValue {
    if (type === TYPE_INLINE) {
      const is = findTag(xml, this.inlineOpen, from, to);
      if (is < 0) return null;
      const start = tagEnd(xml, is) + 1;
      if (xml.charCodeAt(start - 2) === 47) return "";
      const end = xml.indexOf(this.inlineClose, start);
      return detached(stringItem(xml, start, end < 0 || end > to ? to : end, this.prefix));
    }
    let start: number;
    if (xml.startsWith(this.valueTag, from)) {
      start = from + this.valueTag.length;
    } else {
      const v = findTag(xml, this.valueOpen, from, to);
      if (v < 0) return null;
      start = tagEnd(xml, v) + 1;
      if (xml.charCodeAt(start - 2) === 47 /* <v/> */) return type === TYPE_STRING ? "" : null;
    }
    const end = xml.indexOf(this.valueClose, start);
    if (end < 0 || end > to) return null;
    switch (type) {
      case TYPE_NUMBER: {
        if (end === start) return null;
        const n = decimalAt(xml, start, end);
        if (n !== null) return n;
        const raw = xml.slice(start, end);
        if (raw.trim() === "") return null;
        const parsed = Number(raw);
        return Number.isNaN(parsed) ? detached(decodeXmlText(raw)) : parsed;
      }
      case TYPE_SHARED: {
        const index = decimalAt(xml, start, end) ?? Number(xml.slice(start, end));
        const s = this.sharedStrings[index];
        return s === undefined ? null : s;
      }
      case TYPE_BOOLEAN: {
        const raw = xml.slice(start, end);
        return raw === "1" || raw === "true";
      }
      case TYPE_ERROR:
        return { error: detached(decodeXmlText(xml.slice(start, end))) };
      case TYPE_DATE: {
        const raw = xml.slice(start, end);
        return serialOfIso(raw, this.date1904) ?? detached(decodeXmlText(raw));
      }
      default: // "str": a formula's text result
        return detached(decodeXmlText(xml.slice(start, end)));
    }
  }

  /** The rows read so far, from A1; rows past the last value are dropped. */
  rows(): CellValue[][] {
    const grid = this.grid;
    let last = grid.length - 1;
    while (last >= 0 && grid[last].length === 0) last--;
    grid.length = last + 1;
    return grid;
  }
}
