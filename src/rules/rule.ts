import type { Code } from "../findings/codes";
import type { Finding, FindingFactory } from "../findings/finding";
import type { Ledger, TableKind } from "../ledger/model";
import type { Day } from "../periods/day";

export interface RuleContext {
  readonly ledger: Ledger;
  /** The day the checks look from: Asetukset's as-of date, the CLI's --as-of, or today. */
  readonly asOf: Day;
  readonly finding: FindingFactory;
}

/** Hanke's keys a rule looks at beside its tables. */
export type ProjectKey = "start" | "end";

/** One family of checks: the codes it can report and the tables it cannot run without. */
export interface Rule {
  readonly id: string;
  readonly codes: readonly Code[];
  readonly needs: readonly TableKind[];
  /**
   * Hanke's keys the rule checks against: a Hanke found without one of them (its `Alkaa` row
   * missing, or labelled in words not recognised) leaves the rule not checked, or only in part.
   */
  readonly needsProject?: readonly ProjectKey[];
  check(context: RuleContext): Finding[];
}
