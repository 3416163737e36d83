import { isAdministratorKey } from "../ledger/names";
import { cellOf } from "../ledger/cell";
import type { InvoiceLine, Ledger } from "../ledger/model";
import type { Finding } from "../findings/finding";
import { invoiceIndex } from "./invoiceIndex";
import type { Rule, RuleContext } from "./rule";

/**
 * Costs belong inside the project period and the partner's window. The period an invoice
 * covers decides, not its date: an invoice dated after the project end for costs inside it
 * is fine. A `käynnistys` (start-up) row may cover the recruitment months before the
 * partner's window, but not before the project. One finding per invoice, at the first
 * offending period cell; a side already outside the project is not reported again against
 * the partner's window.
 */
export const invoiceOutsideProject: Rule = {
  id: "invoice-outside-project",
  codes: ["INVOICE_OUTSIDE_PROJECT"],
  needs: ["project", "invoices"],
  needsProject: ["start", "end"],
  check({ ledger, finding }: RuleContext): Finding[] {
    const start = ledger.project.start?.value ?? null;
    const end = ledger.project.end?.value ?? null;
    const findings: Finding[] = [];
    if (start === null && end === null) return findings;
    for (const invoices of invoiceIndex(ledger).byPartner.values()) {
      for (const invoice of invoices) {
        for (const line of invoice.lines) {
          const out = outside(line, start, end);
          if (!out) continue;
          findings.push(
            finding(
              "INVOICE_OUTSIDE_PROJECT",
              cellOf(line.at, out.side),
              {
                partner: line.partner,
                number: invoice.number,
                start: { day: out.period.start },
                end: { day: out.period.end },
                projectStart: start === null ? "" : { day: start },
                projectEnd: end === null ? "" : { day: end },
              },
              { expected: { day: out.bound }, actual: { day: out.day } },
            ),
          );
          break;
        }
      }
    }
    return findings;
  },
};

/** Billers not in Kumppanit, and costs outside the partner's window. */
export const invoicePartners: Rule = {
  id: "invoice-partners",
  codes: ["INVOICE_UNKNOWN_PARTNER", "INVOICE_OUTSIDE_PARTNER_WINDOW"],
  needs: ["partners", "invoices"],
  check({ ledger, finding }: RuleContext): Finding[] {
    const { partners, byPartner, keyOf } = invoiceIndex(ledger);
    const findings: Finding[] = [];
    const administrator = ledger.project.administrator ? keyOf(ledger.project.administrator.value) : null;
    const projectStart = ledger.project.start?.value ?? null;
    const projectEnd = ledger.project.end?.value ?? null;
    for (const [key, invoices] of byPartner) {
      const partner = partners.get(key);
      if (!partner) {
        if (key === "" || isAdministratorKey(key, administrator)) continue;
        const first = invoices[0].lines[0];
        const suggestion = closestName(key, ledger, keyOf);
        const rows = invoices.reduce((n, invoice) => n + invoice.lines.length, 0);
        findings.push(
          finding(
            "INVOICE_UNKNOWN_PARTNER",
            cellOf(first.at, "partner"),
            { partner: first.partner, rows, suggestion: suggestion ?? "" },
            suggestion ? { expected: suggestion, actual: first.partner } : {},
          ),
        );
        continue;
      }
      if (partner.start === null && partner.end === null) continue;
      for (const invoice of invoices) {
        for (const line of invoice.lines) {
          // a side outside the project is INVOICE_OUTSIDE_PROJECT's
          const lower = line.kind === "startup" ? null : partner.start;
          const out = outside(line, lower, partner.end);
          if (!out || outside(line, projectStart, projectEnd)?.side === out.side) continue;
          findings.push(
            finding(
              "INVOICE_OUTSIDE_PARTNER_WINDOW",
              cellOf(line.at, out.side),
              {
                partner: partner.name,
                number: invoice.number,
                start: { day: out.period.start },
                end: { day: out.period.end },
                windowStart: partner.start === null ? "" : { day: partner.start },
                windowEnd: partner.end === null ? "" : { day: partner.end },
              },
              { expected: { day: out.bound }, actual: { day: out.day } },
            ),
          );
          break;
        }
      }
    }
    return findings;
  },
};

/** Which end of a row's period lies outside `start`–`end` (either may be unknown), if any. */
/** The side of a line's period that falls outside [start, end], with the period and the bound it crosses. */
interface Outside {
  readonly side: "periodStart" | "periodEnd";
  readonly period: { readonly start: number; readonly end: number };
  /** The day the side should be at most (end) or at least (start). */
  readonly bound: number;
  /** The side's own day. */
  readonly day: number;
}

function outside(line: InvoiceLine, start: number | null, end: number | null): Outside | null {
  const { periodStart, periodEnd } = line;
  if (periodStart === null || periodEnd === null) return null;
  const period = { start: periodStart, end: periodEnd };
  if (start !== null && periodStart < start) return { side: "periodStart", period, bound: start, day: periodStart };
  if (end !== null && periodEnd > end) return { side: "periodEnd", period, bound: end, day: periodEnd };
  return null;
}

/** The one partner whose name is close to an unknown biller's ("Pikassos Oy", "SONet Botnia ry"), if any. */
export function closestName(key: string, ledger: Ledger, keyOf: (text: string) => string): string | null {
  const compact = key.replace(/ /g, "");
  const close = ledger.partners.filter((p) => {
    const other = keyOf(p.name).replace(/ /g, "");
    if (other === "") return false;
    if (other === compact || compact.startsWith(other) || other.startsWith(compact)) return true;
    // the partner's name inside a longer one, word for word ("Sosiaalialan osaamiskeskus Pikassos" for Pikassos)
    const words = keyOf(p.name);
    if (words.length >= 4 && (` ${key} `.includes(` ${words} `) || ` ${words} `.includes(` ${key} `))) return true;
    return Math.min(other.length, compact.length) >= 5 && editDistance(other, compact) <= 2;
  });
  return close.length === 1 ? close[0].name : null;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
