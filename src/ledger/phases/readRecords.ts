import type { Cents } from "../../money";
import { parseAmount } from "../../money";
import { isBlank } from "../coerce";
import type { CellValue } from "../../workbook/types";
import { isFundingLine } from "../fundingLines";
import { nameKey } from "../names";
import type {
  Application,
  BudgetRow,
  BudgetVersion,
  InvoiceKind,
  InvoiceLine,
  InvoicingScheme,
  MuniShare,
  Partner,
  TableRef,
} from "../model";
import { enumerationOf } from "./rowFields";
import type { RowFields } from "./rowFields";
import { noiseOf } from "./noiseRows";
import { isRecordRow } from "./skipRows";
import { amountColumnsOf, columnsOf, yearViewsOf } from "./tableColumns";

const SCHEMES = enumerationOf<InvoicingScheme>("partners", "scheme");
/** The invoice kinds, and a credit note's words ("hyvityslasku"): see `asCredit`. */
const KINDS = enumerationOf<InvoiceKind | "credit">("invoices", "kind");
const VERSIONS = enumerationOf<BudgetVersion>("budget", "version");
const YES_NO = enumerationOf<"yes" | "no">("invoices", "eligible");

export interface Records {
  partners: Partner[];
  budget: BudgetRow[];
  invoices: InvoiceLine[];
  muniShares: MuniShare[];
  applications: Application[];
}

export function emptyRecords(): Records {
  return { partners: [], budget: [], invoices: [], muniShares: [], applications: [] };
}

/** Phase 4, assemble: the row `f` stands on as its table's record(s); false for blank, total and note rows. */
export function readRow(f: RowFields, records: Records): boolean {
  const noise = noiseOf(f.reader, f.table, f.row);
  if (noise) {
    f.noise.add(noise, f.row);
    return false;
  }
  if (!isRecordRow(f.reader, f.table, f.row)) return false;
  // one small function per kind: a million rows of one kind compile only that kind's reading
  switch (f.table.kind) {
    case "partners":
      return readPartner(f, records);
    case "budget":
      return readBudgetRow(f, records);
    case "invoices":
      return readInvoiceRow(f, records);
    case "muniShares":
      return readMuniShare(f, records);
    case "applications":
      return readApplication(f, records);
    default:
      return false;
  }
}

function readPartner(f: RowFields, records: Records): boolean {
  // A ticked column ("x" for yes) leaves the no's blank
  const recoverable = f.tick("vatRecoverable") ?? f.oneOf("vatRecoverable", YES_NO);
  records.partners.push({
    name: f.required("name", f.text("name") || null) ?? "",
    scheme: f.required("scheme", f.oneOf("scheme", SCHEMES)),
    ...f.window(),
    vatRecoverable: recoverable === null ? null : recoverable === "yes",
    at: { table: f.table, row: f.row },
  });
  return true;
}

function readBudgetRow(f: RowFields, records: Records): boolean {
  const { table } = f;
  if (f.sectionHeading() || isFundingLine(f.text("line"))) return false;
  if (table.yearColumns || table.versionColumns || table.acrossColumns) return readWideBudget(f, records);
  if (isNamedSubtotal(f, records.budget, (row) => row.partner)) return false;
  records.budget.push({
    year: f.required("year", f.year("year")),
    // a blank Kumppani is the common share, as the template has it; with no such column, the section's partner
    partner: table.columns.partner === undefined ? f.budgetPartner() : f.text("partner"),
    line: f.text("line"),
    version: f.oneOf("version", VERSIONS) ?? table.contextVersion ?? null,
    amount: f.required("amount", f.money("amount")),
    at: { table, row: f.row },
  });
  return true;
}

