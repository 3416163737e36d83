import { isAdministratorKey } from "../ledger/names";
import { isTicks } from "../ledger/ticks";
import { cellOf } from "../ledger/cell";
import type { InvoiceLine, TableRef } from "../ledger/model";
import type { Finding, FindingFactory, Where } from "../findings/finding";
import { cellAddress } from "../workbook/address";
import { invoiceIndex } from "./invoiceIndex";
import type { Invoice } from "./invoiceIndex";
import type { Rule, RuleContext } from "./rule";

/**
 * Each invoice once, checked and approved by two different people.
 *
 * - INVOICE_DUPLICATE: one partner's invoice number on rows with different invoice dates,
 *   or with different periods for the same Laji (a start-up line may cover other months
 *   than the fixed line beside it); and two identical rows of one invoice (same date, cost
 *   line, period and amount). One finding per invoice for the first, one per extra copy.
 * - INVOICE_UNCHECKED / INVOICE_UNAPPROVED: no row of the invoice names its checker
 *   (asiatarkastaja) / approver (hyväksyjä), a dash or "ei" being no name; when the Laskut table has no such column at
 *   all, one finding for the table instead of one per invoice. The administrator's own rows
 *   (biller = Hanke's Hallinnoija: payroll, internal charges) are approved in its own books
 *   and need neither.
 * - INVOICE_SAME_CHECKER_APPROVER: the same person checked and approved.
 *
 * Rows without an invoice number are each an invoice of their own.
 */
export const invoiceIntegrity: Rule = {
  id: "invoice-integrity",
  codes: ["INVOICE_DUPLICATE", "INVOICE_UNCHECKED", "INVOICE_UNAPPROVED", "INVOICE_SAME_CHECKER_APPROVER"],
  needs: ["invoices"],
  check(context: RuleContext): Finding[] {
    const { byPartner, keyOf } = invoiceIndex(context.ledger);
    const findings: Finding[] = [];
    const tablesWithout = { checker: new Set<TableRef>(), approver: new Set<TableRef>() };
    const administrator = context.ledger.project.administrator ? keyOf(context.ledger.project.administrator.value) : null;
    for (const [partnerKey, invoices] of byPartner) {
      // the administrator's own costs (payroll, internal charges) are approved in its own books, not as invoices
      const ownCosts = isAdministratorKey(partnerKey, administrator);
      for (const invoice of invoices) {
        if (invoice.number !== "" && invoice.lines.length > 1) {
          conflictingLines(invoice, context.finding, findings);
          identicalLines(invoice, keyOf, context.finding, findings);
        }
        signatures(invoice, keyOf, ownCosts, tablesWithout, context, findings);
      }
    }
    return findings;
  },
};

/**
 * INVOICE_DUPLICATE of the first row of one invoice (one partner's lines of one number) that disagrees with the
 * invoice's first on the invoice date, or on the period of one Laji. `kaste import` asks it of the rows of each
 * invoice new to the ledger it is about to add, as the check will say it after.
 */
export function conflictingLines(invoice: Pick<Invoice, "number" | "lines">, finding: FindingFactory, findings: Finding[]): void {
  const { lines } = invoice;
  /** The row's own spelling beside the invoice's first where they differ ("pik-014 / PIK-014"). */
  const numberOf = (line: InvoiceLine) => (line.number === invoice.number ? invoice.number : `${line.number} / ${invoice.number}`);
  const firstDated = lines.find((line) => line.date !== null);
  const firstDay = firstDated?.date ?? null;
  for (const line of lines) {
    if (firstDated && firstDay !== null && line.date !== null && line.date !== firstDay) {
      findings.push(
        finding(
          "INVOICE_DUPLICATE",
          cellOf(line.at, "date"),
          {
            partner: line.partner,
            number: numberOf(line),
            what: "date",
            first: where(firstDated, "date"),
            value: { day: line.date },
            other: { day: firstDay },
          },
          { actual: { day: line.date } },
        ),
      );
      return;
    }
  }
  const firstOfKind = new Map<InvoiceLine["kind"], InvoiceLine>();
  let checked: InvoiceLine | undefined;
  for (const line of lines) {
    if (line.periodStart === null || line.periodEnd === null) continue;
    // the Laji and period of the line checked before agree with the first of that Laji (most lines of an invoice share them)
    if (checked && line.kind === checked.kind && line.periodStart === checked.periodStart && line.periodEnd === checked.periodEnd) continue;
    checked = line;
    const earlier = firstOfKind.get(line.kind);
    if (!earlier) firstOfKind.set(line.kind, line);
    if (!earlier || (earlier.periodStart === line.periodStart && earlier.periodEnd === line.periodEnd)) continue;
    const field = earlier.periodStart !== line.periodStart ? "periodStart" : "periodEnd";
    const [value, other] = field === "periodStart" ? [line.periodStart, earlier.periodStart] : [line.periodEnd, earlier.periodEnd];
    findings.push(
      finding(
        "INVOICE_DUPLICATE",
        cellOf(line.at, field),
        {
          partner: line.partner,
          number: numberOf(line),
          what: "period",
          first: where(earlier, field),
          value: { day: value },
          other: { day: other ?? value },
        },
        { actual: { day: value } },
      ),
    );
    return;
  }
}

