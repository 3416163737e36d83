import type { Partner, TableRef } from "../../ledger/model";
import type { SheetReader } from "../../ledger/sheetReader";
import { partnerNamedBy } from "../../ledger/contextPartner";
import { titlesAbove } from "../../ledger/yearColumns";

/**
 * The partner of Kumppanit a partner file names, for its rows that name no biller: a partner's
 * own breakdown seldom has a Laskuttaja column, but its title ("Pikassos Oy – laskut 10/2015"),
 * its sheet or its file name ("pikassos-2015-10.csv") names the partner. A name counts only as
 * whole words; null unless exactly one partner is named, so a file is never given a guess.
 */
export function partnerNamedByFile(
  file: string,
  tables: readonly TableRef[],
  readers: ReadonlyMap<string, SheetReader>,
  partners: readonly Partner[],
): string | null {
  const texts = [file.replace(/\.[a-z0-9]+$/i, "")];
  const unnamed = tables.filter((table) => table.columns.partner === undefined);
  if (unnamed.length === 0) return null;
  for (const table of unnamed) {
    const reader = readers.get(table.sheet);
    texts.push(table.sheet, ...(reader ? titlesAbove(reader, table.headerRow) : []));
  }
  // as a ledger sheet's partner is named (nameKey leaves out a legal form: "Pikassos Oy" is named by "pikassos-2015-10.csv")
  return partnerNamedBy(texts, partners)?.name ?? null;
}
