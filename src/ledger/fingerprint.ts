import type { RowValues } from "./model";
import { nameKey } from "../workbook/normalize";

/**
 * The values of a ledger row that a payment application claims: who billed what, for which
 * period, on which cost line, how much, and whether it is eligible. Descriptions, checkers,
 * approvers and provenance are not part of it (filling them in later is not a change).
 */

/** Names normalised once each: a ledger repeats a handful of partners and cost lines. */
const KEYS = new Map<string, string>();

function keyOf(text: string): string {
  let key = KEYS.get(text);
  if (key === undefined) {
    key = nameKey(text);
    if (KEYS.size > 50_000) KEYS.clear();
    KEYS.set(text, key);
  }
  return key;
}

/** An invoice number as compared: case and runs of spaces do not count ("pik-014 " = "PIK-014"). */
export function numberKey(number: string): string {
  // an invoice's number repeats on each of its lines: each is keyed once
  let key = NUMBER_KEYS.get(number);
  if (key === undefined) {
    if (NUMBER_KEYS.size >= NUMBER_KEYS_KEPT) NUMBER_KEYS.clear();
    key = number.trim().toLowerCase();
    if (/\s/.test(key)) key = key.replace(/\s+/g, " ");
    NUMBER_KEYS.set(number, key);
  }
  return key;
}

/** The numbers last keyed, up to NUMBER_KEYS_KEPT (then forgotten at once: a cache, not a record). */
const NUMBER_KEYS = new Map<string, string>();
const NUMBER_KEYS_KEPT = 4096;

/** The net amount of a row: its own, or gross − VAT; null when neither tells. */
export function netOf(row: Pick<RowValues, "net" | "vat" | "gross">): number | null {
  return row.net ?? (row.gross !== null && row.vat !== null ? row.gross - row.vat : null);
}

/**
 * The amounts of a row as one comparable text: net and VAT where the net is known or can
 * be derived (gross − VAT), else the VAT-inclusive amount. A blank VAT is 0 €, so
 * `100 / (blank)` and `100 / 0` are the same amounts.
 *
 * @example
 * amountKey({ net: 10000, vat: 2400, gross: null }) //=> "10000/2400"
 * amountKey({ net: null, vat: 2400, gross: 12400 }) //=> "10000/2400"
 */
export function amountKey(row: Pick<RowValues, "net" | "vat" | "gross">): string {
  const net = netOf(row);
  if (net === null) return row.gross === null ? "-" : `g${row.gross}`;
  return `${net}/${row.vat ?? (row.gross !== null && row.net !== null ? row.gross - row.net : 0)}`;
}

/** The invoice a row belongs to: its partner and number ("" number: a row without an invoice number). */
export function invoiceKey(row: Pick<RowValues, "partner" | "number">): string {
  return `${keyOf(row.partner)}\u001f${numberKey(row.number)}`;
}

/**
 * What makes an imported row the same as a ledger row: the same invoice, period, cost line
 * and amounts. Invoice date, kind, eligibility and descriptions may have been corrected in
 * the ledger since; they do not make a row new.
 */
export function importKey(row: RowValues, invoice = invoiceKey(row)): string {
  return `${invoice}\u001f${row.periodStart ?? ""}\u001f${row.periodEnd ?? ""}\u001f${keyOf(row.line)}\u001f${amountKey(row)}`;
}

/**
 * Whether two rows of one invoice (the same `invoiceKey`) have the same `importKey`, compared
 * field by field: no key texts built, which matters when 100 000 rows are matched.
 */
export function sameImportValues(a: RowValues, b: RowValues): boolean {
  return a.periodStart === b.periodStart && a.periodEnd === b.periodEnd && keyOf(a.line) === keyOf(b.line) && sameAmounts(a, b);
}

/** Whether two rows have the same `amountKey`, without building it. */
function sameAmounts(a: Pick<RowValues, "net" | "vat" | "gross">, b: Pick<RowValues, "net" | "vat" | "gross">): boolean {
  const netA = netOf(a);
  const netB = netOf(b);
  if (netA === null || netB === null) return netA === netB && a.gross === b.gross;
  if (netA !== netB) return false;
  const vatA = a.vat ?? (a.gross !== null && a.net !== null ? a.gross - a.net : 0);
  const vatB = b.vat ?? (b.gross !== null && b.net !== null ? b.gross - b.net : 0);
  return vatA === vatB;
}

/**
 * A row's claimed values as one canonical text, built from the parsed values, so that
 * moving, sorting or reformatting a row (`1234,5` typed as text, a date serial or
 * `31.3.2014`, `PIKASSOS` or `Pikassos`) leaves it unchanged.
 */
export function canonicalRow(row: RowValues): string {
  return `${importKey(row)}\u001f${row.date ?? ""}\u001f${row.kind ?? ""}\u001f${row.eligible ? 1 : 0}`;
}

/**
 * A short, stable fingerprint of a row's claimed values (53-bit hash of `canonicalRow`, base 36).
 * Stable under reordering and reformatting; any change of a claimed value changes it.
 *
 * @example
 * fingerprintRow(line) //=> "1x9k2m4q0z7p"
 */
export function fingerprintRow(row: RowValues): string {
  return hash53(canonicalRow(row));
}

/** cyrb53: a fast 53-bit string hash (public domain), as 11 base-36 digits. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(11, "0");
}
