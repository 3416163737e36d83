import { checkWorkbook } from "../../src/check/checkWorkbook";
import { dayFromYmd } from "../../src/periods";
import type { Finding } from "../../src/findings/finding";
import type { CellValue } from "../../src/workbook/types";
import { book } from "../support/book";
import { assertMessages } from "../support/rendered";

/**
 * A small but complete KASTE project, as a careful coordinator keeps it: 1.1.–31.10.2014,
 * 100 000 € eligible; Verso (a municipal unit, recovers VAT) invoices monthly with quarterly
 * reconciliation, SONet BOTNIA (an association, VAT counts) per tertial; yearly shares of
 * two municipalities and one payment application. Scenarios change a copy of it.
 */
export interface Scenario {
  Hanke: CellValue[][];
  Kumppanit: CellValue[][];
  Budjetti: CellValue[][];
  Laskut: CellValue[][];
  Kuntaosuudet: CellValue[][];
  Maksatukset: CellValue[][];
  [sheet: string]: CellValue[][];
}

export const LASKUT_HEADER: CellValue[] = [
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

/** One ledger row: checked by Mäkinen, approved by Lahtinen, eligible. */
export function invoiceRow(
  date: string,
  partner: string,
  number: string,
  from: string,
  to: string,
  kind: string,
  line: string,
  net: number,
  vat = 0,
): CellValue[] {
  return [date, partner, number, from, to, kind, line, net, vat, "kyllä", "Mäkinen", "Lahtinen", ""];
}

const MONTH_ENDS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31];

/** Verso: 4 000 € a month of salaries (V1–V10), reconciliations per quarter (VT1–VT4, the last one clipped to October). */
export function versoRows(): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let m = 1; m <= 10; m++) {
    const next = m === 12 ? "5.1.2015" : `5.${m + 1}.2014`;
    rows.push(invoiceRow(next, "Verso", `V${m}`, `1.${m}.2014`, `${MONTH_ENDS[m - 1]}.${m}.2014`, "kiinteä", "Palkat", 4000, 0));
    if (m % 3 === 0)
      rows.push(
        invoiceRow(
          `15.${m + 1}.2014`,
          "Verso",
          `VT${m / 3}`,
          `1.${m - 2}.2014`,
          `${MONTH_ENDS[m - 1]}.${m}.2014`,
          "tasaus",
          "Palkat",
          0,
          0,
        ),
      );
  }
  rows.push(invoiceRow("15.11.2014", "Verso", "VT4", "1.10.2014", "31.10.2014", "tasaus", "Palkat", 0, 0));
  return rows;
}

/** SONet BOTNIA: realised costs per tertial, 5 000 € + 24 % VAT each (its VAT is an eligible cost). */
export function sonetRows(): CellValue[][] {
  return [
    invoiceRow("15.5.2014", "SONet BOTNIA", "S1", "1.1.2014", "30.4.2014", "toteuma", "Palkat", 5000, 1200),
    invoiceRow("15.9.2014", "SONet BOTNIA", "S2", "1.5.2014", "31.8.2014", "toteuma", "Palkat", 5000, 1200),
    invoiceRow("15.11.2014", "SONet BOTNIA", "S3", "1.9.2014", "31.10.2014", "toteuma", "Palkat", 5000, 1200),
  ];
}

/** The administrator's own costs: 43 400 € of salaries for the year. */
export function administratorRows(): CellValue[][] {
  return [invoiceRow("30.11.2014", "Tampereen kaupunki", "T1", "1.1.2014", "31.10.2014", "toteuma", "Palkat", 43400, 0)];
}

/** Eligible total: Verso 40 000 + SONet 18 600 (VAT counts) + administrator 43 400 = 102 000. */
export const ELIGIBLE = 102_000;

export function project(): Scenario {
  return {
    Hanke: [
      ["Hanke", "Testihanke"],
      ["Hallinnoija", "Tampereen kaupunki"],
      ["Alkaa", "1.1.2014"],
      ["Päättyy", "31.10.2014"],
      ["Hyväksyttävät kustannukset", ELIGIBLE],
      ["Valtionavustus", 76500],
      ["Kuntaosuus", 25500],
    ],
    Kumppanit: [
      ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy", "ALV palautuu"],
      ["Verso", "kuukausi+tasaus", "1.1.2014", "31.10.2014", "kyllä"],
      ["SONet BOTNIA", "kolmannes", "1.1.2014", "31.10.2014", "ei"],
    ],
    Budjetti: [
      ["Vuosi", "Kumppani", "Tilikohta", "Versio", "Summa"],
      [2014, "Verso", "Palkat", "vahvistettu", 40000],
      [2014, "SONet BOTNIA", "Palkat", "vahvistettu", 18600],
      [2014, null, "Palkat", "vahvistettu", 43400],
    ],
    Laskut: [LASKUT_HEADER, ...versoRows(), ...sonetRows(), ...administratorRows()],
    Kuntaosuudet: [
      ["Vuosi", "Kunta", "Maksaja", "Peruste", "Summa"],
      [2014, "Tampere", "Tampere", "väkiluku", 20400],
      [2014, "Orivesi", "Orivesi", "väkiluku", 5100],
    ],
    Maksatukset: [
      ["Nro", "Ajalta alkaen", "Ajalta päättyen", "Haettu", "Maksettu", "Lähetetty"],
      [1, "1.1.2014", "31.10.2014", 76500, 76500, "15.12.2014"],
    ],
  };
}

export function day(text: string): number {
  const [d, m, y] = text.split(".").map(Number);
  return dayFromYmd(y, m, d);
}

/** Every finding of a scenario as [code, sheet!cell], messages rendered in every language first. Info findings are included. */
export function findingsAt(sheets: Scenario | Record<string, CellValue[][]>, asOf: string): [string, string][] {
  return allFindings(sheets, asOf).map((f) => [f.code, `${f.sheet}!${f.cell}`]);
}

export function allFindings(sheets: Scenario | Record<string, CellValue[][]>, asOf: string): readonly Finding[] {
  const findings = checkWorkbook(book(sheets), { asOf: day(asOf) }).findings;
  assertMessages(findings);
  return findings;
}
