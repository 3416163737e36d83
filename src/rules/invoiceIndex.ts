import type { InvoiceLine, Ledger, Partner } from "../ledger/model";
import { numberKey } from "../ledger/fingerprint";
import { nameKeys } from "../ledger/names";
import { partnersSpanning } from "../ledger/realised";

/**
 * Ledger lines grouped into invoices, shared by the invoicing rules and built once per
 * ledger. A ledger row is an invoice *line*: rows with the same partner and invoice number
 * are one invoice (a monthly invoice often has a salary line and a rent line). A row
 * without an invoice number is an invoice of its own.
 */
export interface Invoice {
  /** The partner as `nameKey` compares names. */
  readonly partnerKey: string;
  /** "" when the rows carry no invoice number. */
  readonly number: string;
  /** The invoice's lines in table order. */
  readonly lines: InvoiceLine[];
}

export interface InvoiceIndex {
  /**
   * Kumppanit by name key: a partner listed on several rows (one per agreement period, e.g.
   * monthly in 2014 and per tertial from 2015) is one partner whose window runs from the
   * earliest start to the latest end; its other fields are the first row's.
   */
  readonly partners: ReadonlyMap<string, Partner>;
  /** Every Kumppanit row of a partner, in table order: its agreement periods. */
  readonly agreements: ReadonlyMap<string, readonly Partner[]>;
  /** Every partner's invoices (by the biller's name key), in table order of their first line. */
  readonly byPartner: ReadonlyMap<string, readonly Invoice[]>;
  /** The name key of a text, memoised: a ledger has few distinct names but up to millions of rows. */
  readonly keyOf: (text: string) => string;
}

const cache = new WeakMap<Ledger, InvoiceIndex>();

export function invoiceIndex(ledger: Ledger): InvoiceIndex {
  const cached = cache.get(ledger);
  if (cached) return cached;
  const keyOf = nameKeys();
  const partners = partnersSpanning(ledger.partners, keyOf);
  const agreements = new Map<string, Partner[]>();
  for (const partner of ledger.partners) {
    const key = keyOf(partner.name);
    const rows = agreements.get(key);
    if (rows) rows.push(partner);
    else agreements.set(key, [partner]);
  }
  const byPartner = new Map<string, Invoice[]>();
  const byNumber = new Map<string, Map<string, Invoice>>();
  // the invoice of the line before: an invoice's lines stand together, so most lines are looked up by nothing
  let last: Invoice | undefined;
  let lastPartner = "";
  let lastNumber = "";
  for (const line of ledger.invoices) {
    if (last !== undefined && line.number === lastNumber && line.partner === lastPartner) {
      last.lines.push(line);
      continue;
    }
    const partnerKey = keyOf(line.partner);
    let invoices = byPartner.get(partnerKey);
    let numbers = byNumber.get(partnerKey);
    if (!invoices || !numbers) {
      invoices = [];
      numbers = new Map();
      byPartner.set(partnerKey, invoices);
      byNumber.set(partnerKey, numbers);
    }
    const number = line.number;
    const key = numberKey(number);
    let invoice = key === "" ? undefined : numbers.get(key);
    if (!invoice) {
      invoice = { partnerKey, number, lines: [] };
      invoices.push(invoice);
      if (key !== "") numbers.set(key, invoice);
    }
    invoice.lines.push(line);
    // a line without a number is an invoice of its own
    last = key === "" ? undefined : invoice;
    lastPartner = line.partner;
    lastNumber = number;
  }
  const index: InvoiceIndex = { partners, agreements, byPartner, keyOf };
  cache.set(ledger, index);
  return index;
}

/** The day an invoice counts from when ordering a partner's invoices: its date, else its period start. */
export function invoiceDay(invoice: Invoice): number | null {
  let day: number | null = null;
  for (const line of invoice.lines) {
    const d = line.date ?? line.periodStart;
    if (d !== null && (day === null || d < day)) day = d;
  }
  return day;
}
