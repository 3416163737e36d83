import { cellOf } from "../ledger/cell";
import { nameKey } from "../ledger/names";
import type { InvoiceKind, InvoiceLine, Ledger, Partner } from "../ledger/model";
import { blocksOfWindow, periodOf, ymdOf } from "../periods";
import type { Day, Interval, Scheme } from "../periods";
import type { Finding } from "../findings/finding";
import { invoiceDay, invoiceIndex } from "./invoiceIndex";
import type { Invoice } from "./invoiceIndex";
import type { Rule, RuleContext } from "./rule";

/**
 * Does each partner invoice the periods its scheme (Kumppanit: Laskutustapa) promises?
 *
 * - `kuukausi+tasaus`: one `kiinteä` invoice per calendar month, one `tasaus` invoice per
 *   reconciliation block (calendar quarters by default; Asetukset can move the first month);
 * - `kolmannes`: one invoice per tertial, months 1–4, 5–8 and 9–12;
 * - every partner: a `käynnistys` (start-up) invoice only as the first invoice.
 *
 * A partner whose `tasaus` invoices mostly run three months from its own first month (the
 * LasSe agreement's "every three months" for a partner starting in December) is checked
 * against those blocks as well as the calendar's.
 * Periods are the scheme's periods clipped to the partner's window (its Alkaa–Päättyy within
 * the project period): a partner starting in August has a first quarter of August and
 * September. An invoice covering the whole unclipped period where the window cuts it is not
 * called misaligned: INVOICE_OUTSIDE_PARTNER_WINDOW already names that problem.
 * A `kiinteä` or `kolmannes` invoice with a negative total is a credit note: it cancels one
 * invoice of the periods it covers, unless it is smaller than every invoice of a period (then
 * it corrects an amount, and the invoice stands). Rows without a Laji count as `kiinteä`, or as `tasaus`
 * where they cover exactly one reconciliation block of more than one month.
 * A `kiinteä` invoice of several whole months (the 2013 costs invoiced at once in time for
 * the year's financial report, docs/domain.md §6) is aligned: it covers each of its months.
 * Two invoices of one period are no overlap when each bills one cost line of its own (the
 * salaries on one, the office rent on another): only the same costs billed twice are.
 */
export const invoicePeriods: Rule = {
  id: "invoice-periods",
  codes: [
    "INVOICE_MONTH_MISSING",
    "INVOICE_MONTH_OVERLAP",
    "INVOICE_PERIOD_MISALIGNED",
    "RECONCILIATION_MISSING",
    "STARTUP_NOT_FIRST",
    "INVOICE_TERTIAL_MISSING",
    "INVOICE_TERTIAL_OVERLAP",
  ],
  needs: ["partners", "invoices"],
  check(context: RuleContext): Finding[] {
    const { ledger } = context;
    const { agreements, byPartner } = invoiceIndex(ledger);
    const findings: Finding[] = [];
    for (const invoices of byPartner.values()) startupFirst(invoices, context, findings);
    // every partner of Kumppanit, also one that has not invoiced at all; a partner on several
    // rows (agreement periods) is checked row by row, each with the invoices of its own window
    for (const [key, rows] of agreements) {
      const all = unitsOf(byPartner.get(key) ?? []);
      const windows: Interval[] = [];
      for (const partner of rows) {
        const window = windowOf(partner, ledger);
        // a row overlapping an earlier one is a copy or a mistake: the earlier row rules there
        if (partner !== rows[0] && (!window || windows.some((w) => w.start <= window.end && window.start <= w.end))) continue;
        if (window) windows.push(window);
        const units = rows.length === 1 || !window ? all : all.filter((u) => u.start <= window.end && window.start <= u.end);
        checkAgreement(partner, window, units, context, findings);
      }
    }
    return findings;
  },
};

