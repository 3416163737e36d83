/**
 * Formulas a file keeps without their values (written by a script and never opened in Excel):
 * the simple ones are computed here as Excel would (`=SUM(H2:H9)`, `=F2*1.24`, `=B3+B4-B5`,
 * references to other sheets of the same workbook); anything else (a function other than SUM,
 * text, comparisons, a blank or text operand of + − * /, a cycle) is left uncomputed, to be
 * reported. Numbers are doubles as in Excel: the value is the one Excel would store, and the
 * ledger turns it into cents as it does every stored number.
 */
import { columnIndex, columnLetter } from "./address";
import { isCellError } from "./types";
import type { CellValue, FormulaCell, SheetData, WorkbookData } from "./types";

/** A reference in a formula: an optional sheet, `$`, column letters, `$`, a row; strings are matched to be skipped. */
const TOKEN = /"(?:[^"]|"")*"|(?<![\p{L}\d_$.])((?:'(?:[^']|'')+'|[\p{L}_][\p{L}\d_.]*)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\p{L}\d_(!])/gu;

/**
 * A shared formula's text as it reads in a cell `rows` down and `cols` right of the cell that
 * holds it: relative references move, `$` ones and strings stay (what Excel does when filling).
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return formula.replace(TOKEN, (match, sheet: string | undefined, colAbs: string, col: string, rowAbs: string, row: string) => {
    if (match.startsWith('"')) return match;
    const c = colAbs ? columnIndex(col) : columnIndex(col) + cols;
    const r = rowAbs ? Number(row) : Number(row) + rows;
    if (c < 0 || r < 1) return "#REF!";
    return `${sheet ?? ""}${colAbs}${columnLetter(c)}${rowAbs}${r}`;
  });
}

/** What became of a workbook's formulas without values. */
export interface ComputedFormulas {
  /** The workbook with every computed formula's value in its cell; the same object when nothing was computed. */
  readonly workbook: WorkbookData;
  /** Per sheet name: the formulas computed, and those left without a value. */
  readonly computed: ReadonlyMap<string, readonly FormulaCell[]>;
  readonly uncalculated: ReadonlyMap<string, readonly FormulaCell[]>;
}

/** Computes every simple formula the workbook holds without a value (`SheetData.uncalculated`). */
export function computeFormulas(workbook: WorkbookData): ComputedFormulas {
  const pending = new Map<string, Map<string, FormulaCell>>();
  for (const sheet of workbook.sheets)
    if (sheet.uncalculated && sheet.uncalculated.length > 0)
      pending.set(sheet.name, new Map(sheet.uncalculated.map((f) => [key(f.row, f.col), f])));
  if (pending.size === 0) return { workbook, computed: new Map(), uncalculated: new Map() };
  const byName = new Map(workbook.sheets.map((s) => [s.name.toLowerCase(), s]));
  const values = new Map<string, number | null>(); // "sheet\trow,col" → value, null when not computable
  const visiting = new Set<string>();

  function formulaAt(sheet: string, row: number, col: number): FormulaCell | undefined {
    return pending.get(sheet)?.get(key(row, col));
  }

  /** A cell's number: a stored or computed number, 0 for a blank, "text" for text or a boolean, null for an error or an uncomputed formula. */
  function numberAt(sheet: SheetData, row: number, col: number): number | null | "text" {
    const formula = formulaAt(sheet.name, row, col);
    if (formula) return valueOf(sheet, formula);
    const value = cellOf(sheet, row, col);
    if (typeof value === "number") return value;
    if (value === null || value === "") return 0;
    return isCellError(value) ? null : "text";
  }

  function valueOf(sheet: SheetData, formula: FormulaCell): number | null {
    const id = `${sheet.name}\t${key(formula.row, formula.col)}`;
    const known = values.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return null; // a cycle: Excel would not compute it either
    visiting.add(id);
    let value: number | null;
    try {
      value = new Parser(formula.formula, sheet, (name) => byName.get(name.toLowerCase()), numberAt).parse();
    } finally {
      visiting.delete(id);
    }
    if (value !== null && !Number.isFinite(value)) value = null;
    values.set(id, value);
    return value;
  }

  const computed = new Map<string, FormulaCell[]>();
  const uncalculated = new Map<string, FormulaCell[]>();
  const sheets = workbook.sheets.map((sheet) => {
    const formulas = sheet.uncalculated ?? [];
    if (formulas.length === 0) return sheet;
    const done: FormulaCell[] = [];
    const left: FormulaCell[] = [];
    const cells = sheet.cells.map((row) => row.slice());
    const top = sheet.origin?.row ?? 0;
    const leftCol = sheet.origin?.col ?? 0;
    for (const formula of formulas) {
      const value = valueOf(sheet, formula);
      if (value === null) {
        left.push(formula);
        continue;
      }
      done.push(formula);
      const r = formula.row - top;
      const c = formula.col - leftCol;
      if (r < 0 || c < 0) continue;
      while (cells.length <= r) cells.push([]);
      const row = cells[r];
      while (row.length < c) row.push(null);
      row[c] = value;
    }
    if (done.length > 0) computed.set(sheet.name, done);
    if (left.length > 0) uncalculated.set(sheet.name, left);
    const { uncalculated: _all, ...rest } = sheet;
    return { ...rest, cells, ...(left.length > 0 ? { uncalculated: left } : {}) };
  });
  return { workbook: { ...workbook, sheets }, computed, uncalculated };
}

