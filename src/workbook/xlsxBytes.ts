/**
 * A worksheet's cells read from its inflated bytes (the CLI's reader, cli/readXlsx.ts): rows of
 * plain cells as Excel writes them straight from the bytes, any other row as text by
 * SheetCellsReader (xlsxXml.ts). Its own module, so the task pane, which reads partner files
 * whole as text, does not bundle it.
 */
import { MAX_COLUMNS, MAX_ROWS } from "./cellLimits";
import type { CellValue } from "./types";
import {
  POWERS_OF_TEN,
  SheetCellsReader,
  TYPE_BOOLEAN,
  TYPE_DATE,
  TYPE_ERROR,
  TYPE_INLINE,
  TYPE_NUMBER,
  TYPE_SHARED,
  TYPE_STRING,
} from "./xlsxXml";

/** SheetCellsReader that also reads pieces of a worksheet as bytes (`addBytes`). */
export class SheetBytesReader extends SheetCellsReader {
  /** The values of the row being read from bytes (see store). */
  private readonly scratch: CellValue[] = [];

  /**
   * Reads every complete `<row>` in the UTF-8 bytes of a piece of `<sheetData>`, as `add` reads
   * them as text. Rows of plain cells, as Excel writes them (`<c r="B2" s="1" t="s"><v>4</v></c>`:
   * numbers, shared strings, booleans), are read straight from the bytes, with no string made
   * per piece or per cell; any other row (inline strings, formulas, entities, a namespace
   * prefix, anything unusual) is decoded with `decode` and read by `add`, so both give the same
   * cells, formulas and errors (tests/workbook/xlsxBytes.test.ts holds them equal).
   */
  addBytes(bytes: Uint8Array, decode: (bytes: Uint8Array) => string): void {
    if (this.prefix !== "") {
      this.add(decode(bytes));
      return;
    }
    const n = bytes.length;
    let at = 0;
    for (;;) {
      const start = nextRowTag(bytes, at, n);
      if (start < 0) return;
      const next = this.rowFromBytes(bytes, start, n);
      if (next >= 0) {
        at = next;
        continue;
      }
      // Not a plain row: read it (or, when its end is unclear, the rest of the piece) as text
      const end = plainRowEnd(bytes, start, n);
      if (end < 0) {
        this.add(decode(bytes.subarray(start)));
        return;
      }
      this.add(decode(bytes.subarray(start, end)));
      at = end;
    }
  }