function readInvoiceRow(f: RowFields, records: Records): boolean {
  const { table } = f;
  if (table.acrossColumns) return readAcrossInvoices(f, records);
  // an invoice typed as a document: what its lines leave out is said once above them
  const typedOnce = table.invoiceContext;
  const [periodStart, periodEnd] =
    typedOnce?.periodStart !== undefined && typedOnce.periodEnd !== undefined
      ? [typedOnce.periodStart, typedOnce.periodEnd]
      : f.startAndEnd("periodStart", "periodEnd");
  // Only a row without a period can be a partner's subtotal: the test costs the other rows nothing
  if (periodStart === null && periodEnd === null && isPartnerSubtotal(f, records.invoices)) return false;
  if (table.columns.period === undefined) {
    f.required("periodStart", periodStart);
    f.required("periodEnd", periodEnd);
  } else if (periodStart === null && periodEnd === null && isBlank(f.raw("period"))) {
    f.missing("period");
  }
  const net = netOf(f);
  const gross = f.money("gross");
  if (net === null && gross === null && isBlank(f.raw("net")) && isBlank(f.raw("gross")))
    f.missing(table.columns.net !== undefined ? "net" : "gross");
  const eligible = f.oneOf("eligible", YES_NO);
  const kind = f.oneOf("kind", KINDS);
  records.invoices.push({
    date: f.date("date") ?? typedOnce?.date ?? null,
    partner: f.required("partner", f.text("partner") || null) ?? typedOnce?.partner ?? "",
    number: f.text("number") || (typedOnce?.number ?? ""),
    periodStart,
    periodEnd,
    kind: kind === "credit" ? null : kind,
    line: lineOf(f),
    net,
    vat: f.money("vat"),
    gross,
    realised: f.money("realised"),
    eligible: eligible !== "no",
    checker: f.text("checker"),
    approver: f.text("approver"),
    description: f.text("description"),
    at: { table, row: f.row },
  });
  if (kind === "credit") asCredit(records.invoices);
  return true;
}

/**
 * A credit note (Laji "hyvitys", "hyvityslasku") is read as a line without Laji, as a negative
 * amount is (a credit of the periods it covers), and its amounts count negative whichever sign
 * they were typed with: a credit note never adds to the costs. The last line of `lines`.
 */
function asCredit(lines: InvoiceLine[]): void {
  const last = lines.length - 1;
  const line = lines[last];
  const negative = (amount: Cents | null): Cents | null => (amount === null || amount === 0 ? amount : -Math.abs(amount));
  lines[last] = { ...line, net: negative(line.net), vat: negative(line.vat), gross: negative(line.gross) };
}

function readMuniShare(f: RowFields, records: Records): boolean {
  const { table } = f;
  if (table.acrossColumns) return readAcrossMuniShares(f, records);
  if (table.yearColumns) return readWideMuniShares(f, records);
  if (isNamedSubtotal(f, records.muniShares, (share) => share.payer)) return false;
  records.muniShares.push({
    year: f.required("year", f.year("year")) ?? table.contextYear ?? null,
    municipality: f.required("municipality", f.text("municipality") || null) ?? "",
    payer: f.text("payer"),
    basis: f.text("basis"),
    amount: f.required("amount", f.money("amount")),
    at: { table, row: f.row },
  });
  return true;
}

function readApplication(f: RowFields, records: Records): boolean {
  const { table } = f;
  const [start, end] = f.startAndEnd("start", "end");
  const paid = isPending(f.raw("paid")) ? null : f.money("paid");
  const sent = isPending(f.raw("sent")) ? null : f.date("sent");
  const applied = f.money("applied");
  records.applications.push({
    number: f.text("number"),
    start: table.columns.period === undefined ? f.required("start", start) : start,
    end: table.columns.period === undefined ? f.required("end", end) : end,
    // The application being prepared: its period typed, its amount not yet (kaste application computes it)
    applied: paid === null && sent === null && isBlank(f.raw("applied")) ? null : f.required("applied", applied),
    paid,
    sent,
    at: { table, row: f.row },
  });
  return true;
}

/** Words that an application is not yet paid or sent, and no digit ("odottaa", "ei vielä maksettu", "kesken", "pending"). */
const PENDING =
  /^\s*(?:ei|odot\p{L}*|kesken\p{L}*|tulossa|avoin\p{L}*|maksamatta|lähettämättä|lahettamatta|not|pending|unpaid|ej|inte|väntar|obetald)(?![\p{L}])[^\d]*$/iu;

/** A paid or sent cell saying the application is not yet paid or sent: no amount or date, and no finding. */
function isPending(value: CellValue): boolean {
  return typeof value === "string" && PENDING.test(value);
}

/** How many records right above a row are summed to see whether the row is their subtotal. */
const SUBTOTAL_REACH = 500;

/**
 * A partner's subtotal typed under its lines: its name alone ("Pikassos", in the Laskuttaja column or
 * any other), its amounts and nothing else, the amount (net, else gross) that of the two or more lines
 * right above it of that partner (=SUMMA over them), counted from its last subtotal or any later line.
 * No record: it would count the partner's costs twice. A name and an amount that add up to nothing
 * above is an unfinished row, read with its REQUIRED_MISSING. (A single line's "subtotal" stays one too:
 * the same fixed amount as last month's is how a month's invoice is begun.)
 */
