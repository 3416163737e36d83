/**
 * The financial tables of a KASTE final report (loppuselvitys), as figures: realised eligible
 * costs by year × cost line and by partner, funding by source, budget against realised with the
 * variance and use %, and the settlement of the state grant after the last payment application.
 *
 * Every figure is computed from the structured ledger (ledgerExport.ts), the same rows the
 * final-report sheet's formulas sum (finalReportSheet.ts), so the sheet recomputes to these.
 * Costs are placed as in budget use (budgetUse.ts: year, budget partner, budget cost line).
 *
 * The settlement follows the closing rule (rules/applications.ts): the state grant allowed is
 * the rate of the eligible costs whose day (period end, else invoice date) is within the
 * project period, capped by Hanke's Valtionavustus; what was paid beyond it is returned, unless
 * it is at most Asetukset's repayment threshold (100 €, REPAYMENT_UNDER_100); what is short of
 * it is still due to the project.
 */
import { budgetUse } from "../ledger/budgetUse";
import { municipalityKeys } from "../ledger/names";
import type { Ledger } from "../ledger/model";
import { rateOf } from "../ledger/settings";
import { stateShare } from "../money";
import type { Cents, Ppm } from "../money";
import { parseDate } from "../periods";
import type { Day } from "../periods";
import type { InvoiceExport, LedgerExport } from "./ledgerExport";

/** Realised eligible costs of one cost line or partner, per year of `FinalReport.years`. */
export interface YearRow {
  readonly name: string;
  readonly byYear: readonly Cents[];
  readonly total: Cents;
}

export interface BudgetVsRealised {
  /** The budget partner ("" the common share). */
  readonly partner: string;
  /** The cost line as the budget names it; null on a partner's total row. */
  readonly line: string | null;
  /** The chosen budget over all years (budgetUse.ts); null when no budget row covers it. */
  readonly budget: Cents | null;
  readonly realised: Cents;
  /** budget − realised: negative is an overrun. */
  readonly variance: Cents | null;
  readonly use: number | null;
}

export interface Funding {
  readonly eligible: Cents;
  readonly rate: Ppm;
  /** The rate of the eligible costs, capped by Hanke's Valtionavustus. */
  readonly stateGrant: Cents;
  /** What the municipalities carry of the eligible costs: eligible − state grant. */
  readonly municipalRequired: Cents;
  /**
   * Kuntaosuudet summed per municipality over the years, in table order: one municipality under
   * each of its names ("Närpes" and "Närpiö", see municipalityKeys), named as first met, with
   * each of its spellings as the table writes them (the sheet's SUMIFS sums them all).
   */
  readonly municipalities: ReadonlyArray<{ readonly name: string; readonly spellings: readonly string[]; readonly amount: Cents }>;
  readonly municipalTotal: Cents;
  readonly otherFunding: Cents | null;
  readonly income: Cents | null;
  /** State grant + municipalities + other funding + income. */
  readonly total: Cents;
}

export interface Settlement {
  /** The application with the latest end (the last in table order when none has an end). */
  readonly last: { readonly number: string; readonly end: Day | null; readonly applied: Cents | null; readonly paid: Cents | null } | null;
  readonly start: Day | null;
  readonly end: Day | null;
  /** Eligible costs whose day is within the project period (all of them when it has no bounds). */
  readonly eligible: Cents;
  readonly granted: Cents | null;
  readonly allowed: Cents;
  readonly applied: Cents;
  readonly paid: Cents;
  /** paid − allowed. */
  readonly difference: Cents;
  readonly threshold: Cents;
  readonly toReturn: Cents;
  /** An excess of at most the threshold: it need not be returned. */
  readonly notReturned: Cents;
  readonly stillDue: Cents;
}

export interface FinalReport {
  readonly project: string;
  readonly years: readonly number[];
  readonly byLine: readonly YearRow[];
  readonly byPartner: readonly YearRow[];
  readonly totalByYear: readonly Cents[];
  readonly total: Cents;
  /** Per budget partner: its cost lines, then its total row (line null). */
  readonly budget: readonly BudgetVsRealised[];
  readonly funding: Funding;
  readonly settlement: Settlement;
}

const dayOf = (iso: string | null): Day | null => (iso === null ? null : parseDate(iso));

/** Sums of `cents` by `name` per year, names in order of first appearance. */
function byYear(placed: readonly InvoiceExport[], years: readonly number[], nameOf: (invoice: InvoiceExport) => string): YearRow[] {
  const sums = new Map<string, Cents[]>();
  for (const invoice of placed) {
    const name = nameOf(invoice);
    let row = sums.get(name);
    if (!row) {
      row = years.map(() => 0);
      sums.set(name, row);
    }
    row[years.indexOf(invoice.year ?? NaN)] += invoice.eligibleCents ?? 0;
  }
  return [...sums].map(([name, row]) => ({ name, byYear: row, total: row.reduce((a, b) => a + b, 0) }));
}

