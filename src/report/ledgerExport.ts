/**
 * The structured ledger as a document (`kaste ledger --format json`): every invoice line with the
 * year and payment application it counts for, its eligible cost and the cell it came from; the
 * budget, municipal shares, payment applications, partners and the project's key facts. The zod
 * schemas below are the contract: `z.toJSONSchema(LedgerExportSchema)` is the JSON Schema shipped
 * in schema/ledger.schema.json (scripts/ledger-schema.ts writes it, a test keeps it current).
 *
 * Money is integer cents (fields ending in `Cents`), rates parts per million, days ISO dates.
 * The tabular outputs (CSV, journal, xlsx, the pane's sheet) are all made from this document, so
 * they cannot disagree with it.
 */
import { z } from "zod/mini";
import { costPlaces, costYear } from "../ledger/budgetUse";
import { cellOf } from "../ledger/cell";
import { costDay } from "../ledger/costs";
import { eligibleCents } from "../ledger/eligible";
import type { Application, KeyedValue, Ledger, RowRef } from "../ledger/model";
import { InvoiceKindSchema, SchemeSchema, BudgetVersionSchema } from "../ledger/model";
import { nameKeys } from "../ledger/names";
import { partnersSpanning } from "../ledger/realised";
import { isoOf } from "../periods";
import type { Day } from "../periods";

/** A copy of `schema` with its description, as zod's `.describe()` makes one (the mini API has no methods: the pane's bundle stays small). */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  const copy = schema.clone();
  z.globalRegistry.add(copy, { description });
  return copy;
}

const int = () => z.number().check(z.int());
const iso = described(z.iso.date(), "ISO date YYYY-MM-DD");
const isoOrNull = z.nullable(iso);
const cents = described(int(), "euro cents");
const centsOrNull = z.nullable(cents);
const source = {
  sheet: described(z.string(), "the sheet the row came from"),
  cell: described(z.string(), "the row's first recognised cell, e.g. A5"),
};

export const InvoiceExportSchema = z.object({
  date: isoOrNull,
  partner: z.string(),
  number: z.string(),
  periodStart: isoOrNull,
  periodEnd: isoOrNull,
  kind: z.nullable(InvoiceKindSchema),
  costLine: described(z.string(), "tilikohta as typed"),
  netCents: centsOrNull,
  vatCents: centsOrNull,
  grossCents: centsOrNull,
  markedEligible: described(z.boolean(), "the row's eligibility column (hyväksyttävä)"),
  eligibleCents: described(
    centsOrNull,
    "the eligible cost: net, plus VAT where the partner does not get it back; 0 when not eligible; null when unknown",
  ),
  year: described(z.nullable(int()), "the year the cost counts for in budget use"),
  application: described(z.nullable(z.string()), "number of the payment application whose period holds the cost's day"),
  budgetPartner: described(
    z.nullable(z.string()),
    'the budget partner the cost counts for in budget use ("" the common share); null when it does not count',
  ),
  budgetLine: described(
    z.nullable(z.string()),
    "the cost line the cost counts for in budget use, as the budget names it; null when it does not count",
  ),
  checker: z.string(),
  approver: z.string(),
  description: z.string(),
  ...source,
});
export type InvoiceExport = z.infer<typeof InvoiceExportSchema>;

export const BudgetExportSchema = z.object({
  year: z.nullable(int()),
  partner: described(z.string(), '"" for the common share'),
  costLine: z.string(),
  version: z.nullable(BudgetVersionSchema),
  amountCents: centsOrNull,
  ...source,
});
export type BudgetExport = z.infer<typeof BudgetExportSchema>;

export const MuniShareExportSchema = z.object({
  year: z.nullable(int()),
  municipality: z.string(),
  payer: z.string(),
  basis: z.string(),
  amountCents: centsOrNull,
  ...source,
});
export type MuniShareExport = z.infer<typeof MuniShareExportSchema>;

export const ApplicationExportSchema = z.object({
  number: z.string(),
  start: isoOrNull,
  end: isoOrNull,
  appliedCents: centsOrNull,
  paidCents: centsOrNull,
  sent: isoOrNull,
  eligibleCents: described(cents, "eligible costs of the invoice lines counted in this application"),
  ...source,
});
export type ApplicationExport = z.infer<typeof ApplicationExportSchema>;

export const PartnerExportSchema = z.object({
  name: z.string(),
  scheme: z.nullable(SchemeSchema),
  start: isoOrNull,
  end: isoOrNull,
  vatRecoverable: z.nullable(z.boolean()),
  ...source,
});
export type PartnerExport = z.infer<typeof PartnerExportSchema>;

const fact = <T extends z.ZodMiniType>(value: T) => z.nullable(z.object({ value, ...source }));

export const ProjectExportSchema = z.object({
  name: fact(z.string()),
  administrator: fact(z.string()),
  start: fact(iso),
  end: fact(iso),
  ratePpm: fact(described(int(), "state grant rate in parts per million (750000 = 75 %)")),
  eligibleCents: fact(cents),
  stateGrantCents: fact(cents),
  municipalShareCents: fact(cents),
  otherFundingCents: fact(cents),
  incomeCents: fact(cents),
});
export type ProjectExport = z.infer<typeof ProjectExportSchema>;

