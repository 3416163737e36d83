import { dayFromYmd, serialOf } from "../../src/periods";
import type { CellValue } from "../../src/workbook/types";

/**
 * Two small project workbooks for the final report's tests, typed as users type them: an
 * English one with Excel date serials, a partner spelled three ways ("Verso ry", "VERSO"), a
 * cost line in lower case, a text amount, a row marked not eligible, a supplier (common share)
 * and a cost after the project's end; a Swedish one with text dates and amounts, periods such as
 * "1-4/2014", a credit note with U+2212, a partner that gets its VAT back.
 */
const s = (y: number, m: number, d: number) => serialOf(dayFromYmd(y, m, d), false);

export interface EnglishBookOptions {
  /** Paid (€) of the two applications. */
  readonly paid?: readonly [number, number];
  /** Hanke's State grant (€), the most the grant can be. */
  readonly granted?: number;
}

export function englishBook(options: EnglishBookOptions = {}): Record<string, CellValue[][]> {
  const [paid1, paid2] = options.paid ?? [3_000, 2_500];
  return {
    Project: [
      ["Project", "Small project"],
      ["Administrator", "City of Vaasa"],
      ["Start", s(2014, 3, 1)],
      ["End", s(2015, 6, 30)],
      ["State grant rate", "75 %"],
      ["State grant", options.granted ?? 9_000],
    ],
    Partners: [
      ["Partner", "Invoicing", "Start", "End", "VAT recoverable"],
      ["Verso", "monthly", s(2014, 3, 1), s(2015, 6, 30), "no"],
    ],
    Budget: [
      ["Year", "Partner", "Cost line", "Amount"],
      [2014, "Verso", "Salaries", 6_000],
      [2014, "Common share", "Rents", 1_000],
      [2015, "Verso", "Salaries", 4_000],
    ],
    Invoices: [
      ["Date", "Partner", "Invoice", "Period start", "Period end", "Cost line", "Net", "VAT", "Eligible"],
      [s(2014, 4, 5), "Verso ry", "V1", s(2014, 3, 1), s(2014, 3, 31), "salaries", 2_000.5, 0, "yes"],
      [s(2014, 5, 5), "VERSO", "V2", s(2014, 4, 1), s(2014, 4, 30), "Salaries", "2 000,25", 480.06, "yes"],
      [s(2014, 6, 5), "Office Shop", "O-7", s(2014, 5, 1), s(2014, 5, 31), "Rents", 300, 72, "yes"],
      [s(2014, 6, 9), "Office Shop", "O-8", s(2014, 5, 1), s(2014, 5, 31), "Coffee", 50, 12, "no"],
      [s(2015, 2, 5), "Verso", "V3", s(2015, 1, 1), s(2015, 1, 31), "Salaries", 3_000, 0, "yes"],
      [s(2015, 8, 5), "Verso", "V4", s(2015, 7, 1), s(2015, 7, 31), "Salaries", 100, 0, "yes"],
    ],
    Applications: [
      ["No", "Period start", "Period end", "Applied", "Paid"],
      ["1", s(2014, 3, 1), s(2014, 12, 31), 3_000, paid1],
      ["2", s(2015, 1, 1), s(2015, 6, 30), 2_500, paid2],
    ],
    "Municipal shares": [
      ["Year", "Municipality", "Payer", "Amount"],
      [2014, "Vaasa", "Vaasa", 1_500],
      [2014, "Korsholm", "Korsholm", 500],
      [2015, "Vaasa", "Vaasa", 900],
    ],
  };
}

export function swedishBook(): Record<string, CellValue[][]> {
  return {
    Projekt: [
      ["Projekt", "Litet projekt"],
      ["Huvudman", "Korsholms kommun"],
      ["Börjar", "1.1.2014"],
      ["Slutar", "31.12.2014"],
      ["Statsunderstöd %", 0.75],
    ],
    Partner: [
      ["Partner", "Faktureringssätt", "Börjar", "Slutar", "Momsen återbetalas"],
      ["SONet BOTNIA", "kolmannes", "1.1.2014", "31.12.2014", "ja"],
    ],
    Budget: [
      ["År", "Partner", "Kostnadsslag", "Belopp"],
      [2014, "SONet BOTNIA", "Löner", "12 000,00"],
      [2014, "Gemensam andel", "Hyror", "2 000,00"],
    ],
    Fakturor: [
      ["Datum", "Fakturerare", "Fakturanummer", "Period", "Kostnadsslag", "Belopp (moms 0)", "Moms", "Godtagbar"],
      ["10.5.2014", "SONet BOTNIA ry", "S-1", "1-4/2014", "Löner", "3 000,00", "720,00", "ja"],
      ["10.9.2014", "SONet BOTNIA", "S-2", "5-8/2014", "löner ", "3 100,10", "0", "ja"],
      ["20.9.2014", "SONet BOTNIA", "S-2K", "5-8/2014", "Löner", "\u2212100,00", "0", "ja"],
      ["15.6.2014", "Korsholms kommun", "K-1", "6/2014", "Hyror", "500,00", "0", "ja"],
    ],
    Utbetalningar: [
      ["Nummer", "Från", "Till och med", "Ansökt", "Utbetalt"],
      ["1", "1.1.2014", "31.12.2014", "4 890,07", "4 890,07"],
    ],
    Kommunandelar: [
      ["År", "Kommun", "Betalare", "Belopp"],
      [2014, "Korsholm", "Korsholm", "1 630,03"],
    ],
  };
}
