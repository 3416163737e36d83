import { isCommonShareName } from "../budgetUse";
import { isBlank } from "../coerce";
import { partnerNamedBy, partnerOfTable } from "../contextPartner";
import type { BudgetRow, Partner, TableRef } from "../model";
import type { SheetReader } from "../sheetReader";
import type { CellValue } from "../../workbook/types";
import { yearViewsOf } from "./tableColumns";

/**
 * A budget without a Kumppani column kept per partner: the partner its sheet's name or the title
 * above its header names ("Budjetti Pikassos", "Pikassos – talousarvio 2013–2015"), or a title row
 * inside it that names one ("Budjetti: Verso" over the next block), owns the cost lines under it,
 * down to the next such title or a common share's heading ("Yhteiset kulut"). Read as the common
 * share, a partner's budget met none of its costs. A budget that names no partner stays the
 * common share's; the rows' own partners (a heading alone, a block of columns) are kept.
 */
export function withBudgetPartners(
  budget: BudgetRow[],
  partners: readonly Partner[],
  tables: readonly TableRef[],
  readers: ReadonlyMap<string, SheetReader>,
): BudgetRow[] {
  if (partners.length === 0) return budget;
  const partnerAt = new Map<TableRef, Map<number, string>>();
  for (const table of tables) {
    const reader = readers.get(table.sheet);
    if (!reader || table.columns.partner !== undefined || table.acrossColumns) continue;
    const rows = new Set<number>();
    const refs = new Set<TableRef>([table, ...yearViewsOf(table).map((view) => view.table)]);
    for (const row of budget) if (row.partner === "" && refs.has(row.at.table)) rows.add(row.at.row);
    if (rows.size === 0) continue;
    const last = Math.max(...rows);
    let current = partnerOfTable(table, reader, partners)?.name ?? "";
    const owners = new Map<number, string>();
    for (let row = table.headerRow + 1; row <= last; row++) {
      if (rows.has(row)) {
        if (current !== "") owners.set(row, current);
        continue;
      }
      const title = loneText(reader.row(row));
      if (title === null) continue;
      if (isCommonShareName(title)) current = "";
      else current = partnerNamedBy([title], partners)?.name ?? current;
    }
    if (owners.size > 0) for (const ref of refs) partnerAt.set(ref, owners);
  }
  if (partnerAt.size === 0) return budget;
  return budget.map((row) => {
    const partner = row.partner === "" ? partnerAt.get(row.at.table)?.get(row.at.row) : undefined;
    return partner === undefined ? row : { ...row, partner };
  });
}

/** The one text of a row that holds nothing else, else null. */
function loneText(cells: ReadonlyArray<CellValue>): string | null {
  let text: string | null = null;
  for (const value of cells) {
    if (isBlank(value ?? null)) continue;
    if (text !== null || typeof value !== "string") return null;
    text = value;
  }
  return text;
}
