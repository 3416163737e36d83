import { cellOf } from "../ledger/cell";
import type { TableRef } from "../ledger/model";
import { partnersByName } from "../ledger/realised";
import type { Finding } from "../findings/finding";
import { nameKey } from "../workbook/normalize";
import type { Rule, RuleContext } from "./rule";

/**
 * A VAT-inclusive amount with no VAT column: for a partner that recovers its VAT the net
 * (eligible) cost cannot be known, so the line counts at its gross amount and is flagged:
 * once per partner and table when the table has no VAT column at all (at its first row),
 * per row when the row's VAT cell is empty.
 */
export const vatUnknown: Rule = {
  id: "vat",
  codes: ["VAT_UNKNOWN"],
  needs: ["invoices", "partners"],
  check({ ledger, finding }: RuleContext): Finding[] {
    const partners = partnersByName(ledger);
    const findings: Finding[] = [];
    // a table without a VAT column is one problem per partner, not one per row
    const reported = new Map<TableRef, Set<string>>();
    for (const line of ledger.invoices) {
      if (line.net !== null || line.gross === null || line.vat !== null || !line.eligible) continue;
      const key = nameKey(line.partner);
      if (partners.get(key)?.vatRecoverable !== true) continue;
      const table = line.at.table;
      if (table.columns.vat === undefined) {
        let partnersOfTable = reported.get(table);
        if (!partnersOfTable) reported.set(table, (partnersOfTable = new Set()));
        if (partnersOfTable.has(key)) continue;
        partnersOfTable.add(key);
      }
      findings.push(finding("VAT_UNKNOWN", cellOf(line.at, "gross"), { partner: line.partner }, { actual: { cents: line.gross } }));
    }
    return findings;
  },
};
