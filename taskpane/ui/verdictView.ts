import type { CheckResult } from "../../src/check/checkWorkbook";
import { asOfSourceOf, verdictOf } from "../../src/check/verdict";
import type { Verdict } from "../../src/check/verdict";
import { missingTables } from "../../src/findings/render";
import { ALL_TABLE_LABELS } from "../../src/ledger/fieldLabels";
import { formatMoney } from "../../src/money";
import { dateOf } from "../../src/periods";
import type { KeyFigures, PartnerUse } from "../../src/report/keyFigures";
import type { Lang, Strings } from "../i18n";
import { h, newId } from "./dom";

/** The verdict of a check as the pane shows it: the core's verdictOf, the as-of day from the pane's read (no day given). */
export function paneVerdict(result: CheckResult): Verdict {
  return verdictOf(result, asOfSourceOf(undefined, result.ledger));
}

/** A share as a person reads it: `56 %` (Finnish and Swedish put a no-break space before %). */
export function percentText(ratio: number, lang: Lang): string {
  const whole = Math.round(ratio * 100);
  return lang === "en" ? `${whole}%` : `${whole}\u00a0%`;
}

const LOCALES: Readonly<Record<Lang, string>> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };

/** The time of day of `at` in the language's way (`20.15` in Finnish). */
export function timeText(at: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { hour: "2-digit", minute: "2-digit" }).format(at);
}

/** The verdict's headline: "Valmis lähetettäväksi ✓" or "Ei valmis: 27 virhettä estää maksatushakemuksen". */
export function headlineOf(verdict: Verdict, t: Strings): string {
  const v = t.verdict;
  return verdict.state === "ready" ? v.ready : verdict.state === "blocked" ? v.blocked(verdict.errors) : v.incomplete;
}

/** The verdict first: one headline, then the as-of day, the time of the check and what could not be checked, one line each. */
export function verdictView(verdict: Verdict, checkedAt: Date, lang: Lang, t: Strings): HTMLElement {
  const v = t.verdict;
  const headline = headlineOf(verdict, t);
  // One line per missing table: several rules missing the same table say it once
  const missing = new Map<string, number>();
  for (const n of verdict.notChecked) {
    const words = missingTables(n, lang);
    missing.set(words, (missing.get(words) ?? 0) + 1);
  }
  const lines = [
    v.asOf(dateOf(verdict.asOf, lang), verdict.asOfSource),
    v.checkedAt(timeText(checkedAt, lang)),
    verdict.warnings + verdict.infos > 0 && v.alsoNoted(verdict.warnings, verdict.infos),
    ...[...missing].map(([words, checks]) => v.notChecked(words, checks)),
    ...verdict.emptyTables.map((kind) => v.emptyTable(ALL_TABLE_LABELS[kind][lang])),
  ].filter((line): line is string => typeof line === "string");
  const headId = newId("verdict");
  return h(
    "section",
    { class: `verdict ${verdict.state}`, "data-verdict": verdict.state, "data-summary": "", "aria-labelledby": headId },
    h("h2", { id: headId, class: "verdict-head", tabindex: -1 }, headline),
    h("ul", { class: "verdict-lines" }, ...lines.map((line) => h("li", {}, line))),
  );
}

/** Key figures under the verdict: eligible costs, the shares against their limits, applied and paid, budget use this year. */
export function figuresView(figures: KeyFigures, lang: Lang, t: Strings): HTMLElement {
  const f = t.figures;
  const money = (cents: number) => formatMoney(cents, lang);
  const rate = figures.rate / 1_000_000;
  const row = (label: string, value: string, note: string | null, off: string | false, key: string) =>
    h(
      "div",
      { class: `figure${off ? " off" : ""}`, "data-figure": key },
      h("dt", {}, label),
      h("dd", {}, value, off && h("span", { class: "off-mark" }, ` ⚠ ${off}`), note && h("span", { class: "figure-note" }, note)),
    );
  const list = h(
    "dl",
    { class: "figures-list" },
    row(
      f.eligible,
      f.eligibleValue(money(figures.realisedEligible), figures.plannedEligible === null ? null : money(figures.plannedEligible)),
      null,
      false,
      "eligible",
    ),
    figures.state &&
      row(
        f.state,
        money(figures.state.cents),
        f.stateLimit(percentText(rate, lang), money(figures.state.limit)),
        figures.state.off && f.overCeiling,
        "state",
      ),
    figures.municipal &&
      row(
        f.municipal,
        money(figures.municipal.cents),
        f.municipalLimit(percentText(1 - rate, lang), money(figures.municipal.limit)),
        figures.municipal.off && f.underFloor,
        "municipal",
      ),
    figures.applications > 0 &&
      row(f.appliedPaid, f.appliedPaidValue(money(figures.applied), money(figures.paid), figures.applications), null, false, "applied"),
  );
  return h(
    "section",
    { class: "figures", "aria-label": f.title, "data-figures": "" },
    list,
    figures.partners.length > 0 && budgetChart(figures.partners, figures.elapsed, figures.year, lang, t),
  );
}

const SVG = "http://www.w3.org/2000/svg";

function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Use % per partner as bars, the elapsed share of the year as a line across them; an inline SVG, no chart library. */
function budgetChart(partners: readonly PartnerUse[], elapsed: number | null, year: number, lang: Lang, t: Strings): HTMLElement {
  const f = t.figures;
  const width = 320,
    labelWidth = 104,
    valueWidth = 44,
    barHeight = 14,
    gap = 8,
    top = 4;
  const barSpace = width - labelWidth - valueWidth;
  const scale = Math.max(1, ...partners.map((p) => p.use), elapsed ?? 0);
  const x = (ratio: number) => labelWidth + (Math.min(ratio, scale) / scale) * barSpace;
  const height = top + partners.length * (barHeight + gap);
  const name = (p: PartnerUse) => p.partner || f.common;
  const chart = svg("svg", {
    viewBox: `0 0 ${width} ${height + 4}`,
    width: "100%",
    role: "img",
    "aria-label": f.chartLabel(year, partners.map((p) => `${name(p)} ${percentText(p.use, lang)}`).join(", ")),
    class: "budget-chart",
  });
  partners.forEach((p, i) => {
    const y = top + i * (barHeight + gap);
    const label = name(p);
    chart.append(
      svg("text", { x: 0, y: y + barHeight - 3, class: "chart-label" }, label.length > 15 ? `${label.slice(0, 14)}…` : label),
      svg("rect", { x: labelWidth, y, width: barSpace, height: barHeight, class: "chart-track", rx: 2 }),
      svg("rect", {
        x: labelWidth,
        y,
        width: Math.max(1, x(p.use) - labelWidth),
        height: barHeight,
        class: `chart-bar${p.use > 1 ? " over" : ""}`,
        rx: 2,
      }),
      svg("text", { x: width, y: y + barHeight - 3, "text-anchor": "end", class: "chart-value" }, percentText(p.use, lang)),
    );
  });
  if (elapsed !== null)
    chart.append(svg("line", { x1: x(elapsed), x2: x(elapsed), y1: 0, y2: height, class: "chart-elapsed", "stroke-dasharray": "3 2" }));
  return h(
    "div",
    { class: "budget-use", "data-budget-chart": "" },
    h("h3", {}, f.budgetUse(year)),
    chart,
    elapsed !== null && h("p", { class: "figure-note" }, "┆ ", f.elapsed(percentText(elapsed, lang))),
  );
}
