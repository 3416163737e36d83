import { cellOf } from "../ledger/cell";
import { partnersByName } from "../ledger/realised";
import type { Finding } from "../report/finding";
import { nameKey } from "../workbook/normalize";
import type { Rule, RuleContext } from "./rule";

/**
 * A VAT-inclusive amount with no VAT column: for a partner that recovers its VAT the net
 * (eligible) cost cannot be known, so the line counts at its gross amount and is flagged.
 */
export const vatUnknown: Rule = {
  id: "vat",
  codes: ["VAT_UNKNOWN"],
  needs: ["invoices", "partners"],
  check({ ledger, finding }: RuleContext): Finding[] {
    const partners = partnersByName(ledger);
    const findings: Finding[] = [];
    for (const line of ledger.invoices) {
      if (line.net !== null || line.gross === null || line.vat !== null || !line.eligible) continue;
      if (partners.get(nameKey(line.partner))?.vatRecoverable !== true) continue;
      findings.push(finding("VAT_UNKNOWN", cellOf(line.at, "gross"), { partner: line.partner }, { actual: { cents: line.gross } }));
    }
    return findings;
  },
};
