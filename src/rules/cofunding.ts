import { isStateOverRate, stateShare } from "../money";
import { realisedBetween, realisedCosts } from "../ledger/realised";
import { cellOf } from "../ledger/cell";
import { rateOf } from "../ledger/settings";
import type { Finding } from "../report/finding";
import type { Rule, RuleContext } from "./rule";

/**
 * The 75 % / 25 % rule on the plan (Hanke), and per payment application on the eligible
 * costs realised in its period. The check is directional: a state share under the rate
 * passes (the real Lapland plan is 1 € under 75 %). The cumulative check over applications
 * is APPLICATION_OVER_RATE (rules/applications.ts).
 */
export const cofundingPlan: Rule = {
  id: "cofunding-plan",
  codes: ["COFUND_STATE_OVER_RATE", "COFUND_MUNI_UNDER_MIN", "COFUND_SPLIT_MISMATCH", "COFUND_DEFICIT_EXCEEDED"],
  needs: ["project"],
  check({ ledger, finding }: RuleContext): Finding[] {
    const { project, settings } = ledger;
    const findings: Finding[] = [];
    const rate = rateOf(project);
    const eligible = project.eligible;
    if (!eligible) return findings;
    const E = eligible.value;
    const maxState = stateShare(E, rate);
    const other = project.otherFunding?.value ?? 0;
    const income = project.income?.value ?? 0;
    const state = project.stateGrant;
    const municipal = project.municipalShare;
    const rateText = { ratio: rate / 1_000_000 };
    if (state && isStateOverRate(state.value, E, rate)) {
      findings.push(finding("COFUND_STATE_OVER_RATE", state, {
        state: { cents: state.value }, rate: rateText, eligible: { cents: E }, max: { cents: maxState }, over: { cents: state.value - maxState }, scope: "plan",
      }, { expected: { cents: maxState }, actual: { cents: state.value } }));
    }
    const minMunicipal = E - maxState;
    if (municipal && municipal.value < minMunicipal) {
      findings.push(finding("COFUND_MUNI_UNDER_MIN", municipal, {
        municipal: { cents: municipal.value }, minRate: { ratio: 1 - rate / 1_000_000 }, eligible: { cents: E }, min: { cents: minMunicipal }, under: { cents: minMunicipal - municipal.value },
      }, { actual: { cents: municipal.value } }));
    }
    if (state && municipal) {
      const sum = state.value + municipal.value + other + income;
      if (Math.abs(sum - E) > settings.toleranceCents) {
        findings.push(finding("COFUND_SPLIT_MISMATCH", eligible, {
          sum: { cents: sum }, eligible: { cents: E }, difference: { cents: sum - E },
        }));
      }
    }
    const deficit = E - other - income;
    if (state && state.value > deficit) {
      findings.push(finding("COFUND_DEFICIT_EXCEEDED", state, { state: { cents: state.value }, deficit: { cents: deficit } }, { expected: { cents: Math.min(deficit, maxState) }, actual: { cents: state.value } }));
    }
    return findings;
  },
};

export const cofundingApplications: Rule = {
  id: "cofunding-applications",
  codes: ["COFUND_STATE_OVER_RATE"],
  needs: ["applications", "invoices"],
  check({ ledger, finding }: RuleContext): Finding[] {
    const rate = rateOf(ledger.project);
    const costs = realisedCosts(ledger);
    const findings: Finding[] = [];
    for (const application of ledger.applications) {
      if (application.start === null || application.end === null || application.applied === null) continue;
      const realised = realisedBetween(costs, application.start, application.end);
      if (!isStateOverRate(application.applied, realised, rate)) continue;
      const max = stateShare(realised, rate);
      findings.push(finding("COFUND_STATE_OVER_RATE", cellOf(application.at, "applied"), {
        state: { cents: application.applied }, rate: { ratio: rate / 1_000_000 }, eligible: { cents: realised }, max: { cents: max },
        over: { cents: application.applied - max }, scope: "application", start: { day: application.start }, end: { day: application.end },
      }, { expected: { cents: max }, actual: { cents: application.applied } }));
    }
    return findings;
  },
};
