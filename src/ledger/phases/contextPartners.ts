import type { Finding } from "../../findings/finding";
import { makeFinding } from "../../findings/makeFinding";
import { cellOf, headerCellOf } from "../cell";
import { partnerOfTable } from "../contextPartner";
import type { InvoiceLine, Partner, TableRef } from "../model";
import type { SheetReader } from "../sheetReader";
import { fieldWords } from "./specs";
import { yearViewsOf } from "./tableColumns";

/**
 * The lines of a ledger table without a Laskuttaja column get the partner its sheet's name or
 * title names (partnerOfTable); a table that names none is reported as missing the column.
 */
export function withContextPartners(
  lines: InvoiceLine[],
  partners: readonly Partner[],
  tables: readonly TableRef[],
  readers: ReadonlyMap<string, SheetReader>,
  findings: Finding[],
): InvoiceLine[] {
  const named = new Map<TableRef, string>();
  /**
   * Monthly breakdowns that name no partner of the workbook's Kumppanit: a summary of costs by month,
   * not a partner's invoices (not read, and said so). A partner's own file has no Kumppanit: its import names the partner.
   */
  const unnamed = new Set<TableRef>();
  for (const table of tables) {
    // an invoice typed as a document names its biller above its lines ("Laskuttaja | Verso")
    if (table.columns.partner !== undefined || table.invoiceContext?.partner !== undefined) continue;
    const reader = readers.get(table.sheet);
    const partner = reader ? partnerOfTable(table, reader, partners) : null;
    const views = yearViewsOf(table).map((view) => view.table);
    if (partner) for (const ref of [table, ...views]) named.set(ref, partner.name);
    else if (partners.length > 0 && table.acrossColumns?.some((c) => c.month !== undefined)) {
      for (const ref of [table, ...views]) unnamed.add(ref);
      findings.push(makeFinding("TABLE_NOT_READ", headerCellOf(table), { why: "noPartner", sheetName: table.sheet }));
    } else
      findings.push(
        makeFinding("REQUIRED_MISSING", cellOf({ table, row: table.headerRow }, "partner"), { field: fieldWords("invoices", "partner") }),
      );
  }
  if (named.size === 0 && unnamed.size === 0) return lines;
  const kept = unnamed.size === 0 ? lines : lines.filter((line) => !unnamed.has(line.at.table));
  return kept.map((line) => {
    const partner = named.get(line.at.table);
    return partner === undefined ? line : { ...line, partner };
  });
}
