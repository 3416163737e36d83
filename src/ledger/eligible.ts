import type { Cents } from "../money/cents";
import type { InvoiceLine, Ledger, Partner } from "./model";
import { nameKeys } from "./names";

/**
 * A ledger line's eligible cost: its net amount, plus its VAT only where the partner does
 * not get the VAT back (docs/domain.md §9; municipalities recover theirs). A VAT-inclusive amount
 * becomes net with the VAT column; without one it stays gross (and VAT_UNKNOWN says so when
 * that matters). Lines marked not eligible cost nothing; null when the amount is unknown.
 */
export function eligibleCents(line: InvoiceLine, partner: Partner | undefined): Cents | null {
  if (!line.eligible) return 0;
  const vatCounts = partner?.vatRecoverable === false;
  if (line.net !== null) return line.net + (vatCounts ? (line.vat ?? 0) : 0);
  if (line.gross === null) return null;
  if (line.vat === null) return line.gross;
  return vatCounts ? line.gross : line.gross - line.vat;
}

const LINE_CENTS = new WeakMap<Ledger, readonly (Cents | null)[]>();

/**
 * Every ledger line's `eligibleCents`, its biller's partner being the first Kumppanit row of that
 * name (as every rule takes it), in the order of `ledger.invoices`: computed once per ledger, since
 * several rules walk a million lines for them.
 */
export function eligibleCentsOfLines(ledger: Ledger): readonly (Cents | null)[] {
  const cached = LINE_CENTS.get(ledger);
  if (cached) return cached;
  const keyOf = nameKeys();
  const partners = new Map<string, Partner>();
  for (const partner of ledger.partners) if (!partners.has(keyOf(partner.name))) partners.set(keyOf(partner.name), partner);
  const { invoices } = ledger;
  const cents = new Array<Cents | null>(invoices.length);
  // the biller of the row before and its partner: most rows repeat it
  let biller: string | undefined;
  let partner: Partner | undefined;
  for (let i = 0; i < invoices.length; i++) {
    const line = invoices[i];
    if (line.partner !== biller) {
      biller = line.partner;
      partner = partners.get(keyOf(biller));
    }
    cents[i] = eligibleCents(line, partner);
  }
  LINE_CENTS.set(ledger, cents);
  return cents;
}
