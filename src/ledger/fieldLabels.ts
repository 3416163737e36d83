import type { TableKind } from "./model";

/**
 * What a person calls each table and field, in Finnish, Swedish and English: the words the
 * task pane's column-mapping dropdowns and the `kaste map` messages show. The vocabulary
 * (vocabulary.ts) holds the words users type, normalised; these are the words we write.
 * A test keeps them in step with the vocabulary.
 */
export interface Labels {
  readonly fi: string;
  readonly sv: string;
  readonly en: string;
}

/** The kinds of table a column mapping can name: the row tables, not the key/value blocks. */
export type MappableKind = Exclude<TableKind, "project" | "settings">;

const l = (fi: string, sv: string, en: string): Labels => ({ fi, sv, en });

export const TABLE_LABELS: Readonly<Record<MappableKind, Labels>> = {
  partners: l("Kumppanit", "Partner", "Partners"),
  budget: l("Budjetti", "Budget", "Budget"),
  invoices: l("Laskut", "Fakturor", "Invoices"),
  muniShares: l("Kuntaosuudet", "Kommunandelar", "Municipal shares"),
  applications: l("Maksatukset", "Utbetalningsansökningar", "Payment applications"),
};

export const FIELD_LABELS: Readonly<Record<MappableKind, Readonly<Record<string, Labels>>>> = {
  partners: {
    name: l("Kumppani", "Partner", "Partner"),
    scheme: l("Laskutustapa", "Faktureringssätt", "Invoicing scheme"),
    start: l("Alkaa", "Börjar", "Start"),
    end: l("Päättyy", "Slutar", "End"),
    period: l("Sopimuskausi", "Avtalsperiod", "Agreement period"),
    details: l("Yhteystiedot", "Kontaktuppgifter", "Contact details"),
    vatRecoverable: l("ALV palautuu", "Momsen återbetalas", "VAT recoverable"),
  },
  budget: {
    year: l("Vuosi", "År", "Year"),
    partner: l("Kumppani", "Partner", "Partner"),
    line: l("Tilikohta", "Kostnadsslag", "Cost line"),
    version: l("Versio", "Version", "Version"),
    amount: l("Summa", "Belopp", "Amount"),
    realised: l("Toteuma", "Utfall", "Actual"),
  },
  invoices: {
    date: l("Päivämäärä", "Datum", "Date"),
    partner: l("Laskuttaja", "Fakturerare", "Biller"),
    number: l("Laskun numero", "Fakturanummer", "Invoice number"),
    periodStart: l("Ajalta alkaen", "Period från", "Period start"),
    periodEnd: l("Ajalta päättyen", "Period till", "Period end"),
    period: l("Ajalta (jakso)", "Period", "Period"),
    kind: l("Laji", "Typ", "Kind"),
    line: l("Tilikohta", "Kostnadsslag", "Cost line"),
    account: l("Tili", "Konto", "Account"),
    costCentre: l("Kustannuspaikka", "Kostnadsställe", "Cost centre"),
    net: l("Summa (ALV 0)", "Belopp (moms 0 %)", "Net amount"),
    gross: l("Summa (sis. ALV)", "Belopp inkl. moms", "Amount incl. VAT"),
    realised: l("Toteutuneet kulut", "Verkliga kostnader", "Actual costs"),
    vat: l("ALV", "Moms", "VAT"),
    debit: l("Debet", "Debet", "Debit"),
    credit: l("Kredit", "Kredit", "Credit"),
    vatRate: l("ALV-%", "Moms-%", "VAT %"),
    eligible: l("Hyväksyttävä", "Godtagbar", "Eligible"),
    checker: l("Asiatarkastaja", "Granskare", "Checked by"),
    approver: l("Hyväksyjä", "Godkännare", "Approved by"),
    description: l("Selite", "Beskrivning", "Description"),
    remarks: l("Huomautukset", "Anmärkningar", "Remarks"),
    year: l("Vuosi", "År", "Year"),
    bookkeeping: l("Tosite ja maksu", "Verifikat och betalning", "Voucher and payment"),
    sourceFile: l("Lähdetiedosto", "Källfil", "Source file"),
    sourceRow: l("Lähderivi", "Källrad", "Source row"),
    importedAt: l("Tuotu", "Importerad", "Imported at"),
  },
  muniShares: {
    year: l("Vuosi", "År", "Year"),
    municipality: l("Kunta", "Kommun", "Municipality"),
    payer: l("Maksaja", "Betalare", "Payer"),
    basis: l("Peruste", "Grund", "Basis"),
    shareRate: l("Osuus %", "Andel %", "Share %"),
    amount: l("Summa", "Belopp", "Amount"),
  },
  applications: {
    number: l("Nro", "Nr", "No."),
    start: l("Ajalta alkaen", "Period från", "Period start"),
    end: l("Ajalta päättyen", "Period till", "Period end"),
    period: l("Ajalta (jakso)", "Period", "Period"),
    applied: l("Haettu", "Ansökt", "Applied"),
    paid: l("Maksettu", "Utbetalt", "Paid"),
    sent: l("Lähetetty", "Skickad", "Sent"),
    decision: l("Päätöspäivä", "Beslutsdatum", "Decision date"),
  },
};

export function isMappableKind(kind: string): kind is MappableKind {
  return Object.prototype.hasOwnProperty.call(TABLE_LABELS, kind);
}

/** A field's labels; its key in every language for a field this table does not know. */
export function fieldLabels(kind: MappableKind, field: string): Labels {
  return FIELD_LABELS[kind][field] ?? l(field, field, field);
}

/** Every table's name, the key/value blocks included: what a message calls a table that is missing. */
export const ALL_TABLE_LABELS: Readonly<Record<TableKind, Labels>> = {
  project: l("Hanke", "Projekt", "Project"),
  ...TABLE_LABELS,
  settings: l("Asetukset", "Inställningar", "Settings"),
};

/** The headers (keys, for the blocks) that make a table recognised, as a message lists them. */
const SIGNATURE_FIELDS: Readonly<Record<MappableKind, readonly string[]>> = {
  partners: ["name", "scheme", "start", "end", "vatRecoverable"],
  budget: ["year", "partner", "line", "version", "amount"],
  invoices: ["partner", "number", "periodStart", "periodEnd", "net"],
  muniShares: ["year", "municipality", "payer", "amount"],
  applications: ["number", "start", "end", "applied", "paid"],
};

export function signatureHeaders(kind: TableKind): Labels {
  if (kind === "project") {
    return l(
      "Hanke, Alkaa, Päättyy, Hyväksyttävät kustannukset, Valtionavustus, Kuntaosuus",
      "Projekt, Börjar, Slutar, Godtagbara kostnader, Statsunderstöd, Kommunandel",
      "Project, Start, End, Eligible costs, State grant, Municipal share",
    );
  }
  if (kind === "settings") return l("Tarkastuspäivä", "Kontrolldatum", "As of date");
  const labels = SIGNATURE_FIELDS[kind].map((field) => fieldLabels(kind, field));
  return l(labels.map((x) => x.fi).join(", "), labels.map((x) => x.sv).join(", "), labels.map((x) => x.en).join(", "));
}
