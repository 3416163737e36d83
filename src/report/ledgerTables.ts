/**
 * The structured ledger as tables: one per kind of record, a header row and one row per record,
 * each row with the cell it came from. The CSV folder, the xlsx workbook and the pane's
 * `KASTE-kirjanpito` sheet are written from these, so all three hold the same rows.
 */
import type { Lang } from "../findings/render";
import { KIND_WORDS } from "../ledger/words";
import type { OutCell } from "../workbook/cells";
import type { InvoiceExport, LedgerExport, ProjectExport } from "./ledgerExport";
import { parseDate } from "../periods";

export type LedgerTableId = "project" | "partners" | "budget" | "muniShares" | "applications" | "invoices";

export interface LedgerTable {
  readonly id: LedgerTableId;
  /** The table's name as a file, sheet and Excel Table name (ASCII, no spaces). */
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: ReadonlyArray<readonly OutCell[]>;
  /** Each row's source cell, in the order of `rows`. */
  readonly sources: ReadonlyArray<{ readonly sheet: string; readonly cell: string }>;
}

type Words = Readonly<Record<Lang, string>>;
const w = (fi: string, sv: string, en: string): Words => ({ fi, sv, en });

const H = {
  key: w("Tieto", "Uppgift", "Fact"),
  value: w("Arvo", "Värde", "Value"),
  sheet: w("Lähdetaulukko", "Källblad", "Source sheet"),
  cell: w("Lähdesolu", "Källcell", "Source cell"),
  name: w("Nimi", "Namn", "Name"),
  scheme: w("Laskutustapa", "Faktureringssätt", "Invoicing"),
  start: w("Alkaa", "Börjar", "Start"),
  end: w("Päättyy", "Slutar", "End"),
  vatRecoverable: w("ALV palautuu", "Moms återbetalas", "VAT recoverable"),
  year: w("Vuosi", "År", "Year"),
  partner: w("Kumppani", "Partner", "Partner"),
  costLine: w("Tilikohta", "Kostnadsslag", "Cost line"),
  version: w("Versio", "Version", "Version"),
  amount: w("Summa €", "Belopp €", "Amount €"),
  municipality: w("Kunta", "Kommun", "Municipality"),
  payer: w("Maksaja", "Betalare", "Payer"),
  basis: w("Peruste", "Grund", "Basis"),
  number: w("Numero", "Nummer", "Number"),
  applied: w("Haettu €", "Ansökt €", "Applied €"),
  paid: w("Maksettu €", "Utbetalt €", "Paid €"),
  sent: w("Lähetetty", "Skickad", "Sent"),
  eligibleCosts: w("Hyväksyttävät kustannukset €", "Godtagbara kostnader €", "Eligible costs €"),
  date: w("Päivämäärä", "Datum", "Date"),
  biller: w("Laskuttaja", "Fakturerare", "Partner"),
  invoice: w("Laskun numero", "Fakturanummer", "Invoice"),
  periodStart: w("Jakso alkaa", "Period börjar", "Period start"),
  periodEnd: w("Jakso päättyy", "Period slutar", "Period end"),
  kind: w("Laji", "Typ", "Kind"),
  net: w("Summa (ALV 0) €", "Belopp (moms 0) €", "Net €"),
  vat: w("ALV €", "Moms €", "VAT €"),
  gross: w("Summa (sis. ALV) €", "Belopp (inkl. moms) €", "Gross €"),
  marked: w("Hyväksyttävä", "Godtagbar", "Eligible"),
  eligible: w("Hyväksyttävä kustannus €", "Godtagbar kostnad €", "Eligible cost €"),
  application: w("Maksatushakemus", "Utbetalningsansökan", "Payment application"),
  budgetPartner: w("Budjetin kumppani", "Budgetens partner", "Budget partner"),
  budgetLine: w("Budjetin tilikohta", "Budgetens kostnadsslag", "Budget cost line"),
  checker: w("Asiatarkastaja", "Granskare", "Checked by"),
  approver: w("Hyväksyjä", "Godkännare", "Approved by"),
  description: w("Selite", "Beskrivning", "Description"),
} as const;

