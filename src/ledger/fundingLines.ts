import { EXACT_MATCH, HeaderMatcher } from "./recognize";
import { BUDGET_NOT_COST_LINES, PROJECT_KEYS } from "./vocabulary";

const FUNDING_KEYS = new Set(["rate", "eligible", "stateGrant", "municipalShare", "otherFunding", "income"]);

const TOTALS = new Set(["eligible", "notCost"]);

let matcher: HeaderMatcher | null = null;

/**
 * Whether a budget row's cost line is the plan's financing or a total of it rather than a cost
 * ("Valtionavustus (75 %)", "Kuntien rahoitusosuus", "Tulot", "Nettomenot" under the cost lines of
 * a Kustannusarvio ja rahoitussuunnitelma): read as a line, it would count the costs twice.
 */
export function isFundingLine(text: string): boolean {
  if (text === "") return false;
  matcher ??= new HeaderMatcher([
    ...PROJECT_KEYS.keys
      .filter((key) => FUNDING_KEYS.has(key.key))
      .map((key) => ({ field: key.key, type: key.type, synonyms: key.synonyms })),
    { field: "notCost", type: "text", synonyms: BUDGET_NOT_COST_LINES },
  ]);
  const match = matcher.match(text);
  // A total alone ("Hyväksyttävät kustannukset", "Kokonaiskustannukset") totals the costs; with more words
  // ("Muut hyväksyttävät kustannukset", "Henkilöstön kokonaiskustannukset") it may be a line of them
  return match !== null && (!TOTALS.has(match.field) || match.score === EXACT_MATCH);
}
