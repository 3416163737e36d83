import assert from "node:assert/strict";
import { buildLedger } from "../../../src/ledger/build";
import type { CellValue } from "../../../src/workbook/types";
import { book } from "../../support/book";

const APPLICATIONS: CellValue[][] = [
  ["Nro", "Ajalta alkaen", "Ajalta päättyen", "Haettu", "Maksettu", "Lähetetty"],
  [1, "1.4.2013", "31.12.2013", 37_357.16, 37_357.16, "28.2.2014"],
  [2, "1.1.2014", "31.12.2014", 170_704.23, 170_704.23, "27.2.2015"],
];
const readOf = (cells: CellValue[][]) => {
  const { ledger, findings } = buildLedger(book({ Rahoitus: cells }));
  return { applications: ledger.applications.length, asOf: ledger.settings.asOf, findings: findings.map((f) => `${f.code} ${f.cell}`) };
};
const AS_OF = buildLedger(book({ Asetukset: [["Tarkastuspäivä", "31.12.2015"]] })).ledger.settings.asOf;

describe("settings typed under the last table of a sheet", () => {
  it("are the settings, not the table's rows, past a blank row with or without their title", () => {
    assert.equal(typeof AS_OF, "number");
    for (const between of [[[]], [[], ["ASETUKSET"]], [[], [], ["Asetukset:"]], [[], []]] as CellValue[][][]) {
      const read = readOf([...APPLICATIONS, ...between, ["Tarkastuspäivä", "31.12.2015", "Päivä, jolta tarkistetaan"], ["Toleranssi", 1]]);
      assert.deepEqual(read, { applications: 2, asOf: AS_OF, findings: [] }, JSON.stringify(between));
    }
  });

  it("a row of the table after a blank row stays the table's, and a settings key with no blank row above is left to the table", () => {
    assert.equal(readOf([...APPLICATIONS, [], [3, "1.1.2015", "31.10.2015", 133_696.23, null, "30.11.2015"]]).applications, 3);
    // with no blank row between, a row starting with a settings key is read as the table's (and said to be incomplete), as before
    const glued = readOf([...APPLICATIONS, ["Tarkastuspäivä", "31.12.2015"]]);
    assert.equal(glued.applications, 3);
    assert.ok(glued.findings.some((f) => f.startsWith("REQUIRED_MISSING")));
  });
});
