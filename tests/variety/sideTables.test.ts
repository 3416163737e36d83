import assert from "node:assert/strict";
import { dayFromYmd } from "../../src/periods";
import { read } from "./support";

const d = dayFromYmd;

describe("variety: a whole 2014 workbook with side tables and notes", () => {
  const sheets = {
    Perustiedot: [
      ["LasSe – Lasten, nuorten ja perheiden palvelujen kehittämishanke"],
      [],
      ["Hankkeen nimi:", "LasSe"],
      ["Hallinnoija", null, "Tampereen kaupunki"],
      ["Alkaa", "1.4.2013"],
      ["Päättyy", "31.10.2015"],
      ["Valtionavustus %", "75 %"],
      ["Hyväksyttävät kustannukset", "1 828 204 €"],
      ["Valtionavustus", 1_371_153],
    ],
    Kumppanit: [
      ["Osaamiskeskukset ja sopimukset"],
      ["Kumppani", "Y-tunnus", "Yhteyshenkilö", "Sähköposti", "Laskutustapa", "Sopimus alkaa", "Sopimus päättyy", "ALV palautuu"],
      ["Pikassos Oy", "1234567-8", "Matti M", "m@p.fi", "kuukausi + tasaus", "1.8.2013", "31.10.2015", "kyllä"],
      ["Verso", "2345678-9", "Liisa L", null, "Kuukausittain, tasaus 3 kk välein", "1.12.2013", "30.9.2015", "Kyllä"],
      ["SONet BOTNIA", null, null, null, "3 x vuodessa", "1.12.2013", "30.9.2015", "ei"],
    ],
    Kunnat: [
      ["Kuntaosuudet 2014"],
      ["Kunta", "Maksaja", "Asukasluku", "Osuus %", "Kuntaosuus €"],
      ["Tampere", "Tampere", 220_000, 0.5, 71_000],
      ["Ypäjä", "Forssan seudun hyvinvointikuntayhtymä", 2_500, "0,6 %", "850,00"],
      ["Yhteensä", null, 222_500, 1, 71_850],
    ],
    Maksatukset: [
      ["Maksatushakemukset"],
      ["Hakemus", "Ajalta", "Haettu €", "Maksettu €", "Päätöspäivä", "Lähetetty"],
      ["1.", "1.4.2013–31.12.2013", "120 000,00", "120 000,00", "15.5.2014", "28.2.2014"],
    ],
    Muistiinpanot: [
      ["Muistiinpanot"],
      ["Hanke alkoi myöhässä, koska rekrytointi viivästyi."],
      ["Valtionavustus", "haetaan helmikuussa"],
      ["Huom: Verson laskut 3/2014 puuttuvat"],
      ["Kuntaosuus", "katso välilehti Kunnat"],
    ],
  };

  it("reads partners, shares, applications and the project, and says nothing about contact details or notes", () => {
    const { ledger, findings } = read(sheets);
    assert.deepEqual(
      ledger.partners.map((p) => [p.name, p.scheme, p.vatRecoverable]),
      [
        ["Pikassos Oy", "monthly", true],
        ["Verso", "monthly", true],
        ["SONet BOTNIA", "tertial", false],
      ],
    );
    assert.deepEqual(
      ledger.muniShares.map((m) => [m.year, m.municipality, m.amount]),
      [
        [2014, "Tampere", 7_100_000],
        [2014, "Ypäjä", 85_000],
      ],
    );
    assert.deepEqual(
      ledger.applications.map((a) => [a.number, a.start, a.end, a.applied, a.sent]),
      [["1.", d(2013, 4, 1), d(2013, 12, 31), 12_000_000, d(2014, 2, 28)]],
    );
    assert.equal(ledger.project.stateGrant?.value, 137_115_300);
    assert.equal(ledger.project.stateGrant?.sheet, "Perustiedot");
    assert.equal(ledger.project.start?.value, d(2013, 4, 1));
    assert.deepEqual(
      ledger.tables.muniShares.map((t) => t.sheet),
      ["Kunnat"],
    );
    assert.deepEqual(findings, []);
  });
});
