import { nameKey } from "../workbook/normalize";
import type { Partner, TableRef } from "./model";
import type { SheetReader } from "./sheetReader";
import { titlesAbove } from "./yearColumns";

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
