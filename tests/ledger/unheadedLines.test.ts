import assert from "node:assert/strict";
import { buildLedger } from "../../src/ledger/build";
import type { CellValue } from "../../src/workbook/types";
import { book } from "../support/book";

const ESTIMATE: CellValue[][] = [
  [null, 2014, 2015, "Yhteensä"],
  ["Palkat", 80_000, 60_000, 140_000],
  ["Vuokrat", 4_000, 3_000, 7_000],
  ["Menot yhteensä", 84_000, 63_000, 147_000],
];

describe("a wide budget with no header over its cost lines", () => {
  it("reads the blank-headed column left of the years as the cost lines", () => {
    const { ledger, findings } = buildLedger(book({ Talousarvio: [["Talousarvio 2014–2015"], ...ESTIMATE] }));
    assert.deepEqual(
      ledger.budget.map((b) => [b.year, b.line, b.amount]),
      [
        [2014, "Palkat", 8_000_000],
        [2015, "Palkat", 6_000_000],
        [2014, "Vuokrat", 400_000],
        [2015, "Vuokrat", 300_000],
      ],
    );
    assert.deepEqual(
      findings.map((f) => f.code),
      [],
    );
  });

  it("gives the plan's shares from the financing under the cost lines, beside the Hanke keys", () => {
    const { ledger } = buildLedger(
      book({
        Hanke: [
          ["Hankkeen nimi", "LasSe"],
          ["Hankeaika", "1.1.2014–31.10.2015"],
          [],
          ["Kustannusarvio ja rahoitussuunnitelma"],
          ...ESTIMATE,
          ["Valtionavustus", 63_000, 47_250, 110_250],
          ["Kuntaosuus", 21_000, 15_750, 36_750],
        ],
      }),
    );
    assert.equal(ledger.budget.length, 4);
    assert.deepEqual(
      [ledger.project.stateGrant?.value, ledger.project.municipalShare?.value, ledger.project.name?.value],
      [11_025_000, 3_675_000, "LasSe"],
    );
  });

  it("reads no budget from such a table of realised costs", () => {
    const { ledger } = buildLedger(book({ Toteuma: [["Toteutuneet kulut vuosittain"], ...ESTIMATE] }));
    assert.deepEqual(ledger.budget, []);
  });
});