function sameLine(a: InvoiceLine, b: InvoiceLine, keyOf: (text: string) => string): boolean {
  return (
    a.date === b.date &&
    a.periodStart === b.periodStart &&
    a.periodEnd === b.periodEnd &&
    a.net === b.net &&
    a.gross === b.gross &&
    a.kind === b.kind &&
    (a.line === b.line || keyOf(a.line) === keyOf(b.line))
  );
}

/**
 * INVOICE_DUPLICATE for each extra copy of a row within one invoice (one partner's lines of one number): the same
 * date, Laji, cost line, period and amounts. `kaste import` asks it of the rows of each invoice it is about to add,
 * so that its preview says what the check will say after.
 */
export function identicalLines(
  invoice: Pick<Invoice, "number" | "lines">,
  keyOf: (text: string) => string,
  finding: FindingFactory,
  findings: Finding[],
): void {
  const { lines } = invoice;
  const report = (copy: InvoiceLine, original: InvoiceLine) => {
    const field = copy.at.table.columns.net !== undefined ? "net" : "gross";
    findings.push(
      finding("INVOICE_DUPLICATE", cellOf(copy.at, field), {
        partner: copy.partner,
        number: invoice.number,
        what: "line",
        first: where(original, field),
        line: copy.line,
      }),
    );
  };
  if (lines.length <= 16) {
    for (let i = 1; i < lines.length; i++) {
      for (let j = 0; j < i; j++) {
        if (sameLine(lines[i], lines[j], keyOf)) {
          report(lines[i], lines[j]);
          break;
        }
      }
    }
    return;
  }
  // a big invoice: compare only rows with the same amount (no per-row keys, no array for an amount seen once)
  const byAmount = new Map<number | null, InvoiceLine | InvoiceLine[]>();
  for (const line of lines) {
    const amount = line.net ?? line.gross;
    const same = byAmount.get(amount);
    if (same === undefined) {
      byAmount.set(amount, line);
      continue;
    }
    const others = Array.isArray(same) ? same : [same];
    const original = others.find((other) => sameLine(line, other, keyOf));
    if (original) report(line, original);
    else if (others === same) others.push(line);
    else byAmount.set(amount, [same as InvoiceLine, line]);
  }
}

/**
 * What a checker or approver cell says: `nobody` (empty, a dash, a question mark, a cross "❌" "✗" "×",
 * "!" or any other symbol that is not a tick, "ei", "EI", "No", "puuttuu", "ei ole"), a `mark` that it
 * was done but names no one (only ticks (ledger/ticks.ts), one or repeated ("✓✓"), and the words of MARK_WORDS:
 * "✓", "+", "*", "x", "ok"), or a `name` (a name or initials such as "MK"; "EI" and "NO" are the words, not initials).
 */
type Signature = "nobody" | "mark" | "name";

const NOBODY_WORDS: ReadonlySet<string> = new Set(["ei", "puuttuu", "nej", "saknas", "no", "none", "missing", "n/a"]);
/** Words for nobody that begin a longer text: "ei ole", "ei tarkastettu", "inte godkänd", "not approved". */
const NOBODY_START = /^(?:ei|inte|not) /i;
const MARK_WORDS: ReadonlySet<string> = new Set(["x", "ok", "kylla", "kyllä", "joo", "ja", "yes", "done"]);
/** Only dashes, question marks, dots, slashes or underscores: nobody. */
const NOBODY_MARKS = /^[\p{Pd}?\uff1f.\u2026_/\\]+$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Longer texts are names: no word for nobody or for done is this long ("puuttuu." is). */
const LONGEST_WORD = 8;

