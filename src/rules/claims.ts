import { CANONICAL_HEADERS } from "../ledger/canonical";
import { cellOf } from "../ledger/cell";
import type { InvoiceLine } from "../ledger/model";
import { nameKey, nameKeys } from "../ledger/names";
import type { Finding, Param } from "../findings/finding";
import { originOf } from "../ledger/claims";
import type { ClaimedApplication, ClaimedRow, RowValues } from "../ledger/model";
import { claimedCosts } from "../ledger/costs";
import { amountKey, fingerprintRow, invoiceKey } from "../ledger/fingerprint";
import { KIND_WORDS, NO, YES } from "../ledger/words";
import { cellAddress } from "../workbook/address";
import type { Rule, RuleContext } from "./rule";

/**
 * Frozen claims: once a payment application is marked as sent (sync/markSent.ts), the rows it
 * claimed and its total must not change.
 *
 * - Each claimed row is looked for among the ledger rows by its fingerprint (sync/fingerprint.ts:
 *   a hash of the parsed values), so sorting, moving or reformatting rows is not a change.
 * - A claimed row not found is paired with a ledger row of the same invoice and cost line,
 *   else the row that stands where it stood, else the same invoice: CLAIMED_ROW_CHANGED for
 *   each value that differs (at the ledger cell; `expected` is the claimed value).
 *   Without such a row: CLAIMED_ROW_DELETED (at its row on the claims sheet).
 * - CLAIMED_TOTAL_CHANGED: the eligible costs of the application's period now add up to
 *   another total than the one sent (a changed row, or a row added to the period later).
 */
export const claimsRule: Rule = {
  id: "claims",
  codes: ["CLAIMED_ROW_CHANGED", "CLAIMED_ROW_DELETED", "CLAIMED_TOTAL_CHANGED"],
  needs: ["invoices"],
  check({ ledger, finding }: RuleContext): Finding[] {
    const claims = ledger.claims ?? [];
    if (claims.length === 0) return [];
    const lines = ledger.invoices;
    // Matched by fingerprint: the claims sheet keeps each claimed row's, the ledger's rows get theirs
    const byPrint = new Map<string, number[]>();
    lines.forEach((line, i) => push(byPrint, fingerprintRow(line), i));
    // Which application last took a ledger row: applications are checked one by one
    const takenBy = new Int32Array(lines.length).fill(-1);
    const findings: Finding[] = [];
    claims.forEach((application, a) => {
      const missing: ClaimedRow[] = [];
      for (const row of application.rows) if (take(byPrint.get(row.fingerprint || fingerprintRow(row)), takenBy, a) < 0) missing.push(row);
      if (missing.length > 0) pairMissing(application, a, missing, lines, takenBy, finding, findings);
      const now = claimedCosts(ledger, application).total;
      if (now !== application.eligible) {
        findings.push(
          finding(
            "CLAIMED_TOTAL_CHANGED",
            { sheet: application.sheet, cell: cellAddress(application.row, 5) },
            {
              ...about(application),
              old: { cents: application.eligible },
              new: { cents: now },
              difference: { cents: now - application.eligible },
            },
            { expected: { cents: application.eligible }, actual: { cents: now } },
          ),
        );
      }
    });
    return findings;
  },
};

