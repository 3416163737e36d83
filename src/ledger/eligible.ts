import type { Cents } from "../money/cents";
import type { InvoiceLine, Partner } from "./model";

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
