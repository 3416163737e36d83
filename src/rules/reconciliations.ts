import { cellOf } from "../ledger/cell";
import type { InvoiceLine } from "../ledger/model";
import { nameKey } from "../ledger/names";
import type { Day } from "../periods";
import type { Finding } from "../findings/finding";
import type { Rule, RuleContext } from "./rule";

/**
 * Does each reconciliation (`tasaus`) invoice bill what its period's realised costs leave after
 * the fixed invoices? A partner invoicing fixed monthly costs in advance reconciles a block of
 * months (a quarter, or a tertial under another agreement) with an invoice for the difference:
 * realised costs − the `kiinteä` invoices of the block, plus or minus (docs/domain.md §6).
 *
 * The realised costs are the partner's reconciliation statement, typed on the `tasaus` row in the
 * ledger's realised-costs column (Toteutuneet kulut, Utfall, Actual costs); a block none of whose
 * `tasaus` rows states them is not checked. A block's reconciliation is every `tasaus` row of that
 * partner and period (a wrong one credited and billed again sums to the right one); its realised
 * costs are those the latest of its invoices states. The fixed invoices are the partner's
 * `kiinteä` lines (credit notes subtracting) of the months inside the block; one reaching beyond it
 * counts for the days it shares with the block; a row without a Laji is a fixed invoice, or a
 * reconciliation when it states realised costs. Amounts without VAT; the difference may be the
 * Asetukset tolerance (Toleranssi) and no more.
 */
export const reconciliationAmounts: Rule = {
  id: "reconciliation-amounts",
  codes: ["RECONCILIATION_MISMATCH"],
  needs: ["invoices"],
  check({ ledger, finding }: RuleContext): Finding[] {
    const findings: Finding[] = [];
    const fixedByPartner = new Map<string, InvoiceLine[]>();
    const blocks = new Map<string, Block>();
    for (const line of ledger.invoices) {
      if (line.periodStart === null || line.periodEnd === null || line.periodStart > line.periodEnd) continue;
      const partner = nameKey(line.partner);
      // a row without a Laji is a fixed invoice unless it states realised costs (then it reconciles)
      if (line.kind === "fixed" || (line.kind === null && line.realised === null)) {
        const fixed = fixedByPartner.get(partner);
        if (fixed) fixed.push(line);
        else fixedByPartner.set(partner, [line]);
        continue;
      }
      if (line.kind !== "reconciliation" && !(line.kind === null && line.realised !== null)) continue;
      const key = `${partner}\u0000${line.periodStart}\u0000${line.periodEnd}`;
      let block = blocks.get(key);
      if (!block) blocks.set(key, (block = { partner, start: line.periodStart, end: line.periodEnd, lines: [] }));
      block.lines.push(line);
    }
    for (const block of blocks.values()) {
      const stated = statedRealised(block.lines);
      if (!stated) continue;
      const fixed = fixedOf(fixedByPartner.get(block.partner) ?? [], block);
      const expected = stated.realised - fixed;
      let actual = 0;
      for (const line of block.lines) actual += amountOf(line);
      if (Math.abs(actual - expected) <= ledger.settings.toleranceCents) continue;
      const { line } = stated;
      findings.push(
        finding(
          "RECONCILIATION_MISMATCH",
          cellOf(line.at, line.at.table.columns.net !== undefined || line.gross === null ? "net" : "gross"),
          {
            partner: line.partner,
            number: line.number,
            start: { day: block.start },
            end: { day: block.end },
            realised: { cents: stated.realised },
            fixed: { cents: fixed },
            expected: { cents: expected },
            billed: { cents: actual },
            difference: { cents: actual - expected },
          },
          { expected: { cents: expected }, actual: { cents: actual } },
        ),
      );
    }
    return findings;
  },
};

/** A partner's reconciliation of one period: its `tasaus` lines, in ledger order. */
interface Block {
  readonly partner: string;
  readonly start: Day;
  readonly end: Day;
  readonly lines: InvoiceLine[];
}

/** A line's amount without VAT (its VAT-inclusive amount when that is all it gives). */
function amountOf(line: InvoiceLine): number {
  return line.net ?? line.gross ?? 0;
}

/**
 * The realised costs the block's latest invoice stating any gives (the sum over its lines, each
 * perhaps a cost line of its own), with that invoice's first line; null when none states them.
 */
function statedRealised(lines: readonly InvoiceLine[]): { realised: number; line: InvoiceLine } | null {
  let best: { realised: number; line: InvoiceLine; day: number } | null = null;
  const byInvoice = new Map<string, { realised: number; line: InvoiceLine; day: number }>();
  for (const line of lines) {
    if (line.realised === null) continue;
    const key = nameKey(line.number) || `row ${line.at.row}`;
    const invoice = byInvoice.get(key);
    if (invoice) invoice.realised += line.realised;
    else byInvoice.set(key, { realised: line.realised, line, day: line.date ?? -Infinity });
  }
  for (const invoice of byInvoice.values()) {
    if (!best || invoice.day > best.day || (invoice.day === best.day && invoice.line.at.row > best.line.at.row)) best = invoice;
  }
  return best;
}

/** The fixed invoices of a block: the days each shares with it, of its amount (rounded to the cent). */
function fixedOf(lines: readonly InvoiceLine[], block: Block): number {
  let total = 0;
  for (const line of lines) {
    const start = line.periodStart ?? block.start;
    const end = line.periodEnd ?? block.end;
    const from = Math.max(start, block.start);
    const to = Math.min(end, block.end);
    if (from > to) continue;
    const amount = amountOf(line);
    total += from === start && to === end ? amount : Math.round((amount * (to - from + 1)) / (end - start + 1));
  }
  return total;
}