export const LedgerExportSchema = described(
  z.object({
    format: z.literal("kaste-ledger/1"),
    project: ProjectExportSchema,
    partners: z.array(PartnerExportSchema),
    budget: z.array(BudgetExportSchema),
    muniShares: z.array(MuniShareExportSchema),
    applications: z.array(ApplicationExportSchema),
    invoices: z.array(InvoiceExportSchema),
  }),
  "The structured ledger of a KASTE project workbook (kaste ledger --format json)",
);
export type LedgerExport = z.infer<typeof LedgerExportSchema>;

const isoOrNullOf = (day: Day | null): string | null => (day === null ? null : isoOf(day));

function sourceOf(at: RowRef): { sheet: string; cell: string } {
  return cellOf(at, "");
}

function factOf<T, U>(keyed: KeyedValue<T> | undefined, map: (value: T) => U): { value: U; sheet: string; cell: string } | null {
  return keyed === undefined ? null : { value: map(keyed.value), sheet: keyed.sheet, cell: keyed.cell };
}

const same = <T>(value: T): T => value;

/** The application whose period holds a day: the first in table order (overlaps are APPLICATION_* findings). */
function applicationAt(applications: readonly Application[]): (day: Day | null) => Application | null {
  const dated = applications.filter((a) => a.start !== null && a.end !== null);
  return (day) => (day === null ? null : (dated.find((a) => (a.start ?? 0) <= day && day <= (a.end ?? 0)) ?? null));
}

/**
 * The structured ledger of a built ledger.
 *
 * @example
 * ledgerExport(buildLedger(workbook).ledger).invoices[0] //=> { partner: "Pikassos Oy", eligibleCents: 812000, sheet: "Laskut", cell: "A2", … }
 */
export function ledgerExport(ledger: Ledger): LedgerExport {
  const keyOf = nameKeys();
  const partners = partnersSpanning(ledger.partners, keyOf);
  const applicationOf = applicationAt(ledger.applications);
  const eligibleByApplication = new Map<Application, number>();
  const places = costPlaces(ledger);
  const invoices = ledger.invoices.map((line, index): InvoiceExport => {
    const eligible = eligibleCents(line, partners.get(keyOf(line.partner)));
    const application = applicationOf(costDay(line));
    if (application && eligible !== null) eligibleByApplication.set(application, (eligibleByApplication.get(application) ?? 0) + eligible);
    return {
      date: isoOrNullOf(line.date),
      partner: line.partner,
      number: line.number,
      periodStart: isoOrNullOf(line.periodStart),
      periodEnd: isoOrNullOf(line.periodEnd),
      kind: line.kind,
      costLine: line.line,
      netCents: line.net,
      vatCents: line.vat,
      grossCents: line.gross,
      markedEligible: line.eligible,
      eligibleCents: eligible,
      year: costYear(line),
      application: application?.number ?? null,
      budgetPartner: places[index]?.partner ?? null,
      budgetLine: places[index]?.line ?? null,
      checker: line.checker,
      approver: line.approver,
      description: line.description,
      ...sourceOf(line.at),
    };
  });
  const { project } = ledger;
  return {
    format: "kaste-ledger/1",
    project: {
      name: factOf(project.name, same),
      administrator: factOf(project.administrator, same),
      start: factOf(project.start, isoOf),
      end: factOf(project.end, isoOf),
      ratePpm: factOf(project.rate, same),
      eligibleCents: factOf(project.eligible, same),
      stateGrantCents: factOf(project.stateGrant, same),
      municipalShareCents: factOf(project.municipalShare, same),
      otherFundingCents: factOf(project.otherFunding, same),
      incomeCents: factOf(project.income, same),
    },
    partners: ledger.partners.map((p) => ({
      name: p.name,
      scheme: p.scheme,
      start: isoOrNullOf(p.start),
      end: isoOrNullOf(p.end),
      vatRecoverable: p.vatRecoverable,
      ...sourceOf(p.at),
    })),
    budget: ledger.budget.map((b) => ({
      year: b.year,
      partner: b.partner,
      costLine: b.line,
      version: b.version,
      amountCents: b.amount,
      ...sourceOf(b.at),
    })),
    muniShares: ledger.muniShares.map((m) => ({
      year: m.year,
      municipality: m.municipality,
      payer: m.payer,
      basis: m.basis,
      amountCents: m.amount,
      ...sourceOf(m.at),
    })),
    applications: ledger.applications.map((a) => ({
      number: a.number,
      start: isoOrNullOf(a.start),
      end: isoOrNullOf(a.end),
      appliedCents: a.applied,
      paidCents: a.paid,
      sent: isoOrNullOf(a.sent),
      eligibleCents: eligibleByApplication.get(a) ?? 0,
      ...sourceOf(a.at),
    })),
    invoices,
  };
}
