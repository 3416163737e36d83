import { formatMoney } from "../money";
import { dateOf } from "../periods";
import type { Code } from "./codes";
import type { Finding, NotChecked, Param, Severity } from "./finding";
import { en } from "./messages/en";
import { fi } from "./messages/fi";
import { sv } from "./messages/sv";
import type { Lang, Messages } from "./messages/types";
import { foldFindings } from "./fold";
import type { FoldedFinding } from "./fold";
import { PLAIN, wrapHanging } from "./textLayout";
import type { Role, TextLayout } from "./textLayout";

export type { Lang };

const MESSAGES: Readonly<Record<Lang, Messages>> = { fi, sv, en };

/**
 * A param as a person reads it in `lang`, in that language's own format (Intl's fi-FI, sv-FI,
 * en-GB): money with €, days as dates (1.6.2013, 1 Jun 2013), ratios as percents, decimals with a
 * comma in Finnish and Swedish. Whole numbers stay ungrouped: they are years, rows and days.
 */
export function formatParam(param: Param, lang: Lang): string {
  if (typeof param === "string") return param;
  if (typeof param === "number") return numberText(param, lang);
  if ("cents" in param) return formatMoney(param.cents, lang);
  if ("day" in param) return dateOf(param.day, lang);
  if ("words" in param) return param.words[lang];
  const percent = percentOf(param.ratio);
  const text = numberText(percent, lang);
  return lang === "en" ? `${text}%` : `${text}\u00a0%`;
}

/** A plain number: a decimal comma and U+2212 minus in Finnish and Swedish, as Intl writes them. */
function numberText(value: number, lang: Lang): string {
  const text = String(value);
  return lang === "en" ? text : text.replace(".", ",").replace("-", "\u2212");
}

/** A ratio as a percent with two decimals; never 100 for a ratio that is over or under 1. */
function percentOf(ratio: number): number {
  const percent = Math.round(ratio * 10_000) / 100;
  if (percent !== 100 || ratio === 1) return percent;
  return ratio > 1 ? 100.01 : 99.99;
}

/** The tables a rule could not run without, named in `lang`. */
export function missingTables(notChecked: NotChecked, lang: Lang): string {
  return notChecked.missingWords.map((words) => words[lang]).join(", ");
}

/** Params that name an invoice or an application by its number. */
const NUMBER_PARAMS = ["number", "previous", "other"] as const;

export function renderMessage(finding: Finding, lang: Lang): string {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(finding.params)) params[key] = formatParam(value, lang);
  // a row without an invoice or application number (a partner's monthly breakdown, a Maksatukset without Nro)
  // reads "laskun – jakso", not "laskun  jakso", and so does the other one it is compared with
  for (const key of NUMBER_PARAMS) if (params[key] === "") params[key] = "–";
  // a stored finding's params are the ones its code declares: makeFinding only accepts those
  const message = MESSAGES[lang][finding.code] as (p: Readonly<Record<string, string>>) => string;
  return message(params);
}

/** The value to write into the finding's cell to fix it: euros for money, an Excel-ready value. */
export function fixValue(param: Param | undefined): number | string | undefined {
  if (param === undefined) return undefined;
  if (typeof param === "string" || typeof param === "number") return param;
  if ("cents" in param) return param.cents / 100;
  return undefined;
}

export interface RenderedFinding {
  readonly code: Code;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
  readonly expected?: string;
  readonly actual?: string;
  /** What Apply would write into `cell`, when the right value is known. */
  readonly fix?: number | string;
}

/** Codes whose `expected` is a total to reach, not a value for the finding's own cell. */
const NOT_A_CELL_VALUE: ReadonlySet<Code> = new Set<Code>(["MUNI_SHARES_MISMATCH"]);

export function renderFinding(finding: Finding, lang: Lang): RenderedFinding {
  const fix = NOT_A_CELL_VALUE.has(finding.code) ? undefined : fixValue(finding.expected);
  return {
    code: finding.code,
    severity: finding.severity,
    sheet: finding.sheet,
    cell: finding.cell,
    message: renderMessage(finding, lang),
    ...(finding.expected !== undefined ? { expected: formatParam(finding.expected, lang) } : {}),
    ...(finding.actual !== undefined ? { actual: formatParam(finding.actual, lang) } : {}),
    ...(fix !== undefined ? { fix } : {}),
  };
}

export interface Summary {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly byCode: Readonly<Partial<Record<Code, number>>>;
}

export function summarize(findings: readonly Finding[]): Summary {
  const byCode: Partial<Record<Code, number>> = {};
  let errors = 0,
    warnings = 0,
    infos = 0;
  for (const f of findings) {
    byCode[f.code] = (byCode[f.code] ?? 0) + 1;
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos, byCode };
}

export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

const SEVERITY_TITLES: Readonly<Record<Lang, Record<Severity, string>>> = {
  fi: { error: "Virheet", warning: "Varoitukset", info: "Huomiot" },
  sv: { error: "Fel", warning: "Varningar", info: "Anmärkningar" },
  en: { error: "Errors", warning: "Warnings", info: "Notes" },
};

