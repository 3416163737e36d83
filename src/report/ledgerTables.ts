/**
 * The structured ledger as tables: one per kind of record, a header row and one row per record,
 * each row with the cell it came from. The CSV folder, the xlsx workbook and the pane's
 * `KASTE-kirjanpito` sheet are written from these, so all three hold the same rows.
 */
import type { Lang } from "../findings/render";
import { KIND_WORDS } from "../ledger/words";
import type { OutCell } from "../workbook/cells";
import type { LedgerExport, ProjectExport } from "./ledgerExport";
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
      header: header(
        H.date,
        H.biller,
        H.invoice,
        H.periodStart,
        H.periodEnd,
        H.kind,
        H.costLine,
        H.net,
        H.vat,
        H.gross,
        H.marked,
        H.eligible,
        H.year,
        H.application,
        H.checker,
        H.approver,
        H.description,
      ),
      rows: doc.invoices.map((i) => [
        day(i.date),
        text(i.partner),
        text(i.number),
        day(i.periodStart),
        day(i.periodEnd),
        i.kind === null ? null : KIND_WORDS[i.kind],
        text(i.costLine),
        money(i.netCents),
        money(i.vatCents),
        money(i.grossCents),
        yesNo(i.markedEligible, lang),
        money(i.eligibleCents),
        i.year,
        i.application,
        text(i.checker),
        text(i.approver),
        text(i.description),
      ]),
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