  /**
   * A plain row read from the bytes at `at` (its `<row`): the position after it, or -1 (nothing
   * read that `add` would not read the same) when the row is not plain and must be read as text.
   */
  private rowFromBytes(b: Uint8Array, at: number, n: number): number {
    // The row's attributes: only r matters
    let i = at + 4;
    let row = this.lastRow + 1;
    let numbered = false;
    let selfClosing = false;
    for (;;) {
      while (i < n && isSpaceByte(b[i])) i++;
      if (i >= n) return -1;
      const ch = b[i];
      if (ch === 62 /* > */) break;
      if (ch === 47 /* / */) {
        if (b[i + 1] !== 62) return -1;
        selfClosing = true;
        i++;
        break;
      }
      const nameStart = i;
      while (i < n && isNameByte(b[i])) i++;
      if (b[i] !== 61 /* = */) return -1;
      const isR = i - nameStart === 1 && b[nameStart] === 114; /* r */
      i++;
      const quote = b[i];
      if (quote !== 34 && quote !== 39) return -1;
      const valueStart = ++i;
      while (i < n && b[i] !== quote) {
        const c = b[i];
        if (c === 62 || c === 60 || c === 61) return -1;
        i++;
      }
      if (i >= n) return -1;
      if (isR && !numbered) {
        const number = digitsAt(b, valueStart, i);
        if (number < 1 || number > MAX_ROWS) return -1;
        row = number - 1;
        numbered = true;
      }
      i++;
    }
    i++;
    if (selfClosing) {
      this.lastRow = row;
      return i;
    }
    const sharedStrings = this.sharedStrings;
    // the row's values gather in one array kept from row to row, and are stored as an exact copy
    const values = this.scratch;
    values.length = 0;
    let col = -1;
    for (;;) {
      while (i < n && b[i] !== 60) i++;
      if (i + 5 >= n) return -1;
      const next = b[i + 1];
      if (next === 47 /* </ */) {
        if (b[i + 2] !== 114 || b[i + 3] !== 111 || b[i + 4] !== 119 || b[i + 5] !== 62) return -1;
        this.lastRow = row;
        if (values.length > 0) this.store(row, values);
        return i + 6;
      }
      if (next !== 99 /* c */ || !isNameEndByte(b[i + 2])) return -1;
      // The cell's attributes: r (the reference) and t (the type)
      i += 2;
      let refStart = -1;
      let refEnd = -1;
      let typeStart = -1;
      let typeEnd = -1;
      let empty = false;
      // Excel and LibreOffice write the reference first, r="B2": read it in one go
      if (b[i] === 32 && b[i + 1] === 114 && b[i + 2] === 61 && b[i + 3] === 34) {
        let j = i + 4;
        while (j < n && b[j] !== 34) {
          if (b[j] === 62 || b[j] === 60) return -1;
          j++;
        }
        if (j >= n) return -1;
        refStart = i + 4;
        refEnd = j;
        i = j + 1;
        // then a style, s="3", which is never read, and a type, t="s", as Excel writes them
        if (b[i] === 32 && b[i + 1] === 115 && b[i + 2] === 61 && b[i + 3] === 34) {
          let k = i + 4;
          while (k < n && b[k] >= 48 && b[k] <= 57) k++;
          if (b[k] === 34) i = k + 1;
        }
        if (b[i] === 32 && b[i + 1] === 116 && b[i + 2] === 61 && b[i + 3] === 34 && b[i + 5] === 34) {
          typeStart = i + 4;
          typeEnd = i + 5;
          i += 6;
        }
      }
      for (;;) {
        while (i < n && isSpaceByte(b[i])) i++;
        if (i >= n) return -1;
        const ch = b[i];
        if (ch === 62) break;
        if (ch === 47) {
          if (b[i + 1] !== 62) return -1;
          empty = true;
          i++;
          break;
        }
        const nameStart = i;
        while (i < n && isNameByte(b[i])) i++;
        if (b[i] !== 61) return -1;
        const name = i - nameStart === 1 ? b[nameStart] : 0;
        i++;
        const quote = b[i];
        if (quote !== 34 && quote !== 39) return -1;
        const valueStart = ++i;
        while (i < n && b[i] !== quote) {
          if (b[i] === 62 || b[i] === 60) return -1;
          i++;
        }
        if (i >= n) return -1;
        if (name === 114 /* r */) {
          refStart = valueStart;
          refEnd = i;
        } else if (name === 116 /* t */) {
          typeStart = valueStart;
          typeEnd = i;
        }
        i++;
      }
      i++;
      // Where the cell goes: its reference's column, in this row only
      if (refStart < 0) {
        col++;
      } else {
        let j = refStart;
        let refCol = 0;
        for (; j < refEnd; j++) {
          const code = b[j] | 32;
          if (code < 97 || code > 122) break;
          refCol = refCol * 26 + (code - 96);
          if (refCol > MAX_COLUMNS) return -1;
        }
        col = j === refStart ? col + 1 : refCol - 1;
        if (j < refEnd && digitsAt(b, j, refEnd) !== row + 1) return -1;
      }
      if (col >= MAX_COLUMNS) return -1;
      if (empty) continue;
      // Its value: <v>…</v></c> and nothing else
      if (b[i] !== 60 || b[i + 1] !== 118 || b[i + 2] !== 62) return -1;
      // read as decimalAt reads it while looking for its end: sign, digits, one point
      const valueStart = i + 3;
      const negative = b[valueStart] === 45; /* - */
      // what only a negative number does is done by every cell (an addition, a multiplication): TurboFan
      // compiles this function before the sheet's first negative number, and an operation it has never
      // seen run would deoptimise it there, to be compiled again
      i = valueStart + (negative ? 1 : 0);
      let mantissa = 0;
      let digits = 0;
      let decimals = -1;
      let plain = true;
      for (;;) {
        if (i >= n) return -1;
        const code = b[i];
        if (code === 60) break;
        if (code >= 48 && code <= 57) {
          mantissa = mantissa * 10 + (code - 48);
          digits++;
          if (decimals >= 0) decimals++;
        } else if (code === 46 /* . */ && decimals < 0) {
          decimals = 0;
        } else {
          plain = false;
        }
        i++;
      }
      const valueEnd = i;
      if (
        i + 7 >= n ||
        b[i + 1] !== 47 ||
        b[i + 2] !== 118 ||
        b[i + 3] !== 62 ||
        b[i + 4] !== 60 ||
        b[i + 5] !== 47 ||
        b[i + 6] !== 99 ||
        b[i + 7] !== 62
      )
        return -1;
      i += 8;
      // anything else than a plain decimal of at most 15 digits is read as text
      if (!plain || digits === 0 || digits > 15) return -1;
      const magnitude = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals] : mantissa;
      const number = (negative ? -1 : 1) * magnitude;
      let value: CellValue;
      const type = typeStart < 0 ? TYPE_NUMBER : typeOfBytes(b, typeStart, typeEnd);
      if (type === TYPE_NUMBER) {
        value = number;
      } else if (type === TYPE_SHARED) {
        const text = sharedStrings[number];
        if (text === undefined) return -1;
        value = text;
      } else if (type === TYPE_BOOLEAN && valueEnd === valueStart + 1 && (number === 0 || number === 1)) {
        value = number === 1;
      } else {
        return -1;
      }
      while (values.length < col) values.push(null);
      values[col] = value;
    }
  }

  /** The values read from a row into the grid: a copy of their exact length, or into what the row already holds. */
  private store(row: number, values: CellValue[]): void {
    const grid = this.grid;
    while (grid.length < row) grid.push([]);
    const held = grid[row];
    if (held === undefined) {
      grid.push(values.slice());
    } else if (held.length === 0) {
      grid[row] = values.slice();
    } else {
      // a row number written twice: its cells go over the first's, as add() reads them
      for (let col = 0; col < values.length; col++) {
        const value = values[col];
        if (value === null) continue;
        while (held.length < col) held.push(null);
        held[col] = value;
      }
    }
  }
}

