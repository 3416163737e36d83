import assert from "node:assert/strict";
import { buildLedger } from "../../../src/ledger/build";
import { isoOf } from "../../../src/periods";
import type { CellValue } from "../../../src/workbook/types";
import { book } from "../../support/book";
import { findingsOf } from "../../support/rendered";

const HANKE: CellValue[][] = [
  ["Hanke", "LasSe"],
  ["Alkaa", "1.4.2013"],
  ["Päättyy", "31.10.2015"],
];
const CODES = ["REQUIRED_MISSING", "APPLICATION_PERIOD_GAP", "APPLICATION_PERIOD_OVERLAP", "COLUMN_NOT_UNDERSTOOD"] as const;

const periodsOf = (sheets: Record<string, CellValue[][]>) =>
  buildLedger(book({ Hanke: HANKE, ...sheets })).ledger.applications.map((a) => `${isoOf(a.start ?? 0)}..${isoOf(a.end ?? 0)}`);

describe("payment applications kept one a year", () => {
  const BY_YEAR: CellValue[][] = [
    ["Vuosi", "Haettu", "Maksettu"],
    [2013, 37_357.16, 37_357.16],
    [2014, 170_704.23, 170_704.23],
    [2015, 133_696.23, null],
  ];

  it("read a Vuosi column on the Maksatukset sheet as each one's period, the project's part of the year", () => {
    assert.deepEqual(periodsOf({ Maksatukset: BY_YEAR }), ["2013-04-01..2013-12-31", "2014-01-01..2014-12-31", "2015-01-01..2015-10-31"]);
    assert.deepEqual(findingsOf({ Hanke: HANKE, Maksatukset: BY_YEAR }, CODES), []);
  });

  it("take a year typed in the period column as the project's part of it", () => {
    const sheet: CellValue[][] = [
      ["Nro", "Kausi", "Haettu"],
      [1, "2013", 37_357.16],
      [2, 2014, 170_704.23],
      [3, 2015, 133_696.23],
    ];
    assert.deepEqual(periodsOf({ Maksatukset: sheet }), ["2013-04-01..2013-12-31", "2014-01-01..2014-12-31", "2015-01-01..2015-10-31"]);
    assert.deepEqual(findingsOf({ Hanke: HANKE, Maksatukset: sheet }, CODES), []);
  });

  it("keep a period typed as days, and its gap before the project's start", () => {
    const sheet: CellValue[][] = [
      ["Nro", "Kausi", "Haettu"],
      [1, "1.1.2013–31.12.2013", 37_357.16],
    ];
    assert.deepEqual(findingsOf({ Hanke: HANKE, Maksatukset: sheet }, CODES), [["APPLICATION_PERIOD_GAP", "Maksatukset!A2"]]);
  });
});
