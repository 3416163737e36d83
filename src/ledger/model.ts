import { z } from "zod/mini";
import type { Cents } from "../money";
import type { Day } from "../periods";

/**
 * The typed ledger: what the tables of a finance workbook mean. Types come from zod
 * schemas (tests validate built ledgers against them); every record keeps `at`, the
 * table and row it came from, so any value can name its sheet and cell (see `cellOf`).
 */

const day = z.number().check(z.int());
const cents = z.number().check(z.int());
const text = z.string();

export const TableKindSchema = z.enum(["project", "partners", "budget", "invoices", "muniShares", "applications", "settings"]);
export type TableKind = z.infer<typeof TableKindSchema>;

/** Where a table was found: its sheet, header row and the column of each recognised field. */
export interface TableRef {
  readonly kind: TableKind;
  readonly sheet: string;
  /** 0-based row of the header (for key/value blocks: of the first key). */
  readonly headerRow: number;
  /** 0-based column of each recognised field. */
  readonly columns: Readonly<Record<string, number>>;
  /** Each recognised field's header as typed, for messages ("Summa (ALV 0)"). */
  readonly headers: Readonly<Record<string, string>>;
  /** Columns kept but not understood: 0-based column and the header as typed. */
  readonly unknownColumns: ReadonlyArray<{
    readonly col: number;
    readonly header: string;
    /** Known but not the table's (Y-tunnus, Huom): not reported. */ readonly quiet?: boolean;
  }>;
  /** A wide table (budget or municipal shares with a column per year): each year's column. */
  readonly yearColumns?: ReadonlyArray<{ readonly col: number; readonly year: number; readonly version?: BudgetVersion }>;
  /**
   * The year a table's title, sheet or amount (or period) header names, where its rows leave it
   * out: municipal shares without Vuosi ("Kuntaosuudet 2014"), a ledger's months without a year ("Laskut 2014").
   */
  readonly contextYear?: number;
  /** The budget version a budget table's title or sheet names, where it has no Versio column ("Tarkistettu budjetti"). */
  readonly contextVersion?: BudgetVersion;
  /** A budget with a column per version beside its Vuosi column ("Haettu € | Vahvistettu €"): each version's column. */
  readonly versionColumns?: ReadonlyArray<{ readonly col: number; readonly version: BudgetVersion }>;
  /**
   * A table laid out across (docs/workbook.md): each amount column of one cost line, partner
   * block, year or month, read as one record per row and non-empty column.
   */
  readonly acrossColumns?: ReadonlyArray<AcrossColumn>;
  /**
   * A table beside another on its sheet, past a blank column: its block's first column. Its
   * rows' labels (totals, page footers) are looked for from there, not from the sheet's first column.
   */
  readonly fromCol?: number;
  /** An invoice kept as a document: the number, date, period and biller typed once above its lines (see invoiceDocuments.ts). */
  readonly invoiceContext?: InvoiceContext;
}

/** What an invoice typed as a document says once for all its lines, each value with the cell it was read from. */
export interface InvoiceContext {
  readonly number?: string;
  readonly date?: Day;
  readonly partner?: string;
  /** The period of every line; none when the lines have period columns of their own. */
  readonly periodStart?: Day;
  readonly periodEnd?: Day;
  /** The 0-based cell each value stands in ("Laskun numero | VER-025": the value's cell; a title's period: the title's). */
  readonly cells: Readonly<
    Partial<Record<"number" | "date" | "partner" | "periodStart" | "periodEnd", { readonly row: number; readonly col: number }>>
  >;
  /** The first of those cells' rows: a document stacked under another ends that one's lines. */
  readonly firstRow: number;
}

/** An amount column of a table laid out across, with what its header (and the block above it) says. */
export interface AcrossColumn {
  readonly col: number;
  /** The column's header as typed, for messages. */
  readonly header: string;
  /** The column's cost line, as its header says it ("Henkilöstökulut"). */
  readonly line?: string;
  /** The partner of the block over the column ("Pikassos"; "" for the common share). */
  readonly partner?: string;
  /** Municipal shares with a column per municipality ("Vuosi | Närpiö | Vaasa"): the column's municipality. */
  readonly municipality?: string;
  readonly year?: number;
  /** The column's month, 1–12 (with `year`): a monthly breakdown's column is that month's period. */
  readonly month?: number;
}

/** The row a record came from (0-based, in sheet coordinates). */
export interface RowRef {
  readonly table: TableRef;
  readonly row: number;
}

const located = { at: z.custom<RowRef>() };

export const SchemeSchema = z.enum(["monthly", "tertial", "actual"]);
export type InvoicingScheme = z.infer<typeof SchemeSchema>;

export const PartnerSchema = z.object({
  name: text,
  scheme: z.nullable(SchemeSchema),
  start: z.nullable(day),
  end: z.nullable(day),
  /** True when the partner gets its VAT back (its VAT is then not an eligible cost). */
  vatRecoverable: z.nullable(z.boolean()),
  ...located,
});
export type Partner = z.infer<typeof PartnerSchema>;

export const BudgetVersionSchema = z.enum(["applied", "confirmed", "revised"]);
export type BudgetVersion = z.infer<typeof BudgetVersionSchema>;

export const BudgetRowSchema = z.object({
  year: z.nullable(z.number().check(z.int())),
  /** "" for the common share (yhteisosuus) run by the project director. */
  partner: text,
  line: text,
  version: z.nullable(BudgetVersionSchema),
  amount: z.nullable(cents),
  ...located,
});
export type BudgetRow = z.infer<typeof BudgetRowSchema>;

export const InvoiceKindSchema = z.enum(["fixed", "reconciliation", "startup", "actual"]);
export type InvoiceKind = z.infer<typeof InvoiceKindSchema>;

