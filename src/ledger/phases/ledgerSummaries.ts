import type { Finding } from "../../findings/finding";
import { makeFinding } from "../../findings/makeFinding";
import { headerCellOf } from "../cell";
import type { InvoiceLine, TableRef } from "../model";
import { nameKeys } from "../names";
import { yearViewsOf } from "./tableColumns";

/**
 * A table of costs by month that only sums up the ledger is no partner's breakdown: a sheet
 * "Pikassos kuukausittain" computed from Laskut would count every cost twice. A monthly
 * breakdown whose every (partner, month, cost line) total equals that of the workbook's other
 * ledger lines billing exactly that month is left unread, and said so (TABLE_NOT_READ); one that
 * adds anything is read (and a month billed twice is then the rules' overlap).
 */
export function withoutLedgerSummaries(lines: InvoiceLine[], tables: readonly TableRef[], findings: Finding[]): InvoiceLine[] {
  const breakdowns = new Map<TableRef, TableRef>();
  for (const table of tables)
    if (table.acrossColumns?.some((c) => c.month !== undefined))
      for (const ref of [table, ...yearViewsOf(table).map((view) => view.table)]) breakdowns.set(ref, table);
  if (breakdowns.size === 0) return lines;
  const keyOf = nameKeys();
  const key = (line: InvoiceLine) => `${keyOf(line.partner)}\u0000${line.periodStart}\u0000${line.periodEnd}\u0000${keyOf(line.line)}`;
  const ledger = new Map<string, number>();
  const byTable = new Map<TableRef, Map<string, number>>();
  for (const line of lines) {
    const table = breakdowns.get(line.at.table);
    const sums = table ? (byTable.get(table) ?? new Map<string, number>()) : ledger;
    if (table) byTable.set(table, sums);
    sums.set(key(line), (sums.get(key(line)) ?? 0) + (line.net ?? 0));
  }
  const summaries = new Set<TableRef>();
  for (const [table, sums] of byTable) if ([...sums].every(([k, sum]) => ledger.get(k) === sum)) summaries.add(table);
  if (summaries.size === 0) return lines;
  for (const table of summaries)
    findings.push(makeFinding("TABLE_NOT_READ", headerCellOf(table), { why: "summary", sheetName: table.sheet }));
  return lines.filter((line) => {
    const table = breakdowns.get(line.at.table);
    return table === undefined || !summaries.has(table);
  });
}
