import type { Ledger, Partner } from "./model";
import { nameKey } from "../workbook/normalize";

/** Partners by their forgiving name key, for finding a ledger line's partner. */
export function partnersByName(ledger: Ledger): Map<string, Partner> {
  return new Map(ledger.partners.map((p) => [nameKey(p.name), p]));
}
