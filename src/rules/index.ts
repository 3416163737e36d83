import { cofundingApplications, cofundingPlan } from "./cofunding";
import { ineligibleCosts } from "./ineligibleCosts";
import type { Rule } from "./rule";
import { vatUnknown } from "./vat";

/** Every rule, in the order their findings are listed. */
export const ALL_RULES: readonly Rule[] = [
  cofundingPlan,
  cofundingApplications,
  vatUnknown,
  ineligibleCosts,
];
