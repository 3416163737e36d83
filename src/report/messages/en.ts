import type { Messages } from "./types";

export const en: Messages = {
  TABLE_NOT_FOUND: (p) => `The ${p.table} table was not found on any sheet; it needs the headers ${p.headers}.`,
  COLUMN_NOT_UNDERSTOOD: (p) => `The column header "${p.header}" in the ${p.table} table was not recognised; the column is left out of the checks.`,
  REQUIRED_MISSING: (p) => `The required value "${p.field}" is missing.`,
  VALUE_NOT_A_NUMBER: (p) => `"${p.value}" is not ${p.why === "ambiguous" ? "an unambiguous amount (is the separator decimal or thousands?)" : p.why === "subcent" ? "an amount to the cent" : "a number"} (${p.field}).`,
  VALUE_NOT_A_DATE: (p) => `"${p.value}" is not a date (${p.field}).`,
  VALUE_NOT_UNDERSTOOD: (p) => `"${p.value}" is not an allowed value for ${p.field}; allowed: ${p.allowed}.`,
  CELL_FORMULA_ERROR: (p) => `The cell holds the Excel error ${p.value}.`,
  COFUND_STATE_OVER_RATE: (p) => `The state grant ${p.state} exceeds ${p.rate} of the eligible costs ${p.eligible} (${p.scope === "plan" ? "the plan" : `the payment application for ${p.start}–${p.end}`}); at most ${p.max}, over by ${p.over}.`,
  COFUND_MUNI_UNDER_MIN: (p) => `The municipal share ${p.municipal} is under ${p.minRate} of the eligible costs ${p.eligible}; at least ${p.min}, short by ${p.under}.`,
  COFUND_SPLIT_MISMATCH: (p) => `Funding does not add up: state grant + municipal share + other funding + income = ${p.sum}, eligible costs ${p.eligible} (difference ${p.difference}).`,
  COFUND_DEFICIT_EXCEEDED: (p) => `The state grant ${p.state} is more than the deficit ${p.deficit} (eligible costs − other funding − income).`,
  VAT_UNKNOWN: (p) => `The amount includes VAT but there is no VAT column and ${p.partner} recovers its VAT: the net cost is unknown.`,
  COST_INELIGIBLE: (p) => `"${p.description}" (${p.category}) is not a cost eligible for the state grant, but the row is marked eligible.`,
};