function isLetter(text: string): boolean {
  const c = text.charCodeAt(0) | 0x20;
  if (c >= 0x61 && c <= 0x7a) return true;
  return text.charCodeAt(0) >= 0xc0 && /^\p{L}/u.test(text);
}

function wordSignature(lower: string): Signature {
  const word = lower.endsWith(".") ? lower.slice(0, -1) : lower;
  if (NOBODY_WORDS.has(word) || NOBODY_START.test(word)) return "nobody";
  return MARK_WORDS.has(word) ? "mark" : "name";
}

/** A ledger's checkers and approvers are a few names down a million rows: each distinct text is read once. */
const knownSignatures = new Map<string, Signature>();

function signatureOf(person: string): Signature {
  let signature = knownSignatures.get(person);
  if (signature === undefined) {
    signature = signatureOfText(person);
    if (knownSignatures.size < 10_000) knownSignatures.set(person, signature);
  }
  return signature;
}

/** A name ("Mäkinen", "Virtanen") is known at a glance. */
function signatureOfText(person: string): Signature {
  const text = person.trim();
  if (text.length > 2 && isLetter(text)) {
    if (NOBODY_START.test(text)) return "nobody";
    return text.length > LONGEST_WORD ? "name" : wordSignature(text.toLowerCase());
  }
  if (text === "" || NOBODY_MARKS.test(text)) return "nobody";
  if (!LETTER_OR_DIGIT.test(text)) return isTicks(text) ? "mark" : "nobody";
  const lower = text.toLowerCase().replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, "");
  if (MARK_WORDS.has(lower)) return "mark";
  // "EI", "Ei", "NO", "No" are the words for nobody; other two capitals ("MK") are initials, a name
  return wordSignature(lower);
}

/** Checked, approved, and by two different people. */
function signatures(
  invoice: Invoice,
  keyOf: (text: string) => string,
  ownCosts: boolean,
  tablesWithout: { checker: Set<TableRef>; approver: Set<TableRef> },
  { finding }: RuleContext,
  findings: Finding[],
): void {
  const first = invoice.lines[0];
  const table = first.at.table;
  const base = { partner: first.partner, number: invoice.number };
  for (const [field, code] of [
    ["checker", "INVOICE_UNCHECKED"],
    ["approver", "INVOICE_UNAPPROVED"],
  ] as const) {
    if (ownCosts) break;
    if (table.columns[field] === undefined) {
      if (!tablesWithout[field].has(table)) {
        tablesWithout[field].add(table);
        findings.push(finding(code, headerCell(table), { ...base, scope: "column" }));
      }
      continue;
    }
    if (invoice.lines.every((line) => signatureOf(line[field]) === "nobody")) {
      findings.push(finding(code, cellOf(first.at, field), { ...base, scope: "invoice" }));
    }
  }
  let checker: string | null = null;
  let approver: string | null = null;
  for (const line of invoice.lines) {
    // a line signed by the same two as the line before has its answer, no (an invoice's lines mostly are)
    if (line.checker === checker && line.approver === approver) continue;
    checker = line.checker;
    approver = line.approver;
    // Two ticks say both were done, not by whom: only two names can be one person
    if (signatureOf(checker) === "name" && keyOf(checker) === keyOf(approver) && signatureOf(approver) === "name") {
      findings.push(finding("INVOICE_SAME_CHECKER_APPROVER", cellOf(line.at, "approver"), { ...base, person: line.approver }));
      return;
    }
  }
}

/** The first header cell of a table: where a finding about a missing column points. */
function headerCell(table: TableRef): Where {
  return { sheet: table.sheet, cell: cellAddress(table.headerRow, Math.min(...Object.values(table.columns))) };
}

/** "Laskut!C5": where a related value stands, for messages. */
function where(line: InvoiceLine, field: string): string {
  const { sheet, cell } = cellOf(line.at, field);
  return `${sheet}!${cell}`;
}
