import assert from "node:assert/strict";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import type { CellValue } from "../../src/workbook/types";
import { book } from "../support/book";
import { assertMessages, findingsOf } from "../support/rendered";

const CODES = ["MUNI_SHARES_MISMATCH", "MUNI_DUPLICATE", "MUNI_MISSING"] as const;

/** Lapland: 20 000 €/year from each of the six municipalities with a development social worker, 2 000 € from eleven others. */
const HOSTS = ["Inari", "Kemijärvi", "Kemi", "Kittilä", "Rovaniemi", "Tornio"];
const OTHERS = ["Enontekiö", "Keminmaa", "Kolari", "Muonio", "Pelkosenniemi", "Posio", "Ranua", "Salla", "Savukoski", "Simo", "Sodankylä"];

function shares(year: number): CellValue[][] {
  return [
    ...HOSTS.map((kunta) => [year, kunta, kunta, "kehittämissosiaalityöntekijä", 20000]),
    ...OTHERS.map((kunta) => [year, kunta, kunta, "muu kunta", 2000]),
  ];
}

function sheets(kuntaosuudet: CellValue[][]): Record<string, CellValue[][]> {
  return {
    Hanke: [
      ["Hanke", "Lapin sosiaalityön kehittämisyksikkö"],
      ["Alkaa", "1.11.2008"],
      ["Päättyy", "31.12.2011"],
    ],
    Budjetti: [
      ["Vuosi", "Tilikohta", "Versio", "Summa"],
      [2010, "Palkat", "vahvistettu", 500000],
      [2010, "Muut menot", "vahvistettu", 68000],
      [2011, "Palkat", "vahvistettu", 568000],
    ],
    Kuntaosuudet: [["Vuosi", "Kunta", "Maksaja", "Peruste", "Summa"], ...kuntaosuudet],
  };
}

