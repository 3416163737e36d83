import type { CellValue, WorkbookData } from "../../src/workbook/types";
import { book } from "../support/book";

/** The canonical Laskut header (as `kaste template` writes it). */
export const LASKUT: readonly string[] = [
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
  "Asiatarkastaja",
  "Hyväksyjä",
  "Selite",
];

/** Excel serial of a Finnish date "5.1.2014" (1900 system). */
export function serial(text: string): number {
  const [d, m, y] = text.split(".").map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
}

/** A ledger row in canonical column order: date, partner, number, start, end, kind, line, net, vat (dates as serials). */
export function ledgerRow(
  date: string,
  partner: string,
  number: string,
  start: string,
  end: string,
  kind: string,
  line: string,
  net: number,
  vat = 0,
  eligible = "kyllä",
): CellValue[] {
  return [serial(date), partner, number, serial(start), serial(end), kind, line, net, vat, eligible, "Mäkinen", "Lahtinen", ""];
}

/** A small finance workbook: Hanke, Kumppanit and Laskut with the given rows. */
export function ledgerBook(rows: CellValue[][], extra: Record<string, CellValue[][]> = {}): WorkbookData {
  return book({
    Hanke: [
      ["Hanke", "Testi"],
      ["Alkaa", serial("1.4.2013")],
      ["Päättyy", serial("31.10.2015")],
      ["Valtionavustus-%", 0.75],
    ],
    Kumppanit: [
      ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy", "ALV palautuu"],
      ["Pikassos", "kuukausi+tasaus", serial("1.8.2013"), serial("31.10.2015"), "kyllä"],
      ["Verso", "kuukausi+tasaus", serial("1.12.2013"), serial("30.9.2015"), "kyllä"],
      ["SONet BOTNIA", "kolmannes", serial("1.12.2013"), serial("30.9.2015"), "ei"],
    ],
    Laskut: [[...LASKUT], ...rows],
    ...extra,
  });
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/**
 * A ledger that tests every way a live formula could part from the library: a partner whose
 * VAT counts (SONet BOTNIA), spellings that differ in case and spaces, a wildcard in a name,
 * no-words typed three ways, rows dated by invoice date only (blank period end), rows on the
 * period's first and last day and just outside, and a second ledger table with VAT-inclusive
 * amounts on another sheet. Application period: 1.1.2014–31.10.2014.
 */
export function trickyBook(): WorkbookData {
  const r = (
    date: string | null,
    partner: string,
    number: string,
    start: string | null,
    end: string | null,
    line: string,
    net: number | null,
    vat: number | null,
    eligible: string | null,
  ): CellValue[] => [
    date === null ? null : serial(date),
    partner,
    number,
    start === null ? null : serial(start),
    end === null ? null : serial(end),
    "toteuma",
    line,
    net,
    vat,
    eligible,
    "M",
    "L",
    "",
  ];
  return book({
    Hanke: [
      ["Hanke", "Hankala"],
      ["Alkaa", serial("1.4.2013")],
      ["Päättyy", serial("31.10.2015")],
      ["Valtionavustus-%", 0.75],
      ["Valtionavustus", 10_000],
    ],
    Kumppanit: [
      ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy", "ALV palautuu"],
      ["Pikassos", "toteuma", serial("1.4.2013"), serial("31.10.2015"), "kyllä"],
      ["Verso", "toteuma", serial("1.4.2013"), serial("31.10.2015"), "kyllä"],
      ["SONet BOTNIA", "toteuma", serial("1.4.2013"), serial("31.10.2015"), "ei"],
    ],
    Laskut: [
      ["Laskutuksen seuranta 2013–2014"],
      [],
      [...LASKUT],
      r("5.1.2014", "Pikassos", "P-1", "1.12.2013", "31.12.2013", "Palkat", 1000, 0, "kyllä"), // before the period
      r("5.2.2014", "Pikassos", "P-2", "1.1.2014", "1.1.2014", "Palkat", 100.1, 0, "kyllä"), // first day
      r("5.2.2014", "PIKASSOS", "P-2", "1.1.2014", "31.1.2014", "palkat", 200.2, 24, null), // other spelling
      r("5.11.2014", "Pikassos ", "P-3", "1.10.2014", "31.10.2014", "Palkat", 300.3, 0, "k"), // last day, trailing space
      r("5.12.2014", "Pikassos", "P-4", "1.11.2014", "30.11.2014", "Palkat", 400, 0, "kyllä"), // after the period
      r("6.3.2014", "Pikassos", "P-5", null, null, "Vuokrat", 50, 0, "kyllä"), // dated by invoice date
      r("6.3.2013", "Pikassos", "P-6", null, null, "Vuokrat", 60, 0, "kyllä"), // invoice date before
      r("7.3.2014", "Pikassos", "P-7", "1.2.2014", "28.2.2014", "Vuokrat", 70, 0, "ei"),
      r("7.3.2014", "Pikassos", "P-8", "1.2.2014", "28.2.2014", "Vuokrat", 80, 0, "EI"),
      r("7.3.2014", "Pikassos", "P-9", "1.2.2014", "28.2.2014", "Vuokrat", 90, 0, "no"),
      r("1.5.2014", "SONet BOTNIA", "S-1", "1.1.2014", "30.4.2014", "Aineet", 1000, 240, "kyllä"), // VAT counts
      r("1.5.2014", "Sonet Botnia", "S-1", "1.1.2014", "30.4.2014", "Aineet", 10, null, "kyllä"),
      r("1.9.2014", "SONet BOTNIA", "S-2", "1.5.2014", "31.8.2014", "", 500, 120, "kyllä"), // no cost line
      r("1.9.2014", "Verso*", "V?1", "1.5.2014", "31.8.2014", "Palkat ~ muut", 123.45, 0, "kyllä"), // wildcards in names
      ["Yhteensä", null, null, null, null, null, null, 4_333.05],
    ],
    "Laskut 2014 (brutto)": [
      ["Laskuttaja", "Laskun numero", "Ajalta alkaen", "Ajalta päättyen", "Tilikohta", "Summa sis. ALV", "ALV", "Hyväksyttävä"],
      ["Verso", "V-10", serial("1.6.2014"), serial("30.6.2014"), "Palkat", 124, 24, "kyllä"], // net 100
      ["SONet BOTNIA", "S-10", serial("1.6.2014"), serial("30.6.2014"), "Aineet", 248, 48, "kyllä"], // VAT counts: 248
      ["Verso", "V-11", serial("1.6.2014"), serial("30.6.2014"), "Palkat", 62, null, "kyllä"], // no VAT: 62
    ],
    Maksatukset: [
      ["Nro", "Ajalta alkaen", "Ajalta päättyen", "Haettu", "Maksettu", "Lähetetty"],
      ["1", serial("1.4.2013"), serial("31.12.2013"), 750, 750, serial("28.2.2014")],
    ],
    Kuntaosuudet: [
      ["Vuosi", "Kunta", "Maksaja", "Summa"],
      [2014, "Tampere", "Tampere", 1000],
      [2014, "Forssa", "Forssan seudun hyvinvointikuntayhtymä", 250.5],
      [2013, "Tampere", "Tampere", 9],
    ],
  });
}
