import type { Finding } from "../../findings/finding";
import { makeFinding } from "../../findings/makeFinding";
import { cellOf } from "../cell";
import { partnerOfTable } from "../contextPartner";
import type { InvoiceLine, Partner, TableRef } from "../model";
import type { SheetReader } from "../sheetReader";
import { fieldWords } from "./specs";

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
  for (const table of tables) {
    if (table.columns.partner !== undefined) continue;
    const reader = readers.get(table.sheet);
    const partner = reader ? partnerOfTable(table, reader, partners) : null;
    if (partner) named.set(table, partner.name);
    else
      findings.push(
        makeFinding("REQUIRED_MISSING", cellOf({ table, row: table.headerRow }, "partner"), { field: fieldWords("invoices", "partner") }),
      );
  }
  if (named.size === 0) return lines;
  return lines.map((line) => {
    const partner = named.get(line.at.table);
    return partner === undefined ? line : { ...line, partner };
  });
}
