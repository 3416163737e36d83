import { checkWorkbook } from "../../src/check/checkWorkbook";
import { ReadCancelled } from "../host";
import type { ReportSheet, WorkbookHost } from "../host";
import type { OutBlock, OutSheet } from "../../src/workbook/cells";
import type { CellValue, WorkbookData } from "../../src/workbook/types";
import { LANG_NAMES, LANGS, STRINGS } from "../i18n";
import type { Lang } from "../i18n";
import { applicationPanel } from "./applicationPanel";
import { checkPanel } from "./checkPanel";
import { confirmDialog } from "./confirmDialog";
import type { MessageAction, Panel, PaneContext, PaneMemory, TabKey, Tone } from "./context";
import { h, newId, nextPaint } from "./dom";
import { errorText } from "./errors";
import { importPanel } from "./importPanel";
import { mappingPanel } from "./mappingPanel";
import { settingsPanel } from "./settingsPanel";

type MessageOrigin = "action" | "recheck";

/** Excel raises onChanged for the add-in's own writes a moment after they are done: those are not her changes. */
const OWN_EVENTS_MS = 700;

const PANELS: ReadonlyArray<[TabKey, (ctx: PaneContext) => HTMLElement | Panel]> = [
  ["check", checkPanel],
  ["import", importPanel],
  ["application", applicationPanel],
  ["mapping", mappingPanel],
  ["settings", settingsPanel],
];

/**
 * Builds the task pane into `root` and runs it over `host`. A change of language builds it
 * again in the new language; the last check (and the tab) survive it.
 */
