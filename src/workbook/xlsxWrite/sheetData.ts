/**
 * A worksheet's `<sheetData>` edited in place: cells set in existing rows (the row's other
 * cells, its attributes and everything else in it kept), new `<row>` elements spliced in
 * between the existing ones in order, and the `<dimension>` widened. The rest of the sheet's
 * XML is copied as it is: a 100 000-row sheet gets its new rows without its old ones being
 * parsed, only found.
 */
import { cellAddress, columnIndex, parseRange } from "../address";
import { findElement, getAttr, setAttr, tagEnd } from "./xml";

interface RowSpan {
  /** 0-based row number. */
  readonly row: number;
  readonly start: number;
  readonly openEnd: number;
  readonly closeStart: number;
  readonly end: number;
}

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
  private readonly rows: RowSpan[] = [];
  private readonly byRow = new Map<number, number>();
  private readonly edits = new Map<number, Map<number, string>>();
  private readonly parsed = new Map<number, CellSpan[]>();
  /** Whether a cell written over held a formula (the calculation chain then names a cell that has none). */
  overwroteFormula = false;

  constructor(xml: string) {
    const root = findElement(xml.slice(0, 4096), "worksheet");
    this.prefix = root?.prefix ?? "";
    this.source = xml;
    this.index();
  }

  private index(): void {
    const xml = this.source;
    const p = this.prefix;
    const openAt = findTag(xml, `<${p}sheetData`, 0, xml.length);
    if (openAt < 0) throw new Error("the worksheet has no sheetData");
    const openEnd = tagEnd(xml, openAt);
    this.selfClosed = xml.charCodeAt(openEnd - 1) === 47;
    this.dataStart = openEnd + 1;
    this.dataEnd = this.selfClosed ? openEnd + 1 : xml.indexOf(`</${p}sheetData>`, openEnd);
    if (this.dataEnd < 0) throw new Error("the worksheet's sheetData is cut off");
    this.rows.length = 0;
    this.byRow.clear();
    const open = `<${p}row`;
    const close = `</${p}row>`;
    let last = -1;
    let missing = false;
    for (let at = findTag(xml, open, this.dataStart, this.dataEnd); at >= 0;) {
      const end = tagEnd(xml, at);
      const tag = xml.slice(at, end + 1);
      const r = getAttr(tag, "r");
      if (r === null) missing = true;
      const row = r === null ? last + 1 : Number(r) - 1;
      last = row;
      let closeStart = end + 1;
      let after = end + 1;
      if (xml.charCodeAt(end - 1) !== 47) {
        closeStart = xml.indexOf(close, end);
        if (closeStart < 0) throw new Error("a worksheet row is cut off");
        after = closeStart + close.length;
      }
      this.byRow.set(row, this.rows.length);
      this.rows.push({ row, start: at, openEnd: end + 1, closeStart, end: after });
      at = findTag(xml, open, after, this.dataEnd);
    }
    if (missing) this.numberRows();
  }

  /** Rows without an `r` get theirs (their place would shift once rows are inserted), then the sheet is indexed again. */
  private numberRows(): void {
    const pieces: string[] = [];
    let cursor = 0;
    for (const span of this.rows) {
      const tag = this.source.slice(span.start, span.openEnd);
      if (getAttr(tag, "r") !== null) continue;
      pieces.push(this.source.slice(cursor, span.start), setAttr(tag, "r", String(span.row + 1)));
      cursor = span.openEnd;
    }
    pieces.push(this.source.slice(cursor));
    this.source = pieces.join("");
    this.index();
  }

  /** The last row holding a `<row>` element (0-based), -1 for none. */
  get lastRow(): number {
    return this.rows.length === 0 ? -1 : Math.max(this.rows[this.rows.length - 1].row, ...this.edits.keys());
  }

  private cellsOf(row: number): CellSpan[] {
    const known = this.parsed.get(row);
    if (known) return known;
    const index = this.byRow.get(row);
    const cells: CellSpan[] = [];
    if (index !== undefined) {
      const span = this.rows[index];
      const xml = this.source;
      const open = `<${this.prefix}c`;
      const close = `</${this.prefix}c>`;
      let col = -1;
      for (let at = findTag(xml, open, span.openEnd, span.closeStart); at >= 0;) {
        const end = tagEnd(xml, at);
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

  /** Sets a cell to `cellXml` (cellXml.ts; "" removes the cell). */
  set(row: number, col: number, xml: string): void {
    let cells = this.edits.get(row);
    if (!cells) {
      cells = new Map();
      this.edits.set(row, cells);
    }
    cells.set(col, xml);
  }

  /** The sheet's XML with the edits. */
  xml(): string {
    if (this.edits.size === 0) return this.source;
    const xml = this.source;
    const p = this.prefix;
    const pieces: string[] = [];
    let cursor = this.dataStart;
    let next = 0;
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const row of [...this.edits.keys()].sort((a, b) => a - b)) {
      const edits = this.edits.get(row) ?? new Map<number, string>();
      for (const col of edits.keys()) {
        top = Math.min(top, row);
        bottom = Math.max(bottom, row);
        left = Math.min(left, col);
        right = Math.max(right, col);
      }
      const index = this.byRow.get(row);
      if (index !== undefined) {
        const span = this.rows[index];
        pieces.push(xml.slice(cursor, span.start), this.mergedRow(span, edits));
        cursor = span.end;
        next = index + 1;
        continue;
      }
      while (next < this.rows.length && this.rows[next].row < row) next++;
      const at = next < this.rows.length ? this.rows[next].start : this.dataEnd;
      const cells = [...edits.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([, cell]) => cell)
        .join("");
      if (cells === "") continue;
      pieces.push(xml.slice(Math.min(cursor, at), at), `<${p}row r="${row + 1}">${cells}</${p}row>`);
      cursor = Math.max(cursor, at);
    }
    const body = pieces.join("") + xml.slice(cursor, this.dataEnd);
    let head = xml.slice(0, this.dataStart);
    let tail = xml.slice(this.dataEnd);
    if (this.selfClosed) {
      head = `${head.slice(0, head.lastIndexOf("/>"))}>`;
      tail = `</${p}sheetData>${tail}`;
    }
    return withDimension(head, top, left, bottom, right) + body + tail;
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
