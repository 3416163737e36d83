import type { CellValue, SheetData } from "../workbook/types";

/** Reads a sheet by sheet coordinates (0-based), whatever its used range's origin. */
export class SheetReader {
  readonly rowOffset: number;
  readonly colOffset: number;
  constructor(readonly sheet: SheetData) {
    this.rowOffset = sheet.origin?.row ?? 0;
    this.colOffset = sheet.origin?.col ?? 0;
  }
  get rowCount(): number {
    return this.rowOffset + this.sheet.cells.length;
  }
  row(row: number): ReadonlyArray<CellValue> {
    const index = row - this.rowOffset;
    // a row above the sheet (-1, a caller looking above its first row) is no index but a property name: looked
    // up once, it would leave this lookup generic (megamorphic) for every row read after it
    return (index >= 0 ? this.sheet.cells[index] : undefined) ?? [];
  }
  cell(row: number, col: number): CellValue {
    return this.row(row)[col - this.colOffset] ?? null;
  }
  private uncalculated: Set<string> | undefined;
  /** True when the cell holds a formula without a value that could not be computed (reported once for its column). */
  isUncalculated(row: number, col: number): boolean {
    const formulas = this.sheet.uncalculated;
    if (!formulas || formulas.length === 0) return false;
    this.uncalculated ??= new Set(formulas.map((f) => `${f.row},${f.col}`));
    return this.uncalculated.has(`${row},${col}`);
  }
  /** Sheet column of the i-th cell in a row array. */
  colOf(index: number): number {
    return index + this.colOffset;
  }
}
