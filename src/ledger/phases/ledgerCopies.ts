import type { Finding } from "../../findings/finding";
import { makeFinding } from "../../findings/makeFinding";
import { headerCellOf } from "../cell";
import type { InvoiceLine, TableRef } from "../model";
import { nameKeys } from "../names";
import { yearViewsOf } from "./tableColumns";

/** A copy repeats at least this many lines: one line found on two sheets is the rules' duplicate. */
const MIN_COPY_LINES = 2;

/** Sheet names that say "a summary": "Yhteenveto", "Kooste", "Koonti", "Summary", "Sammandrag". */
const SUMMARY_NAME = /\b(?:yhteenveto|kooste|koonti|summary|sammandrag)\b/i;

/** Sheet names that say "a copy": Excel's "Laskut (2)", "Kopio", "Copy of", "vanha" (old), "old", "backup". */
const COPY_NAME = /\(\d+\)\s*$|\b(?:kopio|kopia|copy|vanha|vanhat|old|backup|varmuuskopio|gammal)\b/i;

/**
 * A copy of the ledger kept on a sheet of its own ("Laskut (2)", "vanha Laskut", a hidden backup)
 * would count every cost twice and make every line a duplicate invoice. A ledger table with the
 * same lines (biller, number, date, period, kind, cost line and amounts) as another ledger table
 * that is read, or a part of its lines when its sheet's name says copy or old ("vanha Laskut") or
 * the sheet is hidden (an old copy put out of sight), is left unread, and said so (TABLE_NOT_READ).
 * Of two copies of the same lines the one whose sheet name says copy or is hidden, else the later
 * sheet, is the copy. A table that adds lines of its own is read, and so is a part of another on a
 * sheet in sight whose name does not say copy (a partner's month sheets beside its "Kaikki laskut"):
 * their lines found elsewhere are the rules' duplicates. A table whose every line is on one of two or more
 * others is their summary, left unread too, when it has no invoice numbers (a partner's breakdown by month
 * beside each month's own sheet) or its sheet's name says summary ("Yhteenveto").
 */
export function withoutLedgerCopies(
  lines: InvoiceLine[],
  tables: readonly TableRef[],
  findings: Finding[],
  hiddenSheets: ReadonlySet<string> = new Set(),
): InvoiceLine[] {
  if (tables.length < 2) return lines;
  const baseOf = new Map<TableRef, TableRef>();
  for (const table of tables) for (const ref of [table, ...yearViewsOf(table).map((view) => view.table)]) baseOf.set(ref, table);
  const keyOf = nameKeys();
  const key = (l: InvoiceLine) =>
    [keyOf(l.partner), l.number, l.date, l.periodStart, l.periodEnd, l.kind, keyOf(l.line), l.net, l.vat, l.gross].join("\u0000");
  const counts = new Map<TableRef, Map<string, number>>();
  /** The tables with an invoice number on any line. */
  const numbered = new Set<TableRef>();
  for (const line of lines) {
    const table = baseOf.get(line.at.table);
    if (!table) continue;
    if (line.number !== "") numbered.add(table);
    const sums = counts.get(table) ?? new Map<string, number>();
    counts.set(table, sums);
    const k = key(line);
    sums.set(k, (sums.get(k) ?? 0) + 1);
  }
  const size = (table: TableRef) => [...(counts.get(table)?.values() ?? [])].reduce((a, b) => a + b, 0);
  const order = new Map(tables.map((table, i) => [table, i]));
  const saysCopy = (table: TableRef) => COPY_NAME.test(table.sheet) || hiddenSheets.has(table.sheet);
  // The likeliest copies first: the fewest lines, then a name that says copy, then the later table
  const candidates = tables
    .filter((table) => size(table) >= MIN_COPY_LINES)
    .sort((a, b) => size(a) - size(b) || Number(saysCopy(b)) - Number(saysCopy(a)) || (order.get(b) ?? 0) - (order.get(a) ?? 0));
  /** Each copy and the sheet holding its lines, or a summary and the sheets holding them. */
  const copies = new Map<TableRef, { why: "copy" | "sheets"; copyOf: string }>();
  for (const table of candidates) {
    const mine = counts.get(table);
    if (!mine) continue;
    // A part of another table is a copy only when its name says so or it is hidden: a partner's month sheets are parts of its "Kaikki laskut"
    const part = saysCopy(table);
    const original = tables.find(
      (other) =>
        other !== table &&
        !copies.has(other) &&
        (part || size(other) === size(table)) &&
        [...mine].every(([k, n]) => (counts.get(other)?.get(k) ?? 0) >= n),
    );
    if (original) copies.set(table, { why: "copy", copyOf: original.sheet });
  }
  // A summary of several tables (a breakdown by month beside each month's own sheet, "Yhteenveto"): the biggest first,
  // a table of no invoice numbers or one whose sheet's name says summary, every line of it in one of the others
  for (const table of [...candidates].reverse()) {
    const mine = counts.get(table);
    if (!mine || copies.has(table) || (numbered.has(table) && !SUMMARY_NAME.test(table.sheet))) continue;
    const others = tables.filter((other) => other !== table && !copies.has(other));
    const held = (k: string) => others.reduce((n, other) => n + (counts.get(other)?.get(k) ?? 0), 0);
    if (![...mine].every(([k, n]) => held(k) >= n)) continue;
    const holders = others.filter((other) => [...mine.keys()].some((k) => counts.get(other)?.has(k)));
    if (holders.length >= 2) copies.set(table, { why: "sheets", copyOf: holders.map((other) => other.sheet).join(", ") });
  }
  if (copies.size === 0) return lines;
  // Said in the workbook's order
  for (const table of tables) {
    const copy = copies.get(table);
    if (copy) findings.push(makeFinding("TABLE_NOT_READ", headerCellOf(table), { ...copy, sheetName: table.sheet }));
  }
  return lines.filter((line) => {
    const table = baseOf.get(line.at.table);
    return table === undefined || !copies.has(table);
  });
}
