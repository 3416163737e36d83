import type { Severity } from "./severity";

/**
 * Every finding code, with its severity. The one line each is documented with lives apart (codeDocs.ts,
 * read by the docs' scripts only, so no bundle carries it), and so do the messages, one file per language
 * (messages/fi.ts, sv.ts, en.ts).
 */
export const CODES = {
  // Integrity: what the cells themselves say
  TABLE_NOT_FOUND: { severity: "error" },
  COLUMN_NOT_UNDERSTOOD: { severity: "info" },
  REQUIRED_MISSING: { severity: "error" },
  VALUE_NOT_A_NUMBER: { severity: "error" },
  VALUE_NOT_A_DATE: { severity: "error" },
  VALUE_NOT_UNDERSTOOD: { severity: "error" },
  SETTING_INVALID: { severity: "error" },
  CELL_FORMULA_ERROR: { severity: "error" },
  TABLE_NOT_READ: { severity: "info" },
  ROWS_SKIPPED_NOISE: { severity: "info" },
  FORMULA_NOT_CALCULATED: { severity: "error" },
  FORMULA_COMPUTED: { severity: "info" },
  DATE_ORDER_ASSUMED: { severity: "info" },
  MAPPING_IGNORED: { severity: "info" },

  // Co-funding
  COFUND_STATE_OVER_RATE: { severity: "error" },
  COFUND_RATE_OVER_MAX: { severity: "error" },
  COFUND_MUNI_UNDER_MIN: { severity: "error" },
  COFUND_SPLIT_MISMATCH: { severity: "error" },
  COFUND_DEFICIT_EXCEEDED: { severity: "error" },
  VAT_UNKNOWN: { severity: "warning" },
  COST_INELIGIBLE: { severity: "error" },

  // Partner invoicing (rules/invoicePeriods.ts, invoiceWindows.ts, invoiceIntegrity.ts)
  INVOICE_MONTH_MISSING: { severity: "warning" },
  INVOICE_MONTH_OVERLAP: { severity: "error" },
  INVOICE_PERIOD_MISALIGNED: { severity: "warning" },
  RECONCILIATION_MISSING: { severity: "warning" },
  RECONCILIATION_MISMATCH: { severity: "error" },
  STARTUP_NOT_FIRST: { severity: "warning" },
  INVOICE_TERTIAL_MISSING: { severity: "warning" },
  INVOICE_TERTIAL_OVERLAP: { severity: "error" },
  INVOICE_OUTSIDE_PROJECT: { severity: "error" },
  INVOICE_OUTSIDE_PARTNER_WINDOW: { severity: "error" },
  INVOICE_DUPLICATE: { severity: "error" },
  INVOICE_UNCHECKED: { severity: "error" },
  INVOICE_UNAPPROVED: { severity: "error" },
  INVOICE_SAME_CHECKER_APPROVER: { severity: "error" },
  INVOICE_UNKNOWN_PARTNER: { severity: "warning" },

  // Budget use (ledger/budgetUse.ts, rules/budget.ts)
  BUDGET_LINE_OVERRUN: { severity: "warning" },
  BUDGET_TOTAL_OVERRUN: { severity: "error" },
  BUDGET_UNDERUSE: { severity: "warning" },
  BUDGET_NO_LINE: { severity: "warning" },
  BUDGET_VERSION_AMBIGUOUS: { severity: "warning" },

  // Municipal shares (rules/muniShares.ts)
  MUNI_SHARES_MISMATCH: { severity: "error" },
  MUNI_DUPLICATE: { severity: "error" },
  MUNI_MISSING: { severity: "warning" },

  // Payment applications and deadlines (rules/applications.ts, deadlines.ts)
  APPLICATION_PERIOD_GAP: { severity: "error" },
  APPLICATION_PERIOD_OVERLAP: { severity: "error" },
  APPLICATION_ORDER: { severity: "warning" },
  APPLICATION_OVER_RATE: { severity: "error" },
  APPLICATION_COSTS_OUTSIDE: { severity: "warning" },
  FINAL_REPORT_DUE: { severity: "warning" },
  CHANGE_REQUEST_WINDOW: { severity: "info" },
  REPAYMENT_UNDER_100: { severity: "info" },

  // Sync: frozen claims of sent payment applications (rules/claims.ts), partner imports and application drafts (sync/)
  CLAIMED_ROW_CHANGED: { severity: "error" },
  CLAIMED_ROW_DELETED: { severity: "error" },
  CLAIMED_TOTAL_CHANGED: { severity: "error" },
  CLAIMS_ROW_INVALID: { severity: "warning" },
  IMPORT_CONFLICT: { severity: "warning" },
  IMPORT_ROW_BROKEN: { severity: "error" },
  IMPORT_NET_UNKNOWN: { severity: "error" },
  IMPORT_INVOICE_HELD: { severity: "warning" },
  IMPORT_COLUMN_DROPPED: { severity: "warning" },
  IMPORT_TARGET_FULL: { severity: "error" },
  IMPORT_TARGET_ACROSS: { severity: "error" },
  APPLICATION_FORMULA_MISMATCH: { severity: "warning" },
} as const satisfies Record<string, { severity: Severity }>;

export type Code = keyof typeof CODES;

export function severityOf(code: Code): Severity {
  return CODES[code].severity;
}