function isPartnerSubtotal(f: RowFields, invoices: readonly InvoiceLine[]): boolean {
  const name = subtotalName(f);
  if (name === null) return false;
  const useNet = !isBlank(f.raw("net"));
  const total = useNet ? netOf(f) : f.money("gross");
  return (
    total !== null &&
    sumsAbove(
      f.table,
      invoices,
      name,
      total,
      (line) => line.partner,
      (line) => (useNet ? line.net : line.gross),
    )
  );
}

/**
 * The name a subtotal row gives itself: the row's one text, every other cell of it blank or an amount
 * in an amount column; null for any other row.
 */
function subtotalName(f: RowFields): string | null {
  const { table, reader } = f;
  const cells = reader.row(f.row);
  const amounts = amountColumnsOf(table);
  let name: string | null = null;
  for (const col of columnsOf(table)) {
    const value = cells[col - reader.colOffset] ?? null;
    if (isBlank(value)) continue;
    if (amounts.has(col)) {
      if (typeof value === "number" || (typeof value === "string" && parseAmount(value).ok)) continue;
      return null;
    }
    if (typeof value !== "string" || name !== null) return null;
    name = value;
  }
  return name;
}

/**
 * Whether `total` is the sum of the two or more records right above in `table` named `name` (by
 * `nameOf`), counted from the nearest: the records of one partner or payer a subtotal sums.
 */
function sumsAbove<T extends { readonly at: { readonly table: TableRef } }>(
  table: TableRef,
  records: readonly T[],
  name: string,
  total: Cents,
  nameOf: (record: T) => string,
  amountOf: (record: T) => Cents | null,
): boolean {
  const key = nameKey(name);
  let sum = 0;
  let count = 0;
  let same = "";
  for (let i = records.length - 1; i >= 0 && count < SUBTOTAL_REACH; i--) {
    const record = records[i];
    if (record.at.table !== table) return false;
    const its = nameOf(record);
    if (its !== same) {
      if (nameKey(its) !== key) return false;
      same = its;
    }
    sum += amountOf(record) ?? 0;
    count++;
    if (count >= 2 && sum === total) return true;
  }
  return false;
}

/**
 * A budget's or the municipal shares' subtotal of a partner or a payer under its rows ("Pikassos" or
 * "Linnan kuntayhtymä" with the =SUMMA of its rows, no year): no record, as in the ledger. Asked only of
 * a row whose year column is blank.
 */
function isNamedSubtotal<T extends { readonly at: { readonly table: TableRef }; readonly amount: Cents | null }>(
  f: RowFields,
  records: readonly T[],
  nameOf: (record: T) => string,
): boolean {
  if (f.table.columns.year === undefined || !isBlank(f.raw("year"))) return false;
  const name = subtotalName(f);
  if (name === null) return false;
  const total = f.money("amount");
  return total !== null && sumsAbove(f.table, records, name, total, nameOf, (record) => record.amount);
}

/** The net amount; in a general-ledger export its debit less its credit, a credit note coming out negative. */
function netOf(f: RowFields): Cents | null {
  const net = f.money("net");
  if (f.table.columns.credit === undefined) return net;
  const credit = f.money("credit");
  return credit === null ? net : (net ?? 0) - credit;
}

/**
 * The cost line; in a general-ledger export, the one the mapping sheet gives its account number,
 * else its account's name, else its account, else its cost centre.
 */
function lineOf(f: RowFields): string {
  const { columns } = f.table;
  if (columns.account !== undefined && f.accounts.size > 0) {
    const mapped = f.accounts.get(f.text("account"));
    if (mapped !== undefined) return mapped;
  }
  if (columns.line !== undefined) return f.text("line");
  if (columns.account !== undefined) return f.text("account");
  return f.text("costCentre");
}

/** One budget record per year, version, cost line or partner column that holds an amount. */
function readWideBudget(f: RowFields, records: Records): boolean {
  const partner = f.budgetPartner();
  const line = f.text("line");
  const version = f.oneOf("version", VERSIONS) ?? f.table.contextVersion ?? null;
  const year = f.table.columns.year !== undefined ? f.required("year", f.year("year")) : null;
  for (const view of yearViewsOf(f.table)) {
    const amount = f.money("amount", view.table);
    if (amount !== null)
      records.budget.push({
        year: view.year ?? year,
        partner: view.partner ?? partner,
        line: view.line ?? line,
        version: view.version ?? version,
        amount,
        at: { table: view.table, row: f.row },
      });
  }
  return true;
}

