import { claimsRule } from "./claims";
import { cofundingApplications, cofundingPlan } from "./cofunding";
import { ineligibleCosts } from "./ineligibleCosts";
import { applicationChain, applicationClosing, applicationRate } from "./applications";
import { budgetUseRule, budgetVersions } from "./budget";
import { deadlines } from "./deadlines";
import { invoiceIntegrity } from "./invoiceIntegrity";
import { invoicePeriods } from "./invoicePeriods";
import { invoiceOutsideProject, invoicePartners } from "./invoiceWindows";
import { reconciliationAmounts } from "./reconciliations";
import { muniSharesCoverage, muniSharesTotal } from "./muniShares";
import type { Rule } from "./rule";
import { vatUnknown } from "./vat";

/** Every rule, in the order their findings are listed. */
export const ALL_RULES: readonly Rule[] = [
  cofundingPlan,
  cofundingApplications,
  vatUnknown,
  ineligibleCosts,
  invoicePartners,
  invoiceOutsideProject,
  invoicePeriods,
  reconciliationAmounts,
  invoiceIntegrity,
  budgetVersions,
  budgetUseRule,
  muniSharesTotal,
  muniSharesCoverage,
  applicationChain,
  applicationRate,
  applicationClosing,
  deadlines,
  claimsRule,
];
