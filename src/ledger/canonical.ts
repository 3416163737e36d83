import type { TableKind } from "./model";

/**
 * The canonical workbook: sheet names, headers and keys as `kaste template` writes them,
 * and the labels messages use for a field when the sheet has no header of its own.
 */
export const CANONICAL_HEADERS: Readonly<Record<Exclude<TableKind, "project" | "settings">, Readonly<Record<string, string>>>> = {
  partners: { name: "Kumppani", scheme: "Laskutustapa", start: "Alkaa", end: "Päättyy", vatRecoverable: "ALV palautuu" },
  budget: { year: "Vuosi", partner: "Kumppani", line: "Tilikohta", version: "Versio", amount: "Summa" },
  invoices: {
    date: "Päivämäärä",
    partner: "Laskuttaja",
    number: "Laskun numero",
    periodStart: "Ajalta alkaen",
    periodEnd: "Ajalta päättyen",
    kind: "Laji",
    line: "Tilikohta",
    net: "Summa (ALV 0)",
    vat: "ALV",
    eligible: "Hyväksyttävä",
    checker: "Asiatarkastaja",
    approver: "Hyväksyjä",
    description: "Selite",
  },
  muniShares: { year: "Vuosi", municipality: "Kunta", payer: "Maksaja", basis: "Peruste", amount: "Summa" },
  applications: { number: "Nro", start: "Ajalta alkaen", end: "Ajalta päättyen", applied: "Haettu", paid: "Maksettu", sent: "Lähetetty" },
};

export const CANONICAL_SHEETS: Readonly<Record<TableKind, string>> = {
  project: "Hanke",
  partners: "Kumppanit",
  budget: "Budjetti",
  invoices: "Laskut",
  muniShares: "Kuntaosuudet",
  applications: "Maksatukset",
  settings: "Asetukset",
};

export const CANONICAL_PROJECT_KEYS: Readonly<Record<string, string>> = {
  name: "Hanke",
  administrator: "Hallinnoija",
  start: "Alkaa",
  end: "Päättyy",
  rate: "Valtionavustus-%",
  eligible: "Hyväksyttävät kustannukset",
  stateGrant: "Valtionavustus",
  municipalShare: "Kuntaosuus",
  otherFunding: "Muu rahoitus",
  income: "Tulot",
};

export const CANONICAL_SETTINGS_KEYS: Readonly<Record<string, string>> = {
  asOf: "Tarkastuspäivä",
  toleranceCents: "Toleranssi",
  monthGraceDays: "Kuukausilaskun viive (pv)",
  reconciliationGraceDays: "Tasauslaskun viive (pv)",
  tertialGraceDays: "Kolmanneslaskun viive (pv)",
  reconciliationFirstMonth: "Tasausjakson ensimmäinen kuukausi",
  underusePace: "Alikäytön raja",
  repaymentThresholdCents: "Palautusraja",
  changeRequestDays: "Muutoshakemuksen aika (pv)",
  finalReportMonths: "Loppuraportin määräaika (kk)",
};
