import type { Code } from "../../src/findings/codes";
import type { Finding, Severity } from "../../src/findings/finding";
import { renderFinding, SEVERITY_ORDER } from "../../src/findings/render";
import type { Lang } from "../../src/findings/render";

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

export interface CodeGroup {
  readonly code: Code;
  readonly count: number;
  /** The first `limit` findings of the code; the rest are on the report sheet. */
  readonly items: readonly FindingItem[];
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly count: number;
  readonly codes: readonly CodeGroup[];
}

const SINGLE_CELL = /^[A-Z]{1,3}[1-9][0-9]*$/;

/** The finding as a list item: message in `lang`, and Apply only where one cell takes one known value. */
export function findingItem(finding: Finding, lang: Lang): FindingItem {
  const rendered = renderFinding(finding, lang);
  const where = finding.sheet ? (finding.cell ? `${finding.sheet}!${finding.cell}` : finding.sheet) : "";
  const fixable = rendered.fix !== undefined && finding.sheet !== "" && SINGLE_CELL.test(finding.cell);
  return {
    code: finding.code,
    sheet: finding.sheet,
    cell: finding.cell,
    where,
    message: rendered.message,
    ...(fixable ? { fix: { value: rendered.fix!, text: rendered.expected ?? String(rendered.fix) } } : {}),
  };
}

/**
 * Findings grouped by severity (errors first), then by code in the order the codes first
 * appear, with counts; each code lists at most `limit` findings so a big ledger's thousands
 * of findings do not flood the pane.
 */
export function groupFindings(findings: readonly Finding[], lang: Lang, limit = 50): SeverityGroup[] {
  const groups: SeverityGroup[] = [];
  for (const severity of SEVERITY_ORDER) {
    const byCode = new Map<Code, Finding[]>();
    for (const finding of findings) {
      if (finding.severity !== severity) continue;
      const list = byCode.get(finding.code);
      if (list) list.push(finding);
      else byCode.set(finding.code, [finding]);
    }
    if (byCode.size === 0) continue;
    const codes = [...byCode].map(([code, list]) => ({
      code,
      count: list.length,
      items: list.slice(0, limit).map((f) => findingItem(f, lang)),
    }));
    groups.push({ severity, count: codes.reduce((sum, c) => sum + c.count, 0), codes });
  }
  return groups;
}
