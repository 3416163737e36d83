import assert from "node:assert/strict";
import { read } from "./support";
import type { CellValue } from "../../src/workbook/types";

describe("variety: the project's tables stacked on one sheet, each under its title", () => {
  it("reads each table, the next one's title no row of the one above, whatever column it stands in", () => {
    const { ledger, findings } = read({
      Perustiedot: [
        ["Kumppanit"],
        ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy"],
        ["Pikassos", "kuukausi+tasaus", "1.8.2013", "31.10.2015"],
        ["Verso", "kuukausi+tasaus", "1.12.2013", "30.9.2015"],
        [],
        ["Maksatushakemukset"],
        ["Nro", "Ajalta alkaen", "Ajalta päättyen", "Haettu", "Maksettu"],
        [1, "1.4.2013", "31.12.2013", 37_000, 37_000],
        ["Kuntaosuudet 2014"],
        ["Kunta", "Maksaja", "Summa"],
        ["Tampere", "Tampere", 12_000],
      ],
    });
    assert.deepEqual(
      ledger.partners.map((p) => p.name),
      ["Pikassos", "Verso"],
    );
    assert.deepEqual(
      ledger.applications.map((a) => a.number),
      ["1"],
    );
    assert.deepEqual(
      ledger.muniShares.map((m) => [m.year, m.municipality]),
      [[2014, "Tampere"]],
    );
    assert.deepEqual(findings, []);
  });

  it("still reads a lone name under a table, not right above another, as an unfinished row", () => {
    const { ledger, findings } = read({
      Perustiedot: [
        ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy"],
        ["Pikassos", "kuukausi+tasaus", "1.8.2013", "31.10.2015"],
        ["Verso"],
        ["Lisätään myöhemmin"],
        ["Maksettu 37 000 €"],
        ["Nro", "Ajalta alkaen", "Ajalta päättyen", "Haettu", "Maksettu"],
        [1, "1.4.2013", "31.12.2013", 37_000, 37_000],
      ],
    });
    assert.deepEqual(
      ledger.partners.map((p) => p.name),
      ["Pikassos", "Verso", "Lisätään myöhemmin"],
    );
    assert.ok(findings.some(([code, cell]) => code === "REQUIRED_MISSING" && cell === "Perustiedot!B3"));
  });

  it("reads Kumppanit's last row holding only a name, right above the next table's header, as an unfinished row", () => {
    const { ledger, findings } = read({
      Perustiedot: [
        ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy"],
        ["Pikassos", "kuukausi+tasaus", "1.8.2013", "31.10.2015"],
        ["Tampereen kaupunki"],
        ["Nro", "Ajalta alkaen", "Ajalta päättyen", "Haettu", "Maksettu"],
        [1, "1.4.2013", "31.12.2013", 37_000, 37_000],
      ],
    });
    assert.deepEqual(
      ledger.partners.map((p) => p.name),
      ["Pikassos", "Tampereen kaupunki"],
    );
    assert.ok(findings.some(([code, cell]) => code === "REQUIRED_MISSING" && cell === "Perustiedot!B3"));
    assert.deepEqual(
      ledger.applications.map((a) => a.number),
      ["1"],
    );
  });

  it("reads Laskut's last line holding only a biller, right above the next table's header, as an unfinished line", () => {
    const { ledger, findings } = read({
      Laskut: [
        ["Päivämäärä", "Laskuttaja", "Laskun numero", "Ajalta alkaen", "Ajalta päättyen", "Laji", "Tilikohta", "Summa (ALV 0)"],
        ["5.1.2014", "Verso", "V1", "1.12.2013", "31.12.2013", "kiinteä", "Palkat", 3800],
        [null, "Konsultointi Oy"],
        ["Nro", "Ajalta alkaen", "Ajalta päättyen", "Haettu", "Maksettu"],
        [1, "1.4.2013", "31.12.2013", 37_000, 37_000],
      ],
    });
    assert.deepEqual(findings, [
      ["REQUIRED_MISSING", "Laskut!D3"],
      ["REQUIRED_MISSING", "Laskut!E3"],
      ["REQUIRED_MISSING", "Laskut!H3"],
    ]);
    assert.deepEqual(
      ledger.applications.map((a) => a.number),
      ["1"],
    );
  });

  // Kumppanit, then what stands between, then Maksatukset's header: a title of the second table, no partner
  const titles: readonly (readonly [string, CellValue[][]])[] = [
    [
      "takes a lone name right above the next header for its title when a blank row stands between it and the table above",
      [[], ["Tampereen kaupunki"]],
    ],
    [
      "takes a lone text right under the table's last record for the next table's title when its column holds no name",
      [[null, "Maksatushakemukset"]],
    ],
    [
      "takes a table's name alone right under the last record, in the name column, for the next table's title",
      [["Maksatushakemukset 2013-2014"]],
    ],
  ];
  for (const [what, between] of titles) {
    it(what, () => {
      const { ledger, findings } = read({
        Perustiedot: [
          ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy"],
          ["Pikassos", "kuukausi+tasaus", "1.8.2013", "31.10.2015"],
          ...between,
          ["Nro", "Ajalta alkaen", "Ajalta päättyen", "Haettu", "Maksettu"],
          [1, "1.4.2013", "31.12.2013", 37_000, 37_000],
        ],
      });
      assert.deepEqual(
        ledger.partners.map((p) => p.name),
        ["Pikassos"],
      );
      assert.deepEqual(findings, []);
    });
  }
});
