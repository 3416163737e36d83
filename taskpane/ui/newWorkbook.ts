import { templateSheets } from "../../src/ledger/template";
import type { OutSheet } from "../../src/sync/cells";
import type { WorkbookData } from "../../src/workbook/types";

/** True when no cell of the workbook holds anything but blanks: a new workbook, to be offered the canonical sheets. */
export function isEmptyWorkbook(book: WorkbookData): boolean {
  return book.sheets.every((sheet) => sheet.cells.every((row) => row.every((cell) => cell === null || (typeof cell === "string" && cell.trim() === ""))));
}

/** One write of the new workbook: key/value sheets one by one, runs of tables as Excel tables together. */
export type NewWorkbookStep = { readonly kind: "sheet"; readonly sheet: OutSheet } | { readonly kind: "tables"; readonly sheets: readonly OutSheet[] };

/** The canonical sheets (`kaste template`) as writes, in the template's sheet order. */
export function newWorkbookSteps(): NewWorkbookStep[] {
  const steps: NewWorkbookStep[] = [];
  for (const template of templateSheets()) {
    const previous = steps[steps.length - 1];
    if (!template.table) {
      steps.push({ kind: "sheet", sheet: { name: template.name, rows: template.rows, widths: [34, 16, 60] } });
    } else if (previous?.kind === "tables") {
      steps[steps.length - 1] = { kind: "tables", sheets: [...previous.sheets, { name: template.name, rows: template.rows, boldRows: [0] }] };
    } else {
      steps.push({ kind: "tables", sheets: [{ name: template.name, rows: template.rows, boldRows: [0] }] });
    }
  }
  return steps;
}
