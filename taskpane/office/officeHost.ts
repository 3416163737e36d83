/**
 * The task pane's WorkbookHost over Office.js: each method is one `Excel.run`, and whatever
 * goes wrong comes out as a HostError with Finnish, Swedish and English text (errors.ts).
 * Reads are batched so the number of syncs does not grow with rows (read.ts); writes check
 * first and then write in one sync (write.ts).
 */
import type { OutBlock, OutSheet } from "../../src/workbook/cells";
import type { CellValue, WorkbookData } from "../../src/workbook/types";
import { ReadCancelled } from "../host";
import type { ReportSheet, WorkbookHost } from "../host";
import { guarded } from "./errors";
import { DEFAULT_READ_LIMITS, readWorkbook, supportsExcelApi } from "./read";
import type { ReadLimits } from "./read";
import { insertTablesBatch, markCellBatch, selectCell, writeBlocksBatch, writeOneCell, writeReportSheets } from "./write";
import type { CellMark } from "./write";

export interface OfficeHostOptions {
  /** Read limits (tests lower them to see the chunked read). */
  readonly readLimits?: Partial<ReadLimits>;
}

/** The default display language when Office does not say one. */
const DEFAULT_LANGUAGE = "fi-FI";

export function officeHost(options: OfficeHostOptions = {}): WorkbookHost {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...options.readLimits };
  // the date system of the last read: writes of days need it, and need not ask again
  let date1904: boolean | null = null;
  // the cell the pane has marked, to remove the mark again
  let mark: CellMark | null = null;

  return {
    async read(onProgress?: (done: number, total: number) => void, signal?: AbortSignal): Promise<WorkbookData> {
      try {
        return await guarded("read", () =>
          Excel.run(async (context) => {
            const data = await readWorkbook(context, limits, onProgress, signal);
            date1904 = data.date1904;
            return data;
          }),
        );
      } catch (error) {
        // Her Cancel is no failure of Excel's: it stays itself
        if (signal?.aborted) throw new ReadCancelled();
        throw error;
      }
    },
    select(sheet: string, cell: string): Promise<void> {
      return guarded("select", () => Excel.run((context) => selectCell(context, sheet, cell)));
    },
    async markCell(sheet: string, cell: string | null): Promise<void> {
      if ((mark === null && cell === null) || !supportsExcelApi("1.6")) return;
      const last = mark;
      mark = null;
      mark = await guarded("write", () => Excel.run((context) => markCellBatch(context, last, sheet, cell)));
    },
    writeCell(sheet: string, cell: string, value: CellValue): Promise<void> {
      return guarded("write", () => Excel.run((context) => writeOneCell(context, sheet, cell, value)));
    },
    writeBlocks(blocks: readonly OutBlock[]): Promise<void> {
      return guarded("write", () => Excel.run((context) => writeBlocksBatch(context, blocks, date1904)));
    },
    writeSheet(sheet: ReportSheet): Promise<void> {
      return guarded("writeSheet", () => Excel.run((context) => writeReportSheets(context, [sheet], date1904)));
    },
    writeSheets(sheets: readonly ReportSheet[]): Promise<void> {
      return guarded("writeSheet", () => Excel.run((context) => writeReportSheets(context, sheets, date1904)));
    },
    insertTables(sheets: readonly OutSheet[]): Promise<void> {
      return guarded("insertTables", () => Excel.run((context) => insertTablesBatch(context, sheets, date1904)));
    },
    async onChanged(listener: () => void): Promise<boolean> {
      if (!Office.context.requirements.isSetSupported("ExcelApi", "1.9")) return false;
      await guarded("read", () =>
        Excel.run(async (context) => {
          context.workbook.worksheets.onChanged.add(() => {
            listener();
            return Promise.resolve();
          });
          await context.sync();
        }),
      );
      return true;
    },
    displayLanguage(): string {
      try {
        return (typeof Office !== "undefined" && Office.context?.displayLanguage) || DEFAULT_LANGUAGE;
      } catch {
        return DEFAULT_LANGUAGE;
      }
    },
  };
}
