import { checkWorkbook } from "../../src/check/checkWorkbook";
import { budgetUse } from "../../src/ledger/budgetUse";
import type { Verdict } from "../../src/check/verdict";
import { keyFiguresOf } from "../../src/report/keyFigures";
import { buildReportSheet } from "../../src/report/reportSheet";
import { canonicalSheets } from "../office/canonicalSheets";
import type { Panel, PaneContext } from "./context";
import { h, srOnly } from "./dom";
import { groupFindings } from "./findingGroups";
import type { FindingItem } from "./findingGroups";
import { isEmptyWorkbook } from "./newWorkbook";
import { figuresView, headlineOf, paneVerdict, verdictView } from "./verdictView";

/** The Check tab: check the workbook, list the findings (select a cell, apply a fix), write the report sheet, start a new workbook. */
export function checkPanel(ctx: PaneContext): Panel {
  const { t } = ctx;
  const results = h("div", { class: "results" });
  const checkButton = h("fluent-button", { appearance: "primary", "data-action": "check" }, t.checkButton);
  const reportButton = h("fluent-button", { "data-action": "report" }, t.reportButton);

  const check = async () => {
    const book = await ctx.read();
    ctx.memory.check = { book, result: checkWorkbook(book), checkedAt: new Date() };
    ctx.memory.stale = false;
    const verdict = show()!;
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
        findingsList(ctx, recheck),
      ),
    );
    return verdict;
  };

  checkButton.addEventListener("click", () => void ctx.run(check));
  reportButton.addEventListener(
    "click",
    () =>
      void ctx.run(async () => {
        // The report is of the workbook as it is now
        if (!ctx.memory.check || ctx.memory.stale) await check();
        const { result } = ctx.memory.check!;
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

/** Findings by severity and code; a finding is a button that selects its cell, with Apply beside it when the right value is known. */
function findingsList(ctx: PaneContext, recheck: () => Promise<void>): HTMLElement {
  const { t, lang } = ctx;
  const { result } = ctx.memory.check!;
  const groups = groupFindings(result.findings, lang);
  const list = h("div", { class: "findings", role: "region", "aria-label": t.findingsLabel });
  if (groups.length === 0) list.append(h("p", {}, t.noFindings));
  for (const group of groups) {
    list.append(h("h2", { class: `severity ${group.severity}` }, `${t.severities[group.severity]} (${group.count})`));
    for (const code of group.codes) {
      const items = h("ul", { class: "finding-list" }, ...code.items.map((item) => findingRow(ctx, item, recheck)));
      list.append(h("h3", { class: "code" }, h("code", {}, code.code), ` (${code.count})`), items);
      if (code.count > code.items.length) list.append(h("p", { class: "more" }, t.more(code.count - code.items.length)));
    }
  }
  list.addEventListener("keydown", (event) => moveFocus(list, event));
  return list;
}

function findingRow(ctx: PaneContext, item: FindingItem, recheck: () => Promise<void>): HTMLElement {
  const { t } = ctx;
  const where = item.where || t.wholeWorkbook;
  const text = [h("span", { class: "where" }, where), " ", h("span", { class: "message" }, item.message)];
  const go = item.sheet
    ? h("button", { type: "button", class: "finding-go", "data-sheet": item.sheet, "data-cell": item.cell }, ...text)
    : h("p", { class: "finding-go static" }, ...text);
  if (item.sheet) go.addEventListener("click", () => void ctx.run(() => ctx.host.select(item.sheet, item.cell || "A1")));
  const row = h("li", { class: "finding", "data-code": item.code, "data-where": item.where }, go);
  const fix = item.fix;
  if (fix) {
    const apply = h("fluent-button", { size: "small", "data-action": "apply" }, t.apply, srOnly(` ${where}: ${fix.text}`));
    apply.addEventListener(
      "click",
      () =>
        void ctx.run(async () => {
          if (!(await ctx.confirm(t.confirmTitle, t.confirmBody(where, fix.text), t.apply))) return;
          await ctx.host.writeCell(item.sheet, item.cell, fix.value);
          await recheck();
          ctx.say(t.fixed(where), "success");
        }),
    );
    row.append(apply);
  }
  return row;
}

/** Up and Down move between the findings (Tab also reaches each, and its Apply). */
function moveFocus(list: HTMLElement, event: KeyboardEvent): void {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
  const buttons = Array.from(list.querySelectorAll<HTMLElement>("button.finding-go"));
  const at = buttons.indexOf(document.activeElement as HTMLElement);
  if (at < 0) return;
  const next = buttons[at + (event.key === "ArrowDown" ? 1 : -1)];
  if (!next) return;
  event.preventDefault();
  next.focus();
}
