import type { Finding } from "../../src/findings/finding";
import type { PaneContext } from "./context";
import { h, newId, srOnly } from "./dom";
import { groupFindings } from "./findingGroups";
import type { FindingView, FoldedItem } from "./findingGroups";

const VIEWS: readonly FindingView[] = ["topic", "sheet", "partner"];

/**
 * The findings she can act on: groups (by topic, sheet or partner) that open and close, each
 * line a short title, the cell, the message and what to do, with Korjaa where the right value is
 * known; a line for repeats of one cause that opens to its cells. Clicking a line selects its
 * cell in Excel and keeps the line marked; "3 / 45" with Previous and Next walks the lines.
 */
export function findingsView(
  ctx: PaneContext,
  findings: readonly Finding[],
  recheck: () => Promise<void>,
  memory: { view: FindingView; at: number },
): HTMLElement {
  const { t, lang } = ctx;
  const f = t.findings;
  const root = h("section", { class: "findings", "aria-label": t.findingsLabel, "data-findings": "" });
  if (findings.length === 0) {
    root.append(h("p", {}, t.noFindings));
    return root;
  }

  const pickerId = newId("view");
  const picker = h(
    "select",
    { id: pickerId, "data-input": "finding-view" },
    ...VIEWS.map((view) => h("option", { value: view, selected: view === memory.view }, f.views[view])),
  );
  const previous = h("fluent-button", { size: "small", "data-walk": "previous" }, "‹", srOnly(f.previous));
  const next = h("fluent-button", { size: "small", "data-walk": "next" }, srOnly(f.next), "›");
  previous.setAttribute("aria-label", f.previous);
  next.setAttribute("aria-label", f.next);
  const position = h("span", { class: "walk-position", "data-position": "", "aria-live": "polite" });
  const groupsBox = h("div", { class: "finding-groups" });
  let lines: { item: FoldedItem; row: HTMLElement; group: HTMLDetailsElement }[] = [];

  const mark = (at: number, select: boolean) => {
    memory.at = at;
    lines.forEach((line, i) => {
      line.row.classList.toggle("current", i === at);
      if (i === at) line.row.setAttribute("aria-current", "true");
      else line.row.removeAttribute("aria-current");
    });
    position.textContent = at >= 0 ? f.position(at + 1, lines.length) : f.position(0, lines.length);
    const line = lines[at];
    if (!line) return;
    line.group.open = true;
    line.row.scrollIntoView?.({ block: "nearest" });
    if (select && line.item.sheet) ctx.select(line.item.sheet, line.item.cell || "A1", true);
  };

  const build = () => {
    const groups = groupFindings(findings, lang, memory.view, { workbook: t.wholeWorkbook, noPartner: f.noPartner });
    lines = [];
    groupsBox.replaceChildren(
      ...groups.map((group) => {
        const details = h("details", { class: "finding-group", "data-group": group.key });
        details.open = group.errors > 0 || groups.length === 1;
        const list = h("ul", { class: "finding-list" });
        for (const item of group.items) {
          const index = lines.length;
          const row = findingRow(ctx, item, recheck, () => mark(index, true));
          lines.push({ item, row, group: details });
          list.append(row);
        }
        details.append(
          h(
            "summary",
            { class: `group-head${group.errors > 0 ? " has-errors" : ""}` },
            h("span", { class: "group-label" }, group.label),
            " ",
            h("span", { class: "group-count" }, `(${f.groupCount(group.count, group.errors)})`),
          ),
          list,
        );
        return details;
      }),
    );
    mark(Math.min(memory.at, lines.length - 1), false);
  };

  picker.addEventListener("change", () => {
    memory.view = picker.value as FindingView;
    memory.at = -1;
    build();
  });
  previous.addEventListener("click", () => mark(memory.at <= 0 ? lines.length - 1 : memory.at - 1, true));
  next.addEventListener("click", () => mark(memory.at >= lines.length - 1 ? 0 : memory.at + 1, true));
  groupsBox.addEventListener("keydown", (event) => moveFocus(groupsBox, event));
  build();

  root.append(
    h(
      "div",
      { class: "findings-bar" },
      h("label", { for: pickerId, class: "view-label" }, f.viewLabel),
      picker,
      h("div", { class: "walk" }, previous, position, next),
    ),
    groupsBox,
  );
  return root;
}

function findingRow(ctx: PaneContext, item: FoldedItem, recheck: () => Promise<void>, choose: () => void): HTMLElement {
  const { t } = ctx;
  const f = t.findings;
  const where = item.where || t.wholeWorkbook;
  const head = [
    h("span", { class: `badge ${item.severity}` }, f.severity[item.severity]),
    " ",
    h("span", { class: "finding-title" }, item.title),
    " ",
    h("span", { class: "where" }, item.count > 1 ? `${f.cells(item.count)}, ${where}` : where),
    h("span", { class: "message" }, item.message),
  ];
  const go = h(
    "button",
    {
      type: "button",
      class: "finding-go",
      "data-sheet": item.sheet,
      "data-cell": item.cell,
      "aria-disabled": item.sheet ? undefined : "true",
    },
    ...head,
  );
  go.addEventListener("click", choose);
  const row = h(
    "li",
    {
      class: "finding",
      "data-code": item.code,
      "data-where": item.where,
      "data-count": item.count,
      "data-severity": item.severity,
      // the code only as a tooltip: for support, never in her way
      title: f.codeLabel(item.code),
    },
    go,
    h("p", { class: "todo" }, h("strong", {}, f.todo), " ", item.todo),
  );
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
    row.append(h("div", { class: "finding-actions" }, apply));
  }
  if (item.repeats.length > 0) {
    row.append(
      h(
        "details",
        { class: "repeats" },
        h("summary", {}, f.cells(item.count)),
        h(
          "ul",
          { class: "finding-lines" },
          ...item.repeats.map((repeat) => h("li", {}, h("span", { class: "where" }, repeat.where), " ", repeat.message)),
          item.count > item.repeats.length && h("li", { class: "more" }, t.more(item.count - item.repeats.length)),
        ),
        h("p", { class: "code-label" }, f.codeLabel(item.code)),
      ),
    );
  }
  return row;
}

/** Up and Down move between the findings (Tab also reaches each, and its Korjaa). */
function moveFocus(list: HTMLElement, event: KeyboardEvent): void {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
  const buttons = Array.from(list.querySelectorAll<HTMLElement>("button.finding-go")).filter((b) => b.offsetParent !== null);
  const at = buttons.indexOf(document.activeElement as HTMLElement);
  if (at < 0) return;
  const next = buttons[at + (event.key === "ArrowDown" ? 1 : -1)];
  if (!next) return;
  event.preventDefault();
  next.focus();
}
