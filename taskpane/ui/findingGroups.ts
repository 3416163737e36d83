import type { Code } from "../../src/findings/codes";
import { adviceOf } from "../../src/findings/advice";
import type { Finding, Severity } from "../../src/findings/finding";
import { foldFindings } from "../../src/findings/fold";
import { renderFinding, SEVERITY_ORDER } from "../../src/findings/render";
import type { Lang } from "../../src/findings/render";
import { TOPIC_LABELS, TOPIC_OF, TOPICS } from "../../src/findings/topics";

/** One finding as the pane lists it. */
export interface FindingItem {
  readonly code: Code;
  readonly sheet: string;
  readonly cell: string;
  /** `Laskut!G12`, the sheet alone, or "" for the workbook as a whole. */
  readonly where: string;
  readonly message: string;
  /** What Apply writes into the cell, and how a person reads it; only for a single cell whose right value is known. */
  readonly fix?: { readonly value: number | string; readonly text: string };
}

/** Repeats of one cause as one line ("516 solua … Laskut!H2:H517"), with its title and what to do. */
export interface FoldedItem extends FindingItem {
  readonly severity: Severity;
  readonly title: string;
  readonly todo: string;
  /** How many findings the line stands for. */
  readonly count: number;
  /** The range of the repeats (`H2:H517`), or the single cell. */
  readonly range: string;
  /** The first `limit` of the repeats, for the line's expansion (empty for a single finding). */
  readonly repeats: readonly FindingItem[];
}

/** How the pane groups findings: by what they are about, by sheet, or by partner. */
export type FindingView = "topic" | "sheet" | "partner";

export interface FindingGroup {
  readonly key: string;
  readonly label: string;
  /** Findings (not lines) in the group, and how many of them are errors. */
  readonly count: number;
  readonly errors: number;
  readonly items: readonly FoldedItem[];
}

const SINGLE_CELL = /^[A-Z]{1,3}[1-9][0-9]*$/;

/** The finding as a list item: message in `lang`, and Apply only where one cell takes one known value. */
export function findingItem(finding: Finding, lang: Lang): FindingItem {
  const rendered = renderFinding(finding, lang);
  const where = whereOf(finding.sheet, finding.cell);
  const fix = rendered.fix;
  const fixable = fix !== undefined && finding.sheet !== "" && SINGLE_CELL.test(finding.cell);
  return {
    code: finding.code,
    sheet: finding.sheet,
    cell: finding.cell,
    where,
    message: rendered.message,
    ...(fixable ? { fix: { value: fix, text: rendered.expected ?? String(fix) } } : {}),
  };
}

function whereOf(sheet: string, cell: string): string {
  return sheet ? (cell ? `${sheet}!${cell}` : sheet) : "";
}

/** The partner a finding is about, where its message names one. */
export function partnerOf(finding: Finding): string {
  const partner = finding.params.partner ?? finding.params.biller;
  return typeof partner === "string" ? partner : "";
}

/**
 * Findings in groups she reads (by topic in her words, by sheet or by partner), errors first:
 * the groups holding errors before the others, and within a group errors before warnings and
 * notes; repeats of one cause folded into one line (foldFindings) that keeps the first `limit`.
 */
export function groupFindings(
  findings: readonly Finding[],
  lang: Lang,
  view: FindingView = "topic",
  words: { readonly workbook: string; readonly noPartner: string } = { workbook: "", noPartner: "" },
  limit = 50,
): FindingGroup[] {
  const bySeverity = SEVERITY_ORDER.flatMap((severity) => findings.filter((f) => f.severity === severity));
  const keyOf = (finding: Finding): string =>
    view === "topic" ? TOPIC_OF[finding.code] : view === "sheet" ? finding.sheet : partnerOf(finding);
  const members = new Map<string, Finding[]>();
  for (const finding of bySeverity) {
    const key = keyOf(finding);
    const list = members.get(key);
    if (list) list.push(finding);
    else members.set(key, [finding]);
  }
  const order = view === "topic" ? (TOPICS as readonly string[]) : [...members.keys()].sort((a, b) => a.localeCompare(b, lang));
  const labelOf = (key: string) =>
    view === "topic"
      ? TOPIC_LABELS[lang][key as keyof (typeof TOPIC_LABELS)["fi"]]
      : key || (view === "sheet" ? words.workbook : words.noPartner);
  const groups = order.flatMap((key): FindingGroup[] => {
    const list = members.get(key);
    if (!list) return [];
    return [
      {
        key,
        label: labelOf(key),
        count: list.length,
        errors: list.filter((f) => f.severity === "error").length,
        items: foldFindings(list).map((folded) => foldedItem(folded.first, folded.findings, folded.range, lang, limit)),
      },
    ];
  });
  // Errors first, keeping the topic order among groups with and without errors
  return [...groups.filter((g) => g.errors > 0), ...groups.filter((g) => g.errors === 0)];
}

function foldedItem(first: Finding, findings: readonly Finding[], range: string, lang: Lang, limit: number): FoldedItem {
  const item = findingItem(first, lang);
  const advice = adviceOf(first.code, lang);
  const many = findings.length > 1;
  return {
    ...item,
    // a folded line selects its whole range and offers no single fix
    ...(many ? { cell: range, where: whereOf(first.sheet, range), fix: undefined } : {}),
    severity: first.severity,
    title: advice.title,
    todo: advice.todo,
    count: findings.length,
    range,
    repeats: many ? findings.slice(0, limit).map((f) => findingItem(f, lang)) : [],
  };
}
