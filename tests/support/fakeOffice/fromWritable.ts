/**
 * The fake's workbook from the sheets the examples describe (`examples/broken.ts`,
 * `examples/lasse.ts`), cell for cell what `cli/writeXlsx.ts` (exceljs) writes: days as
 * 1900-system serials, errors as errors, a formula as an empty cell (exceljs stores no
 * cached value, so Excel would show it only after calculating; the readers see it empty).
 * A sheet marked `hidden` (the examples' claims sheet) is hidden.
 */
import type { WritableSheet } from "../../../cli/writeXlsx";
import { serialOf } from "../../../src/periods";
import type { CellValue } from "../../../src/workbook/types";
import type { FakeBookInit } from "./model";

export function workbookFromWritableSheets(sheets: readonly WritableSheet[]): FakeBookInit {
  return {
    date1904: false,
    sheets: sheets.map((sheet) => ({
      name: sheet.name,
      visibility: (sheet as { hidden?: boolean }).hidden ? "Hidden" : "Visible",
      cells: sheet.rows.map((row) =>
        row.map((cell): CellValue => {
          if (cell === null || typeof cell !== "object") return cell;
          if ("date" in cell) return serialOf(cell.date, false);
          if ("formula" in cell) return null;
          return { error: cell.error };
        }),
      ),
    })),
  };
}
