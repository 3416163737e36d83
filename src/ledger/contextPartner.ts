import { nameKey } from "../workbook/normalize";
import type { CellValue } from "../workbook/types";
import type { Partner, TableRef } from "./model";
import type { SheetReader } from "./recognize";

const TITLE_ROWS = 5;

/**
 * The partner a ledger without a Laskuttaja column belongs to, when its sheet's name or a
 * title above its header names exactly one partner of Kumppanit ("Pikassos", "Verson laskut
 * 2014" does not count: the name must stand as whole words). One sheet per partner is a
 * common layout; a name that fits two partners, or none, gives null.
 */
export function partnerOfTable(table: TableRef, reader: SheetReader, partners: readonly Partner[]): Partner | null {
  const texts = [table.sheet, ...titlesAbove(reader, table.headerRow)].map((text) => ` ${nameKey(text)} `);
  // nameKey leaves out a legal form: "Pikassos Oy" is named by a sheet "Pikassos"
  const named = partners.filter((partner) => {
    const name = nameKey(partner.name);
    return name !== "" && texts.some((text) => text.includes(` ${name} `));
  });
  return named.length === 1 ? named[0] : null;
}

function titlesAbove(reader: SheetReader, headerRow: number): string[] {
  const titles: string[] = [];
  for (let row = Math.max(reader.rowOffset, headerRow - TITLE_ROWS); row < headerRow; row++) {
    for (const value of reader.row(row)) if (isText(value)) titles.push(value);
  }
  return titles;
}

function isText(value: CellValue): value is string {
  return typeof value === "string" && value.trim() !== "";
}