export function mountPane(root: HTMLElement, rawHost: WorkbookHost, initialLang: Lang): void {
  const memory: PaneMemory = { check: null, stale: false };
  let activeTab: TabKey = "check";
  // The message bar: what came of her last action, with what to do next
  const status = h("div", { id: "status", class: "message-bar", role: "status", "aria-live": "polite", "data-state": "excel" });
  // Who said what the bar shows: her action, or the re-check the pane ran by itself (whose message the next re-check may replace)
  let saidBy: MessageOrigin = "action";
  // The footer's passing line: what is running, the verdict just reached
  const note = h("p", { id: "note", class: "note-line", role: "status", "aria-live": "polite" });
  const progress = h("fluent-progress-bar", { class: "progress", role: "progressbar", hidden: true });
  const cancelButton = h("fluent-button", { size: "small", "data-action": "cancel-read", hidden: true });
  // The read under way, which Cancel stops
  let reading: AbortController | null = null;
  cancelButton.addEventListener("click", () => reading?.abort());
  // Changes she makes in Excel reach the pane built last; its own writes (and the events they raise just after) do not
  let changeListener: (() => void) | null = null;
  const own = ownWrites(rawHost);
  const host = own.host;
  void host
    .onChanged(() => {
      if (!own.writing()) changeListener?.();
    })
    .catch(() => undefined);

  const render = (lang: Lang) => {
    const t = STRINGS[lang];
    document.documentElement.lang = lang;
    progress.setAttribute("aria-label", t.progressLabel);
    cancelButton.textContent = t.cancelRead;
    let busy = false;
    const checkedListeners: Array<() => void> = [];

    const say = (text: string, tone: Tone = "info", action?: MessageAction, by: MessageOrigin = "action") => {
      saidBy = by;
      status.dataset.tone = tone;
      if (text === "") {
        status.removeAttribute("data-has-message");
        status.replaceChildren();
        return;
      }
      status.setAttribute("data-has-message", "");
      const dismiss = h("button", { type: "button", class: "message-dismiss", "aria-label": t.message.dismiss, title: t.message.dismiss });
      dismiss.addEventListener("click", () => {
        say("");
        (root.querySelector<HTMLElement>(`#panel-${activeTab} :is(fluent-button, button, select, input)`) ?? tabs).focus();
      });
      const button = action && h("fluent-button", { size: "small", "data-message-action": action.key }, action.label);
      button?.addEventListener("click", () => action?.run());
      status.replaceChildren(
        h("span", { class: "message-icon", "aria-hidden": "true" }),
        h("p", { class: "message-text" }, text),
        h("div", { class: "message-actions" }, button, dismiss),
      );
    };

    const setBusy = (on: boolean) => {
      busy = on;
      root.setAttribute("aria-busy", String(on));
      progress.hidden = !on;
      if (on) progress.removeAttribute("value");
      else {
        cancelButton.hidden = true;
        note.textContent = note.dataset.keep === "" ? note.textContent : "";
      }
      // The language too: building the pane again would leave the running action writing into a pane no longer shown
      for (const control of Array.from(root.querySelectorAll("fluent-button[data-action], select[data-input=language]")))
        if (control !== cancelButton) {
          const off = on || control.hasAttribute("data-locked");
          (control as HTMLButtonElement).disabled = off;
          // Said to assistive technology (and axe) too: a disabled Fluent button is no native one
          if (off) control.setAttribute("aria-disabled", "true");
          else control.removeAttribute("aria-disabled");
        }
    };

    const setNote = (text: string, keep = false) => {
      note.textContent = text;
      if (keep) note.dataset.keep = "";
      else delete note.dataset.keep;
    };

    /**
     * `mode`: "new", her action, whose message replaces the last one; "keep", walking to a cell,
     * which leaves it; "recheck", the check the pane runs by itself after her change, which
     * replaces only what an earlier re-check said there: her last action's result or error stays
     * until she dismisses it or acts again, and a re-check failing under it says so in the footer.
     */
    const run = async (action: () => Promise<void>, mode: "new" | "keep" | "recheck" = "new"): Promise<boolean> => {
      if (busy) return false;
      // Disabling the buttons drops the keyboard to the page: it goes back to the control used
      const used = document.activeElement;
      setBusy(true);
      const by: MessageOrigin = mode === "recheck" ? "recheck" : "action";
      if (mode === "new" || (mode === "recheck" && saidBy === "recheck")) say("");
      try {
        await action();
      } catch (error) {
        const text = errorText(error, lang, t);
        // Her Keskeytä is an action of hers: its message replaces any
        if (error instanceof ReadCancelled) say(t.cancelled, "info", undefined, by);
        else if (mode === "recheck" && status.hasAttribute("data-has-message")) setNote(text, true);
        else say(text, "error", { key: "retry", label: t.message.retry, run: () => void run(action) }, by);
      } finally {
        setBusy(false);
        const lost = document.activeElement === null || document.activeElement === document.body;
        if (lost && used instanceof HTMLElement && used !== document.body && used.isConnected) used.focus();
      }
      return true;
    };

    /** Selects the cell; `mark`: marks it too (walking the findings), else the last mark goes. A mark that fails is only a look lost. */
    const select = (sheet: string, cell: string, mark = false) =>
      void run(async () => {
        await host.select(sheet, cell);
        await host.markCell(sheet, mark ? cell : null).catch(() => undefined);
      }, "keep");
    const unmark = () => void host.markCell("", null).catch(() => undefined);

    const read = async (): Promise<WorkbookData> => {
      const controller = new AbortController();
      reading = controller;
      cancelButton.hidden = false;
      try {
        const book = await host.read((done, total) => {
          progress.setAttribute("max", String(total));
          progress.setAttribute("value", String(done));
          setNote(t.reading(done, total));
        }, controller.signal);
        // What follows (the checks) has no steps to count, and cannot stop half-way
        cancelButton.hidden = true;
        progress.removeAttribute("value");
        setNote(t.working);
        await nextPaint();
        if (controller.signal.aborted) throw new ReadCancelled();
        return book;
      } finally {
        if (reading === controller) reading = null;
        cancelButton.hidden = true;
      }
    };

    const ctx: PaneContext = {
      host,
      lang,
      t,
      memory,
      say,
      note: (text) => setNote(text, true),
      run: (action) => run(action),
      recheck: (action) => run(action, "recheck"),
      select,
      onChange(listener) {
        changeListener = listener;
      },
      read,
      async checkNow() {
        // The mark goes before the read: the next list may not have its finding
        await host.markCell("", null).catch(() => undefined);
        const book = await read();
        memory.check = { book, result: checkWorkbook(book), checkedAt: new Date() };
        memory.stale = false;
        for (const listener of checkedListeners) listener();
      },
      onChecked(listener) {
        checkedListeners.push(listener);
      },
      openSheetAction: (sheet, cell = "A1") => ({
        key: "open-sheet",
        label: t.message.openSheet,
        run: () => select(sheet, cell),
      }),
      confirm: (title, body, ok) => confirmDialog(root, title, body, ok, t.cancel),
      openTab(key) {
        // The tablist shows the panel and raises its change (which runs the panel's `shown`)
        (tabs as HTMLElement & { activeid?: string }).activeid = `tab-${key}`;
        const panel = root.querySelector(`#panel-${key}`);
        (
          panel?.querySelector<HTMLElement>("select") ?? panel?.querySelector<HTMLElement>(":is(input, fluent-button, fluent-text-input)")
        )?.focus();
      },
    };

    say("");
    setNote("");
    const tabs = h("fluent-tablist", { "aria-label": "KASTE Ledger", size: "small", activeid: `tab-${activeTab}` });
    const shown = new Map<TabKey, () => void>();
    const panels = PANELS.map(([key, build]) => {
      const built = build(ctx);
      const { element, shown: onShow } = built instanceof HTMLElement ? { element: built, shown: undefined } : built;
      if (onShow) shown.set(key, onShow);
      const panel = h("section", { id: `panel-${key}`, class: "panel", role: "tabpanel", "aria-labelledby": `tab-${key}` }, element);
      tabs.append(h("fluent-tab", { id: `tab-${key}`, "aria-controls": panel.id }, t.tabs[key]));
      return panel;
    });
    tabs.addEventListener("change", () => {
      // The property: the attribute is reflected only after the event
      const active = (tabs as HTMLElement & { activeid?: string }).activeid?.replace(/^tab-/, "") as TabKey | undefined;
      if (!active || active === activeTab) return;
      activeTab = active;
      unmark();
      shown.get(active)?.();
    });

    const languageId = newId("language");
    const language = h(
      "select",
      { id: languageId, "data-input": "language" },
      ...LANGS.map((l) => h("option", { value: l, selected: l === lang, lang: l }, LANG_NAMES[l])),
    );
    language.addEventListener("change", () => {
      render(language.value as Lang);
      // The picker was built again: the keyboard stays on it, not on the page
      root.querySelector<HTMLSelectElement>("select[data-input=language]")?.focus();
    });

    // No title: Office's title bar already names the add-in; the language picker sits at the foot
    root.replaceChildren(
      // For screen readers only: seen, it would repeat Office's title bar
      h("h1", { class: "sr-only" }, "KASTE Ledger"),
      tabs,
      status,
      ...panels,
      h(
        "div",
        { class: "footer" },
        progress,
        h(
          "div",
          { class: "footer-row" },
          h("div", { class: "footer-note" }, note, cancelButton),
          h("div", { class: "language" }, h("label", { for: languageId }, t.languageLabel), language),
        ),
      ),
    );
    shown.get(activeTab)?.();
  };
  render(initialLang);
  // Closing the pane takes the mark with it (Excel runs the batch even as the page goes)
  addEventListener("pagehide", () => void host.markCell("", null).catch(() => undefined));
}

