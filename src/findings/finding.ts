import type { Code } from "./codes";
import type { ParamsOf } from "./params";

import type { Severity } from "./severity";

export type { Severity };

/**
 * A value a message talks about. Money and days stay raw so that each language
 * formats them its own way (1 828 204,00 € in Finnish, €1,828,204.00 in English).
 */
export type Param =
  | string
  | number
  | { readonly cents: number }
  | { readonly day: number }
  | { readonly ratio: number }
  /** Words we write in each language (a table's name, its headers). */
  | { readonly words: { readonly fi: string; readonly sv: string; readonly en: string } };

/** A finding's parameters as stored; they are built typed per code (params.ts, FindingFactory). */
export type Params = Readonly<Record<string, Param>>;

/** One problem, as plain data; messages are rendered apart from the checks (report/render). */
export interface Finding {
  readonly code: Code;
  readonly severity: Severity;
  /** Sheet name; "" when the finding is about the workbook as a whole. */
  readonly sheet: string;
  /** A1 address; "" when the finding is about a whole sheet or table. */
  readonly cell: string;
  readonly params: Params;
  /** The value that would be right, where it is known. */
  readonly expected?: Param;
  readonly actual?: Param;
}

/** A rule that could not run, and why (a missing table is not "OK"). */
export interface NotChecked {
  readonly rule: string;
  readonly codes: readonly Code[];
  /** The missing tables' Finnish names (as JSON has always given them), or a key a found Hanke lacks ("Hanke: Alkaa"). */
  readonly missing: readonly string[];
  /** The same tables, named in each language. */
  readonly missingWords: readonly { readonly fi: string; readonly sv: string; readonly en: string }[];
}

export interface Where {
  readonly sheet: string;
  readonly cell: string;
}

/** Builds a finding with the severity the registry gives its code and the parameters its code declares. */
export type FindingFactory = <C extends Code>(
  code: C,
  where: Where,
  params: ParamsOf<C>,
  values?: { expected?: Param; actual?: Param },
) => Finding;
