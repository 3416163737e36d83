import { nameKey } from "../workbook/normalize";
import type { Partner, TableRef } from "./model";
import type { SheetReader } from "./sheetReader";
import { titlesAbove } from "./yearColumns";

/**
 * The partner a ledger without a Laskuttaja column belongs to, when its sheet's name or a
 * title above its header names exactly one partner of Kumppanit ("Pikassos", "Laskut Verso
 * 2014", or in the genitive as Finnish titles put it: "Verson laskut", "Pikassoksen laskut").
 * The name must stand as whole words ("Versonkatu" does not count). One sheet per partner is a
 * common layout; a name that fits two partners, or none, gives null.
 */
export function partnerOfTable(table: TableRef, reader: SheetReader, partners: readonly Partner[]): Partner | null {
  return partnerNamedBy([table.sheet, ...titlesAbove(reader, table.headerRow)], partners);
}

/** The one partner of Kumppanit that the texts name as whole words, else null. */
export function partnerNamedBy(titles: readonly string[], partners: readonly Partner[]): Partner | null {
  const texts = titles.map((text) => ` ${nameKey(text)} `);
  // nameKey leaves out a legal form: "Pikassos Oy" is named by a sheet "Pikassos"
  const named = partners.filter((partner) => {
    const forms = namingForms(nameKey(partner.name));
    return forms.some((form) => texts.some((text) => text.includes(form)));
  });
  return named.length === 1 ? named[0] : null;
}

/**
 * A name key as a title may hold it, padded as whole words: as it is, and with its last word in
 * the genitive, Finnish ("Verson", "SONet BOTNIAn", "Pikassoksen", "Tampereen", "SONet:in"),
 * Swedish ("Versos") or English ("Verso's"). A last word under four letters is taken only as it is.
 */
function namingForms(name: string): string[] {
  if (name === "") return [];
  const forms = [` ${name} `];
  const space = name.lastIndexOf(" ");
  const last = name.slice(space + 1);
  if (last.length < 4 || /\d$/.test(last)) return forms;
  const head = name.slice(0, space + 1);
  const inflected = [`${last}n`, `${last}in`, `${last}en`, `${last}s`, `${last} n`, `${last} in`, `${last} s`];
  if (last.endsWith("nen")) inflected.push(`${last.slice(0, -3)}sen`);
  else if (last.endsWith("s")) inflected.push(`${last.slice(0, -1)}ksen`);
  for (const word of inflected) forms.push(` ${head}${word} `);
  return forms;
}
