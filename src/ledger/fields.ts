import type { TableKind } from "./model";

/**
 * The fields of each table with a header row, by name. The vocabulary (vocabulary.ts) must
 * describe exactly these, and the readers ask for them by these names, so a misspelt field
 * (`f.text("partnr")`) is a type error rather than a column that silently reads as empty.
 */
export const TABLE_FIELDS = {
  partners: ["name", "scheme", "start", "end", "period", "details", "vatRecoverable"],
  budget: ["year", "partner", "line", "version", "amount", "realised"],
  invoices: [
    "date",
    "partner",
    "number",
    "periodStart",
    "periodEnd",
    "period",
    "kind",
    "account",
    "costCentre",
    "line",
    "net",
    "debit",
    "credit",
    "gross",
    "realised",
    "vat",
    "vatRate",
    "eligible",
    "checker",
    "approver",
    "description",
    "year",
    "bookkeeping",
    "remarks",
    "sourceFile",
    "sourceRow",
    "importedAt",
  ],
  muniShares: ["year", "municipality", "payer", "basis", "shareRate", "amount"],
  applications: ["number", "start", "end", "period", "applied", "paid", "sent", "decision"],
} as const satisfies Record<RowTableKind, readonly string[]>;

/** The kinds of table read row by row (Hanke and Asetukset are key blocks). */
export type RowTableKind = Exclude<TableKind, "project" | "settings">;

/** The field names of one table kind. */
export type FieldOf<K extends RowTableKind> = (typeof TABLE_FIELDS)[K][number];

/** A field name of any table. */
export type AnyField = FieldOf<RowTableKind>;
