import type { Lang } from "../src/findings/render";
import type { SheetTable } from "../src/report/ledgerSheet";
import type { ReportChart, ReportLink } from "../src/report/reportSheet";
import type { OutBlock, OutSheet } from "../src/workbook/cells";
import type { CellValue, WorkbookData } from "../src/workbook/types";

/**
 * What the task pane needs from Excel. The pane's UI talks only to this; `office/` implements
 * it over Office.js (Excel.run), and the tests drive the same implementation through a fake
 * Office host. Every method is one Excel.run batch: it changes nothing when it throws, and
 * what it throws carries HostTexts.
 */
export interface WorkbookHost {
  /**
   * Every sheet's used range, values as the workbook interface wants them (reads batched; the
   * sync count does not grow with rows); `onProgress` gets the rows read of all. When `signal`
   * is aborted the read stops after the round trip under way and throws ReadCancelled.
   */
  read(onProgress?: (done: number, total: number) => void, signal?: AbortSignal): Promise<WorkbookData>;
  /** Activates the sheet and selects the cell (A1 address, or a range like `A3:F3`). */
  select(sheet: string, cell: string): Promise<void>;
  /**
   * Marks the cell (or range) for a while with a conditional format's fill, removing the last
   * mark first; null only removes it. It changes only how the cells look, never her own
   * formats; a host without ExcelApi 1.6 marks nothing.
   */
  markCell(sheet: string, cell: string | null): Promise<void>;
  /** Writes one value into one cell (the "Apply" of a finding). */
  writeCell(sheet: string, cell: string, value: CellValue): Promise<void>;
  /** Writes blocks into existing sheets (imports, settings, mapping rows), one batch, calculation suspended. */
  writeBlocks(blocks: readonly OutBlock[]): Promise<void>;
  /** Creates the sheet, or replaces only that sheet's contents when it exists (report, application draft, hidden claims). */
  writeSheet(sheet: ReportSheet): Promise<void>;
  /** writeSheet of several sheets in one batch, in order (the ledger's sheet, then the final report whose formulas read it). */
  writeSheets(sheets: readonly ReportSheet[]): Promise<void>;
  /** Inserts sheets as Excel tables (New workbook): the first row of each is the table's header. */
  insertTables(sheets: readonly OutSheet[]): Promise<void>;
  /**
   * Calls `listener` after any change to a sheet (Excel's worksheets.onChanged), the add-in's own
   * writes included; false when the host cannot tell (ExcelApi 1.9 missing).
   */
  onChanged(listener: () => void): Promise<boolean>;
  /** Office's display language, e.g. `fi-FI` (the pane's default language follows it). */
  displayLanguage(): string;
}

/** What a host's failure carries beside its message: the reason as one sentence in each of the pane's languages. */
export type HostTexts = Readonly<Record<Lang, string>>;

/** A sheet to write, with what only a report needs: links to cells, a native chart, blocks made Excel Tables. */
export interface ReportSheet extends OutSheet {
  readonly links?: readonly ReportLink[];
  readonly chart?: ReportChart;
  /** Blocks to make Excel Tables (the ledger's sheet); a table's name is made unique in the workbook if another sheet has it. */
  readonly tables?: readonly SheetTable[];
}

/** What a read throws when she pressed Cancel: nothing was read, nothing written. */
export class ReadCancelled extends Error {
  constructor() {
    super("read cancelled");
    this.name = "ReadCancelled";
  }
}
