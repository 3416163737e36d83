import type { Finding } from "../../findings/finding";
import { makeFinding } from "../../findings/makeFinding";
import { amountKey, importKey, invoiceKey, netOf, sameImportValues } from "../../ledger/fingerprint";
import type { InvoiceLine, Ledger, TableRef } from "../../ledger/model";
import { cellAddress } from "../../workbook/address";
import { nameKey } from "../../workbook/normalize";
import type { ConflictKind } from "./importTypes";

/**
 * Which ledger row answers for a partner file's row. Each ledger row answers for one file row
 * with the same values (`importKey`), the first not yet taken in ledger order, so importing
 * the same file twice adds nothing; rows without an invoice number match by their whole key.
 */
export type Match =
  | { readonly kind: "present"; readonly existing: InvoiceLine }
  | {
      readonly kind: "conflict";
      /** The ledger's invoice of the row: ask `allAnswered` about it once all rows are matched. */
      readonly invoice: LedgerInvoice;
      readonly existing: readonly InvoiceLine[];
      readonly closest: InvoiceLine;
      readonly differs: ConflictKind[];
    }
  | { readonly kind: "new" };

/** Ledger rows with the same `importKey`, in ledger order; `next`: the first not yet taken. */
interface SameRows {
  readonly lines: InvoiceLine[];
  next: number;
}

/** An invoice of the ledger, as `LedgerRows.match` names it. */
export interface LedgerInvoice {
  readonly lines: readonly InvoiceLine[];
}

/** One invoice's ledger rows, in ledger order, and which of them already answer for a file row. */
interface InvoiceBucket extends LedgerInvoice {
  readonly lines: InvoiceLine[];
  /** Small invoices: a flag per row, searched in order. */
  taken: boolean[] | null;
  /** Big invoices (a long ledger under one number): the rows by `importKey`, built when first needed. */
  byKey: Map<string, SameRows> | null;
}

/** Past this many rows an invoice's rows are looked up by key text rather than compared one by one. */
const SCAN_ROWS = 16;

export class LedgerRows {
  private readonly invoices = new Map<string, InvoiceBucket>();
  private readonly unnumbered = new Map<string, SameRows>();

  constructor(ledger: Ledger) {
    for (const line of ledger.invoices) {
      const invoice = invoiceKey(line);
      if (line.number.trim() === "") addSame(this.unnumbered, importKey(line, invoice), line);
      else {
        const bucket = this.invoices.get(invoice);
        if (bucket) bucket.lines.push(line);
        else this.invoices.set(invoice, { lines: [line], taken: null, byKey: null });
      }
    }
  }

  /** Matches a file row, taking the ledger row that answers for it. */
  match(line: InvoiceLine): Match {
    const invoice = invoiceKey(line);
    if (line.number.trim() === "") {
      const existing = takeSame(this.unnumbered, importKey(line, invoice));
      return existing ? { kind: "present", existing } : { kind: "new" };
    }
    // A numbered row of an invoice the ledger lacks (the usual new row) cannot be present
    const bucket = this.invoices.get(invoice);
    if (!bucket) return { kind: "new" };
    const existing = takeFromInvoice(bucket, line, invoice);
    if (existing) return { kind: "present", existing };
    return { kind: "conflict", invoice: bucket, existing: bucket.lines, ...closestOf(line, bucket.lines) };
  }

  /**
   * Whether every ledger row of an invoice `match` named answers for a file row matched so far: it looks at each of
   * the invoice's rows, so ask it once per invoice, not once per row.
   */
  allAnswered(invoice: LedgerInvoice): boolean {
    const bucket = invoice as InvoiceBucket;
    if (bucket.byKey) {
      for (const same of bucket.byKey.values()) if (same.next < same.lines.length) return false;
      return true;
    }
    const { taken } = bucket;
    return taken !== null && bucket.lines.every((_, i) => taken[i] === true);
  }
}

function addSame(map: Map<string, SameRows>, key: string, line: InvoiceLine): void {
  const entry = map.get(key);
  if (entry) entry.lines.push(line);
  else map.set(key, { lines: [line], next: 0 });
}

function takeSame(map: Map<string, SameRows>, key: string): InvoiceLine | undefined {
  const entry = map.get(key);
  return entry && entry.next < entry.lines.length ? entry.lines[entry.next++] : undefined;
}

/** The invoice's first ledger row not yet taken with the same values as `line` (the same `importKey`), taken. */
function takeFromInvoice(bucket: InvoiceBucket, line: InvoiceLine, invoice: string): InvoiceLine | undefined {
  const { lines } = bucket;
  if (lines.length > SCAN_ROWS) {
    if (!bucket.byKey) {
      bucket.byKey = new Map();
      for (const other of lines) addSame(bucket.byKey, importKey(other, invoice), other);
    }
    return takeSame(bucket.byKey, importKey(line, invoice));
  }
  const taken = (bucket.taken ??= []);
  for (const [i, other] of lines.entries()) {
    if (taken[i] !== true && sameImportValues(other, line)) {
      taken[i] = true;
      return other;
    }
  }
  return undefined;
}

/** The ledger row of the invoice a conflicting row is closest to (the bucket is never empty), and what differs. */
function closestOf(line: InvoiceLine, invoice: readonly InvoiceLine[]): { closest: InvoiceLine; differs: ConflictKind[] } {
  let best: { closest: InvoiceLine; differs: ConflictKind[] } | null = null;
  for (const other of invoice) {
    const differs: ConflictKind[] = [];
    if (amountKey(other) !== amountKey(line)) differs.push("amount");
    if (nameKey(other.line) !== nameKey(line.line)) differs.push("line");
    if (other.periodStart !== line.periodStart || other.periodEnd !== line.periodEnd) differs.push("period");
    if (!best || differs.length < best.differs.length) best = { closest: other, differs };
  }
  if (!best) throw new Error("closestOf: an invoice without rows");
  return { closest: best.closest, differs: best.differs.length === 0 ? ["duplicate"] : best.differs };
}

/** The cell of a row a person looks at first: its invoice number, else its first recognised column. */
export function numberCellOf(table: TableRef, row: number): string {
  return cellAddress(row, table.columns.number ?? Math.min(...Object.values(table.columns)));
}

export function conflictFinding(line: InvoiceLine, closest: InvoiceLine, differs: readonly ConflictKind[]): Finding {
  const amount = (l: InvoiceLine): { cents: number } | string => {
    const net = netOf(l);
    return net !== null ? { cents: net } : l.gross !== null ? { cents: l.gross } : "–";
  };
  const day = (d: number | null): { day: number } | string => (d === null ? "?" : { day: d });
  return makeFinding(
    "IMPORT_CONFLICT",
    { sheet: line.at.table.sheet, cell: numberCellOf(line.at.table, line.at.row) },
    {
      partner: line.partner || "–",
      // a breakdown's row has no number: a dash, as other findings show one
      number: line.number || "–",
      differs: differs.join(","),
      existing: `${closest.at.table.sheet}!${numberCellOf(closest.at.table, closest.at.row)}`,
      fileAmount: amount(line),
      ledgerAmount: amount(closest),
      fileLine: line.line,
      ledgerLine: closest.line,
      fileStart: day(line.periodStart),
      fileEnd: day(line.periodEnd),
      ledgerStart: day(closest.periodStart),
      ledgerEnd: day(closest.periodEnd),
    },
  );
}