/** One Kumppanit row's scheme over its window. */
function checkAgreement(partner: Partner, window: Interval | null, units: Unit[], context: RuleContext, findings: Finding[]): void {
  const { ledger } = context;
  if (partner.scheme === null || partner.scheme === "actual") return;
  if (partner.scheme === "monthly") {
    const firstMonth = ledger.settings.reconciliationFirstMonth;
    const reconciles = coversOneBlock(window, firstMonth);
    const fixed = units.filter((u) => u.kind === "fixed" || (u.kind === null && !reconciles(u)));
    const reconciliations = units.filter((u) => u.kind === "reconciliation" || (u.kind === null && reconciles(u)));
    checkScheme(
      {
        partner,
        window,
        units: fixed,
        scheme: "month",
        firstMonth: 1,
        grace: ledger.settings.monthGraceDays,
        missing: "INVOICE_MONTH_MISSING",
        overlap: "INVOICE_MONTH_OVERLAP",
        credits: true,
      },
      context,
      findings,
    );
    // "every three months" may count from the partner's own start (Verso from December: Dec–Feb,
    // Mar–May, …): taken when more of its reconciliations follow that than the calendar's blocks
    const ownQuarters = window ? blocksOfWindow(window, "quarter", ymdOf(window.start).month) : [];
    const calendarQuarters = window ? blocksOfWindow(window, "quarter", firstMonth) : [];
    const ownCount = reconciliations.filter((u) => isBlock(u, ownQuarters)).length;
    const calendarCount = reconciliations.filter(
      (u) => isBlock(u, calendarQuarters) || isBlock(u, [periodOf(u.start, "quarter", firstMonth)]),
    ).length;
    const alsoAligned = ownCount > calendarCount ? ownQuarters : undefined;
    const quarters = checkScheme(
      {
        partner,
        window,
        units: reconciliations,
        scheme: "quarter",
        firstMonth,
        grace: 0,
        missing: null,
        overlap: null,
        credits: false,
        alsoAligned,
      },
      context,
      findings,
    );
    if (quarters) reconciliationMissing(partner, quarters, fixed, context, findings);
  } else {
    const billed = units.filter((u) => u.kind !== "startup");
    checkScheme(
      {
        partner,
        window,
        units: billed,
        scheme: "tertial",
        firstMonth: 1,
        grace: ledger.settings.tertialGraceDays,
        missing: "INVOICE_TERTIAL_MISSING",
        overlap: "INVOICE_TERTIAL_OVERLAP",
        credits: true,
      },
      context,
      findings,
    );
  }
}

/** Whether a period is exactly one reconciliation block of the window that spans more than one month. */
function coversOneBlock(window: Interval | null, firstMonth: number): (period: Interval) => boolean {
  const blocks = window ? blocksOfWindow(window, "quarter", firstMonth) : [];
  const multiMonth = new Set(blocks.filter((b) => periodOf(b.start, "month").end < b.end).map((b) => `${b.start}-${b.end}`));
  return (period) => multiMonth.has(`${period.start}-${period.end}`);
}

/** The lines of one invoice that share a kind and a period. */
interface Unit {
  readonly invoice: Invoice;
  readonly kind: InvoiceKind | null;
  readonly start: Day;
  readonly end: Day;
  /** The unit's first line: its cells are where findings point. */
  readonly line: InvoiceLine;
  total: number;
  /** The cost line (Tilikohta) of all its lines as typed; null when its lines have several. */
  costLine: string | null;
}

/** The partner's window (Alkaa–Päättyy, each end defaulting to the project's) clipped to the project period. */
export function windowOf(partner: Partner, ledger: Ledger): Interval | null {
  const projectStart = ledger.project.start?.value ?? null;
  const projectEnd = ledger.project.end?.value ?? null;
  let start = partner.start ?? projectStart;
  let end = partner.end ?? projectEnd;
  if (start === null || end === null) return null;
  if (projectStart !== null && projectStart > start) start = projectStart;
  if (projectEnd !== null && projectEnd < end) end = projectEnd;
  return start <= end ? { start, end } : null;
}

function unitsOf(invoices: readonly Invoice[]): Unit[] {
  const units: Unit[] = [];
  for (const invoice of invoices) {
    const first = units.length;
    for (const line of invoice.lines) {
      if (line.periodStart === null || line.periodEnd === null) continue;
      const amount = line.net ?? line.gross ?? 0;
      let unit: Unit | undefined;
      for (let i = first; i < units.length; i++) {
        const u = units[i];
        if (u.kind === line.kind && u.start === line.periodStart && u.end === line.periodEnd) unit = u;
      }
      if (unit) {
        unit.total += amount;
        if (unit.costLine !== line.line) unit.costLine = null;
      } else
        units.push({ invoice, kind: line.kind, start: line.periodStart, end: line.periodEnd, line, total: amount, costLine: line.line });
    }
  }
  return units.sort((a, b) => a.start - b.start || a.line.at.row - b.line.at.row);
}

/** Units grouped by invoice (invoices in the order of their first unit), keeping each invoice's units in order. */
function byInvoice(units: readonly Unit[]): Unit[] {
  const groups = new Map<Invoice, Unit[]>();
  for (const unit of units) {
    const group = groups.get(unit.invoice);
    if (group) group.push(unit);
    else groups.set(unit.invoice, [unit]);
  }
  return [...groups.values()].flat();
}

