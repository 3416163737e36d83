import { isStateOverRate, stateShare } from "../money";
import { eligibleCentsOfLines } from "../ledger/eligible";
import { cellOf } from "../ledger/cell";
import { MAX_RATE_PPM, rateOf } from "../ledger/settings";
import type { Application, KeyedValue } from "../ledger/model";
import type { Finding, FindingFactory } from "../findings/finding";
import { applicationsOverRate } from "./applications";
import type { Rule, RuleContext } from "./rule";

/**
 * The 75 % / 25 % rule on the plan (Hanke; a plan that gives only the shares is checked on
 * their sum), and per payment application on the eligible
 * costs realised in its period. The check is directional: a state share under the rate
 * passes (the real Lapland plan is 1 € under 75 %). The cumulative check over applications
 * is APPLICATION_OVER_RATE (rules/applications.ts); an application it reports is not reported
 * here again, so this one speaks only of a period claimed over its own costs while the
 * applications so far stay within the rate (a catch-up of an earlier, smaller claim).
 */
export const cofundingPlan: Rule = {
  id: "cofunding-plan",
  codes: ["COFUND_RATE_OVER_MAX", "COFUND_STATE_OVER_RATE", "COFUND_MUNI_UNDER_MIN", "COFUND_SPLIT_MISMATCH", "COFUND_DEFICIT_EXCEEDED"],
  needs: ["project"],
  check({ ledger, finding }: RuleContext): Finding[] {
    const { project, settings } = ledger;
    const findings: Finding[] = [];
    // A rate over 75 % is no KASTE grant: said once here, and rateOf judges everything at 75 %
    if (project.rate && project.rate.value > MAX_RATE_PPM) {
      findings.push(
        finding(
          "COFUND_RATE_OVER_MAX",
          project.rate,
          { rate: { ratio: project.rate.value / 1_000_000 }, max: { ratio: MAX_RATE_PPM / 1_000_000 } },
          { expected: { ratio: MAX_RATE_PPM / 1_000_000 }, actual: { ratio: project.rate.value / 1_000_000 } },
        ),
      );
    }
    const rate = rateOf(project);
    const eligible = project.eligible;
    if (!eligible) {
      // a plan of shares only: its eligible total is what the shares add up to
      const { stateGrant, municipalShare } = project;
      if (!stateGrant || !municipalShare) return findings;
      const total = stateGrant.value + municipalShare.value + (project.otherFunding?.value ?? 0) + (project.income?.value ?? 0);
      if (isStateOverRate(stateGrant.value, total, rate)) findings.push(planOverRate(stateGrant, total, rate, finding));
      return findings;
    }
    const E = eligible.value;
    const maxState = stateShare(E, rate);
    const other = project.otherFunding?.value ?? 0;
    const income = project.income?.value ?? 0;
    const state = project.stateGrant;
    const municipal = project.municipalShare;
    const stateOver = state !== undefined && isStateOverRate(state.value, E, rate);
    if (state && stateOver) findings.push(planOverRate(state, E, rate, finding));
    const minMunicipal = E - maxState;
    const splitAddsUp =
      state !== undefined &&
      municipal !== undefined &&
      Math.abs(state.value + municipal.value + other + income - E) <= settings.toleranceCents;
    // With a split that adds up, a municipal share under the minimum is the state's excess
    // again (the same euros): one error for one mistake, as KASTE.CHECKSPLIT says it
    if (municipal && municipal.value < minMunicipal && !(stateOver && splitAddsUp)) {
      findings.push(
        finding(
          "COFUND_MUNI_UNDER_MIN",
          municipal,
          {
            municipal: { cents: municipal.value },
            minRate: { ratio: 1 - rate / 1_000_000 },
            eligible: { cents: E },
            min: { cents: minMunicipal },
            under: { cents: minMunicipal - municipal.value },
          },
          { actual: { cents: municipal.value } },
        ),
      );
    }
    if (state && municipal && !splitAddsUp) {
      const sum = state.value + municipal.value + other + income;
      findings.push(
        finding("COFUND_SPLIT_MISMATCH", eligible, {
          sum: { cents: sum },
          eligible: { cents: E },
          difference: { cents: sum - E },
        }),
      );
    }
    const deficit = E - other - income;
    if (state && state.value > deficit) {
      findings.push(
        finding(
          "COFUND_DEFICIT_EXCEEDED",
          state,
          { state: { cents: state.value }, deficit: { cents: deficit } },
          { expected: { cents: Math.min(deficit, maxState) }, actual: { cents: state.value } },
        ),
      );
    }
    return findings;
  },
};

/** COFUND_STATE_OVER_RATE on the plan: Hanke's state grant over the rate of its eligible costs. */
function planOverRate(state: KeyedValue<number>, eligible: number, rate: number, finding: FindingFactory): Finding {
  const max = stateShare(eligible, rate);
  return finding(
    "COFUND_STATE_OVER_RATE",
    state,
    {
      state: { cents: state.value },
      rate: { ratio: rate / 1_000_000 },
      eligible: { cents: eligible },
      max: { cents: max },
      over: { cents: state.value - max },
      scope: "plan",
    },
    { expected: { cents: max }, actual: { cents: state.value } },
  );
}

export const cofundingApplications: Rule = {
  id: "cofunding-applications",
  codes: ["COFUND_STATE_OVER_RATE"],
  needs: ["applications", "invoices"],
  check({ ledger, finding }: RuleContext): Finding[] {
    const rate = rateOf(ledger.project);
    const applications = ledger.applications.filter(
      (a): a is Application & { readonly start: number; readonly end: number; readonly applied: number } =>
        a.start !== null && a.end !== null && a.applied !== null,
    );
    if (applications.length === 0) return [];
    // One pass over the ledger, adding each cost to the applications whose period holds its day
    const realised = new Array<number>(applications.length).fill(0);
    const eligible = eligibleCentsOfLines(ledger);
    const { invoices } = ledger;
    for (let index = 0; index < invoices.length; index++) {
      const line = invoices[index];
      const day = line.periodEnd ?? line.date;
      if (day === null) continue;
      const cents = eligible[index];
      if (cents === null) continue;
      for (let i = 0; i < applications.length; i++) {
        if (day >= applications[i].start && day <= applications[i].end) realised[i] += cents;
      }
    }
    const findings: Finding[] = [];
    // an application whose excess APPLICATION_OVER_RATE reports (always the first one's) is not reported twice
    const cumulative = new Set<Application>(applicationsOverRate(ledger).growing.map((o) => o.application));
    applications.forEach((application, i) => {
      if (cumulative.has(application) || !isStateOverRate(application.applied, realised[i], rate)) return;
      const max = stateShare(realised[i], rate);
      findings.push(
        finding(
          "COFUND_STATE_OVER_RATE",
          cellOf(application.at, "applied"),
          {
            state: { cents: application.applied },
            rate: { ratio: rate / 1_000_000 },
            eligible: { cents: realised[i] },
            max: { cents: max },
            over: { cents: application.applied - max },
            scope: "application",
            start: { day: application.start },
            end: { day: application.end },
          },
          { expected: { cents: max }, actual: { cents: application.applied } },
        ),
      );
    });
    return findings;
  },
};