function isSpaceByte(code: number): boolean {
  return code <= 32 && (code === 32 || code === 9 || code === 10 || code === 13);
}

/** A byte of an attribute's name: not `=`, `>`, `/` or a space. */
function isNameByte(code: number): boolean {
  return code > 62 || (code !== 61 && code !== 47 && !isSpaceByte(code) && code !== 62);
}

/** True when a tag name ends at a byte: `<c ` is a cell but `<col` is not. */
function isNameEndByte(code: number): boolean {
  return code === 62 /* > */ || code === 47 /* / */ || isSpaceByte(code);
}

/** The next `<row` tag (name complete) in the bytes from `from`; -1 when none. */
function nextRowTag(b: Uint8Array, from: number, n: number): number {
  for (let i = from; i + 4 < n; i++) {
    if (b[i] === 60 && b[i + 1] === 114 && b[i + 2] === 111 && b[i + 3] === 119 && isNameEndByte(b[i + 4])) return i;
  }
  return -1;
}

/**
 * The position after the first `</row>` from `from`, where `add` reads the row to as well; -1
 * when there is none, or a comment, CDATA section or processing instruction could hold one.
 */
function plainRowEnd(b: Uint8Array, from: number, n: number): number {
  for (let i = from; i + 5 < n; i++) {
    if (b[i] !== 60) continue;
    const next = b[i + 1];
    if (next === 33 /* <! */ || next === 63 /* <? */) return -1;
    if (next === 47 && b[i + 2] === 114 && b[i + 3] === 111 && b[i + 4] === 119 && b[i + 5] === 62) return i + 6;
  }
  return -1;
}

/** The number the ASCII digits `b[from, to)` write (1 to 9 of them); -1 for anything else. */
function digitsAt(b: Uint8Array, from: number, to: number): number {
  if (to <= from || to - from > 9) return -1;
  let number = 0;
  for (let i = from; i < to; i++) {
    const digit = b[i] - 48;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

/** A cell's type attribute `b[from, to)` as `typeOf` reads it from text. */
function typeOfBytes(b: Uint8Array, from: number, to: number): number {
  if (to - from === 1) {
    const first = b[from];
    if (first === 115 /* s */) return TYPE_SHARED;
    if (first === 98 /* b */) return TYPE_BOOLEAN;
    if (first === 101 /* e */) return TYPE_ERROR;
    if (first === 100 /* d */) return TYPE_DATE;
    return TYPE_NUMBER;
  }
  // "str" and "inlineStr" hold text (read as text); any other type is a number, as typeOf has it
  if (to - from === 3 && b[from] === 115 && b[from + 1] === 116 && b[from + 2] === 114) return TYPE_STRING;
  if (to - from === 9 && b[from] === 105 && b[from + 1] === 110 && b[from + 2] === 108) return TYPE_INLINE;
  return TYPE_NUMBER;
}
