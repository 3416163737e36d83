import { CANONICAL_HEADERS, CANONICAL_PROJECT_KEYS, CANONICAL_SETTINGS_KEYS, CANONICAL_SHEETS } from "./canonical";
import { DEFAULT_SETTINGS } from "./settings";
import type { CellValue } from "../workbook/types";

export interface TemplateSheet {
  readonly name: string;
  readonly rows: CellValue[][];
  /** True when the first row is a table header (written as an Excel table). */
  readonly table: boolean;
}

/** What each setting means, written beside it so the sheet explains itself. */
const SETTING_NOTES: Readonly<Record<string, string>> = {
  asOf: "Päivä, jolta tarkistetaan (tyhjä = tänään) / as-of date (blank = today)",
  toleranceCents: "Sallittu ero summissa euroina / tolerance in euros",
  monthGraceDays: "Päiviä kuukauden jälkeen ennen kuin puuttuva kuukausilasku on virhe",
  reconciliationGraceDays: "Päiviä jakson jälkeen ennen kuin puuttuva tasauslasku on virhe",
  tertialGraceDays: "Päiviä kolmanneksen jälkeen ennen kuin puuttuva lasku on virhe",
  reconciliationFirstMonth: "1 = kalenterineljännekset; muu kuukausi siirtää tasausjaksoja",
  underusePace: "Käyttövauhti, jonka alle budjetin käyttö on varoitus",
  repaymentThresholdCents: "Palautettavaa alle tämän (euroa) ei tarvitse palauttaa",
  changeRequestDays: "Muistutus muutoshakemuksesta näin monta päivää ennen hankkeen loppua",
  finalReportMonths: "Loppuraportti on jätettävä näin monta kuukautta hankkeen päättymisestä",
};

function settingValue(key: string): CellValue {
  const value = (DEFAULT_SETTINGS as Record<string, unknown>)[key];
  if (value === null) return null;
  if (key.endsWith("Cents")) return (value as number) / 100;
  return value as number;
}

/** The canonical empty workbook: Finnish sheet names, headers and keys. */
export function templateSheets(): TemplateSheet[] {
  const table = (kind: keyof typeof CANONICAL_HEADERS): TemplateSheet => ({
    name: CANONICAL_SHEETS[kind],
    rows: [Object.values(CANONICAL_HEADERS[kind])],
    table: true,
  });
  return [
    {
      name: CANONICAL_SHEETS.project,
      rows: Object.entries(CANONICAL_PROJECT_KEYS).map(([key, label]) => [label, key === "rate" ? 0.75 : null]),
      table: false,
    },
    table("partners"),
    table("budget"),
    table("invoices"),
    table("muniShares"),
    table("applications"),
    {
      name: CANONICAL_SHEETS.settings,
      rows: Object.entries(CANONICAL_SETTINGS_KEYS).map(([key, label]) => [label, settingValue(key), SETTING_NOTES[key] ?? null]),
      table: false,
    },
  ];
}
