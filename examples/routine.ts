/**
 * The files the user guides' monthly routine runs on (docs/opas.md, docs/guide-en.md, docs/guide-sv.md):
 * `kirjanpito.xlsx`, the LasSe book as it stood on 15 October 2015 (checked as of 20 November), and what
 * two partners sent after that day: Pikassos' invoices as a CSV saved by Finnish Excel ("CSV
 * (puolipisteerotin)": Windows-1252, `;`, decimal comma) and Verso's as an `.xlsx`. Imported, the book holds
 * every LasSe invoice; the imported rows still lack their checker and approver, as in real life.
 */
import type { WritableCell, WritableSheet } from "../cli/writeXlsx";
import { fiDateOf } from "../src/periods";
import type { Day } from "../src/periods";
import type { ExampleSheet } from "./broken";
import { lasseSheets } from "./lasse";
import { day, must } from "./must";

/** What had arrived by then: the invoices dated up to this day are in the book. */
export const BOOK_UNTIL = day("15.10.2015");
/** The book's Tarkastuspäivä: a month later, when the partners' files have come in. */
export const ROUTINE_AS_OF = day("20.11.2015");

/** The partner file's columns: what a partner knows of its own invoices (no checker, no approver). */
const PARTNER_HEADERS = [
  "Päivämäärä",
  "Laskuttaja",
  "Laskun numero",
  "Ajalta alkaen",
  "Ajalta päättyen",
  "Laji",
  "Tilikohta",
  "Summa (ALV 0)",
  "ALV",
  "Hyväksyttävä",
  "Selite",
] as const;

type Rows = WritableCell[][];

function rowsOf(sheets: readonly WritableSheet[], name: string): Rows {
  return must(
    sheets.find((s) => s.name === name),
    `sheet ${name}`,
  ).rows as Rows;
}

const dateOf = (cell: WritableCell): Day => (cell as { date: Day }).date;

/** The LasSe ledger rows (without the header) dated after the book's day and up to the as-of day. */
function laterRows(partner: string): Rows {
  const laskut = rowsOf(lasseSheets(), "Laskut");
  const header = laskut[0];
  const pick = PARTNER_HEADERS.map((name) => header.indexOf(name));
  return laskut
    .slice(1)
    .filter((row) => row[1] === partner && dateOf(row[0]) > BOOK_UNTIL && dateOf(row[0]) <= ROUTINE_AS_OF)
    .map((row) => pick.map((i) => row[i]));
}

export function kirjanpitoSheets(): ExampleSheet[] {
  const sheets: ExampleSheet[] = lasseSheets();
  const laskut = rowsOf(sheets, "Laskut");
  const kept = laskut.filter((row, i) => i === 0 || dateOf(row[0]) <= BOOK_UNTIL);
  laskut.splice(0, laskut.length, ...kept);
  // The last payment application (1.1.–31.10.2015) is the yearly routine's to draft
  const applications = rowsOf(sheets, "Maksatukset");
  applications.splice(
    applications.findIndex((row) => row[0] === 3),
    1,
  );
  rowsOf(sheets, "Asetukset")[0][1] = { date: ROUTINE_AS_OF };
  return sheets;
}

/** Verso's invoices as its own workbook: a title row above the table, as partners send them. */
export function versoSheets(): WritableSheet[] {
  return [
    {
      name: "Laskut",
      rows: [["Verso – meno-erittelykooste 10/2015"], [], [...PARTNER_HEADERS], ...laterRows("Verso")],
      boldRows: [0, 2],
    },
  ];
}

/** A cell as Finnish Excel writes it to CSV: dates 20.10.2015, amounts with a decimal comma. */
function csvCell(cell: WritableCell): string {
  if (cell === null) return "";
  if (typeof cell === "object" && "date" in cell) return fiDateOf(cell.date);
  // CSV keeps only values; these rows hold none of the formulas a workbook may have
  if (typeof cell === "object") throw new Error("csvCell: a formula has no value to write to CSV");
  if (typeof cell === "number") return cell.toFixed(2).replace(".", ",");
  const text = String(cell);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Pikassos' invoices as Finnish Excel saves "CSV (puolipisteerotin)": Windows-1252, `;`, CRLF. */
export function pikassosCsv(): Buffer {
  const lines = [[...PARTNER_HEADERS], ...laterRows("Pikassos")].map((row) => row.map(csvCell).join(";"));
  // latin1 is Windows-1252 for every character these rows hold (ä, ö, –: none outside Latin-1 but the dash)
  return Buffer.from(`${lines.join("\r\n")}\r\n`.replace(/–/g, "-"), "latin1");
}