function push<K>(map: Map<K, number[]>, key: K, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

/** The first candidate application `a` has not taken yet, now taken by it; -1 when none is left. */
function take(candidates: readonly number[] | undefined, takenBy: Int32Array, a: number): number {
  if (!candidates) return -1;
  for (const i of candidates)
    if (takenBy[i] !== a) {
      takenBy[i] = a;
      return i;
    }
  return -1;
}

function about(application: ClaimedApplication): { application: string; start: { day: number }; end: { day: number } } {
  return { application: application.number || "–", start: { day: application.start }, end: { day: application.end } };
}

function pairMissing(
  application: ClaimedApplication,
  a: number,
  missing: readonly ClaimedRow[],
  lines: readonly InvoiceLine[],
  takenBy: Int32Array,
  finding: RuleContext["finding"],
  findings: Finding[],
): void {
  // Only ledger rows not matched exactly can be the changed version of a claimed row
  const byInvoiceLine = new Map<string, number[]>();
  const byInvoice = new Map<string, number[]>();
  const byOrigin = new Map<string, number[]>();
  // a ledger has a handful of cost lines over up to a million rows
  const keyOf = nameKeys();
  lines.forEach((line, i) => {
    if (takenBy[i] === a) return;
    const invoice = invoiceKey(line);
    if (line.number.trim() !== "") {
      push(byInvoiceLine, `${invoice}\u001f${keyOf(line.line)}`, i);
      push(byInvoice, invoice, i);
    }
    push(byOrigin, originOf(line), i);
  });
  for (const row of missing) {
    const numbered = row.number.trim() !== "";
    const invoice = invoiceKey(row);
    let i = numbered ? take(byInvoiceLine.get(`${invoice}\u001f${keyOf(row.line)}`), takenBy, a) : -1;
    if (i < 0) i = take(byOrigin.get(row.origin), takenBy, a);
    if (i < 0 && numbered) i = take(byInvoice.get(invoice), takenBy, a);
    if (i < 0) {
      findings.push(
        finding(
          "CLAIMED_ROW_DELETED",
          { sheet: application.sheet, cell: cellAddress(row.row, 0) },
          {
            ...about(application),
            partner: row.partner || "–",
            number: row.number || "–",
            line: row.line,
            amount: { cents: row.eligibleCents },
            origin: row.origin || "–",
          },
        ),
      );
      continue;
    }
    const line = lines[i];
    for (const change of changes(row, line)) {
      findings.push(
        finding(
          "CLAIMED_ROW_CHANGED",
          cellOf(line.at, change.field),
          {
            ...about(application),
            partner: row.partner || "–",
            number: row.number || "–",
            field: line.at.table.headers[change.field] ?? CANONICAL_HEADERS.invoices[change.field] ?? change.field,
            old: change.old,
            new: change.now,
          },
          change.old === "–" ? { actual: change.now } : { expected: change.old, actual: change.now },
        ),
      );
    }
  }
}

interface Change {
  readonly field: string;
  readonly old: Param;
  readonly now: Param;
}

const day = (value: number | null): Param => (value === null ? "–" : { day: value });
const money = (value: number | null): Param => (value === null ? "–" : { cents: value });
const text = (value: string): Param => (value === "" ? "–" : value);

/** The claimed values that differ in a ledger row, compared as the fingerprint compares them. */
function changes(old: RowValues, now: InvoiceLine): Change[] {
  const found: Change[] = [];
  const add = (field: string, same: boolean, before: Param, after: Param) => {
    if (!same) found.push({ field, old: before, now: after });
  };
  add("partner", nameKey(old.partner) === nameKey(now.partner), text(old.partner), text(now.partner));
  add(
    "number",
    invoiceKey({ partner: "", number: old.number }) === invoiceKey({ partner: "", number: now.number }),
    text(old.number),
    text(now.number),
  );
  add("date", old.date === now.date, day(old.date), day(now.date));
  add("periodStart", old.periodStart === now.periodStart, day(old.periodStart), day(now.periodStart));
  add("periodEnd", old.periodEnd === now.periodEnd, day(old.periodEnd), day(now.periodEnd));
  add("kind", old.kind === now.kind, old.kind ? KIND_WORDS[old.kind] : "–", now.kind ? KIND_WORDS[now.kind] : "–");
  add("line", nameKey(old.line) === nameKey(now.line), text(old.line), text(now.line));
  if (amountKey(old) !== amountKey(now)) {
    const netOld = old.net ?? (old.gross !== null && old.vat !== null ? old.gross - old.vat : null);
    const netNow = now.net ?? (now.gross !== null && now.vat !== null ? now.gross - now.vat : null);
    const amountField = now.at.table.columns.net !== undefined || now.at.table.columns.gross === undefined ? "net" : "gross";
    if (netOld !== netNow) add(amountField, false, money(netOld ?? old.gross), money(netNow ?? now.gross));
    if ((old.vat ?? 0) !== (now.vat ?? 0)) add("vat", false, money(old.vat), money(now.vat));
    if (netOld === netNow && (old.vat ?? 0) === (now.vat ?? 0)) add("gross", false, money(old.gross), money(now.gross));
  }
  add("eligible", old.eligible === now.eligible, old.eligible ? YES : NO, now.eligible ? YES : NO);
  return found;
}
