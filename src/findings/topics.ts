import type { Code } from "./codes";
import type { Lang } from "./messages/types";

/** What a finding is about, in the coordinator's words: the pane groups findings by these. */
export type Topic = "cofunding" | "invoices" | "budget" | "municipal" | "applications" | "structure";

/** The topics in the order the pane shows them. */
export const TOPICS: readonly Topic[] = ["cofunding", "invoices", "budget", "municipal", "applications", "structure"];

export const TOPIC_LABELS: Readonly<Record<Lang, Readonly<Record<Topic, string>>>> = {
  fi: {
    cofunding: "Rahoitusosuudet",
    invoices: "Kumppanien laskut",
    budget: "Budjetin käyttö",
    municipal: "Kuntaosuudet",
    applications: "Maksatushakemukset",
    structure: "Työkirjan rakenne",
  },
  sv: {
    cofunding: "Finansieringsandelar",
    invoices: "Partnernas fakturor",
    budget: "Budgetanvändning",
    municipal: "Kommunandelar",
    applications: "Utbetalningsansökningar",
    structure: "Arbetsbokens struktur",
  },
  en: {
    cofunding: "Funding shares",
    invoices: "Partner invoices",
    budget: "Budget use",
    municipal: "Municipal shares",
    applications: "Payment applications",
    structure: "Workbook structure",
  },
};

/** Every code's topic (a Record, so a new code without a topic does not compile). */
export const TOPIC_OF: Readonly<Record<Code, Topic>> = {
  TABLE_NOT_FOUND: "structure",
  COLUMN_NOT_UNDERSTOOD: "structure",
  REQUIRED_MISSING: "structure",
  VALUE_NOT_A_NUMBER: "structure",
  VALUE_NOT_A_DATE: "structure",
  VALUE_NOT_UNDERSTOOD: "structure",
  SETTING_INVALID: "structure",
  CELL_FORMULA_ERROR: "structure",
  MAPPING_IGNORED: "structure",
  COFUND_STATE_OVER_RATE: "cofunding",
  COFUND_MUNI_UNDER_MIN: "cofunding",
  COFUND_SPLIT_MISMATCH: "cofunding",
  COFUND_DEFICIT_EXCEEDED: "cofunding",
  VAT_UNKNOWN: "invoices",
  COST_INELIGIBLE: "invoices",
  INVOICE_MONTH_MISSING: "invoices",
  INVOICE_MONTH_OVERLAP: "invoices",
  INVOICE_PERIOD_MISALIGNED: "invoices",
  RECONCILIATION_MISSING: "invoices",
  STARTUP_NOT_FIRST: "invoices",
  INVOICE_TERTIAL_MISSING: "invoices",
  INVOICE_TERTIAL_OVERLAP: "invoices",
  INVOICE_OUTSIDE_PROJECT: "invoices",
  INVOICE_OUTSIDE_PARTNER_WINDOW: "invoices",
  INVOICE_DUPLICATE: "invoices",
  INVOICE_UNCHECKED: "invoices",
  INVOICE_UNAPPROVED: "invoices",
  INVOICE_SAME_CHECKER_APPROVER: "invoices",
  INVOICE_UNKNOWN_PARTNER: "invoices",
  BUDGET_LINE_OVERRUN: "budget",
  BUDGET_TOTAL_OVERRUN: "budget",
  BUDGET_UNDERUSE: "budget",
  BUDGET_NO_LINE: "budget",
  BUDGET_VERSION_AMBIGUOUS: "budget",
  MUNI_SHARES_MISMATCH: "municipal",
  MUNI_DUPLICATE: "municipal",
  MUNI_MISSING: "municipal",
  APPLICATION_PERIOD_GAP: "applications",
  APPLICATION_PERIOD_OVERLAP: "applications",
  APPLICATION_ORDER: "applications",
  APPLICATION_OVER_RATE: "applications",
  APPLICATION_COSTS_OUTSIDE: "applications",
  FINAL_REPORT_DUE: "applications",
  CHANGE_REQUEST_WINDOW: "applications",
  REPAYMENT_UNDER_100: "applications",
  CLAIMED_ROW_CHANGED: "applications",
  CLAIMED_ROW_DELETED: "applications",
  CLAIMED_TOTAL_CHANGED: "applications",
  CLAIMS_ROW_INVALID: "applications",
  IMPORT_CONFLICT: "invoices",
  IMPORT_ROW_BROKEN: "invoices",
  IMPORT_NET_UNKNOWN: "invoices",
  IMPORT_COLUMN_DROPPED: "invoices",
  IMPORT_TARGET_FULL: "invoices",
  APPLICATION_FORMULA_MISMATCH: "applications",
};
