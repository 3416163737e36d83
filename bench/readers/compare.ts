/** Compares two readings of one workbook cell by cell (a missing cell and null are the same). */
import type { CellValue, WorkbookData } from "../../src/workbook/types";

function same(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (typeof x === "number" && typeof y === "number") return x === y || Math.abs(x - y) < 1e-9 * Math.max(1, Math.abs(x));
  if (x !== null && y !== null && typeof x === "object" && typeof y === "object") return x.error === y.error;
  return x === y;
}

/** The differences between two readings, at most `limit` of them; [] when they agree. */
export function differences(a: WorkbookData, b: WorkbookData, limit = 10): string[] {
  const out: string[] = [];
  if (a.date1904 !== b.date1904) out.push(`date1904 ${a.date1904} ≠ ${b.date1904}`);
  const names = (w: WorkbookData) => w.sheets.map((s) => s.name).join(", ");
  if (names(a) !== names(b)) out.push(`sheets [${names(a)}] ≠ [${names(b)}]`);
  for (const sheet of a.sheets) {
    const other = b.sheets.find((s) => s.name === sheet.name);
    if (!other) continue;
    const rows = Math.max(sheet.cells.length, other.cells.length);
    for (let r = 0; r < rows && out.length < limit; r++) {
      const x = sheet.cells[r] ?? [];
      const y = other.cells[r] ?? [];
      for (let c = 0; c < Math.max(x.length, y.length) && out.length < limit; c++) {
        if (!same(x[c], y[c])) out.push(`${sheet.name}!R${r + 1}C${c + 1}: ${JSON.stringify(x[c])} ≠ ${JSON.stringify(y[c])}`);
      }
    }
  }
  return out;
}
