import type { ReportSheet, WorkbookHost } from "../host";
import type { OutBlock, OutSheet } from "../../src/workbook/cells";
import type { CellValue } from "../../src/workbook/types";
import { LANG_NAMES, LANGS, STRINGS } from "../i18n";
import type { Lang } from "../i18n";
import { applicationPanel } from "./applicationPanel";
import { checkPanel } from "./checkPanel";
import { confirmDialog } from "./confirmDialog";
import type { Panel, PaneContext, PaneMemory, TabKey, Tone } from "./context";
import { h, newId, nextPaint } from "./dom";
import { errorText } from "./errors";
import { importPanel } from "./importPanel";
import { mappingPanel } from "./mappingPanel";
import { settingsPanel } from "./settingsPanel";

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
  const status = h("div", { id: "status", role: "status", "aria-live": "polite", "data-state": "excel" });
  const progress = h("fluent-progress-bar", { class: "progress", role: "progressbar", hidden: true });
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
    let busy = false;

    const say = (text: string, tone: Tone = "info") => {
      status.dataset.tone = tone;
      status.replaceChildren(h("p", {}, text));
    };

    const setBusy = (on: boolean) => {
      busy = on;
      root.setAttribute("aria-busy", String(on));
      progress.hidden = !on;
      if (on) progress.removeAttribute("value");
      // The language too: building the pane again would leave the running action writing into a pane no longer shown
      for (const control of Array.from(root.querySelectorAll("fluent-button[data-action], select[data-input=language]")))
        (control as HTMLButtonElement).disabled = on;
    };

    const ctx: PaneContext = {
      host,
      lang,
      t,
      memory,
      say,
      async run(action) {
        if (busy) return false;
        // Disabling the buttons drops the keyboard to the page: it goes back to the control used
        const used = document.activeElement;
        setBusy(true);
        try {
          await action();
        } catch (error) {
          say(errorText(error, lang, t), "error");
        } finally {
          setBusy(false);
          const lost = document.activeElement === null || document.activeElement === document.body;
          if (lost && used instanceof HTMLElement && used !== document.body && used.isConnected) used.focus();
        }
        return true;
      },
      onChange(listener) {
        changeListener = listener;
      },
      async read() {
        const book = await host.read((done, total) => {
          progress.setAttribute("max", String(total));
          progress.setAttribute("value", String(done));
          say(t.reading(done, total));
        });
        // What follows (the checks) has no steps to count
        progress.removeAttribute("value");
        say(t.working);
        await nextPaint();
        return book;
      },
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
      ...panels,
      h(
        "div",
        { class: "footer" },
        progress,
        h(
          "div",
          { class: "footer-row" },
          status,
          h("div", { class: "language" }, h("label", { for: languageId }, t.languageLabel), language),
        ),
      ),
    );
    shown.get(activeTab)?.();
  };
  render(initialLang);
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
      read: (onProgress) => host.read(onProgress),
      select: (sheet, cell) => host.select(sheet, cell),
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
