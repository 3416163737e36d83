import type { Finding } from "../../src/report/finding";
import type { Lang, Strings } from "../i18n";
import { h } from "./dom";
import { findingItem } from "./findingGroups";

/** Findings as a plain list (where, then the message): the errors that block an application, an import's notes. */
export function findingLines(findings: readonly Finding[], lang: Lang, t: Strings): HTMLElement {
  return h(
    "ul",
    { class: "finding-lines" },
    ...findings.map((finding) => {
      const item = findingItem(finding, lang);
      return h("li", { "data-code": item.code }, h("span", { class: "where" }, item.where || t.wholeWorkbook), " ", item.message);
    }),
  );
}
