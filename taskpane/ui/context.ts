import type { CheckResult } from "../../src/check/checkWorkbook";
import type { WorkbookData } from "../../src/workbook/types";
import type { WorkbookHost } from "../host";
import type { Lang, Strings } from "../i18n";

export type Tone = "info" | "success" | "warning" | "error";

/** The button of a message: what she can do about it next (Yritä uudelleen, Avaa välilehti). */
export interface MessageAction {
  readonly label: string;
  /** What the button does; `data-message-action` on the button is `key`. */
  readonly key: string;
  run(): void;
}

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
  /**
   * Runs what the pane starts by itself (the check after her change in Excel, the first check or
   * read when a tab is shown), as `run` does, but leaving the message bar's message of her last
   * action (a write, an import, an error): only what an earlier re-check said there goes. Its own
   * failure under her message is said in the footer instead. False when another action was running.
   */
  recheck(action: () => Promise<void>): Promise<boolean>;
  /** Selects the cell (or range) in Excel, leaving the message bar as it is; `mark`: marks it for a while too (removed again by the pane). */
  select(sheet: string, cell: string, mark?: boolean): void;
  /** Reads and checks the whole workbook (inside `run`); the result goes to memory and every `onChecked` listener. */
  checkNow(): Promise<void>;
  /** Calls `listener` after each check, whichever tab ran it. */
  onChecked(listener: () => void): void;
  /** Calls `listener` after she changes the workbook in Excel (not after the pane's own writes); one listener, the last given. */
  onChange(listener: () => void): void;
  /** Reads the whole workbook, showing the rows read so far. */
  read(): Promise<WorkbookData>;
  /**
   * Says what came of an action in the message bar at the top (a polite live region), with a
   * button for what to do next; an empty text clears it. Errors of `run` come with Yritä uudelleen.
   */
  say(text: string, tone?: Tone, action?: MessageAction): void;
  /** A passing line in the footer (what is running, the verdict just reached), read out politely. */
  note(text: string): void;
  /** A message action that opens a sheet in Excel (Avaa välilehti). */
  openSheetAction(sheet: string, cell?: string): MessageAction;
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