export const InvoiceLineSchema = z.object({
  date: z.nullable(day),
  partner: text,
  number: text,
  periodStart: z.nullable(day),
  periodEnd: z.nullable(day),
  kind: z.nullable(InvoiceKindSchema),
  line: text,
  /** Amount without VAT; null when unknown (unparseable, or only a VAT-inclusive amount). */
  net: z.nullable(cents),
  vat: z.nullable(cents),
  /** Amount with VAT, when the table gives one (`sis. ALV`, `brutto`). */
  gross: z.nullable(cents),
  /** On a reconciliation (tasaus) row: the realised costs of its period the partner states, without VAT. */
  realised: z.nullable(cents),
  eligible: z.boolean(),
  checker: text,
  approver: text,
  description: text,
  ...located,
});
export type InvoiceLine = z.infer<typeof InvoiceLineSchema>;

export const MuniShareSchema = z.object({
  year: z.nullable(z.number().check(z.int())),
  municipality: text,
  payer: text,
  basis: text,
  amount: z.nullable(cents),
  ...located,
});
export type MuniShare = z.infer<typeof MuniShareSchema>;

export const ApplicationSchema = z.object({
  number: text,
  start: z.nullable(day),
  end: z.nullable(day),
  applied: z.nullable(cents),
  paid: z.nullable(cents),
  sent: z.nullable(day),
  ...located,
});
export type Application = z.infer<typeof ApplicationSchema>;

/** A value from a key/value block (Hanke, Asetukset) with the cell it came from. */
export interface KeyedValue<T> {
  readonly value: T;
  readonly sheet: string;
  readonly cell: string;
}

export const ProjectSchema = z.object({
  name: z.optional(z.custom<KeyedValue<string>>()),
  administrator: z.optional(z.custom<KeyedValue<string>>()),
  start: z.optional(z.custom<KeyedValue<number>>()),
  end: z.optional(z.custom<KeyedValue<number>>()),
  /** State grant rate in parts per million; 750 000 (75 %) when the workbook does not say. */
  rate: z.optional(z.custom<KeyedValue<number>>()),
  eligible: z.optional(z.custom<KeyedValue<number>>()),
  stateGrant: z.optional(z.custom<KeyedValue<number>>()),
  municipalShare: z.optional(z.custom<KeyedValue<number>>()),
  otherFunding: z.optional(z.custom<KeyedValue<number>>()),
  income: z.optional(z.custom<KeyedValue<number>>()),
});
export type Project = z.infer<typeof ProjectSchema>;

/** Settings from `Asetukset`, every one with a documented default (see settings.ts). */
export const SettingsSchema = z.object({
  /** The day the checks look from; today when absent. */
  asOf: z.nullable(day),
  /** Tolerance in cents for sums that must match (default 0: exact). */
  toleranceCents: cents.check(z.minimum(0)),
  monthGraceDays: z.number().check(z.int(), z.minimum(0)),
  reconciliationGraceDays: z.number().check(z.int(), z.minimum(0)),
  tertialGraceDays: z.number().check(z.int(), z.minimum(0)),
  /** First month of the reconciliation blocks (1 = calendar quarters). */
  reconciliationFirstMonth: z.number().check(z.int(), z.minimum(1), z.maximum(12)),
  underusePace: z.number().check(z.minimum(0)),
  repaymentThresholdCents: cents.check(z.minimum(0)),
  changeRequestDays: z.number().check(z.int(), z.minimum(0)),
  finalReportMonths: z.number().check(z.int(), z.minimum(0)),
});
export type Settings = z.infer<typeof SettingsSchema>;

export interface Ledger {
  readonly date1904: boolean;
  readonly project: Project;
  readonly settings: Settings;
  readonly partners: readonly Partner[];
  readonly budget: readonly BudgetRow[];
  readonly invoices: readonly InvoiceLine[];
  readonly muniShares: readonly MuniShare[];
  readonly applications: readonly Application[];
  /** Every table found, by kind (a kind may be found on several sheets, e.g. one ledger per year). */
  readonly tables: Readonly<Record<TableKind, readonly TableRef[]>>;
  /** Payment applications marked as sent, read from the hidden claims sheet (sync/claims.ts); rules/claims.ts checks them. */
  readonly claims?: readonly ClaimedApplication[];
}

/** The values of a ledger row that make it the same row (ledger/fingerprint.ts). */
export type RowValues = Pick<
  InvoiceLine,
  "partner" | "number" | "date" | "periodStart" | "periodEnd" | "kind" | "line" | "net" | "vat" | "gross" | "eligible"
>;

/** One ledger row as it was claimed. */
export interface ClaimedRow extends RowValues {
  /** Its eligible cost when claimed. */
  readonly eligibleCents: Cents;
  /** Where it stood when claimed ("Laskut!A12"). */
  readonly origin: string;
  readonly fingerprint: string;
  /** 0-based row on the claims sheet. */
  readonly row: number;
}

/** The application part of a claim, as `markSent` writes it. */
export interface ApplicationClaim {
  readonly number: string;
  readonly start: Day;
  readonly end: Day;
  readonly sent: Day | null;
  /** Eligible costs of the period when sent. */
  readonly eligible: Cents;
  /** The most the rate allowed on them (rounded down). */
  readonly stateShare: Cents;
  /** The amount applied. */
  readonly applied: Cents;
}

/** A payment application marked as sent, as the claims sheet keeps it. */
export interface ClaimedApplication extends ApplicationClaim {
  readonly sheet: string;
  /** 0-based row of its `hakemus` row on the claims sheet. */
  readonly row: number;
  readonly rows: readonly ClaimedRow[];
}
