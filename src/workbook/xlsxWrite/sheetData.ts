/**
 * A worksheet's `<sheetData>` edited in place: cells set in existing rows (the row's other
 * cells, its attributes and everything else in it kept), new `<row>` elements spliced in
 * between the existing ones in order, and the `<dimension>` widened. The rest of the sheet's
 * XML is copied as it is: a 100 000-row sheet gets its new rows without its old ones being
 * parsed, only found.
 */
import { cellAddress, columnIndex, parseRange } from "../address";
import { quotedTagEnd } from "../xlsxXml";
import { findElement, findStart, getAttr, setAttr } from "./xml";
import { ROW_CUT_OFF, WorkbookFileError } from "../fileError";

interface RowSpan {
  /** 0-based row number. */
  readonly row: number;
  readonly start: number;
  readonly openEnd: number;
  readonly closeStart: number;
  readonly end: number;
}

/** A piece of an edited sheet: new text, or a range of the sheet's text kept as it was. */
export type Segment = string | { readonly from: number; readonly to: number };

interface CellSpan {
  readonly col: number;
  readonly xml: string;
  readonly start: number;
  readonly end: number;
}

function nameEnds(code: number): boolean {
  return code === 62 || code === 47 || code === 32 || code === 9 || code === 10 || code === 13;
}

/** The next `<name` (name complete) in `xml` from `from`; -1 when none before `to`. */
function findTag(xml: string, open: string, from: number, to: number): number {
  for (let at = xml.indexOf(open, from); at >= 0 && at < to; at = xml.indexOf(open, at + open.length)) {
    if (nameEnds(xml.charCodeAt(at + open.length))) return at;
  }
  return -1;
}

/** The edits of one worksheet's cells, applied at once by `xml()`. */
export class SheetDataEditor {
  readonly prefix: string;
  private source: string;
  private dataStart = 0;
  private dataEnd = 0;
  private selfClosed = false;
  /** Rows found from the start of sheetData (ascending, up to `headEnd`) and from its end (descending, back to `tailStart`). */
  private head: RowSpan[] = [];
  private tail: RowSpan[] = [];
  private headEnd = 0;
  private tailStart = 0;
  /** Every row is found (the two scans met, or the sheet needed the full forward scan). */
  private complete = false;
  private readonly edits = new Map<number, Map<number, string>>();
  private readonly parsed = new Map<number, CellSpan[]>();
  /** Whether the rows had to be numbered, so `text` is no longer the text given. */
  renumbered = false;
  /** Whether a cell written over held a formula (the calculation chain then names a cell that has none). */
  overwroteFormula = false;

  constructor(xml: string) {
    // the document element's start tag, whose end tag lies far past the first 4 KB of a real sheet
    this.prefix = findStart(xml.slice(0, 4096), "worksheet")?.prefix ?? "";
    this.source = xml;
    this.locate();
  }

  private locate(): void {
    const xml = this.source;
    const p = this.prefix;
    const openAt = findTag(xml, `<${p}sheetData`, 0, xml.length);
    if (openAt < 0)
      throw new WorkbookFileError({
        fi: "välilehdeltä puuttuu sheetData-elementti",
        sv: "bladet saknar elementet sheetData",
        en: "the worksheet has no sheetData",
      });
    const openEnd = quotedTagEnd(xml, openAt);
    this.selfClosed = xml.charCodeAt(openEnd - 1) === 47;
    this.dataStart = openEnd + 1;
    this.dataEnd = this.selfClosed ? openEnd + 1 : xml.indexOf(`</${p}sheetData>`, openEnd);
    if (this.dataEnd < 0)
      throw new WorkbookFileError({
        fi: "välilehden sheetData-elementti on katkennut",
        sv: "bladets sheetData-element är avbrutet",
        en: "the worksheet's sheetData is cut off",
      });
    this.head = [];
    this.tail = [];
    this.headEnd = this.dataStart;
    this.tailStart = this.dataEnd;
    this.complete = this.selfClosed;
  }