const NOT_CHECKED_TITLE: Readonly<Record<Lang, string>> = { fi: "Ei tarkistettu", sv: "Inte kontrollerat", en: "Not checked" };
const MISSING_WORD: Readonly<Record<Lang, string>> = { fi: "puuttuu", sv: "saknas", en: "missing" };
const ALL_GOOD: Readonly<Record<Lang, string>> = { fi: "Ei virheitä.", sv: "Inga fel.", en: "No errors." };
const EXPECTED_WORD: Readonly<Record<Lang, string>> = { fi: "oikea arvo", sv: "rätt värde", en: "right value" };

const CELLS_WORD: Readonly<Record<Lang, string>> = { fi: "solua", sv: "celler", en: "cells" };
const SEVERITY_ROLE: Readonly<Record<Severity, Role>> = { error: "error", warning: "warning", info: "info" };
/** Runs of rows listed one by one up to this many; more read as the span from the first to the last. */
const RUNS_LISTED = 3;

/** A count as `lang` writes it: 1 516 (no-break space) in Finnish and Swedish, 1,516 in English. */
export function formatCount(count: number, lang: Lang): string {
  // under a thousand no language groups digits: the same text, without loading ICU's locale data (20 ms)
  if (Number.isInteger(count) && count >= 0 && count < 1000) return String(count);
  let format = COUNT_FORMATS.get(lang);
  if (!format) COUNT_FORMATS.set(lang, (format = new Intl.NumberFormat(lang === "en" ? "en-GB" : lang === "sv" ? "sv-FI" : "fi-FI")));
  return format.format(count);
}

const COUNT_FORMATS = new Map<Lang, Intl.NumberFormat>();

/** `Laskut!H2:H5,H9` for a fold of up to three runs of rows, else the span from the first to the last. */
function whereText({ first, runs, range }: FoldedFinding): string {
  const cells = runs.length <= RUNS_LISTED ? runs.join(",") : range;
  return first.sheet ? (cells ? `${first.sheet}!${cells}` : first.sheet) : "-";
}

/** Line breaks and the spaces around them, as a cell's text may hold them. */
const LINE_BREAKS = /[ \t]*(?:\r\n|[\r\n\u2028\u2029])[ \t]*/g;

/** The width of the cell column: the longest place, within bounds, so codes line up. */
const WHERE_WIDTH = { min: 18, max: 32 } as const;

/** One line (wrapped to the layout's width) for one cause: `Laskut!H2:H517  CODE  516 solua: message [right value]`. */
function foldedLines(folded: FoldedFinding, whereWidth: number, lang: Lang, layout: TextLayout): string[] {
  const { first, findings } = folded;
  const r = renderFinding(first, lang);
  const count = findings.length > 1 ? `${formatCount(findings.length, lang)} ${CELLS_WORD[lang]}: ` : "";
  const expected = r.expected !== undefined ? `  [${EXPECTED_WORD[lang]}: ${r.expected}]` : "";
  const where = whereText(folded).padEnd(whereWidth);
  const code = first.code.padEnd(30);
  // a value quoted from a cell keeps its line breaks ("Päivä-⏎määrä"): on the terminal the finding stays one entry
  const text = `${count}${r.message}${expected}`.replace(LINE_BREAKS, " ");
  const lines = wrapHanging(`  ${where}  ${code}  `, text, layout.width);
  // paint the code after measuring: colour codes take no columns on screen
  lines[0] = lines[0].replace(first.code, layout.paint(SEVERITY_ROLE[first.severity], first.code));
  return lines;
}

/**
 * `Laskut!G12  CODE  message`, grouped by severity (repeats of one cause folded into one line with their cells),
 * then what was not checked, then the counts.
 */
export function renderText(
  findings: readonly Finding[],
  notChecked: readonly NotChecked[],
  lang: Lang,
  layout: TextLayout = PLAIN,
): string {
  const lines: string[] = [];
  for (const severity of SEVERITY_ORDER) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(layout.paint("heading", `${SEVERITY_TITLES[lang][severity]} (${formatCount(group.length, lang)})`));
    const folds = foldFindings(group);
    let whereWidth: number = WHERE_WIDTH.min;
    for (const folded of folds) whereWidth = Math.max(whereWidth, Math.min(WHERE_WIDTH.max, whereText(folded).length));
    for (const folded of folds) lines.push(...foldedLines(folded, whereWidth, lang, layout));
    lines.push("");
  }
  if (notChecked.length > 0) {
    lines.push(layout.paint("heading", `${NOT_CHECKED_TITLE[lang]} (${formatCount(notChecked.length, lang)})`));
    for (const n of notChecked)
      lines.push(
        ...wrapHanging(`  ${n.rule.padEnd(28)}  `, `${missingTables(n, lang)} ${MISSING_WORD[lang]}: ${n.codes.join(", ")}`, layout.width),
      );
    lines.push("");
  }
  const summary = summarize(findings);
  if (summary.errors === 0) lines.push(ALL_GOOD[lang]);
  const count = (n: number) => formatCount(n, lang);
  lines.push(
    `${SEVERITY_TITLES[lang].error}: ${count(summary.errors)}, ${SEVERITY_TITLES[lang].warning}: ${count(summary.warnings)}, ${SEVERITY_TITLES[lang].info}: ${count(summary.infos)}`,
  );
  return lines.join("\n");
}

export function renderJson(findings: readonly Finding[], notChecked: readonly NotChecked[], lang: Lang): object {
  return { findings: findings.map((f) => renderFinding(f, lang)), notChecked, summary: summarize(findings) };
}
