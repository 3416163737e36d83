import { nameKey } from "../workbook/normalize";
import type { CellValue } from "../workbook/types";
import type { Partner, TableRef } from "./model";
import type { SheetReader } from "./recognize";

/** Words after a company's name that a sheet title may leave out ("Pikassos Oy" is "Pikassos"). */
const LEGAL_FORMS = new Set(["oy", "oyj", "ab", "abp", "ry", "rf", "ltd", "ky", "tmi", "ay", "sr", "kuntayhtyma"]);
const TITLE_ROWS = 5;

/**
 * The partner a ledger without a Laskuttaja column belongs to, when its sheet's name or a
 * title above its header names exactly one partner of Kumppanit ("Pikassos", "Verson laskut
 * 2014" does not count: the name must stand as whole words). One sheet per partner is a
 * common layout; a name that fits two partners, or none, gives null.
 */
export function partnerOfTable(table: TableRef, reader: SheetReader, partners: readonly Partner[]): Partner | null {
  const texts = [table.sheet, ...titlesAbove(reader, table.headerRow)].map((text) => ` ${nameKey(text)} `);
  const named = partners.filter((partner) => namesOf(partner.name).some((name) => texts.some((text) => text.includes(` ${name} `))));
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

/** A partner's name key, and the same without its legal form. */
function namesOf(name: string): string[] {
  const key = nameKey(name);
  if (key === "") return [];
  const words = key.split(" ");
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1])) words.pop();
  const short = words.join(" ");
  return short === key ? [key] : [key, short];
}