  private span(at: number, row: number): RowSpan {
    const xml = this.source;
    const end = quotedTagEnd(xml, at);
    if (end < 0) throw new WorkbookFileError(ROW_CUT_OFF);
    if (xml.charCodeAt(end - 1) === 47) return { row, start: at, openEnd: end + 1, closeStart: end + 1, end: end + 1 };
    const close = `</${this.prefix}row>`;
    const closeStart = xml.indexOf(close, end);
    if (closeStart < 0 || closeStart > this.dataEnd) throw new WorkbookFileError(ROW_CUT_OFF);
    return { row, start: at, openEnd: end + 1, closeStart, end: closeStart + close.length };
  }

  /**
   * The row `row` (0-based) if the sheet has it, and where a new row of that number goes: found
   * by scanning from whichever end of sheetData is nearer, so appending to a 100 000-row sheet
   * (and writing its header row) looks at a few rows only. Rows without `r`, or out of order,
   * make the whole sheet scanned from the start instead.
   */
  private find(row: number): { span: RowSpan | null; insertAt: number } {
    for (;;) {
      const headLast = this.head[this.head.length - 1];
      if (headLast && headLast.row >= row) return this.inHead(row);
      const tailLast = this.tail[this.tail.length - 1];
      if (tailLast && tailLast.row <= row) return this.inTail(row);
      if (this.complete) {
        // between the two: the first tail row (the lowest above `row`), or the end
        const above = this.tail[this.tail.length - 1];
        return { span: null, insertAt: above ? above.start : this.dataEnd };
      }
      // the last row is found first: how far the end is says which way is shorter
      if (!tailLast) {
        this.stepBack();
        continue;
      }
      const fromStart = headLast ? row - headLast.row : row;
      const fromEnd = tailLast.row - row;
      if (fromStart <= fromEnd) this.stepForward();
      else this.stepBack();
    }
  }

