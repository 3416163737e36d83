import type { Code } from "../../src/findings/codes";
import type { Param } from "../../src/findings/finding";
import type { ParamsOf } from "../../src/findings/params";

/** A finding as a check would report it, with parameters as its code declares them (params.ts). */
export interface ExampleFinding<C extends Code> {
  readonly sheet: string;
  readonly cell: string;
  readonly params: ParamsOf<C>;
  readonly expected?: Param;
  readonly actual?: Param;
}

/** What a code's page says beyond the registry, the messages and the advice: written by hand. */
export interface RuleNote<C extends Code> {
  /** What is checked, beyond the registry's one line: the cases, the thresholds, what is left alone. */
  readonly checks: string;
  /** The domain rule it enforces, in a sentence or two. */
  readonly why: string;
  /** Headings of docs/domain.md that explain the rule (their anchors, e.g. "9-vat"). */
  readonly domain: readonly string[];
  /** The cell the finding points at, in words. */
  readonly points: string;
  /** Where the finding is made when no rule of src/rules reports it (the reader, an import, a draft). */
  readonly from?: string;
  /** A realistic finding, rendered on the page in Finnish, Swedish and English. */
  readonly example: ExampleFinding<C>;
}

/** Every code's note: a code without one does not compile. */
export type RuleNotes = { readonly [C in Code]: RuleNote<C> };
