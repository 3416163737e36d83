import { budgetUse, chooseBudget } from "../ledger/budgetUse";
import type { BudgetUseRow } from "../ledger/budgetUse";
import { cellOf } from "../ledger/cell";
import { ymdOf } from "../periods";
import type { Finding, Where } from "../findings/finding";
import type { Rule, RuleContext } from "./rule";

/**
 * Budget against realised costs, on the use table of ledger/budgetUse.ts (which budget
 * version, partner and year a cost counts for is decided and documented there).
 *
 * - BUDGET_LINE_OVERRUN (warning): a partner's cost line over 100 % in a year.
 * - BUDGET_TOTAL_OVERRUN (error): a partner's total, or the project's, over 100 % in a year.
 * - BUDGET_UNDERUSE (warning): a partner's or the project's pace (use % ÷ elapsed share of
 *   the year's part of the project period) under Asetukset's threshold (default 0.7), once
 *   more than half of that part has passed. A partner's time runs up to the end of its last
 *   month or tertial whose invoice is due (ledger/budgetUse.ts `invoicedElapsed`).
 * - BUDGET_NO_LINE: realised costs where the budget has no row: a cost line missing from a
 *   partner's budget, a partner without a budget that year, or a year without any budget
 *   (only years within the project period: costs outside it are INVOICE_OUTSIDE_PROJECT's).
 */
export const budgetUseRule: Rule = {
  id: "budget-use",
  codes: ["BUDGET_LINE_OVERRUN", "BUDGET_TOTAL_OVERRUN", "BUDGET_UNDERUSE", "BUDGET_NO_LINE"],
  needs: ["budget", "invoices"],
  check({ ledger, asOf, finding }: RuleContext): Finding[] {
    const { rows } = budgetUse(ledger, asOf);
    const findings: Finding[] = [];
    const threshold = ledger.settings.underusePace;
    const partnerBudgeted = new Set<string>();
    const yearBudgeted = new Set<number>();
    for (const row of rows) {
      if (row.year === null || row.budget === null) continue;
      if (row.level === "partner") partnerBudgeted.add(`${row.year}\u0000${row.partner}`);
      if (row.level === "project") yearBudgeted.add(row.year);
    }
    const projectStart = ledger.project.start?.value ?? null;
    const projectEnd = ledger.project.end?.value ?? null;
    const inProject = (year: number) =>
      (projectStart === null || year >= yearOf(projectStart)) && (projectEnd === null || year <= yearOf(projectEnd));
    const reportedYears = new Set<number>();
    const reportedPartners = new Set<string>();

    for (const row of rows) {
      if (row.year === null) continue;
      const base = {
        year: row.year,
        partner: row.partner ?? "",
        line: row.line ?? "",
        budget: { cents: row.budget ?? 0 },
        realised: { cents: row.realised },
      };
      if (row.level === "line" && row.budget === null && row.realised !== 0 && row.firstLine) {
        const year = row.year;
        const partnerKey = `${year}\u0000${row.partner}`;
        if (!yearBudgeted.has(year)) {
          if (!inProject(year) || reportedYears.has(year)) continue;
          reportedYears.add(year);
          findings.push(finding("BUDGET_NO_LINE", cellOf(row.firstLine.at, "periodEnd"), { ...base, scope: "year" }));
        } else if (!partnerBudgeted.has(partnerKey)) {
          if (reportedPartners.has(partnerKey)) continue;
          reportedPartners.add(partnerKey);
          findings.push(finding("BUDGET_NO_LINE", cellOf(row.firstLine.at, "partner"), { ...base, scope: "partner" }));
        } else {
          findings.push(finding("BUDGET_NO_LINE", cellOf(row.firstLine.at, "line"), { ...base, scope: "line" }));
        }
        continue;
      }
      if (row.budget === null) continue;
      const over = row.realised > row.budget;
      const amounts = { ...base, use: row.use === null ? "–" : { ratio: row.use }, over: { cents: row.realised - row.budget } };
      if (row.level === "line" && over && row.line !== "") {
        findings.push(finding("BUDGET_LINE_OVERRUN", budgetCell(row, "amount", "last"), amounts));
      } else if ((row.level === "partner" || row.level === "project") && over) {
        findings.push(finding("BUDGET_TOTAL_OVERRUN", totalCell(row), { ...amounts, scope: row.level }));
      } else if (
        (row.level === "partner" || row.level === "project") &&
        row.budget > 0 &&
        row.elapsed > 0.5 &&
        row.use !== null &&
        row.invoicedElapsed > 0
      ) {
        // time up to what can be invoiced by now: a partner invoicing per tertial is not behind in August
        const pace = row.use / row.invoicedElapsed;
        if (pace >= threshold) continue;
        findings.push(
          finding("BUDGET_UNDERUSE", totalCell(row), {
            ...amounts,
            scope: row.level,
            elapsed: { ratio: row.invoicedElapsed },
            pace: Math.round(pace * 100) / 100,
            threshold,
          }),
        );
      }
    }
    return findings;
  },
};

/** Two confirmed budget rows with different amounts for the same year, partner and cost line. */
export const budgetVersions: Rule = {
  id: "budget-versions",
  codes: ["BUDGET_VERSION_AMBIGUOUS"],
  needs: ["budget"],
  check({ ledger, finding }: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const partners of chooseBudget(ledger).cells.values()) {
      for (const lines of partners.values()) {
        for (const cell of lines.values()) {
          if (cell.version === "revised" || cell.version === "applied") continue;
          for (const { row, other } of cell.conflicts) {
            const at = cellOf(other.at, "amount");
            findings.push(
              finding("BUDGET_VERSION_AMBIGUOUS", cellOf(row.at, "amount"), {
                year: row.year ?? "",
                partner: row.partner,
                line: row.line,
                amount: { cents: row.amount ?? 0 },
                other: { cents: other.amount ?? 0 },
                otherCell: `${at.sheet}!${at.cell}`,
              }),
            );
          }
        }
      }
    }
    return findings;
  },
};

/** A budget row's cell: the last row behind a line's budget (the one in force), the topmost behind a total. */
function budgetCell(row: BudgetUseRow, field: string, which: "first" | "last"): Where {
  const rows = row.budgetRows;
  if (which === "last") return cellOf(rows[rows.length - 1].at, field);
  const table = rows[0].at.table;
  const top = rows.reduce((best, r) => (r.at.table === table && r.at.row < best.at.row ? r : best), rows[0]);
  return cellOf(top.at, field);
}

/** A partner's total points at its first budget row's partner cell, the project's at the year's first budget row. */
function totalCell(row: BudgetUseRow): Where {
  return budgetCell(row, row.level === "partner" ? "partner" : "year", "first");
}

function yearOf(day: number): number {
  return ymdOf(day).year;
}