const FACTS: ReadonlyArray<readonly [keyof ProjectExport, Words]> = [
  ["name", w("Hanke", "Projekt", "Project")],
  ["administrator", w("Hallinnoija", "Huvudman", "Administrator")],
  ["start", w("Alkaa", "Börjar", "Start")],
  ["end", w("Päättyy", "Slutar", "End")],
  ["ratePpm", w("Valtionavustuksen osuus", "Statsunderstödets andel", "State grant rate")],
  ["eligibleCents", w("Hyväksyttävät kustannukset", "Godtagbara kostnader", "Eligible costs")],
  ["stateGrantCents", w("Valtionavustus", "Statsunderstöd", "State grant")],
  ["municipalShareCents", w("Kuntaosuus", "Kommunandel", "Municipal share")],
  ["otherFundingCents", w("Muu rahoitus", "Annan finansiering", "Other funding")],
  ["incomeCents", w("Tulot", "Intäkter", "Income")],
];

/** How the budget partner "" (yhteisosuus, run by the project director) is shown, so a formula can select it. */
export const COMMON_SHARE: Readonly<Record<Lang, string>> = { fi: "yhteisosuus", sv: "gemensam andel", en: "common share" };

const SCHEME_WORDS = { monthly: "kuukausi+tasaus", tertial: "kolmannes", actual: "toteuma" } as const;
const VERSION_WORDS = { applied: "haettu", confirmed: "vahvistettu", revised: "tarkistettu" } as const;

const yesNo = (value: boolean | null, lang: Lang): OutCell =>
  value === null ? null : value ? { fi: "kyllä", sv: "ja", en: "yes" }[lang] : { fi: "ei", sv: "nej", en: "no" }[lang];
const day = (iso: string | null): OutCell => {
  const parsed = iso === null ? null : parseDate(iso);
  return parsed === null ? null : { date: parsed };
};
const money = (cents: number | null): OutCell => (cents === null ? null : { money: cents });
const text = (value: string): OutCell => (value === "" ? null : value);

function factCell(key: keyof ProjectExport, value: string | number): OutCell {
  if (typeof value === "string") return key === "start" || key === "end" ? day(value) : value;
  return key === "ratePpm" ? { percent: value } : { money: value };
}

type InvoiceColumn = readonly [string, Words, (invoice: InvoiceExport, lang: Lang) => OutCell];

/** The laskut table's columns in order: the final report's formulas find theirs here (`invoiceColumn`). */
const INVOICE_COLUMNS = [
  ["date", H.date, (i) => day(i.date)],
  ["partner", H.biller, (i) => text(i.partner)],
  ["number", H.invoice, (i) => text(i.number)],
  ["periodStart", H.periodStart, (i) => day(i.periodStart)],
  ["periodEnd", H.periodEnd, (i) => day(i.periodEnd)],
  ["kind", H.kind, (i) => (i.kind === null ? null : KIND_WORDS[i.kind])],
  ["costLine", H.costLine, (i) => text(i.costLine)],
  ["net", H.net, (i) => money(i.netCents)],
  ["vat", H.vat, (i) => money(i.vatCents)],
  ["gross", H.gross, (i) => money(i.grossCents)],
  ["marked", H.marked, (i, lang) => yesNo(i.markedEligible, lang)],
  ["eligible", H.eligible, (i) => money(i.eligibleCents)],
  ["year", H.year, (i) => i.year],
  ["application", H.application, (i) => i.application],
  ["budgetPartner", H.budgetPartner, (i, lang) => budgetPartnerCell(i.budgetPartner, lang)],
  ["budgetLine", H.budgetLine, (i) => (i.budgetLine === null ? null : text(i.budgetLine))],
  ["checker", H.checker, (i) => text(i.checker)],
  ["approver", H.approver, (i) => text(i.approver)],
  ["description", H.description, (i) => text(i.description)],
] as const satisfies readonly InvoiceColumn[];

export type InvoiceColumnKey = (typeof INVOICE_COLUMNS)[number][0];

/** The 0-based column of an invoice field in the laskut table (the same in every language). */
export function invoiceColumn(key: InvoiceColumnKey): number {
  return INVOICE_COLUMNS.findIndex(([k]) => k === key);
}