describe("municipal shares", () => {
  it("passes the Lapland tiers: 6 × 20 000 + 11 × 2 000 = 142 000, exactly 25 % of 568 000", () => {
    assert.deepEqual(findingsOf(sheets([...shares(2010), ...shares(2011)]), CODES), []);
  });

  it("reports a year's shares that are 1 € off, with the total that would be right", () => {
    const rows = shares(2010);
    rows[16][4] = 2001;
    const result = checkWorkbook(book(sheets(rows)));
    assertMessages(result.findings);
    const found = result.findings.filter((f) => f.code === "MUNI_SHARES_MISMATCH");
    assert.deepEqual(
      found.map((f) => `${f.sheet}!${f.cell}`),
      ["Kuntaosuudet!E18"],
    );
    assert.deepEqual(found[0].expected, { cents: 14_200_000 });
    assert.deepEqual(found[0].actual, { cents: 14_200_100 });
  });

  it("accepts shares as much over 25 % as the plan's state grant is under 75 % (the real Lapland plan, 1 € under), no more", () => {
    const rows = shares(2010);
    rows[16][4] = 2001;
    const plan = (state: number) => {
      const s = sheets(rows);
      s.Hanke = [...s.Hanke, ["Hyväksyttävät kustannukset", 1828204], ["Valtionavustus", state], ["Kuntaosuus", 1828204 - state]];
      return s;
    };
    assert.deepEqual(findingsOf(plan(1371152), CODES), []);
    assert.deepEqual(findingsOf(plan(1371153), CODES), [["MUNI_SHARES_MISMATCH", "Kuntaosuudet!E18"]]);
    rows[16][4] = 1999;
    assert.deepEqual(findingsOf(plan(1371152), CODES), [["MUNI_SHARES_MISMATCH", "Kuntaosuudet!E18"]]);
  });

  it("gives the state share's rounding to the municipalities: 75 % of 1 828 204,01 € leaves 457 051,01 €", () => {
    const s = sheets([[2010, "Rovaniemi", "Rovaniemi", "", 457051.01]]);
    s.Budjetti = [
      ["Vuosi", "Summa"],
      [2010, 1828204.01],
    ];
    assert.deepEqual(findingsOf(s, CODES), []);
  });

  it("reports a municipality twice in one year, at its second row, whatever the spelling", () => {
    const rows = [
      ...shares(2010).slice(0, 16),
      [2010, "SODANKYLÄ ", "Sodankylä", "muu kunta", 1000],
      [2010, "sodankyla", "Sodankylä", "muu kunta", 1000],
    ];
    assert.deepEqual(findingsOf(sheets(rows), CODES), [["MUNI_DUPLICATE", "Kuntaosuudet!B19"]]);
  });

  it("warns about a municipality with a share in another year but none this year", () => {
    const rows = [...shares(2010), ...shares(2011).filter((r) => r[1] !== "Salla")];
    const found = findingsOf(sheets(rows), ["MUNI_MISSING"]);
    assert.deepEqual(found, [["MUNI_MISSING", "Kuntaosuudet!B19"]]);
  });

  it("takes a municipality written as its organisation one year (Rovaniemen kaupunki) for the same one, not missing, and twice when both stand in one year", () => {
    const rows = [
      ...shares(2010),
      ...shares(2011).map((r) => (r[1] === "Rovaniemi" ? [2011, "Rovaniemen kaupunki", "Rovaniemen kaupunki", r[3], r[4]] : r)),
    ];
    assert.deepEqual(findingsOf(sheets(rows), CODES), []);
    const twice = [
      ...shares(2010).slice(0, 16),
      [2010, "Kemin kaupunki", "Kemi", "muu kunta", 1000],
      [2010, "Sodankylä", "Sodankylä", "muu kunta", 1000],
    ];
    assert.deepEqual(findingsOf(sheets(twice), ["MUNI_DUPLICATE"]), [["MUNI_DUPLICATE", "Kuntaosuudet!B18"]]);
  });

  it("takes a bilingual municipality's Swedish name for its Finnish one (Närpes = Närpiö, Vasa stad = Vaasa), not missing, and twice when both stand in one year", () => {
    const swedish: Record<string, string> = { Inari: "Närpes", Kemi: "Vasa", Kittilä: "Jakobstad", Tornio: "Kristinestad" };
    const finnish: Record<string, string> = {
      Inari: "Närpiö",
      Kemi: "Vaasan kaupunki",
      Kittilä: "Pietarsaari",
      Tornio: "Kristiinankaupunki",
    };
    const named = (year: number, names: Record<string, string>) =>
      shares(year).map((r) => (typeof r[1] === "string" && r[1] in names ? [year, names[r[1]], names[r[1]], r[3], r[4]] : r));
    assert.deepEqual(findingsOf(sheets([...named(2010, swedish), ...named(2011, finnish)]), CODES), []);
    assert.deepEqual(findingsOf(sheets([...named(2010, { Kemi: "Vasa stad" }), ...named(2011, { Kemi: "Vaasa" })]), CODES), []);
    const twice = [
      ...named(2010, swedish).slice(0, 16),
      [2010, "Närpiön kaupunki", "Närpiö", "muu kunta", 1000],
      [2010, "Sodankylä", "Sodankylä", "muu kunta", 1000],
    ];
    assert.deepEqual(findingsOf(sheets(twice), ["MUNI_DUPLICATE"]), [["MUNI_DUPLICATE", "Kuntaosuudet!B18"]]);
  });

  it("warns when a joint authority takes over a municipality's share (it may have joined a payer), not about the authority's years before it", () => {
    const rows = [
      ...shares(2010),
      ...shares(2011).map((r) => (r[1] === "Salla" ? [2011, "Itä-Lapin kuntayhtymä", "Itä-Lapin kuntayhtymä", "muu kunta", 2000] : r)),
    ];
    assert.deepEqual(findingsOf(sheets(rows), ["MUNI_MISSING"]), [["MUNI_MISSING", "Kuntaosuudet!B19"]]);
  });

  it("takes a municipality with a remark in brackets after its name for the same one (Kemi (1/5 mukana hankkeessa))", () => {
    const rows = [
      ...shares(2010),
      ...shares(2011).map((r) => (r[1] === "Kemi" ? [2011, "Kemi (1/5 mukana hankkeessa)", "Kemi", r[3], r[4]] : r)),
    ];
    assert.deepEqual(findingsOf(sheets(rows), ["MUNI_MISSING", "MUNI_DUPLICATE"]), []);
    const twice = [...shares(2010), [2010, "Kemi (1/5 mukana hankkeessa)", "Kemi", "muu kunta", 0]];
    assert.deepEqual(findingsOf(sheets(twice), ["MUNI_DUPLICATE"]), [["MUNI_DUPLICATE", "Kuntaosuudet!B19"]]);
  });

  it("does not call a municipality that joined in a later year missing from the years before (Ypäjä from 2014)", () => {
    const rows = [...shares(2010), ...shares(2011), [2011, "Ypäjä", "Ypäjä", "muu kunta", 0]];
    assert.deepEqual(findingsOf(sheets(rows), ["MUNI_MISSING"]), []);
  });
});