  private inHead(row: number): { span: RowSpan | null; insertAt: number } {
    let lo = 0;
    let hi = this.head.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.head[mid].row < row) lo = mid + 1;
      else hi = mid;
    }
    const span = this.head[lo];
    return span.row === row ? { span, insertAt: span.start } : { span: null, insertAt: span.start };
  }

  private inTail(row: number): { span: RowSpan | null; insertAt: number } {
    // descending: the last span with number >= row
    let at = -1;
    let lo = 0;
    let hi = this.tail.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.tail[mid].row >= row) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (at < 0) return { span: null, insertAt: this.dataEnd };
    const span = this.tail[at];
    return span.row === row ? { span, insertAt: span.start } : { span: null, insertAt: span.start };
  }

  private stepForward(): void {
    const xml = this.source;
    const open = `<${this.prefix}row`;
    const at = findTag(xml, open, this.headEnd, this.tailStart);
    if (at < 0) {
      this.complete = true;
      return;
    }
    const r = getAttr(xml.slice(at, quotedTagEnd(xml, at) + 1), "r");
    const number = r === null ? NaN : Number(r) - 1;
    const last = this.head[this.head.length - 1];
    if (!Number.isInteger(number) || (last && number <= last.row)) return this.indexForward();
    const span = this.span(at, number);
    this.head.push(span);
    this.headEnd = span.end;
    const tailLast = this.tail[this.tail.length - 1];
    if (tailLast && number >= tailLast.row) return this.indexForward();
  }

  private stepBack(): void {
    const xml = this.source;
    const open = `<${this.prefix}row`;
    let at = xml.lastIndexOf(open, this.tailStart - 1);
    while (at >= this.headEnd && !nameEnds(xml.charCodeAt(at + open.length))) at = xml.lastIndexOf(open, at - 1);
    if (at < this.headEnd) {
      this.complete = true;
      return;
    }
    const r = getAttr(xml.slice(at, quotedTagEnd(xml, at) + 1), "r");
    const number = r === null ? NaN : Number(r) - 1;
    const last = this.tail[this.tail.length - 1];
    if (!Number.isInteger(number) || (last && number >= last.row)) return this.indexForward();
    const headLast = this.head[this.head.length - 1];
    if (headLast && number <= headLast.row) return this.indexForward();
    this.tail.push(this.span(at, number));
    this.tailStart = at;
  }

  /** Every row from the start, rows without `r` numbered first (their place would shift once rows are inserted). */
  private indexForward(): void {
    const xml = this.source;
    const open = `<${this.prefix}row`;
    const found: RowSpan[] = [];
    let last = -1;
    let missing = false;
    let ordered = true;
    for (let at = findTag(xml, open, this.dataStart, this.dataEnd); at >= 0;) {
      const r = getAttr(xml.slice(at, quotedTagEnd(xml, at) + 1), "r");
      if (r === null) missing = true;
      const row = r === null ? last + 1 : Number(r) - 1;
      if (row <= last) ordered = false;
      last = row;
      const span = this.span(at, row);
      found.push(span);
      at = findTag(xml, open, span.end, this.dataEnd);
    }
    if (!ordered)
      throw new WorkbookFileError({
        fi: "välilehden rivit eivät ole järjestyksessä",
        sv: "bladets rader är inte i ordning",
        en: "the worksheet's rows are out of order",
      });
    if (missing) {
      const pieces: string[] = [];
      let cursor = 0;
      for (const span of found) {
        const tag = xml.slice(span.start, span.openEnd);
        if (getAttr(tag, "r") !== null) continue;
        pieces.push(xml.slice(cursor, span.start), setAttr(tag, "r", String(span.row + 1)));
        cursor = span.openEnd;
      }
      pieces.push(xml.slice(cursor));
      this.source = pieces.join("");
      this.renumbered = true;
      this.locate();
      this.parsed.clear();
      return this.indexForward();
    }
    this.head = found;
    this.tail = [];
    this.headEnd = this.dataEnd;
    this.tailStart = this.dataEnd;
    this.complete = true;
  }

  /** The last row holding a `<row>` element or written (0-based), -1 for none. */
  get lastRow(): number {
    while (!this.complete && this.tail.length === 0) this.stepBack();
    let last = this.tail[0]?.row ?? this.head[this.head.length - 1]?.row ?? -1;
    for (const row of this.edits.keys()) last = Math.max(last, row);
    return last;
  }

  private cellsOf(row: number): CellSpan[] {
    const known = this.parsed.get(row);
    if (known) return known;
    const span = this.find(row).span;
    const cells: CellSpan[] = [];
    if (span) {
      const xml = this.source;
      const open = `<${this.prefix}c`;
      const close = `</${this.prefix}c>`;
      let col = -1;
      for (let at = findTag(xml, open, span.openEnd, span.closeStart); at >= 0;) {
        const end = quotedTagEnd(xml, at);
        const tag = xml.slice(at, end + 1);
        let after = end + 1;
        if (xml.charCodeAt(end - 1) !== 47) after = xml.indexOf(close, end) + close.length;
        const ref = getAttr(tag, "r");
        col = ref === null ? col + 1 : columnIndex(ref.replace(/[^A-Za-z]/g, ""));
        let cell = xml.slice(at, after);
        if (ref === null) cell = `${setAttr(tag, "r", cellAddress(row, col))}${cell.slice(tag.length)}`;
        cells.push({ col, xml: cell, start: at, end: after });
        at = findTag(xml, open, after, span.closeStart);
      }
    }
    this.parsed.set(row, cells);
    return cells;
  }

  /** The style index of an existing cell (null when the cell or its style is absent). */
  styleAt(row: number, col: number): number | null {
    const cell = this.cellsOf(row).find((c) => c.col === col);
    if (!cell) return null;
    const s = getAttr(cell.xml.slice(0, cell.xml.indexOf(">") + 1), "s");
    return s === null ? null : Number(s);
  }

  /** Whether a cell is written by the edits so far. */
  has(row: number, col: number): boolean {
    return this.edits.get(row)?.has(col) ?? false;
  }

  /** Sets a cell to `cellXml` (cellXml.ts; "" removes the cell). */
  set(row: number, col: number, xml: string): void {
    let cells = this.edits.get(row);
    if (!cells) {
      cells = new Map();
      this.edits.set(row, cells);
    }
    cells.set(col, xml);
  }

  /** The sheet's XML with the edits, as new text and ranges of `text` kept as they are (a writer may copy those as bytes). */
  segments(): Segment[] {
    if (this.edits.size === 0) return [{ from: 0, to: this.source.length }];
    const touched = [...this.edits.keys()].sort((a, b) => a - b);
    // found first: a sheet whose rows lack r is numbered (its text replaced) while they are found
    for (const row of touched) this.find(row);
    const xml = this.source;
    const p = this.prefix;
    const pieces: Segment[] = [];
    let cursor = this.dataStart;
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const row of touched) {
      const edits = this.edits.get(row) ?? new Map<number, string>();
      for (const col of edits.keys()) {
        top = Math.min(top, row);
        bottom = Math.max(bottom, row);
        left = Math.min(left, col);
        right = Math.max(right, col);
      }
      const { span, insertAt } = this.find(row);
      if (span) {
        pieces.push({ from: cursor, to: span.start }, this.mergedRow(span, edits));
        cursor = span.end;
        continue;
      }
      const cells = [...edits.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([, cell]) => cell)
        .join("");
      if (cells === "") continue;
      pieces.push({ from: cursor, to: insertAt }, `<${p}row r="${row + 1}">${cells}</${p}row>`);
      cursor = insertAt;
    }
    let head = xml.slice(0, this.dataStart);
    const tail: Segment[] = [{ from: this.dataEnd, to: xml.length }];
    if (this.selfClosed) {
      head = `${head.slice(0, head.lastIndexOf("/>"))}>`;
      tail.unshift(`</${p}sheetData>`);
    }
    return [withDimension(head, top, left, bottom, right), ...pieces, { from: cursor, to: this.dataEnd }, ...tail];
  }

  /** The sheet's XML with the edits. */
  xml(): string {
    return this.segments()
      .map((segment) => (typeof segment === "string" ? segment : this.source.slice(segment.from, segment.to)))
      .join("");
  }

  /** The text the ranges of `segments()` point into (the sheet's XML as given, unless its rows had to be numbered). */
  get text(): string {
    return this.source;
  }

  private mergedRow(span: RowSpan, edits: ReadonlyMap<number, string>): string {
    const xml = this.source;
    const cells = this.cellsOf(span.row);
    const kept = cells.filter((c) => {
      if (!edits.has(c.col)) return true;
      if (/<([A-Za-z_][\w.-]*:)?f[\s>/]/.test(c.xml)) this.overwroteFormula = true;
      return false;
    });
    const merged = [...kept, ...[...edits.entries()].map(([col, cell]) => ({ col, xml: cell }))].sort((a, b) => a.col - b.col);
    // what a row holds besides its cells (an extLst) stays after them
    const last = cells[cells.length - 1];
    const rest = xml.slice(last ? last.end : span.openEnd, span.closeStart);
    const tag = setAttr(xml.slice(span.start, span.openEnd), "spans", null);
    const open = tag.endsWith("/>") ? `${tag.slice(0, -2).replace(/\s+$/, "")}>` : tag;
    return `${open}${merged.map((c) => c.xml).join("")}${rest}</${this.prefix}row>`;
  }
}

/** The head of a sheet (up to its sheetData) with `<dimension ref>` covering the written block too. */
function withDimension(head: string, top: number, left: number, bottom: number, right: number): string {
  if (bottom < 0) return head;
  const dimension = findElement(head, "dimension");
  if (!dimension) return head;
  const tag = head.slice(dimension.start, dimension.openEnd);
  const old = parseRange(getAttr(tag, "ref") ?? "");
  const range = old
    ? {
        top: Math.min(old.top, top),
        left: Math.min(old.left, left),
        bottom: Math.max(old.bottom, bottom),
        right: Math.max(old.right, right),
      }
    : { top, left, bottom, right };
  const ref = `${cellAddress(range.top, range.left)}:${cellAddress(range.bottom, range.right)}`;
  return head.slice(0, dimension.start) + setAttr(tag, "ref", ref) + head.slice(dimension.openEnd);
}
