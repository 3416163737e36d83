import type { Code } from "./codes";

/**
 * The parameters each finding code is built with, so that a code's message cannot be built with
 * the wrong fields and a message cannot read a field its code does not have. A new code must
 * declare its parameters here (ParamsByCode refuses a missing or an unknown code).
 */

/** Money, kept raw: each language formats it its own way. */
type Money = { readonly cents: number };
/** A day, kept raw: 31.10.2015 in Finnish, 2015-10-31 elsewhere. */
type Date = { readonly day: number };
type Ratio = { readonly ratio: number };
/** Words written in each language (a table's name, its headers). */
type Words = { readonly words: { readonly fi: string; readonly sv: string; readonly en: string } };
/** A value shown as the cell held it: text, a number, an amount or a date. */
type Shown = string | number | Money | Date;
/** Any value a finding can carry (a setting as typed, a claimed cell before and after). */
type AnyValue = Shown | Ratio | Words;

type Invoice = { readonly partner: string; readonly number: string };
type Block = { readonly partner: string; readonly start: Date; readonly end: Date };
type Claimed = { readonly application: string; readonly start: Date; readonly end: Date };
type BudgetRow = {
  readonly year: number;
  readonly partner: string;
  readonly line: string;
  readonly budget: Money;
  readonly realised: Money;
};
type BudgetUse = BudgetRow & { readonly use: string | Ratio; readonly over: Money };

/** Every code exactly once: a missing code or a name that is not a code fails to compile. */
type ParamsByCode<T extends Record<Code, object> & Record<Exclude<keyof T, Code>, never>> = T;