/** The budget partner as the laskut table shows it: the common share "" by its word in `lang`. */
export function budgetPartnerCell(partner: string | null, lang: Lang): OutCell {
  return partner === null ? null : budgetPartnerName(partner, lang);
}

/** A budget partner as its cell reads ("" is the common share, named in `lang`). */
export function budgetPartnerName(partner: string, lang: Lang): string {
  return partner === "" ? COMMON_SHARE[lang] : partner;
}

/** The 0-based columns of the maksatukset table, for formulas over it. */
export const APPLICATION_COLUMNS = { number: 0, start: 1, end: 2, applied: 3, paid: 4 } as const;
/** The 0-based columns of the kuntaosuudet table, for formulas over it. */
export const MUNI_SHARE_COLUMNS = { year: 0, municipality: 1, payer: 2, amount: 4 } as const;
/** The 0-based column of a fact's value in the hanke table. */
export const FACT_VALUE_COLUMN = 1;

/** The 0-based row of a key fact in the hanke table's data rows; -1 when the workbook lacks it. */
export function factRow(doc: LedgerExport, key: keyof ProjectExport): number {
  const present = FACTS.filter(([k]) => doc.project[k] !== null);
  return present.findIndex(([k]) => k === key);
}

/**
 * The ledger's tables, headers in `lang`: key facts, partners, budget, municipal shares,
 * payment applications, invoice lines. Values keep their meaning (days, money, rates) for each
 * writer to store its own way.
 */
export function ledgerTables(doc: LedgerExport, lang: Lang): LedgerTable[] {
  const header = (...words: Words[]): string[] => [...words.map((word) => word[lang]), H.sheet[lang], H.cell[lang]];
  const facts = FACTS.flatMap(([key, label]) => {
    const fact = doc.project[key];
    return fact === null ? [] : [{ row: [label[lang], factCell(key, fact.value)], source: fact }];
  });
  return [
    {
      id: "project",
      name: "hanke",
      header: header(H.key, H.value),
      rows: facts.map((f) => f.row),
      sources: facts.map((f) => f.source),
    },
    {
      id: "partners",
      name: "kumppanit",
      header: header(H.name, H.scheme, H.start, H.end, H.vatRecoverable),
      rows: doc.partners.map((p) => [
        p.name,
        p.scheme === null ? null : SCHEME_WORDS[p.scheme],
        day(p.start),
        day(p.end),
        yesNo(p.vatRecoverable, lang),
      ]),
      sources: doc.partners,
    },
    {
      id: "budget",
      name: "budjetti",
      header: header(H.year, H.partner, H.costLine, H.version, H.amount),
      rows: doc.budget.map((b) => [
        b.year,
        text(b.partner),
        text(b.costLine),
        b.version === null ? null : VERSION_WORDS[b.version],
        money(b.amountCents),
      ]),
      sources: doc.budget,
    },
    {
      id: "muniShares",
      name: "kuntaosuudet",
      header: header(H.year, H.municipality, H.payer, H.basis, H.amount),
      rows: doc.muniShares.map((m) => [m.year, text(m.municipality), text(m.payer), text(m.basis), money(m.amountCents)]),
      sources: doc.muniShares,
    },
    {
      id: "applications",
      name: "maksatukset",
      header: header(H.number, H.start, H.end, H.applied, H.paid, H.sent, H.eligibleCosts),
      rows: doc.applications.map((a) => [
        text(a.number),
        day(a.start),
        day(a.end),
        money(a.appliedCents),
        money(a.paidCents),
        day(a.sent),
        money(a.eligibleCents),
      ]),
      sources: doc.applications,
    },
    {
      id: "invoices",
      name: "laskut",
      header: header(...INVOICE_COLUMNS.map(([, label]) => label)),
      rows: doc.invoices.map((i) => INVOICE_COLUMNS.map(([, , cell]) => cell(i, lang))),
      sources: doc.invoices,
    },
  ];
}

/** A table's rows with its source sheet and cell as the last two columns, as the CSV and xlsx writers want them. */
export function rowsWithSources(table: LedgerTable): OutCell[][] {
  return table.rows.map((row, i) => {
    const source = table.sources[i];
    return [...row, source?.sheet ?? null, source?.cell ?? null];
  });
}
