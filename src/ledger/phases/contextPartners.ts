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
 * So do the lines of a table whose Laskuttaja column was left blank throughout (the canonical
 * sheet copied once per partner, the copy named for its partner), without a REQUIRED_MISSING each.
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
  const blankThroughout = tablesWithoutBillers(lines, tables);
  /** The cells of the blank billers now named, whose REQUIRED_MISSING no longer holds. */
  const namedCells = new Set<string>();
  for (const table of tables) {
    if (blankThroughout.has(table)) {
      const reader = readers.get(table.sheet);
      const partner = reader ? partnerOfTable(table, reader, partners) : null;
      if (partner) named.set(table, partner.name);
      continue;
    }
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
  const withPartners = kept.map((line) => {
    const partner = named.get(line.at.table);
    if (partner === undefined) return line;
    if (blankThroughout.has(line.at.table)) {
      const { sheet, cell } = cellOf(line.at, "partner");
      namedCells.add(`${sheet}!${cell}`);
    }
    return { ...line, partner };
  });
  if (namedCells.size > 0) removeFindings(findings, (f) => f.code === "REQUIRED_MISSING" && namedCells.has(`${f.sheet}!${f.cell}`));
  return withPartners;
}

/**
 * The tables with a Laskuttaja column that every line of theirs leaves blank. A ledger's first
 * lines name their billers: the look stops once every such table has named one.
 */
function tablesWithoutBillers(lines: readonly InvoiceLine[], tables: readonly TableRef[]): Set<TableRef> {
  const open = new Set(tables.filter((table) => table.columns.partner !== undefined && table.invoiceContext?.partner === undefined));
  const blank = new Set<TableRef>();
  for (const line of lines) {
    if (open.size === 0) break;
    const { table } = line.at;
    if (!open.has(table)) continue;
    if (line.partner === "") blank.add(table);
    else {
      open.delete(table);
      blank.delete(table);
    }
  }
  return blank;
}

/** Removes the findings that match, in place: the array is the build's one list. */
function removeFindings(findings: Finding[], drop: (finding: Finding) => boolean): void {
  let kept = 0;
  for (const finding of findings) if (!drop(finding)) findings[kept++] = finding;
  findings.length = kept;
}
