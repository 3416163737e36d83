import { formatMoney } from "../money";
import { dateOf } from "../periods";
import type { Code } from "./codes";
import type { Finding, NotChecked, Param, Severity } from "./finding";
import { en } from "./messages/en";
import { fi } from "./messages/fi";
import { sv } from "./messages/sv";
import type { Lang, Messages } from "./messages/types";

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

export function renderMessage(finding: Finding, lang: Lang): string {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(finding.params)) params[key] = formatParam(value, lang);
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

/** `Laskut!G12  CODE  message`, grouped by severity, then what was not checked. */
export function renderText(findings: readonly Finding[], notChecked: readonly NotChecked[], lang: Lang): string {
  const lines: string[] = [];
  for (const severity of SEVERITY_ORDER) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(`${SEVERITY_TITLES[lang][severity]} (${group.length})`);
    for (const f of group) {
      const r = renderFinding(f, lang);
      const where = f.sheet ? (f.cell ? `${f.sheet}!${f.cell}` : f.sheet) : "-";
      const expected = r.expected !== undefined ? `  [${EXPECTED_WORD[lang]}: ${r.expected}]` : "";
      lines.push(`  ${where.padEnd(18)}  ${f.code.padEnd(30)}  ${r.message}${expected}`);
    }
    lines.push("");
  }
  if (notChecked.length > 0) {
    lines.push(`${NOT_CHECKED_TITLE[lang]} (${notChecked.length})`);
    for (const n of notChecked)
      lines.push(`  ${n.rule.padEnd(28)}  ${missingTables(n, lang)} ${MISSING_WORD[lang]}: ${n.codes.join(", ")}`);
    lines.push("");
  }
  const summary = summarize(findings);
  if (summary.errors === 0) lines.push(ALL_GOOD[lang]);
  lines.push(
    `${SEVERITY_TITLES[lang].error}: ${summary.errors}, ${SEVERITY_TITLES[lang].warning}: ${summary.warnings}, ${SEVERITY_TITLES[lang].info}: ${summary.infos}`,
  );
  return lines.join("\n");
}

export function renderJson(findings: readonly Finding[], notChecked: readonly NotChecked[], lang: Lang): object {
  return { findings: findings.map((f) => renderFinding(f, lang)), notChecked, summary: summarize(findings) };
}