/** Whether a period is exactly one of the blocks. */
function isBlock(period: Interval, blocks: readonly Interval[]): boolean {
  const i = blockAt(blocks, period.start);
  return i >= 0 && blocks[i].start === period.start && blocks[i].end === period.end;
}

/** The index of the block containing `day`, or -1. Blocks are sorted and do not overlap. */
function blockAt(blocks: readonly Interval[], day: Day): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].end < day) lo = mid + 1;
    else if (blocks[mid].start > day) hi = mid - 1;
    else return mid;
  }
  return -1;
}

interface SchemeCheck {
  readonly partner: Partner;
  readonly window: Interval | null;
  readonly units: readonly Unit[];
  readonly scheme: Scheme;
  readonly firstMonth: number;
  readonly grace: number;
  readonly missing: "INVOICE_MONTH_MISSING" | "INVOICE_TERTIAL_MISSING" | null;
  readonly overlap: "INVOICE_MONTH_OVERLAP" | "INVOICE_TERTIAL_OVERLAP" | null;
  /** Whether a negative invoice is a credit note cancelling another one. */
  readonly credits: boolean;
  /** Blocks that are aligned too: quarters counted from the partner's own first month. */
  readonly alsoAligned?: readonly Interval[];
}

/** The blocks of a window and how many invoices cover each. */
interface Coverage {
  readonly blocks: readonly Interval[];
  /** Invoices covering each block (credit notes subtracted). */
  readonly count: number[];
}

function checkScheme(spec: SchemeCheck, { asOf, finding }: RuleContext, findings: Finding[]): Coverage | null {
  const { partner, window, units, scheme, firstMonth } = spec;
  const blocks = window ? blocksOfWindow(window, scheme, firstMonth) : [];
  const covering: Unit[][] = blocks.map(() => []);
  // the credit notes of each block (cents, positive)
  const creditAmounts: number[][] = blocks.map(() => []);
  // the last invoice counted in each block: an invoice's units are adjacent once sorted by invoice
  const counted: (Invoice | null)[] = blocks.map(() => null);
  for (const unit of units) misaligned(unit, spec, blocks, finding, findings);
  if (window) {
    for (const unit of byInvoice(units)) {
      if (unit.start > unit.end) continue;
      const from = Math.max(unit.start, window.start);
      const to = Math.min(unit.end, window.end);
      if (from > to) continue;
      const isCredit = spec.credits && unit.total < 0;
      for (let i = blockAt(blocks, from); i >= 0 && i < blocks.length && blocks[i].start <= to; i++) {
        if (isCredit) creditAmounts[i].push(-unit.total);
        else if (counted[i] !== unit.invoice) {
          counted[i] = unit.invoice;
          covering[i].push(unit);
        }
      }
    }
  }
  const credits = covering.map((list, i) => cancelling(creditAmounts[i], list));
  const count = covering.map((list, i) => list.length - credits[i]);
  if (!window) return null;
  const reported = new Set<Invoice>();
  blocks.forEach((block, i) => {
    // blame an invoice reaching over several periods before the ones covering exactly this one
    let list = covering[i];
    if (count[i] > 1) {
      const whole = periodOf(block.start, scheme, firstMonth);
      const exact = (u: Unit) => (u.start === block.start && u.end === block.end) || (u.start === whole.start && u.end === whole.end);
      list = [...list.filter(exact), ...list.filter((u) => !exact(u))];
    }
    if (spec.overlap && count[i] > 1 && !separateCostLines(list)) {
      for (const unit of list.slice(1 + credits[i])) {
        if (reported.has(unit.invoice)) continue;
        reported.add(unit.invoice);
        findings.push(
          finding(spec.overlap, cellOf(unit.line.at, "periodStart"), {
            partner: partner.name,
            number: unit.invoice.number,
            other: list[0].invoice.number,
            start: { day: block.start },
            end: { day: block.end },
          }),
        );
      }
    }
    if (spec.missing && count[i] <= 0 && block.end + spec.grace < asOf) {
      findings.push(
        finding(spec.missing, cellOf(partner.at, "name"), {
          partner: partner.name,
          start: { day: block.start },
          end: { day: block.end },
          due: { day: block.end + spec.grace },
        }),
      );
    }
  });
  return { blocks, count };
}

/**
 * Whether the invoices covering one period each bill their own single cost line (salaries on
 * one invoice, the rent of the office on another): separate invoices, not the month billed twice.
 */
