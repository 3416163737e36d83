import { addMonths } from "../periods";
import type { Finding } from "../findings/finding";
import type { Rule, RuleContext } from "./rule";

/**
 * Deadlines seen from the as-of date, both pointing at Hanke's Päättyy cell.
 *
 * - FINAL_REPORT_DUE (warning): once the project has ended, the final report is due
 *   Asetukset's months (default 2) after the project end; the message says how many days
 *   are left or how late it is. Not reported once a payment application whose period
 *   reaches the project end has a Lähetetty date on or before the as-of date, or has been
 *   paid (Maksettu): that is the final report sent.
 * - CHANGE_REQUEST_WINDOW (info): a change request (muutoshakemus) must reach the authority
 *   before the project ends; fewer than Asetukset's days (default 30) are left.
 */
export const deadlines: Rule = {
  id: "deadlines",
  codes: ["FINAL_REPORT_DUE", "CHANGE_REQUEST_WINDOW"],
  needs: ["project"],
  needsProject: ["end"],
  check({ ledger, asOf, finding }: RuleContext): Finding[] {
    const findings: Finding[] = [];
    const end = ledger.project.end;
    if (!end) return findings;
    const { finalReportMonths, changeRequestDays } = ledger.settings;
    if (asOf > end.value) {
      // a final application paid was sent, whether or not its Lähetetty date was written down
      const sent = ledger.applications.some(
        (a) => a.end !== null && a.end >= end.value && ((a.sent !== null && a.sent <= asOf) || (a.paid !== null && a.paid > 0)),
      );
      if (!sent) {
        const due = addMonths(end.value, finalReportMonths);
        findings.push(
          finding("FINAL_REPORT_DUE", end, {
            end: { day: end.value },
            due: { day: due },
            days: Math.abs(due - asOf),
            late: asOf > due ? "yes" : "",
          }),
        );
      }
    } else if (end.value - asOf < changeRequestDays) {
      findings.push(finding("CHANGE_REQUEST_WINDOW", end, { end: { day: end.value }, days: end.value - asOf }));
    }
    return findings;
  },
};
