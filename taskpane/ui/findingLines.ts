import type { Finding } from "../../src/findings/finding";
import type { Lang, Strings } from "../i18n";
import { h } from "./dom";
import type { Child } from "./dom";
import { findingItem } from "./findingGroups";

/** A list shows this many items, then how many more there are: a partner file of thousands of rows stays readable. */
const SHOWN = 50;

/** Items as a plain list, the first SHOWN of them and a line for the rest. */
export function shortList<T>(items: readonly T[], line: (item: T) => Child, t: Strings): HTMLElement {
  const shown = items.slice(0, SHOWN).map((item) => h("li", {}, line(item)));
  const rest = items.length - shown.length;
  return h("ul", { class: "finding-lines" }, ...shown, rest > 0 && h("li", { class: "more" }, t.moreRows(rest)));
}

/** Findings as a plain list (where, then the message): the errors that block an application, an import's notes. */
export function findingLines(findings: readonly Finding[], lang: Lang, t: Strings): HTMLElement {
  return shortList(
    findings,
    (finding) => {
      const item = findingItem(finding, lang);
      return h("span", { "data-code": item.code }, h("span", { class: "where" }, item.where || t.wholeWorkbook), " ", item.message);
    },
    t,
  );
}
