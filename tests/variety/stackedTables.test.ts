import assert from "node:assert/strict";
import { read } from "./support";

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
});
