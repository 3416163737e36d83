import type { CheckResult } from "../../src/check/checkWorkbook";
import type { WorkbookData } from "../../src/workbook/types";
import type { WorkbookHost } from "../host";
import type { Lang, Strings } from "../i18n";

export type Tone = "info" | "success" | "error";

/** The pane's tabs. */
export type TabKey = "check" | "import" | "application" | "mapping" | "settings";

/** What every panel of the pane gets: the host, the language, and the pane's shared services. */
export interface PaneContext {
  readonly host: WorkbookHost;
  readonly lang: Lang;
  readonly t: Strings;
  /** What outlives a change of language: the last check and the workbook it read. */
  readonly memory: PaneMemory;
  /**
   * Runs one user action: the pane's buttons are disabled and a progress bar shows while it
   * runs; an error becomes a readable message (nothing was written, each host call is one batch).
   * False when another action was running and this one did not run.
   */
  run(action: () => Promise<void>): Promise<boolean>;
  /** Calls `listener` after she changes the workbook in Excel (not after the pane's own writes); one listener, the last given. */
  onChange(listener: () => void): void;
  /** Reads the whole workbook, showing the rows read so far. */
  read(): Promise<WorkbookData>;
  /** Says something in the status line (a polite live region). */
  say(text: string, tone?: Tone): void;
  /** Shows the tab as if she had chosen it, the keyboard on its first control. */
  openTab(tab: TabKey): void;
  /** Asks the user in a modal dialog; true when confirmed. */
  confirm(title: string, body: string, ok: string): Promise<boolean>;
}

export interface PaneMemory {
  /** `checkedAt`: when the check ran, shown beside the verdict. */
  check: { readonly book: WorkbookData; readonly result: CheckResult; readonly checkedAt: Date } | null;
  /** The pane has written into the workbook since the last check: its findings may be out of date. */
  stale: boolean;
}

/** A tab's content; `shown` runs each time the tab is chosen. */
export interface Panel {
  readonly element: HTMLElement;
  shown?: () => void;
}
