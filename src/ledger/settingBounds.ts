import { z } from "zod/mini";
import type { Finding, Param } from "../findings/finding";
import { makeFinding } from "../findings/makeFinding";
import type { KeyedValue, Settings } from "./model";

type Bounded = Exclude<keyof Settings, "asOf">;

interface Bound {
  readonly min: number;
  readonly max: number;
  /** How the range is written in a message: euros, days, a month or a percentage. */
  readonly unit: "cents" | "days" | "month" | "months" | "ppm";
  readonly words: { readonly fi: string; readonly sv: string; readonly en: string };
}

/**
 * The values each Asetukset setting may take. Outside them a check would crash (month 13),
 * hang (a grace period of 10⁹ days) or give false errors (a negative tolerance), so the
 * setting keeps its default and the cell gets a SETTING_INVALID finding.
 */
export const SETTING_BOUNDS: Readonly<Record<Bounded, Bound>> = {
  toleranceCents: { min: 0, max: 100_000, unit: "cents", words: { fi: "Toleranssi", sv: "Tolerans", en: "Tolerance" } },
  monthGraceDays: {
    min: 0,
    max: 366,
    unit: "days",
    words: { fi: "Kuukausilaskun viive", sv: "Månadsfakturans frist", en: "Monthly invoice grace days" },
  },
  reconciliationGraceDays: {
    min: 0,
    max: 366,
    unit: "days",
    words: { fi: "Tasauslaskun viive", sv: "Utjämningsfakturans frist", en: "Reconciliation grace days" },
  },
  tertialGraceDays: {
    min: 0,
    max: 366,
    unit: "days",
    words: { fi: "Kolmanneslaskun viive", sv: "Tertialfakturans frist", en: "Tertial grace days" },
  },
  reconciliationFirstMonth: {
    min: 1,
    max: 12,
    unit: "month",
    words: { fi: "Ensimmäinen tasauskuukausi", sv: "Första utjämningsmånad", en: "First reconciliation month" },
  },
  underusePace: {
    min: 0,
    max: 1_000_000,
    unit: "ppm",
    words: { fi: "Alikäytön raja", sv: "Gräns för underutnyttjande", en: "Underuse pace" },
  },
  repaymentThresholdCents: {
    min: 0,
    max: 10_000_000,
    unit: "cents",
    words: { fi: "Palautusraja", sv: "Återbetalningsgräns", en: "Repayment threshold" },
  },
  changeRequestDays: {
    min: 0,
    max: 366,
    unit: "days",
    words: { fi: "Muutoshakemuksen aika", sv: "Tid för ändringsansökan", en: "Change request days" },
  },
  finalReportMonths: {
    min: 0,
    max: 24,
    unit: "months",
    words: { fi: "Loppuraportin määräaika", sv: "Slutrapportens tidsfrist", en: "Final report months" },
  },
};

function isBounded(key: string): key is Bounded {
  return key in SETTING_BOUNDS;
}

function shownLimit(bound: Bound, value: number): Param {
  if (bound.unit === "cents") return { cents: value };
  if (bound.unit === "ppm") return { ratio: value / 1_000_000 };
  return value;
}

/**
 * The settings read from Asetukset that are within their bounds; each one outside gets a
 * finding at its cell naming the allowed range, and is left out so that the default applies.
 */
export function validSettings(
  values: Readonly<Record<string, KeyedValue<number | string>>>,
  findings: Finding[],
): Record<string, KeyedValue<number | string>> {
  const valid: Record<string, KeyedValue<number | string>> = {};
  for (const [key, keyed] of Object.entries(values)) {
    if (!isBounded(key)) {
      valid[key] = keyed;
      continue;
    }
    const bound = SETTING_BOUNDS[key];
    const schema = z.number().check(z.int(), z.minimum(bound.min), z.maximum(bound.max));
    if (schema.safeParse(keyed.value).success) {
      valid[key] = keyed;
      continue;
    }
    const value = typeof keyed.value === "number" ? shownLimit(bound, keyed.value) : keyed.value;
    findings.push(
      makeFinding(
        "SETTING_INVALID",
        { sheet: keyed.sheet, cell: keyed.cell },
        { setting: { words: bound.words }, value, min: shownLimit(bound, bound.min), max: shownLimit(bound, bound.max), unit: bound.unit },
      ),
    );
  }
  return valid;
}
