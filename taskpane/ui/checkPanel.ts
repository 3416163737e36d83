import { budgetUse } from "../../src/ledger/budgetUse";
import { nearestTable } from "../../src/check/nearMiss";
import { looksLikeKaste } from "../../src/check/verdict";
import { ALL_TABLE_LABELS } from "../../src/ledger/fieldLabels";
import type { TableKind } from "../../src/ledger/model";
import type { CheckResult } from "../../src/check/checkWorkbook";
import type { WorkbookData } from "../../src/workbook/types";
import { keyFiguresOf } from "../../src/report/keyFigures";
import { buildReportSheet } from "../../src/report/reportSheet";
import { canonicalSheets, sheetsToAdd } from "../office/canonicalSheets";
import type { Panel, PaneContext } from "./context";
import { h, newId } from "./dom";
import type { FindingView } from "./findingGroups";
import { findingsView } from "./findingsView";
import { isEmptyWorkbook } from "./newWorkbook";
import { figuresView, headlineOf, paneVerdict, verdictView } from "./verdictView";

/** The tables whose absence makes a workbook not look like a KASTE one, as the intro names them. */
const ROW_TABLES: readonly TableKind[] = ["partners", "budget", "invoices", "muniShares", "applications"];

/** How long after her last change the pane checks again: typing a number is not a check per key. */
const RECHECK_DELAY_MS = 600;

/** The Check tab: check the workbook, list the findings (select a cell, apply a fix), write the report sheet, start a new workbook. */
export function checkPanel(ctx: PaneContext): Panel {
  const { t } = ctx;
  const results = h("div", { class: "results" });
  // The grouping chosen and the line walked to, kept across re-checks
  const findingsMemory: { view: FindingView; at: number } = { view: "topic", at: -1 };
  const checkButton = h("fluent-button", { appearance: "primary", "data-action": "check" }, t.checkButton);
  const reportButton = h("fluent-button", { "data-action": "report" }, t.reportButton);

  const check = () => ctx.checkNow();
  // A check run here or on Hakemus: the verdict is read out from the footer, the message bar keeps what her action did
  ctx.onChecked(() => {
    const shown = show();
    if (shown) ctx.note(shown.headline);
  });

  /** The verdict's heading takes the keyboard: what she asked for is what she reads next, not the page body. */
  const focusVerdict = () => results.querySelector<HTMLElement>("[data-verdict] h2")?.focus();

  /** Checks again after the pane wrote (Apply, new workbook): the button pressed is gone with the old list, so the keyboard goes to the first finding, else to Check. */
  const recheck = async () => {
    await check();
    if (document.activeElement === null || document.activeElement === document.body)
      (results.querySelector<HTMLElement>("button.finding-go") ?? checkButton).focus();
  };

  /**
   * The last check: its verdict and key figures first, then its findings (a note when the pane
   * has written since); a workbook without any KASTE table is one state, not a missing table each.
   */
  const show = (): { headline: string } | undefined => {
    const memory = ctx.memory.check;
    if (!memory) {
      results.replaceChildren(h("p", { class: "note" }, t.verdict.notYetChecked));
      return undefined;
    }
    const { book, result, checkedAt } = memory;
    if (!isEmptyWorkbook(book) && !looksLikeKaste(result.ledger)) {
      results.replaceChildren(
        h(
          "div",
          {},
          ctx.memory.stale && h("p", { class: "stale", "data-stale": "" }, t.staleNote),
          notKasteView(ctx, book, result, async () => {
            await check();
            focusVerdict();
          }),
        ),
      );
      return { headline: t.notKaste.title };
    }
    const verdict = paneVerdict(result);
    const budget = budgetUse(result.ledger, result.asOf);
    results.replaceChildren(
      h(
        "div",
        {},
        ctx.memory.stale && h("p", { class: "stale", "data-stale": "" }, t.staleNote),
        verdictView(verdict, checkedAt, ctx.lang, t),
        isEmptyWorkbook(book) && newWorkbookOffer(ctx, recheck),
        figuresView(keyFiguresOf(result, budget), ctx.lang, t),
        findingsView(ctx, result.findings, recheck, findingsMemory),
      ),
    );
    return { headline: headlineOf(verdict, t) };
  };

  checkButton.addEventListener(
    "click",
    () =>
      void ctx.run(async () => {
        await check();
        focusVerdict();
      }),
  );

  // Re-check as she types: a while after her last change, again later when the pane was busy
  let pending: ReturnType<typeof setTimeout> | undefined;
  const liveCheck = async () => {
    pending = undefined;
    if (!ctx.memory.check) return;
    results.querySelector("[data-verdict]")?.setAttribute("data-rechecking", "");
    ctx.note(t.rechecking);
    // Her last action's message stays in the bar: the re-check was not asked for
    if (!(await ctx.recheck(check))) pending = setTimeout(() => void liveCheck(), RECHECK_DELAY_MS);
  };
  ctx.onChange(() => {
    if (!ctx.memory.check) return;
    ctx.memory.stale = true;
    clearTimeout(pending);
    pending = setTimeout(() => void liveCheck(), RECHECK_DELAY_MS);
  });
  reportButton.addEventListener(
    "click",
    () =>
      void ctx.run(async () => {
        // The report is of the workbook as it is now
        if (!ctx.memory.check || ctx.memory.stale) await check();
        const checked = ctx.memory.check;
        if (!checked) return;
        const { result } = checked;
        const sheet = buildReportSheet(result, budgetUse(result.ledger, result.asOf), ctx.lang);
        await ctx.host.writeSheet(sheet);
        ctx.say(t.reportWritten(sheet.name), "success", ctx.openSheetAction(sheet.name));
      }),
  );
  show();
  return { element: h("div", {}, h("div", { class: "actions" }, checkButton, reportButton), results), shown: show };
}

