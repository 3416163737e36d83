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

/** One family of checks: the codes it can report and the tables it cannot run without. */
export interface Rule {
  readonly id: string;
  readonly codes: readonly Code[];
  readonly needs: readonly TableKind[];
  check(context: RuleContext): Finding[];
}