function budgetRows(ledger: Ledger, asOf: Day): BudgetVsRealised[] {
  // budgetUse's line rows per year, added up over the years per partner and line
  const partners = new Map<string, Map<string, { budget: Cents | null; realised: Cents }>>();
  for (const row of budgetUse(ledger, asOf).rows) {
    if (row.level !== "line" || row.year === null || row.partner === null || row.line === null) continue;
    let lines = partners.get(row.partner);
    if (!lines) {
      lines = new Map();
      partners.set(row.partner, lines);
    }
    const sum = lines.get(row.line) ?? { budget: null, realised: 0 };
    if (row.budget !== null) sum.budget = (sum.budget ?? 0) + row.budget;
    sum.realised += row.realised;
    lines.set(row.line, sum);
  }
  const of = (partner: string, line: string | null, budget: Cents | null, realised: Cents): BudgetVsRealised => ({
    partner,
    line,
    budget,
    realised,
    variance: budget === null ? null : budget - realised,
    use: budget === null || budget === 0 ? null : realised / budget,
  });
  return [...partners].flatMap(([partner, lines]) => {
    const rows = [...lines].map(([line, sum]) => of(partner, line, sum.budget, sum.realised));
    const budgets = rows.flatMap((r) => (r.budget === null ? [] : [r.budget]));
    const budget = budgets.length === 0 ? null : budgets.reduce((a, b) => a + b, 0);
    return [
      ...rows,
      of(
        partner,
        null,
        budget,
        rows.reduce((sum, r) => sum + r.realised, 0),
      ),
    ];
  });
}

function settlementOf(doc: LedgerExport, ledger: Ledger, rate: Ppm): Settlement {
  const start = dayOf(doc.project.start?.value ?? null);
  const end = dayOf(doc.project.end?.value ?? null);
  const bounded = start !== null || end !== null;
  let eligible = 0;
  for (const invoice of doc.invoices) {
    if (invoice.eligibleCents === null) continue;
    const day = dayOf(invoice.periodEnd ?? invoice.date);
    if (bounded && (day === null || (start !== null && day < start) || (end !== null && day > end))) continue;
    eligible += invoice.eligibleCents;
  }
  const granted = doc.project.stateGrantCents?.value ?? null;
  const share = stateShare(eligible, rate);
  const allowed = granted === null ? share : Math.min(share, granted);
  const sum = (pick: (a: LedgerExport["applications"][number]) => Cents | null) =>
    doc.applications.reduce((total, a) => total + (pick(a) ?? 0), 0);
  const paid = sum((a) => a.paidCents);
  const last = doc.applications.reduce<LedgerExport["applications"][number] | null>(
    (best, a) => (best === null || (a.end ?? "") >= (best.end ?? "") ? a : best),
    null,
  );
  const threshold = ledger.settings.repaymentThresholdCents;
  const difference = paid - allowed;
  return {
    last: last && { number: last.number, end: dayOf(last.end), applied: last.appliedCents, paid: last.paidCents },
    start,
    end,
    eligible,
    granted,
    allowed,
    applied: sum((a) => a.appliedCents),
    paid,
    difference,
    threshold,
    toReturn: difference > threshold ? difference : 0,
    notReturned: difference > 0 && difference <= threshold ? difference : 0,
    stillDue: difference < 0 ? -difference : 0,
  };
}

/**
 * The final report's figures of a ledger; `doc` is `ledgerExport(ledger)`, `asOf` only dates
 * the budget choice's elapsed shares, which the report does not show.
 *
 * @example
 * finalReport(ledger, ledgerExport(ledger), asOf).settlement //=> { allowed: 137115200, paid: 137115200, toReturn: 0, … }
 */
export function finalReport(ledger: Ledger, doc: LedgerExport, asOf: Day): FinalReport {
  const placed = doc.invoices.filter((i) => i.year !== null && i.eligibleCents !== null && i.budgetPartner !== null);
  const years = [...new Set(placed.map((i) => i.year ?? 0))].sort((a, b) => a - b);
  const byLine = byYear(placed, years, (i) => i.budgetLine ?? "");
  const byPartner = byYear(placed, years, (i) => i.budgetPartner ?? "");
  const totalByYear = years.map((_, y) => byLine.reduce((sum, row) => sum + (row.byYear[y] ?? 0), 0));
  const total = totalByYear.reduce((a, b) => a + b, 0);

  const rate = rateOf(ledger.project);
  const granted = doc.project.stateGrantCents?.value ?? null;
  const share = stateShare(total, rate);
  const stateGrant = granted === null ? share : Math.min(share, granted);
  // one municipality under each of its names, as MUNI_DUPLICATE and MUNI_MISSING take it ("Närpes" and "Närpiö")
  const keyOf = municipalityKeys(doc.muniShares.map((m) => m.municipality));
  const municipalities = new Map<string, { name: string; spellings: string[]; amount: Cents }>();
  for (const m of doc.muniShares) {
    if (m.amountCents === null || m.municipality === "") continue;
    const key = keyOf(m.municipality);
    let entry = municipalities.get(key);
    if (!entry) municipalities.set(key, (entry = { name: m.municipality, spellings: [], amount: 0 }));
    // SUMIFS ignores case: "Vaasa" and "VAASA" are one spelling to it
    const spelling = m.municipality.toLowerCase();
    if (!entry.spellings.some((s) => s.toLowerCase() === spelling)) entry.spellings.push(m.municipality);
    entry.amount += m.amountCents;
  }
  const municipalTotal = [...municipalities.values()].reduce((sum, m) => sum + m.amount, 0);
  const otherFunding = doc.project.otherFundingCents?.value ?? null;
  const income = doc.project.incomeCents?.value ?? null;

  return {
    project: doc.project.name?.value ?? "",
    years,
    byLine,
    byPartner,
    totalByYear,
    total,
    budget: budgetRows(ledger, asOf),
    funding: {
      eligible: total,
      rate,
      stateGrant,
      municipalRequired: total - stateGrant,
      municipalities: [...municipalities.values()],
      municipalTotal,
      otherFunding,
      income,
      total: stateGrant + municipalTotal + (otherFunding ?? 0) + (income ?? 0),
    },
    settlement: settlementOf(doc, ledger, rate),
  };
}
