import type { Ledger, Partner } from "./model";
import { nameKey } from "../workbook/normalize";

/**
 * Partners by their forgiving name key, for finding a ledger line's partner. A partner on
 * several Kumppanit rows is its first row, as everywhere else, so that every rule counts its
 * VAT alike.
 */
export function partnersByName(ledger: Ledger): Map<string, Partner> {
  const partners = new Map<string, Partner>();
  for (const partner of ledger.partners) {
    const key = nameKey(partner.name);
    if (!partners.has(key)) partners.set(key, partner);
  }
  return partners;
}
