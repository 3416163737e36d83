import type { Severity } from "./finding";

/**
 * Every finding code, with its severity and the one line the README documents it with.
 * Messages live apart, one file per language (messages/fi.ts, sv.ts, en.ts).
 */
export const CODES = {
  // Integrity: what the cells themselves say
  TABLE_NOT_FOUND: { severity: "error", doc: "A table the checks need (e.g. Laskut) was not found on any sheet." },
  COLUMN_NOT_UNDERSTOOD: { severity: "info", doc: "A column header was not recognised; the column is kept but not used." },
  REQUIRED_MISSING: { severity: "error", doc: "A required value (or column) is empty in a row that has other data." },
  VALUE_NOT_A_NUMBER: { severity: "error", doc: "A cell that must hold an amount or number holds text that is not one (or is ambiguous)." },
  VALUE_NOT_A_DATE: { severity: "error", doc: "A cell that must hold a date holds something that is not a date." },
  VALUE_NOT_UNDERSTOOD: { severity: "error", doc: "A cell holds a word outside its list (e.g. Laji not kiinteä/tasaus/käynnistys/toteuma)." },
  CELL_FORMULA_ERROR: { severity: "error", doc: "A cell holds an Excel error such as #REF! or #DIV/0!." },

  // Co-funding
  COFUND_STATE_OVER_RATE: { severity: "error", doc: "The state grant is more than the rate (default 75 %) of the eligible costs: in the plan, a year's realised costs or the applications so far." },
  COFUND_MUNI_UNDER_MIN: { severity: "error", doc: "The municipal share is less than (1 − rate) of the eligible costs." },
  COFUND_SPLIT_MISMATCH: { severity: "error", doc: "State grant + municipal share + other funding + income does not equal the eligible costs to the cent." },
  COFUND_DEFICIT_EXCEEDED: { severity: "error", doc: "The state grant is more than the deficit: eligible costs − other funding − income." },
  VAT_UNKNOWN: { severity: "warning", doc: "An amount is VAT-inclusive but there is no VAT column, and the partner recovers its VAT: the net cost is unknown." },
  COST_INELIGIBLE: { severity: "error", doc: "Depreciation, provisions, fund-raising or imputed costs are marked eligible." },
} as const satisfies Record<string, { severity: Severity; doc: string }>;

export type Code = keyof typeof CODES;

export function severityOf(code: Code): Severity {
  return CODES[code].severity;
}
