import assert from "node:assert/strict";
import { buildLedger } from "../../../src/ledger/build";
import { dayFromYmd } from "../../../src/periods";
import type { CellValue } from "../../../src/workbook/types";
import { book } from "../../support/book";
import { findingsOf } from "../../support/rendered";

const KUMPPANIT: CellValue[][] = [
  ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy"],
  ["Pikassos", "toteuma", "1.8.2013", "31.10.2015"],
  ["Verso", "toteuma", "1.12.2013", "30.9.2015"],
];
const BLOCK: CellValue[][] = [
  ["Tilikohta", "2014", "2015"],
  ["Palkat", 46_500, 35_000],
  ["Vuokrat", 3_700, 2_800],
];

const partnersOf = (sheets: Record<string, CellValue[][]>) =>
  buildLedger(book({ Kumppanit: KUMPPANIT, ...sheets })).ledger.budget.map((b) => `${b.year} ${b.partner || "-"} ${b.line}`);

describe("a budget without a Kumppani column kept per partner", () => {
  it("is the partner's its sheet names", () => {
    assert.deepEqual(partnersOf({ "Budjetti Verso": BLOCK }), [
      "2014 Verso Palkat",
      "2015 Verso Palkat",
      "2014 Verso Vuokrat",
      "2015 Verso Vuokrat",
    ]);
  });

  it("is the partner's the title above its header names", () => {
    assert.deepEqual(partnersOf({ Talousarvio: [["Pikassoksen talousarvio 2014–2015"], [], ...BLOCK] }), [
      "2014 Pikassos Palkat",
      "2015 Pikassos Palkat",
      "2014 Pikassos Vuokrat",
      "2015 Pikassos Vuokrat",
    ]);
  });

  it("stacked in blocks, takes each block's title, down to the common share's heading", () => {
    const rows: CellValue[][] = [
      ["Budjetti: Pikassos"],
      ["Tilikohta", "2014"],
      ["Palkat", 88_000],
      [],
      ["Budjetti: Verso"],
      ["Tilikohta", "2014"],
      ["Palkat", 46_500],
      ["Yhteiset kulut"],
      ["Vuokrat", 9_300],
    ];
    assert.deepEqual(partnersOf({ Budjetti: rows }), ["2014 Pikassos Palkat", "2014 Verso Palkat", "2014 - Vuokrat"]);
  });

  it("that names no partner stays the common share's", () => {
    assert.deepEqual(partnersOf({ Budjetti: BLOCK }), ["2014 - Palkat", "2015 - Palkat", "2014 - Vuokrat", "2015 - Vuokrat"]);
  });

  it("finds a partner's year over its own budget", () => {
    const sheets = {
      Hanke: [
        ["Hanke", "LasSe"],
        ["Alkaa", "1.4.2013"],
        ["Päättyy", "31.10.2015"],
      ],
      Kumppanit: KUMPPANIT,
      "Budjetti Pikassos": [
        ["Tilikohta", "2014"],
        ["Palkat", 88_000],
      ],
      "Budjetti Verso": [
        ["Tilikohta", "2014"],
        ["Palkat", 46_500],
      ],
      Laskut: [
        ["Päivämäärä", "Laskuttaja", "Laskun numero", "Ajalta alkaen", "Ajalta päättyen", "Laji", "Tilikohta", "Summa (ALV 0)"],
        ["15.1.2015", "Pikassos", "P14", "1.1.2014", "31.12.2014", "toteuma", "Palkat", 80_000],
        ["15.1.2015", "Verso", "V14", "1.1.2014", "31.12.2014", "toteuma", "Palkat", 50_000],
      ],
    };
    const codes = ["BUDGET_LINE_OVERRUN", "BUDGET_TOTAL_OVERRUN", "BUDGET_NO_LINE"] as const;
    assert.deepEqual(findingsOf(sheets, codes, { asOf: dayFromYmd(2014, 12, 31) }), [
      ["BUDGET_LINE_OVERRUN", "Budjetti Verso!B2"],
      ["BUDGET_TOTAL_OVERRUN", "Budjetti Verso!A2"],
    ]);
  });
});