function newWorkbookOffer(ctx: PaneContext, recheck: () => Promise<void>): HTMLElement {
  const { t } = ctx;
  const sheets = canonicalSheets();
  const names = sheets.map((s) => s.name).join(", ");
  const insert = h("fluent-button", { appearance: "primary", "data-action": "template" }, t.insertTemplate);
  insert.addEventListener(
    "click",
    () =>
      void ctx.run(async () => {
        await ctx.host.insertTables(sheets);
        await recheck();
        ctx.say(t.templateInserted(names), "success");
      }),
  );
  return h("div", { class: "offer", "data-offer": "template" }, h("p", {}, t.emptyWorkbook(names)), insert);
}

/**
 * "This does not look like a KASTE workbook": the nearest table found (its sheet, header row,
 * what matched and what is missing) and two ways on, the standard sheets added beside hers
 * (never over them) or her own columns mapped.
 */
function notKasteView(ctx: PaneContext, book: WorkbookData, result: CheckResult, recheck: () => Promise<void>): HTMLElement {
  const { t, lang } = ctx;
  const n = t.notKaste;
  const near = nearestTable(book, result.ledger);
  const add = h("fluent-button", { appearance: "primary", "data-action": "add-sheets" }, n.addSheets);
  const map = h("fluent-button", { "data-action": "map-columns" }, n.mapColumns);
  add.addEventListener(
    "click",
    () =>
      void ctx.run(async () => {
        // What is there now, not at the check: a sheet she added since is hers too
        const { add: sheets, kept } = sheetsToAdd(await ctx.read());
        if (sheets.length === 0) return ctx.say(n.nothingToAdd(kept.join(", ")), "info");
        await ctx.host.insertTables(sheets);
        await recheck();
        ctx.say(n.added(sheets.map((s) => s.name).join(", "), kept.length > 0 ? kept.join(", ") : null), "success");
      }),
  );
  map.addEventListener("click", () => ctx.openTab("mapping"));
  const headId = newId("verdict");
  const matched = near ? near.columns.filter((c) => c.field !== null && c.header !== "").map((c) => c.header) : [];
  return h(
    "section",
    { class: "verdict foreign", "data-verdict": "foreign", "data-summary": "", "aria-labelledby": headId },
    h("h2", { id: headId, class: "verdict-head", tabindex: -1 }, n.title),
    h("p", {}, n.intro(ROW_TABLES.map((kind) => ALL_TABLE_LABELS[kind][lang]).join(", "))),
    near
      ? h(
          "div",
          { class: "nearest", "data-nearest": `${near.sheet}!${near.headerRow}` },
          h("p", {}, n.nearest(near.tableLabels[lang], near.sheet, near.headerRow)),
          h(
            "ul",
            { class: "verdict-lines" },
            h("li", { "data-matched": "" }, n.matched(matched.join(", "))),
            near.missing.length > 0 && h("li", { "data-missing": "" }, n.missing(near.missing.map((m) => m.labels[lang]).join(", "))),
          ),
        )
      : h("p", { "data-nearest": "" }, n.noneNear),
    h("div", { class: "actions" }, add, map),
    h("p", { class: "figure-note" }, n.addSheetsNote, " ", n.mapColumnsNote),
  );
}