const key = (row: number, col: number) => `${row},${col}`;

function cellOf(sheet: SheetData, row: number, col: number): CellValue {
  return sheet.cells[row - (sheet.origin?.row ?? 0)]?.[col - (sheet.origin?.col ?? 0)] ?? null;
}

/** + − * / on text is #VALUE! in Excel (null here); SUM passes text and booleans over. */
type NumberAt = (sheet: SheetData, row: number, col: number) => number | null | "text";

/** Cells a SUM may cover at most: a whole-column SUM(H:H) is not a simple formula. */
const MAX_RANGE_CELLS = 1_000_000;

/**
 * A recursive-descent reading of `+ − * /`, unary signs, parentheses, numbers, references and
 * SUM over references, ranges and expressions; null as soon as anything else appears.
 */
class Parser {
  private at = 0;
  constructor(
    private readonly text: string,
    private readonly sheet: SheetData,
    private readonly sheetNamed: (name: string) => SheetData | undefined,
    private readonly numberAt: NumberAt,
  ) {}

  parse(): number | null {
    const value = this.sum();
    this.space();
    return this.at === this.text.length ? value : null;
  }

  private space(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at])) this.at++;
  }

  private eat(ch: string): boolean {
    this.space();
    if (this.text[this.at] !== ch) return false;
    this.at++;
    return true;
  }

  private sum(): number | null {
    let value = this.product();
    for (;;) {
      if (value === null) return null;
      if (this.eat("+")) value = add(value, this.product());
      else if (this.eat("-")) value = sub(value, this.product());
      else return value;
    }
  }

  private product(): number | null {
    let value = this.unary();
    for (;;) {
      if (value === null) return null;
      if (this.eat("*")) value = mul(value, this.unary());
      else if (this.eat("/")) {
        const divisor = this.unary();
        value = divisor === null || divisor === 0 ? null : value / divisor;
      } else return value;
    }
  }

  private unary(): number | null {
    if (this.eat("-")) {
      const v = this.unary();
      return v === null ? null : -v;
    }
    if (this.eat("+")) return this.unary();
    return this.primary();
  }

  private primary(): number | null {
    this.space();
    if (this.eat("(")) {
      const value = this.sum();
      return this.eat(")") ? value : null;
    }
    const number = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.at));
    if (number) {
      this.at += number[0].length;
      return Number(number[0]);
    }
    if (/^SUM\s*\(/i.test(this.text.slice(this.at))) {
      this.at = this.text.indexOf("(", this.at) + 1;
      return this.sumArguments();
    }
    const ref = this.reference();
    if (!ref) return null;
    if (ref.range) return null; // a range outside SUM is no number
    const value = this.numberAt(ref.sheet, ref.top, ref.left);
    return value === "text" ? null : value;
  }

  private sumArguments(): number | null {
    let total = 0;
    if (this.eat(")")) return 0;
    do {
      this.space();
      const start = this.at;
      const ref = this.reference();
      if (ref && this.peekEndOfArgument()) {
        if ((ref.bottom - ref.top + 1) * (ref.right - ref.left + 1) > MAX_RANGE_CELLS) return null;
        for (let r = ref.top; r <= ref.bottom; r++)
          for (let c = ref.left; c <= ref.right; c++) {
            const value = this.numberAt(ref.sheet, r, c);
            if (value === null) return null;
            if (value !== "text") total += value;
          }
        continue;
      }
      this.at = start;
      const value = this.sum();
      if (value === null) return null;
      total += value;
    } while (this.eat(",") || this.eat(";"));
    return this.eat(")") ? total : null;
  }

  private peekEndOfArgument(): boolean {
    this.space();
    const ch = this.text[this.at];
    return ch === "," || ch === ";" || ch === ")";
  }

  /** A cell or a range, with its sheet: `H2`, `$H$2:H9`, `'Kulut 2014'!B3`, `Hanke!B3:B5`. */
  private reference(): { sheet: SheetData; top: number; left: number; bottom: number; right: number; range: boolean } | null {
    const match =
      /^(?:('(?:[^']|'')+'|[\p{L}_][\p{L}\d_.]*)!)?\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?(?![\p{L}\d_(!])/u.exec(
        this.text.slice(this.at),
      );
    if (!match) return null;
    const [whole, sheetName, col1, row1, col2, row2] = match;
    let sheet: SheetData | undefined = this.sheet;
    if (sheetName !== undefined) {
      const name = sheetName.startsWith("'") ? sheetName.slice(1, -1).replace(/''/g, "'") : sheetName;
      sheet = this.sheetNamed(name);
    }
    if (!sheet) return null;
    this.at += whole.length;
    const a = { row: Number(row1) - 1, col: columnIndex(col1) };
    const b = col2 === undefined ? a : { row: Number(row2) - 1, col: columnIndex(col2) };
    return {
      sheet,
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
      range: col2 !== undefined,
    };
  }
}

const add = (a: number, b: number | null) => (b === null ? null : a + b);
const sub = (a: number, b: number | null) => (b === null ? null : a - b);
const mul = (a: number, b: number | null) => (b === null ? null : a * b);
