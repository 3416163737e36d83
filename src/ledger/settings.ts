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

/** The most a KASTE state grant may cover, 75 % of the eligible costs, in parts per million. */
export const MAX_RATE_PPM = 750_000;

/** The default state grant rate, 75 %, in parts per million. */
export const DEFAULT_RATE_PPM = MAX_RATE_PPM;

/**
 * A state grant rate as the checks use it: at most 75 %. A lower rate (a grant decision under
 * the maximum) stands; a higher one is COFUND_RATE_OVER_MAX and is judged at 75 %.
 *
 * @example
 * rateInForce(700_000) //=> 700000
 * rateInForce(900_000) //=> 750000
 */
export function rateInForce(ppm: number): number {
  return Math.min(ppm, MAX_RATE_PPM);
}

/**
 * The project's state grant rate: Hanke's Valtionavustus-%, or 75 %; never more than 75 %, so
 * every rule, the application draft and the reports judge by the same limit.
 */
export function rateOf(project: Project): number {
  return rateInForce(project.rate?.value ?? DEFAULT_RATE_PPM);
}