/** One municipal share per year column that holds an amount. */
function readWideMuniShares(f: RowFields, records: Records): boolean {
  const municipality = f.required("municipality", f.text("municipality") || null) ?? "";
  const payer = f.text("payer");
  const basis = f.text("basis");
  for (const view of yearViewsOf(f.table)) {
    const amount = f.money("amount", view.table);
    if (amount !== null)
      records.muniShares.push({ year: view.year, municipality, payer, basis, amount, at: { table: view.table, row: f.row } });
  }
  return true;
}

/** Municipal shares with a column per municipality: one share per municipality's column that holds an amount in the year's row. */
function readAcrossMuniShares(f: RowFields, records: Records): boolean {
  const year = f.required("year", f.year("year")) ?? f.table.contextYear ?? null;
  const payer = f.text("payer");
  const basis = f.text("basis");
  for (const view of yearViewsOf(f.table)) {
    const amount = f.money("amount", view.table);
    if (amount !== null)
      records.muniShares.push({ year, municipality: view.municipality ?? "", payer, basis, amount, at: { table: view.table, row: f.row } });
  }
  return true;
}

/**
 * A ledger laid out across: one invoice line per amount column the row fills (a cost line's
 * or a month's), the row's other columns shared by its lines. Its VAT belongs to its one
 * amount, or is shared in proportion to them (the remainder cents to the largest).
 */
function readAcrossInvoices(f: RowFields, records: Records): boolean {
  const { table } = f;
  const views = yearViewsOf(table);
  const amounts = views.map((view) => f.money("net", view.table));
  const monthly = views.some((view) => view.period !== null);
  let [periodStart, periodEnd]: [number | null, number | null] = [null, null];
  if (!monthly) {
    [periodStart, periodEnd] = f.startAndEnd("periodStart", "periodEnd");
    if (table.columns.period === undefined) {
      f.required("periodStart", periodStart);
      f.required("periodEnd", periodEnd);
    } else if (periodStart === null && periodEnd === null && isBlank(f.raw("period"))) {
      f.missing("period");
    }
  }
  // A breakdown by month (a column or a row per month) names no biller or invoice number of its own
  const breakdown = monthly || (table.columns.partner === undefined && table.columns.number === undefined);
  // A 0 typed on an invoice row is a line (a reconciliation that comes out even); in a monthly breakdown it is a month without costs
  const filled = amounts.map((amount) => amount !== null && (amount !== 0 || !breakdown));
  if (!filled.some(Boolean)) {
    // A cost line left blank in a month's breakdown is no cost; an invoice row without any amount is missing it
    if (!breakdown && views.every((view) => isBlank(f.raw("net", view.table)))) f.missing("net", views[0].table);
    return true;
  }
  const partner = f.required("partner", f.text("partner") || null) ?? "";
  const date = f.date("date");
  const number = f.text("number");
  const typedKind = f.oneOf("kind", KINDS);
  const kind = typedKind === "credit" ? null : typedKind;
  const line = lineOf(f);
  const vat = f.money("vat");
  const eligible = f.oneOf("eligible", YES_NO) !== "no";
  const checker = f.text("checker");
  const approver = f.text("approver");
  const description = f.text("description");
  const realised = f.money("realised");
  const vats = shared(
    vat,
    amounts.map((amount, i) => (filled[i] ? (amount ?? 0) : 0)),
  );
  views.forEach((view, i) => {
    if (!filled[i]) return;
    records.invoices.push({
      date,
      partner,
      number,
      periodStart: view.period?.start ?? periodStart,
      periodEnd: view.period?.end ?? periodEnd,
      kind,
      line: view.line ?? line,
      net: amounts[i],
      vat: vats[i],
      gross: null,
      realised,
      eligible,
      checker,
      approver,
      description,
      at: { table: view.table, row: f.row },
    });
    if (typedKind === "credit") asCredit(records.invoices);
  });
  return true;
}

/** A total shared in proportion to the weights, in whole cents, the remainder to the largest weight; null stays null. */
function shared(total: Cents | null, weights: readonly Cents[]): (Cents | null)[] {
  if (total === null) return weights.map(() => null);
  const sum = weights.reduce((a, b) => a + b, 0);
  const filled = weights.filter((w) => w !== 0).length;
  if (filled <= 1 || sum === 0) {
    const index = weights.findIndex((w) => w !== 0);
    return weights.map((_, i) => (i === Math.max(index, 0) ? total : 0));
  }
  const parts = weights.map((w) => Math.trunc((total * w) / sum));
  let largest = 0;
  weights.forEach((w, i) => {
    if (Math.abs(w) > Math.abs(weights[largest])) largest = i;
  });
  parts[largest] += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}
