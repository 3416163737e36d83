import { budgetOfYear, chooseBudget } from "../ledger/budgetUse";
import { cellOf } from "../ledger/cell";
import type { MuniShare } from "../ledger/model";
import { municipalityKeys } from "../ledger/names";
import { rateOf } from "../ledger/settings";
import { stateShare } from "../money";
import type { Finding } from "../findings/finding";
import type { Rule, RuleContext } from "./rule";

/**
 * MUNI_SHARES_MISMATCH: a year's municipal shares (Kuntaosuudet) must add up, to the cent
 * (within Asetukset's tolerance, default 0), to that year's municipal share: the year's
 * budget (the version ledger/budgetUse.ts chooses) minus its state share, rate × budget
 * rounded down to the cent. Years without any budget row are not checked. Shares over it by no
 * more than the plan's state grant is under the rate (Hanke: rate × eligible − Valtionavustus;
 * the real Lapland plan is 1 € under 75 %) are the plan's own split, not a mismatch.
 * The finding points at the year's last share; `expected` is the right total for the year.
 */
export const muniSharesTotal: Rule = {
  id: "muni-shares-total",
  codes: ["MUNI_SHARES_MISMATCH"],
  needs: ["muniShares", "budget"],
  check({ ledger, finding }: RuleContext): Finding[] {
    const chosen = chooseBudget(ledger);
    const rate = rateOf(ledger.project);
    const findings: Finding[] = [];
    // a plan whose state grant is under the rate gives the municipalities that much more
    // (the real Lapland plan: 1 € under 75 %, so the municipalities pay 1 € over 25 %)
    const { eligible, stateGrant } = ledger.project;
    const planUnderRate = eligible && stateGrant ? Math.max(0, stateShare(eligible.value, rate) - stateGrant.value) : 0;
    for (const [year, shares] of byYear(ledger.muniShares)) {
      const budget = budgetOfYear(chosen, year);
      if (budget === null) continue;
      const expected = budget - stateShare(budget, rate);
      let sum = 0;
      let last: MuniShare | null = null;
      for (const share of shares) {
        if (share.amount === null) continue;
        sum += share.amount;
        last = share;
      }
      if (!last || Math.abs(sum - expected) <= ledger.settings.toleranceCents) continue;
      if (sum > expected && sum - expected <= planUnderRate) continue;
      findings.push(
        finding(
          "MUNI_SHARES_MISMATCH",
          cellOf(last.at, "amount"),
          {
            year,
            sum: { cents: sum },
            expected: { cents: expected },
            budget: { cents: budget },
            rate: { ratio: rate / 1_000_000 },
            difference: { cents: sum - expected },
          },
          { expected: { cents: expected }, actual: { cents: sum } },
        ),
      );
    }
    return findings;
  },
};

/**
 * MUNI_DUPLICATE: a municipality twice in one year (names compared forgivingly, its place
 * alone the same as its organisation: Tampere = Tampereen kaupunki, and its Swedish name the same
 * as its Finnish one: Närpes = Närpiö, Vasa stad = Vaasa).
 * MUNI_MISSING (warning): a municipality with a share in an earlier year but none in this one;
 * it may have joined a joint authority that pays for it (five Kanta-Häme municipalities did
 * on 1.1.2014), or it may have been forgotten. A year before its first share is no gap: it
 * joined the project later (Ypäjä in 2014). The finding points at the year's first row.
 */
export const muniSharesCoverage: Rule = {
  id: "muni-shares-coverage",
  codes: ["MUNI_DUPLICATE", "MUNI_MISSING"],
  needs: ["muniShares"],
  check({ ledger, finding }: RuleContext): Finding[] {
    // "Tampere" one year and "Tampereen kaupunki" the next are one municipality, and so are "Närpes" and "Närpiö"
    const keyOf = municipalityKeys(ledger.muniShares.map((share) => share.municipality));
    const findings: Finding[] = [];
    const years = byYear(ledger.muniShares);
    const present = new Map<number, Set<string>>();
    const municipalities = new Map<string, { name: string; years: number[] }>();
    for (const [year, shares] of years) {
      const seen = new Map<string, MuniShare>();
      const here = new Set<string>();
      for (const share of shares) {
        const key = keyOf(share.municipality);
        if (key === "") continue;
        const first = seen.get(key);
        if (first) {
          const at = cellOf(first.at, "municipality");
          findings.push(
            finding("MUNI_DUPLICATE", cellOf(share.at, "municipality"), {
              municipality: share.municipality,
              year,
              first: `${at.sheet}!${at.cell}`,
            }),
          );
          continue;
        }
        seen.set(key, share);
        here.add(key);
        const entry = municipalities.get(key) ?? { name: share.municipality, years: [] };
        entry.years.push(year);
        municipalities.set(key, entry);
      }
      present.set(year, here);
    }
    for (const [year, shares] of years) {
      const here = present.get(year) ?? new Set<string>();
      for (const [key, { name, years: its }] of municipalities) {
        // years before its first share are before it joined (Ypäjä joined LasSe in 2014; a
        // joint authority formed on 1.1.2014 paid nothing in 2013): not missing
        if (here.has(key) || year < its[0]) continue;
        const nearest = its.reduce((best, y) => (Math.abs(y - year) < Math.abs(best - year) ? y : best), its[0]);
        findings.push(finding("MUNI_MISSING", cellOf(shares[0].at, "municipality"), { municipality: name, year, other: nearest }));
      }
    }
    return findings;
  },
};

/** Shares by year, years in ascending order, shares in table order; rows without a year are left out. */
function byYear(shares: readonly MuniShare[]): Map<number, MuniShare[]> {
  const years = new Map<number, MuniShare[]>();
  for (const share of shares) {
    if (share.year === null) continue;
    const list = years.get(share.year);
    if (list) list.push(share);
    else years.set(share.year, [share]);
  }
  return new Map([...years].sort(([a], [b]) => a - b));
}