export type FindingParams = ParamsByCode<{
  // Integrity
  TABLE_NOT_FOUND: {
    readonly kind?: string;
    readonly table: string | Words;
    readonly headers: string | Words;
    /** The closest candidate, said in each language, and the `kaste map` command that would use it. */
    readonly near?: Words;
    readonly command?: string;
  };
  COLUMN_NOT_UNDERSTOOD: { readonly header: string; readonly table: string };
  /** The header as the sheet writes it, or the field's name in each language when its column is missing. */
  REQUIRED_MISSING: { readonly field: string | Words };
  VALUE_NOT_A_NUMBER: { readonly value: string; readonly field: string; readonly why: "invalid" | "ambiguous" | "subcent" | "empty" };
  VALUE_NOT_A_DATE: { readonly value: string; readonly field: string };
  VALUE_NOT_UNDERSTOOD: { readonly value: string; readonly field: string; readonly allowed: string };
  SETTING_INVALID: {
    readonly setting: Words;
    readonly value: AnyValue;
    readonly min: AnyValue;
    readonly max: AnyValue;
    readonly unit: "cents" | "days" | "month" | "months" | "ppm";
  };
  CELL_FORMULA_ERROR: { readonly value: string; readonly field?: string };
  TABLE_NOT_READ: {
    readonly why: "summary" | "noPartner" | "copy" | "sheets";
    readonly sheetName: string;
    /** A copy's original: the sheet that holds every line of it; of a summary of several ("sheets"), those sheets. */
    readonly copyOf?: string;
  };
  ROWS_SKIPPED_NOISE: {
    readonly noise: "header" | "pageFooter" | "pageTotal";
    readonly count: number;
    /** First and last skipped row, 1-based as Excel numbers them. */
    readonly first: number;
    readonly last: number;
  };
  FORMULA_NOT_CALCULATED: { readonly cells: string; readonly count: number; readonly formula: string };
  FORMULA_COMPUTED: { readonly cells: string; readonly count: number; readonly formula: string };
  DATE_ORDER_ASSUMED: {
    readonly field: string;
    readonly order: "dayFirst" | "monthFirst";
    /** A value that reads both ways, such as 09/02/2013. */
    readonly sample: string;
  } & ({ readonly why: "default" } | { readonly why: "otherColumn"; readonly other: string });
  MAPPING_IGNORED:
    | { readonly why: "header"; readonly field: string; readonly table: string; readonly header: string; readonly now: string }
    | { readonly why: "sheet"; readonly sheetName: string; readonly row: string }
    | {
        readonly why: "invalid";
        readonly row: string;
        /** The first wrong cell's part of the mapping row. */
        readonly part: "table" | "sheet" | "headerRow" | "column" | "field";
        readonly value: string;
        readonly allowed: Words;
      };

  // Co-funding
  COFUND_STATE_OVER_RATE: {
    readonly state: Money;
    readonly rate: Ratio;
    readonly eligible: Money;
    readonly max: Money;
    readonly over: Money;
  } & ({ readonly scope: "plan" } | { readonly scope: "application"; readonly start: Date; readonly end: Date });
  COFUND_RATE_OVER_MAX: { readonly rate: Ratio; readonly max: Ratio };
  COFUND_MUNI_UNDER_MIN: {
    readonly municipal: Money;
    readonly minRate: Ratio;
    readonly eligible: Money;
    readonly min: Money;
    readonly under: Money;
  };
  COFUND_SPLIT_MISMATCH: { readonly sum: Money; readonly eligible: Money; readonly difference: Money };
  COFUND_DEFICIT_EXCEEDED: { readonly state: Money; readonly deficit: Money };
  VAT_UNKNOWN: { readonly partner: string };
  COST_INELIGIBLE: { readonly description: string; readonly category: string };

  // Partner invoicing
  INVOICE_MONTH_MISSING: Block & { readonly due: Date };
  INVOICE_MONTH_OVERLAP: Block & Invoice & { readonly other: string };
  INVOICE_PERIOD_MISALIGNED: Block &
    Invoice & { readonly scheme: "month" | "quarter" | "tertial"; readonly expectedStart: Date; readonly expectedEnd: Date };
  RECONCILIATION_MISSING: Block & { readonly due: Date };
  RECONCILIATION_MISMATCH: Block &
    Invoice & {
      readonly realised: Money;
      readonly fixed: Money;
      readonly expected: Money;
      readonly billed: Money;
      readonly difference: Money;
    };
  STARTUP_NOT_FIRST: Invoice & { readonly first: string; readonly firstDate: Date };
  INVOICE_TERTIAL_MISSING: Block & { readonly due: Date };
  INVOICE_TERTIAL_OVERLAP: Block & Invoice & { readonly other: string };
  INVOICE_OUTSIDE_PROJECT: Block & Invoice & { readonly projectStart: string | Date; readonly projectEnd: string | Date };
  INVOICE_OUTSIDE_PARTNER_WINDOW: Block & Invoice & { readonly windowStart: string | Date; readonly windowEnd: string | Date };
  INVOICE_DUPLICATE: Invoice &
    (
      | { readonly what: "line"; readonly first: string; readonly line: string }
      | { readonly what: "date" | "period"; readonly first: string; readonly value: Date; readonly other: Date }
    );
  INVOICE_UNCHECKED: Invoice & { readonly scope: "column" | "invoice" };
  INVOICE_UNAPPROVED: Invoice & { readonly scope: "column" | "invoice" };
  INVOICE_SAME_CHECKER_APPROVER: Invoice & { readonly person: string };
  INVOICE_UNKNOWN_PARTNER: { readonly partner: string; readonly rows: number; readonly suggestion: string };

  // Budget use
  BUDGET_LINE_OVERRUN: BudgetUse;
  BUDGET_TOTAL_OVERRUN: BudgetUse & { readonly scope: "project" | "partner" };
  BUDGET_UNDERUSE: BudgetUse & {
    readonly scope: "project" | "partner";
    readonly elapsed: Ratio;
    readonly pace: number;
    readonly threshold: number;
  };
  BUDGET_NO_LINE: BudgetRow & { readonly scope: "year" | "partner" | "line" };
  BUDGET_VERSION_AMBIGUOUS: {
    readonly year: number | string;
    readonly partner: string;
    readonly line: string;
    readonly amount: Money;
    readonly other: Money;
    readonly otherCell: string;
  };

  // Municipal shares
  MUNI_SHARES_MISMATCH: {
    readonly year: number;
    readonly sum: Money;
    readonly expected: Money;
    readonly budget: Money;
    readonly rate: Ratio;
    readonly difference: Money;
  };
  MUNI_DUPLICATE: { readonly municipality: string; readonly year: number; readonly first: string };
  MUNI_MISSING: { readonly municipality: string; readonly year: number; readonly other: number };

  // Payment applications and deadlines
  APPLICATION_PERIOD_GAP:
    | { readonly what: "projectStart"; readonly number: string; readonly start: Date; readonly projectStart: Date }
    | { readonly what: "beforeStart"; readonly number: string; readonly start: Date; readonly projectStart: Date }
    | { readonly what: "gap"; readonly number: string; readonly previous: string; readonly gapStart: Date; readonly gapEnd: Date };
  APPLICATION_PERIOD_OVERLAP: {
    readonly number: string;
    readonly previous: string;
    readonly overlapStart: Date;
    readonly overlapEnd: Date;
  };
  APPLICATION_ORDER:
    | { readonly what: "reversed"; readonly number: string; readonly start: Date; readonly end: Date }
    | { readonly what: "order"; readonly number: string; readonly start: Date; readonly previous: string; readonly previousStart: Date };
  APPLICATION_OVER_RATE: {
    readonly number: string;
    readonly end: Date;
    readonly applied: Money;
    readonly realised: Money;
    readonly rate: Ratio;
    readonly max: Money;
    readonly over: Money;
  };
  APPLICATION_COSTS_OUTSIDE: {
    readonly total: Money;
    readonly rows: number;
    readonly from: Date;
    readonly to: Date;
    readonly first: string;
  };
  FINAL_REPORT_DUE: { readonly end: Date; readonly due: Date; readonly days: number; readonly late: "yes" | "" };
  CHANGE_REQUEST_WINDOW: { readonly end: Date; readonly days: number };
  REPAYMENT_UNDER_100: { readonly paid: Money; readonly amount: Money; readonly allowed: Money; readonly threshold: Money };

  // Sync
  CLAIMED_ROW_CHANGED: Claimed & Invoice & { readonly field: string; readonly old: AnyValue; readonly new: AnyValue };
  CLAIMED_ROW_DELETED: Claimed & Invoice & { readonly line: string; readonly amount: Money; readonly origin: string };
  CLAIMED_TOTAL_CHANGED: Claimed & { readonly old: Money; readonly new: Money; readonly difference: Money };
  CLAIMS_ROW_INVALID: { readonly header: string };
  IMPORT_CONFLICT: Invoice & {
    readonly differs: string;
    readonly existing: string;
    readonly fileAmount: Shown;
    readonly ledgerAmount: Shown;
    readonly fileLine: string;
    readonly ledgerLine: string;
    readonly fileStart: Shown;
    readonly fileEnd: Shown;
    readonly ledgerStart: Shown;
    readonly ledgerEnd: Shown;
  };
  IMPORT_ROW_BROKEN: { readonly what: "quotes" } | { readonly what: "fields"; readonly value: string };
  IMPORT_NET_UNKNOWN: Invoice;
  IMPORT_INVOICE_HELD: Invoice & { readonly bad: string };
  IMPORT_COLUMN_DROPPED: { readonly header: string };
  IMPORT_TARGET_FULL: { readonly rows: number; readonly next: string };
  IMPORT_TARGET_ACROSS: { readonly sheet: string };
  APPLICATION_FORMULA_MISMATCH: {
    readonly label: string;
    readonly formula: string | Money;
    readonly library: Money;
    readonly cells?: string;
    /**
     * No formula was written, the library's figure instead: `period`, the ledger dates its rows by
     * a single period column ("3/2014") no SUMIFS can follow; `text`, the cell to refer to
     * (`cells`) is not a number.
     */
    readonly noFormula?: "period" | "text";
  };
}>;

export type ParamsOf<C extends Code> = FindingParams[C];

/**
 * What a message reads: every parameter formatted for its language; words a message chooses by
 * (a scope, a reason) keep their literal type so that the message can branch on them.
 */
export type ShownParams<P> = P extends unknown
  ? { readonly [K in keyof P]: Exclude<P[K], undefined> extends string ? P[K] : string }
  : never;

/** A finding's problem before it has a cell: a code with its own parameters. */
export type ProblemOf<C extends Code = Code> = C extends Code ? { readonly code: C; readonly params: ParamsOf<C> } : never;
