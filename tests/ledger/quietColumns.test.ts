import assert from "node:assert/strict";
import { buildLedger } from "../../src/ledger/build";
import { book } from "../support/book";
import type { CellValue } from "../../src/workbook/types";

const codes = (sheets: Parameters<typeof book>[0]) => buildLedger(book(sheets)).findings.map((f) => [f.code, `${f.sheet}!${f.cell}`]);

describe("columns known but never read", () => {
  it("keeps a partner's contact details, a municipality's share % and an application's decision day quiet", () => {
    assert.deepEqual(
      codes({
        Kumppanit: [
          ["Kumppani", "Y-tunnus", "Yhteyshenkilö", "Sähköposti", "Puh.", "Laskutustapa", "Alkaa", "Päättyy"],
          ["Verso", "1234567-8", "L. L", "l@v.fi", "040 123", "kuukausi", "1.12.2013", "30.9.2015"],
        ],
        Kuntaosuudet: [
          ["Vuosi", "Kunta", "Asukasluku", "Osuus %", "Summa"],
          [2014, "Nokia", 32_000, "7,3 %", 10_366],
        ],
        Maksatukset: [
          ["Nro", "Ajalta", "Haettu", "Maksettu", "Päätöspäivä"],
          [1, "2014", 100, 100, "15.5.2015"],
        ],
      }),
      [],
    );
  });
});

describe("words around an enumeration's word", () => {
  it("reads the one meaning a longer text names, and reports a text naming two", () => {
    const { ledger, findings } = buildLedger(
      book({
        Kumppanit: [
          ["Kumppani", "Laskutustapa", "ALV palautuu"],
          ["A", "Kuukausittain, tasaus 3 kk välein", "kyllä (tarkistettu)"],
          ["B", "3 x vuodessa", "ei"],
          ["C", "kuukausi tai kolmannes", "ei"],
        ],
      }),
    );
    assert.deepEqual(
      ledger.partners.map((p) => [p.name, p.scheme, p.vatRecoverable]),
      [
        ["A", "monthly", true],
        ["B", "tertial", false],
        ["C", null, false],
      ],
    );
    assert.deepEqual(
      findings.map((f) => [f.code, f.cell]).filter(([code]) => code === "VALUE_NOT_UNDERSTOOD"),
      [["VALUE_NOT_UNDERSTOOD", "B4"]],
    );
  });
});

describe("municipal shares without a Vuosi column", () => {
  it("take the year their title, amount header or sheet names", () => {
    const layouts: Record<string, CellValue[][]>[] = [
      { Kunnat: [["Kuntaosuudet 2014 (päivitetty 3.3.2015)"], ["Kunta", "Kuntaosuus €"], ["Nokia", 100]] },
      {
        Kunnat: [
          ["Kunta", "Kuntaosuus 2014 €"],
          ["Nokia", 100],
        ],
      },
      {
        "Kuntaosuudet 2014": [
          ["Kunta", "Summa"],
          ["Nokia", 100],
        ],
      },
    ];
    for (const sheets of layouts) {
      const { ledger, findings } = buildLedger(book(sheets));
      assert.deepEqual(
        ledger.muniShares.map((m) => [m.year, m.amount]),
        [[2014, 10_000]],
      );
      assert.deepEqual(findings, []);
    }
  });

  it("still miss Vuosi when two years are named", () => {
    const { findings } = buildLedger(book({ Kunnat: [["Kuntaosuudet 2014–2015"], ["Kunta", "Summa"], ["Nokia", 100]] }));
    assert.deepEqual(
      findings.map((f) => [f.code, f.cell]),
      [["REQUIRED_MISSING", "A2"]],
    );
  });
});

describe("notes that look like keys or headers", () => {
  it("reads no table from a key and a note beside it, and no amount from a note", () => {
    const { ledger, findings } = buildLedger(
      book({
        Muistiinpanot: [["Muistiinpanot"], ["Kuntaosuus", "katso välilehti Kunnat"], ["Valtionavustus", "haetaan helmikuussa"]],
      }),
    );
    assert.deepEqual(ledger.tables.muniShares, []);
    assert.equal(ledger.project.stateGrant, undefined);
    assert.deepEqual(findings, []);
  });
});

describe("a ledger's bookkeeping columns", () => {
  it("keeps Vuosi, Tosite, Eräpäivä and Maksettu quiet and still reads the invoices", () => {
    const { ledger, findings } = buildLedger(
      book({
        Laskut: [
          ["Vuosi", "Tosite", "Pvm", "Eräpäivä", "Maksettu", "Laskuttaja", "Nro", "Ajalta", "Tilikohta", "Summa"],
          [2014, 5501, 41671, 41685, 41684, "Verso", "V-1", "1/2014", "Palkat", 100],
        ],
      }),
    );
    assert.deepEqual(
      ledger.invoices.map((i) => [i.partner, i.number, i.net]),
      [["Verso", "V-1", 10_000]],
    );
    assert.deepEqual(ledger.tables.budget, []);
    assert.deepEqual(findings, []);
  });
});

describe("quiet columns stay the table's columns", () => {
  it("are kept as columns not understood, so an import copies them by header, but never reported", () => {
    const { ledger, findings } = buildLedger(
      book({
        Laskut: [
          ["Pvm", "Laskuttaja", "Nro", "Ajalta", "Summa", "Huom", "Eräpäivä"],
          [41671, "Verso", "V-1", "1/2014", 100, "x", 41685],
        ],
      }),
    );
    assert.deepEqual(ledger.tables.invoices[0].unknownColumns, [
      { col: 5, header: "Huom", quiet: true },
      { col: 6, header: "Eräpäivä", quiet: true },
    ]);
    assert.deepEqual(findings, []);
  });
});
