import { cellOf } from "../ledger/cell";
import type { Finding } from "../report/finding";
import { nameKey } from "../workbook/normalize";
import type { Rule, RuleContext } from "./rule";

/**
 * Costs a state grant never covers, recognised by the words of the cost line or description
 * (Finnish, Swedish, English). Word starts are matched so that "poistot" is found but a
 * room booking ("tilavaraus") is not a provision ("varaus" must start a word).
 */
const CATEGORIES: ReadonlyArray<{ category: string; stems: readonly string[] }> = [
  { category: "poistot / depreciation", stems: ["poisto", "avskrivning", "depreciation", "amortisation", "amortization"] },
  { category: "varaukset / provisions", stems: ["varaus", "varauks", "reservering", "avsattning", "provision"] },
  { category: "varainhankinta / fund-raising", stems: ["varainhankin", "insamling", "fundrais", "fund raising"] },
  { category: "laskennalliset erät / imputed items", stems: ["laskennalli", "kalkylerad", "imputed", "notional"] },
];

/** Cost lines and descriptions repeat; each text is classified once. */
const categoryCache = new Map<string, string | null>();

export function ineligibleCategory(text: string): string | null {
  const cached = categoryCache.get(text);
  if (cached !== undefined) return cached;
  const category = classify(text);
  if (categoryCache.size < 100_000) categoryCache.set(text, category);
  return category;
}

function classify(text: string): string | null {
  const words = ` ${nameKey(text)}`;
  for (const { category, stems } of CATEGORIES) {
    if (stems.some((stem) => words.includes(` ${stem}`))) return category;
  }
  return null;
}

export const ineligibleCosts: Rule = {
  id: "ineligible-costs",
  codes: ["COST_INELIGIBLE"],
  needs: ["invoices"],
  check({ ledger, finding }: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const line of ledger.invoices) {
      if (!line.eligible) continue;
      const field = ineligibleCategory(line.line) ? "line" : ineligibleCategory(line.description) ? "description" : null;
      if (!field) continue;
      const text = field === "line" ? line.line : line.description;
      findings.push(finding("COST_INELIGIBLE", cellOf(line.at, "eligible"), { description: text, category: ineligibleCategory(text)! },
        line.at.table.columns.eligible !== undefined ? { expected: "ei" } : {}));
    }
    return findings;
  },
};