function separateCostLines(units: readonly Unit[]): boolean {
  const seen = new Set<string>();
  for (const unit of units) {
    if (unit.costLine === null) return false;
    const key = nameKey(unit.costLine);
    if (key === "" || seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

/**
 * How many of a period's credit notes cancel an invoice: one at least as big as the smallest
 * invoice of the period cancels one (a wrong invoice credited in full, or several months at
 * once); a smaller one corrects an amount (400 € billed too much) and the invoice stands.
 */
function cancelling(creditAmounts: readonly number[], invoices: readonly Unit[]): number {
  if (creditAmounts.length === 0) return 0;
  let smallest = Infinity;
  for (const unit of invoices) if (unit.total < smallest) smallest = unit.total;
  let cancels = 0;
  for (const amount of creditAmounts) if (amount >= smallest) cancels++;
  return cancels;
}

function misaligned(
  unit: Unit,
  spec: SchemeCheck,
  blocks: readonly Interval[],
  finding: RuleContext["finding"],
  findings: Finding[],
): void {
  const { start, end } = unit;
  const whole = periodOf(start, spec.scheme, spec.firstMonth);
  if (start === whole.start && end === whole.end) return;
  const i = blockAt(blocks, start);
  const expected = i >= 0 ? blocks[i] : whole;
  if (start === expected.start && end === expected.end) return;
  if (spec.alsoAligned && isBlock(unit, spec.alsoAligned)) return;
  if (spec.scheme === "month" && start <= end && (start === whole.start || start === expected.start)) {
    // several whole months on one fixed invoice (2013's costs invoiced at once for the year's report)
    const last = blockAt(blocks, end);
    if (end === periodOf(end, "month").end || (last >= 0 && end === blocks[last].end)) return;
  }
  const field = start !== expected.start ? "periodStart" : "periodEnd";
  const right = field === "periodStart" ? expected.start : expected.end;
  findings.push(
    finding(
      "INVOICE_PERIOD_MISALIGNED",
      cellOf(unit.line.at, field),
      {
        partner: spec.partner.name,
        number: unit.invoice.number,
        scheme: spec.scheme,
        start: { day: start },
        end: { day: end },
        expectedStart: { day: expected.start },
        expectedEnd: { day: expected.end },
      },
      { expected: { day: right }, actual: { day: field === "periodStart" ? start : end } },
    ),
  );
}

/** A reconciliation block with `kiinteä` invoices but no `tasaus` invoice, once the block and its grace period are over. */
function reconciliationMissing(
  partner: Partner,
  quarters: Coverage,
  fixed: readonly Unit[],
  { ledger, asOf, finding }: RuleContext,
  findings: Finding[],
): void {
  const { blocks, count } = quarters;
  const hasFixed = blocks.map(() => false);
  if (blocks.length === 0) return;
  const first = blocks[0].start;
  const last = blocks[blocks.length - 1].end;
  for (const unit of fixed) {
    const from = Math.max(unit.start, first);
    const to = Math.min(unit.end, last);
    for (let i = from <= to ? blockAt(blocks, from) : -1; i >= 0 && i < blocks.length && blocks[i].start <= to; i++) hasFixed[i] = true;
  }
  const grace = ledger.settings.reconciliationGraceDays;
  blocks.forEach((block, i) => {
    if (!hasFixed[i] || count[i] > 0 || block.end + grace >= asOf) return;
    findings.push(
      finding("RECONCILIATION_MISSING", cellOf(partner.at, "name"), {
        partner: partner.name,
        start: { day: block.start },
        end: { day: block.end },
        due: { day: block.end + grace },
      }),
    );
  });
}

/** A `käynnistys` line on an invoice that is not the partner's first (by invoice date, else period start). */
function startupFirst(invoices: readonly Invoice[], { finding }: RuleContext, findings: Finding[]): void {
  let first: Invoice | null = null;
  let firstDay = Infinity;
  for (const invoice of invoices) {
    const day = invoiceDay(invoice);
    if (day !== null && day < firstDay) {
      firstDay = day;
      first = invoice;
    }
  }
  if (!first) return;
  for (const invoice of invoices) {
    const startup = invoice.lines.find((line) => line.kind === "startup");
    if (!startup) continue;
    const day = invoiceDay(invoice);
    if (day === null || day <= firstDay) continue;
    findings.push(
      finding("STARTUP_NOT_FIRST", cellOf(startup.at, "kind"), {
        partner: startup.partner,
        number: invoice.number,
        first: first.number,
        firstDate: { day: firstDay },
      }),
    );
  }
}
