import { checkWorkbook } from "../../src/check/checkWorkbook";
import { budgetUse } from "../../src/ledger/budgetUse";
import type { Verdict } from "../../src/check/verdict";
import { keyFiguresOf } from "../../src/report/keyFigures";
import { buildReportSheet } from "../../src/report/reportSheet";
import { canonicalSheets } from "../office/canonicalSheets";
import type { Panel, PaneContext } from "./context";
import { h } from "./dom";
import type { FindingView } from "./findingGroups";
import { findingsView } from "./findingsView";
import { isEmptyWorkbook } from "./newWorkbook";
import { figuresView, headlineOf, paneVerdict, verdictView } from "./verdictView";

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

  const check = async () => {
    const book = await ctx.read();
    ctx.memory.check = { book, result: checkWorkbook(book), checkedAt: new Date() };
    ctx.memory.stale = false;
    const verdict = show();
    if (!verdict) return;
    ctx.say(headlineOf(verdict, t), verdict.state === "ready" ? "success" : "info");
  };

  /** Checks again after the pane wrote (Apply, new workbook): the button pressed is gone with the old list, so the keyboard goes to the first finding, else to Check. */
  const recheck = async () => {
    await check();
    if (document.activeElement === null || document.activeElement === document.body)
      (results.querySelector<HTMLElement>("button.finding-go") ?? checkButton).focus();
  };

  /** The last check: its verdict and key figures first, then its findings (a note when the pane has written since). */
  const show = (): Verdict | undefined => {
    const memory = ctx.memory.check;
    if (!memory) {
      results.replaceChildren(h("p", { class: "note" }, t.verdict.notYetChecked));
      return undefined;
    }
    const { book, result, checkedAt } = memory;
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
    return verdict;
  };

  checkButton.addEventListener("click", () => void ctx.run(check));

  // Re-check as she types: a while after her last change, again later when the pane was busy
  let pending: ReturnType<typeof setTimeout> | undefined;
  const liveCheck = async () => {
    pending = undefined;
    if (!ctx.memory.check) return;
    results.querySelector("[data-verdict]")?.setAttribute("data-rechecking", "");
    ctx.say(t.rechecking);
    if (!(await ctx.run(check))) pending = setTimeout(() => void liveCheck(), RECHECK_DELAY_MS);
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
        ctx.say(t.reportWritten(sheet.name), "success");
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
