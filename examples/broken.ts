/**
 * A copy of the LasSe example with one known instance of each problem the checks find.
 * `BROKEN_EXPECTED` lists them; a test asserts the checks report exactly these.
 */
import type { WritableCell, WritableSheet } from "../src/cli/writeXlsx";
import { lasseSheets } from "./lasse";

type Rows = WritableCell[][];

function sheet(sheets: WritableSheet[], name: string): Rows {
  return sheets.find((s) => s.name === name)!.rows as Rows;
}

function col(rows: Rows, header: string): number {
  const index = rows[0].indexOf(header);
  if (index < 0) throw new Error(`no column ${header}`);
  return index;
}

/** The first ledger row (1-based sheet row) matching partner, kind and line from a given start. */
function findLine(rows: Rows, partner: string, kind: string, line: string, nth = 0): number {
  const matches = rows.map((r, i) => [r, i] as const).filter(([r]) => r[1] === partner && r[5] === kind && r[6] === line);
  return matches[nth][1];
}

export function brokenSheets(): WritableSheet[] {
  const sheets = lasseSheets();
  const hanke = sheet(sheets, "Hanke");
  const laskut = sheet(sheets, "Laskut");

  // Plan: 2 € over 75 % (and the municipal share 2 € under 25 %); other funding that breaks the split and the deficit
  const state = hanke.findIndex((r) => r[0] === "Valtionavustus");
  const municipal = hanke.findIndex((r) => r[0] === "Kuntaosuus");
  const other = hanke.findIndex((r) => r[0] === "Muu rahoitus");
  const eligible = hanke.findIndex((r) => r[0] === "Hyväksyttävät kustannukset");
  hanke[state][1] = (hanke[state][1] as number) + 2;
  hanke[municipal][1] = (hanke[municipal][1] as number) - 2;
  hanke[other][1] = Math.round((hanke[eligible][1] as number) * 0.3);

  // Ledger: a column nobody knows, a VAT-inclusive amount without VAT, depreciation marked eligible,
  // a #REF! and a text VAT, an impossible date, a kind outside the list
  laskut[0].push("Summa sis. ALV", "Projektikoodi");
  const net = col(laskut, "Summa (ALV 0)");
  const vat = col(laskut, "ALV");
  const gross = col(laskut, "Summa sis. ALV");
  const vatUnknown = findLine(laskut, "Pikassos", "kiinteä", "Vuokrat", 3);
  laskut[vatUnknown][gross] = laskut[vatUnknown][net];
  laskut[vatUnknown][net] = null;
  laskut[vatUnknown][vat] = null;
  laskut[findLine(laskut, "Verso", "kiinteä", "Vuokrat", 2)][col(laskut, "Selite")] = "Kaluston poistot";
  laskut[findLine(laskut, "Verso", "kiinteä", "Vuokrat", 4)][vat] = { error: "#REF!" };
  laskut[findLine(laskut, "Verso", "kiinteä", "Vuokrat", 5)][vat] = "24 %";
  laskut[findLine(laskut, "Pikassos", "tasaus", "Palkat", 2)][col(laskut, "Päivämäärä")] = "31.9.2014";
  laskut[findLine(laskut, "Pikassos", "kiinteä", "Vuokrat", 7)][col(laskut, "Laji")] = "ennakko";
  laskut[1][laskut[0].length - 1] = "P-77";

  // Municipal shares: a municipality with no amount
  sheet(sheets, "Kuntaosuudet").push([2015, "Pirkkala", "Pirkkala", "väkiluku 18 400", null]);

  return sheets;
}
