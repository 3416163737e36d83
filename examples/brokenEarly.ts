/**
 * The LasSe workbook as it stood on 15 October 2015, sixteen days before the project ends:
 * the invoices received by then, two payment applications (the third is drafted after the end).
 * Checked on that day it shows the one finding the broken example cannot: CHANGE_REQUEST_WINDOW
 * (fewer than 30 days left to request a change) holds only before the end, FINAL_REPORT_DUE
 * only after it. `brokenEarlyExample().expected` lists it; a test asserts exactly this list.
 */
import type { WritableCell } from "../cli/writeXlsx";
import type { ExampleSheet, Expected } from "./broken";
import { lasseSheets } from "./lasse";
import { day, must } from "./must";

export const EARLY_AS_OF = day("15.10.2015");

export function brokenEarlySheets(): ExampleSheet[] {
  return brokenEarlyExample().sheets;
}

export function brokenEarlyExample(): { sheets: ExampleSheet[]; expected: Expected[] } {
  const sheets: ExampleSheet[] = lasseSheets();
  const rows = (name: string) =>
    must(
      sheets.find((s) => s.name === name),
      `sheet ${name}`,
    ).rows as WritableCell[][];
  const dateOf = (cell: WritableCell) => (cell as { date: number }).date;

  // Invoices dated after the as-of date have not arrived yet
  const laskut = rows("Laskut");
  const kept = laskut.filter((row, i) => i === 0 || dateOf(row[0]) <= EARLY_AS_OF);
  laskut.splice(0, laskut.length, ...kept);
  // The last application (1.1.–31.10.2015) is drafted and sent only after the end
  const applications = rows("Maksatukset");
  applications.splice(
    applications.findIndex((r) => r[0] === 3),
    1,
  );
  rows("Asetukset")[0][1] = { date: EARLY_AS_OF };

  const hanke = rows("Hanke");
  const end = hanke.findIndex((r) => r[0] === "Päättyy");
  return { sheets, expected: [["CHANGE_REQUEST_WINDOW", `Hanke!B${end + 1}`]] };
}
