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

/**
 * Partners by name key, a partner on several Kumppanit rows (one per agreement period) as one:
 * its first row's fields (VAT, scheme), its window from the earliest start to the latest end.
 */
export function partnersSpanning(partners: readonly Partner[], keyOf: (text: string) => string): Map<string, Partner> {
  const byKey = new Map<string, Partner>();
  for (const partner of partners) {
    const key = keyOf(partner.name);
    const first = byKey.get(key);
    byKey.set(key, first ? spanning(first, partner) : partner);
  }
  return byKey;
}

/** A partner's row widened to cover another row of the same partner (an unknown end is open). */
function spanning(partner: Partner, other: Partner): Partner {
  const start = partner.start === null || other.start === null ? null : Math.min(partner.start, other.start);
  const end = partner.end === null || other.end === null ? null : Math.max(partner.end, other.end);
  return start === partner.start && end === partner.end ? partner : { ...partner, start, end };
}
