import { cellOf } from "../ledger/cell";
import type { Finding } from "../findings/finding";
import { nameKey } from "../workbook/normalize";
import type { Rule, RuleContext } from "./rule";

/**
 * Costs a state grant never covers, recognised by the words of the cost line or description
 * (Finnish, Swedish, English). Word starts are matched so that "poistot" is found but a
 * room booking ("tilavaraus", "kokoustilan varaus") is not a provision (the plural
 * "varaukset" must start a word).
 */
const CATEGORIES: ReadonlyArray<{ category: string; stems: readonly string[] }> = [
  { category: "poistot / depreciation", stems: ["poisto", "avskrivning", "depreciation", "amortisation", "amortization"] },
  // provisions are plural in Finnish accounts (varaukset, varausten muutos); "varaus" alone is a
  // booking (kokoustilan varaus, varausmaksu, tilan varauksen peruutus), an ordinary cost
  {
    category: "varaukset / provisions",
    stems: ["varaukset", "varausten", "varauksista", "varauksiin", "varauksien", "reservering", "avsattning", "provision"],
  },
  { category: "varainhankinta / fund-raising", stems: ["varainhankin", "insamling", "fundrais", "fund raising"] },
  { category: "laskennalliset erät / imputed items", stems: ["laskennalli", "kalkylerad", "imputed", "notional"] },
];

/**
 * The stems as one regex over the raw text, for text whose letters are ASCII or å, ä, ö (what
 * Finnish and Swedish ledgers hold): the same answer as `nameKey` and the stems, without
 * normalising a million descriptions. Folded letters match their accented forms; a word starts
 * after anything that is not a letter or digit.
 */
// eslint-disable-next-line no-control-regex -- every ASCII character, control characters too
const FOLDABLE = /^[\x00-\x7fåäöÅÄÖ]*$/;
const STEM_PATTERNS = CATEGORIES.map(({ category, stems }) => ({ category, pattern: stemPattern(stems) }));
/** Any stem at all: one pass over a text that, in a ledger, almost never holds one. */
const ANY_STEM = stemPattern(CATEGORIES.flatMap((c) => c.stems));

function stemPattern(stems: readonly string[]): RegExp {
  return new RegExp(`(?:^|[^a-z0-9åäö])(?:${stems.map(rawStem).join("|")})`, "i");
}

function rawStem(stem: string): string {
  return stem.replace(/a/g, "[aåä]").replace(/o/g, "[oö]").replace(/ /g, "[^a-z0-9åäö]+");
}

export function ineligibleCategory(text: string): string | null {
  if (text === "") return null;
  if (!FOLDABLE.test(text)) return classify(text);
  if (!ANY_STEM.test(text)) return null;
  for (const { category, pattern } of STEM_PATTERNS) if (pattern.test(text)) return category;
  return null;
}

/** Any text: normalised as names are, then matched at word starts. */
export function classify(text: string): string | null {
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
    // A ledger has a handful of cost lines: each is classified once
    const lineCategories = new Map<string, string | null>();
    // the cost line of the row before and its category: most rows repeat it
    let lastLine: string | undefined;
    let lastCategory: string | null | undefined;
    for (const line of ledger.invoices) {
      if (!line.eligible) continue;
      let lineCategory = line.line === lastLine ? lastCategory : lineCategories.get(line.line);
      if (lineCategory === undefined) lineCategories.set(line.line, (lineCategory = ineligibleCategory(line.line)));
      lastLine = line.line;
      lastCategory = lineCategory;
      const category = lineCategory ?? ineligibleCategory(line.description);
      if (!category) continue;
      const description = lineCategory ? line.line : line.description;
      findings.push(
        finding(
          "COST_INELIGIBLE",
          cellOf(line.at, "eligible"),
          { description, category },
          line.at.table.columns.eligible !== undefined ? { expected: "ei" } : {},
        ),
      );
    }
    return findings;
  },
};