/** The host with its writes watched: `writing()` is true while one runs and for OWN_EVENTS_MS after, when Excel still reports it. */
function ownWrites(host: WorkbookHost): { host: WorkbookHost; writing: () => boolean } {
  let running = 0;
  let until = 0;
  const watched =
    <A extends unknown[]>(write: (...args: A) => Promise<void>) =>
    async (...args: A): Promise<void> => {
      running++;
      try {
        await write(...args);
      } finally {
        running--;
        until = Date.now() + OWN_EVENTS_MS;
      }
    };
  return {
    host: {
      read: (onProgress, signal) => host.read(onProgress, signal),
      select: (sheet, cell) => host.select(sheet, cell),
      // A conditional format raises no onChanged in Excel: her typing just after a walk still counts
      markCell: (sheet, cell) => host.markCell(sheet, cell),
      onChanged: (listener) => host.onChanged(listener),
      displayLanguage: () => host.displayLanguage(),
      writeCell: watched((sheet: string, cell: string, value: CellValue) => host.writeCell(sheet, cell, value)),
      writeBlocks: watched((blocks: readonly OutBlock[]) => host.writeBlocks(blocks)),
      writeSheet: watched((sheet: ReportSheet) => host.writeSheet(sheet)),
      writeSheets: watched((sheets: readonly ReportSheet[]) => host.writeSheets(sheets)),
      insertTables: watched((sheets: readonly OutSheet[]) => host.insertTables(sheets)),
    },
    writing: () => running > 0 || Date.now() < until,
  };
}
