import assert from "node:assert/strict";
import type { CellValue } from "../../src/workbook/types";
import { findingsOf } from "../support/rendered";
import { read } from "./support";

const CODES = ["MUNI_SHARES_MISMATCH", "MUNI_DUPLICATE", "MUNI_MISSING", "COLUMN_NOT_UNDERSTOOD", "REQUIRED_MISSING"] as const;

/** A project of 40 000 € a year, the municipalities' 25 % 10 000 €. */
const PROJECT: Record<string, CellValue[][]> = {
  Hanke: [
    ["Hanke", "Pohjanmaan sosiaalityö"],
    ["Hallinnoija", "Vaasan kaupunki"],
    ["Alkaa", "1.1.2014"],
    ["Päättyy", "31.12.2015"],
  ],
  Budjetti: [
    ["Vuosi", "Tilikohta", "Summa"],
    [2014, "Palkat", 40_000],
    [2015, "Palkat", 40_000],
  ],
};

describe("variety: municipal shares with a column per municipality, one row a year", () => {
  it("reads a share per municipality and year, its total column and row left out, under the sheet's or the title's name", () => {
    const across: CellValue[][] = [
      ["Kuntien rahoitusosuudet (€)"],
      ["Vuosi", "Närpiö", "Vaasa", "Mustasaari", "Yhteensä"],
      [2014, 2_000, 5_000, 3_000, 10_000],
      [2015, 2_000, 5_500, 2_500, 10_000],
      ["Yhteensä", 4_000, 10_500, 5_500, 20_000],
    ];
    for (const [name, sheet] of [
      ["Rahoitus", across],
      ["Kuntaosuudet", across.slice(1)],
    ] as const) {
      const { ledger, findings } = read({ ...PROJECT, [name]: sheet });
      assert.deepEqual(
        ledger.muniShares.map((m) => [m.year, m.municipality, m.amount]),
        [
          [2014, "Närpiö", 200_000],
          [2014, "Vaasa", 500_000],
          [2014, "Mustasaari", 300_000],
          [2015, "Närpiö", 200_000],
          [2015, "Vaasa", 550_000],
          [2015, "Mustasaari", 250_000],
        ],
        name,
      );
      // the project keeps no partners, invoices or applications
      assert.deepEqual(
        findings.filter(([code]) => code !== "TABLE_NOT_FOUND"),
        [],
        name,
      );
      assert.deepEqual(findingsOf({ ...PROJECT, [name]: sheet }, CODES), [], name);
    }
  });

  it("checks the shares so read, each finding at its cell: a year's sum off, a municipality without a share", () => {
    const sheet: CellValue[][] = [
      ["Vuosi", "Närpiö", "Vaasa", "Mustasaari"],
      [2014, 2_000, 5_000, 3_000],
      [2015, 2_000, 5_000, null],
    ];
    assert.deepEqual(findingsOf({ ...PROJECT, Kuntaosuudet: sheet }, ["MUNI_SHARES_MISMATCH", "MUNI_MISSING"]), [
      // at the year's last share, its amount cell
      ["MUNI_SHARES_MISMATCH", "Kuntaosuudet!C3"],
      ["MUNI_MISSING", "Kuntaosuudet!B3"],
    ]);
  });

  it("reads no municipalities from a table of amounts by year beside the shares (Vuosi | Laskutettu | Maksettu | Avoinna), and says so", () => {
    const long: CellValue[][] = [["Vuosi", "Kunta", "Kuntaosuus"], [2014, "Närpiö", 4_000], [2014, "Vaasa", 6_000], []];
    for (const headers of [
      ["Vuosi", "Laskutettu", "Maksettu", "Avoinna"],
      ["Vuosi", "Laskutettu", "Avoinna"],
      ["Vuosi", "Haettu", "Maksettu"],
    ]) {
      const sheet = [...long, headers, [2014, 15_000, 10_000, 5_000].slice(0, headers.length)];
      const { ledger, findings } = read({ ...PROJECT, Kuntaosuudet: sheet });
      // no header is a municipality with a share
      assert.deepEqual(
        ledger.muniShares.filter((m) => headers.includes(m.municipality) && m.amount !== null).map((m) => m.municipality),
        [],
        headers.join(" | "),
      );
      // the table is not read in silence
      assert.ok(
        findings.some(([, cell]) => /^Kuntaosuudet!\D+[56]$/.test(cell)),
        `${headers.join(" | ")}: ${JSON.stringify(findings)}`,
      );
    }
  });

  it("leaves such a table unread where nothing says municipal shares: a year's figures by name are not shares", () => {
    const { ledger } = read({
      ...PROJECT,
      Tilastot: [
        ["Vuosi", "Närpiö", "Vaasa", "Mustasaari"],
        [2014, 9_500, 67_000, 19_000],
      ],
    });
    assert.deepEqual(ledger.muniShares, []);
  });
});
