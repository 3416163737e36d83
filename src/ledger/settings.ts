import type { Project, Settings } from "./model";

/**
 * Defaults for every setting the Asetukset sheet can change. The documents leave these
 * open (docs/domain.md); each is our choice and the README lists them.
 */
export const DEFAULT_SETTINGS: Settings = {
  asOf: null,
  toleranceCents: 0,
  monthGraceDays: 30,
  reconciliationGraceDays: 60,
  tertialGraceDays: 30,
  reconciliationFirstMonth: 1,
  underusePace: 0.7,
  repaymentThresholdCents: 10_000,
  changeRequestDays: 30,
  finalReportMonths: 2,
};

/** The default state grant rate, 75 %, in parts per million. */
export const DEFAULT_RATE_PPM = 750_000;

/** The project's state grant rate: Hanke's Valtionavustus-%, or 75 %. */
export function rateOf(project: Project): number {
  return project.rate?.value ?? DEFAULT_RATE_PPM;
}
