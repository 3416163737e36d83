/**
 * A copy of the LasSe example with one known instance of each problem the checks find.
 * `brokenExample().expected` lists them; a test asserts the checks report exactly these.
 */
import type { WritableCell, WritableSheet } from "../src/cli/writeXlsx";
import type { Code } from "../src/report/codes";
import { cellAddress } from "../src/workbook/address";
import { lasseSheets } from "./lasse";

export type Expected = [Code, string];

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
  return brokenExample().sheets;
}

export function brokenExample(): { sheets: WritableSheet[]; expected: Expected[] } {
  const sheets = lasseSheets();
  const expected: Expected[] = [];
  const at = (sheetName: string, row: number, col: number) => `${sheetName}!${cellAddress(row, col)}`;
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
  expected.push(
    ["COFUND_STATE_OVER_RATE", at("Hanke", state, 1)],
    ["COFUND_MUNI_UNDER_MIN", at("Hanke", municipal, 1)],
    ["COFUND_SPLIT_MISMATCH", at("Hanke", eligible, 1)],
    ["COFUND_DEFICIT_EXCEEDED", at("Hanke", state, 1)],
  );

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
  expected.push(["VAT_UNKNOWN", at("Laskut", vatUnknown, gross)]);
  const depreciation = findLine(laskut, "Verso", "kiinteä", "Vuokrat", 2);
  laskut[depreciation][col(laskut, "Selite")] = "Kaluston poistot";
  expected.push(["COST_INELIGIBLE", at("Laskut", depreciation, col(laskut, "Hyväksyttävä"))]);
  const refError = findLine(laskut, "Verso", "kiinteä", "Vuokrat", 4);
  laskut[refError][vat] = { error: "#REF!" };
  expected.push(["CELL_FORMULA_ERROR", at("Laskut", refError, vat)]);
  const textVat = findLine(laskut, "Verso", "kiinteä", "Vuokrat", 5);
  laskut[textVat][vat] = "24 %";
  expected.push(["VALUE_NOT_A_NUMBER", at("Laskut", textVat, vat)]);
  const badDate = findLine(laskut, "Pikassos", "tasaus", "Palkat", 2);
  laskut[badDate][col(laskut, "Päivämäärä")] = "31.9.2014";
  expected.push(["VALUE_NOT_A_DATE", at("Laskut", badDate, col(laskut, "Päivämäärä"))]);
  const badKind = findLine(laskut, "Pikassos", "kiinteä", "Vuokrat", 7);
  laskut[badKind][col(laskut, "Laji")] = "ennakko";
  expected.push(["VALUE_NOT_UNDERSTOOD", at("Laskut", badKind, col(laskut, "Laji"))]);
  laskut[1][laskut[0].length - 1] = "P-77";
  expected.push(["COLUMN_NOT_UNDERSTOOD", at("Laskut", 0, laskut[0].length - 1)]);

  // Municipal shares: a municipality with no amount
  const shares = sheet(sheets, "Kuntaosuudet");
  shares.push([2015, "Pirkkala", "Pirkkala", "väkiluku 18 400", null]);
  expected.push(["REQUIRED_MISSING", at("Kuntaosuudet", shares.length - 1, 4)]);

  return { sheets, expected };
}
