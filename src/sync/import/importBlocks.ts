import type { OutBlock, OutCell } from "../../workbook/cells";
import { writeBlocks } from "../../workbook/cells";
import type { WorkbookData } from "../../workbook/types";
import type { AppendTarget, ImportPreview } from "./importTypes";

/**
 * The cells to write below the ledger table, one row per row to add, in the order of
 * `preview.target.headers` (write `target.newHeaders` into the header row first).
 * Throws when the preview has no place to write them (`canAppend` is false).
 */
export function rowsToAppend(preview: ImportPreview): OutCell[][] {
  targetOf(preview);
  return preview.toAdd.map((row) => row.cells.slice());
}

/** What to write for an import: the new headers and the rows, as blocks of cells. */
export function importBlocks(preview: ImportPreview): OutBlock[] {
  return blocksOf(preview, rowsToAppend(preview));
}

/**
 * The workbook as it is after the import (pure): the preview's rows appended, the provenance
 * headers added. What the adapters do to the real file, for tests and for previews.
 */
export function applyImport(book: WorkbookData, preview: ImportPreview): WorkbookData {
  // writeBlocks only reads the rows: no copies of them
  return writeBlocks(
    book,
    blocksOf(
      preview,
      preview.toAdd.map((row) => row.cells),
    ),
  );
}

function targetOf(preview: ImportPreview): AppendTarget {
  if (!preview.target || !preview.canAppend)
    throw new Error("rowsToAppend: the preview has no room in a ledger table to append to (see its findings)");
  return preview.target;
}

/** The blocks for `rows`, the preview's rows as they are or copied (`importBlocks` hands out copies a caller may change). */
function blocksOf(preview: ImportPreview, rows: ReadonlyArray<ReadonlyArray<OutCell>>): OutBlock[] {
  const target = targetOf(preview);
  const blocks: OutBlock[] = target.newHeaders.map((h) => ({ sheet: target.sheet, row: target.headerRow, col: h.col, rows: [[h.text]] }));
  if (rows.length > 0)
    blocks.push({
      sheet: target.sheet,
      row: target.firstRow,
      col: target.firstCol,
      rows,
      styleFromAbove: target.firstRow > target.headerRow + 1,
    });
  return blocks;
}
