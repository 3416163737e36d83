import assert from "node:assert/strict";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { buildLedger } from "../../src/ledger/build";
import type { CellValue } from "../../src/workbook/types";
import { book } from "../support/book";

const projectOf = (rows: CellValue[][]) => {
  const { project } = buildLedger(book({ Hanke: rows })).ledger;
  return Object.fromEntries(Object.entries(project).map(([key, keyed]) => [key, keyed?.value]));
};

describe("Hanke keys as state-grant decisions and plans word them", () => {
  it("reads the grant's maximum, the municipalities' payment share and the administering body", () => {
    assert.deepEqual(
      projectOf([
        ["Hallinnoiva taho", "Tampereen kaupunki"],
        ["Hyväksyttävät kokonaiskustannukset", 466_220],
        ["Valtionavustuksen enimmäismäärä", 349_665],
        ["Kuntien maksuosuus", 116_555],
      ]),
      { administrator: "Tampereen kaupunki", eligible: 46_622_000, stateGrant: 34_966_500, municipalShare: 11_655_500 },
    );
    assert.deepEqual(projectOf([["Omarahoitusosuus", 116_555]]), { municipalShare: 11_655_500 });
  });

  it("reads an acronym's case ending after a colon as part of the key (STM:n osuus), a colon with a value after it as before", () => {
    assert.deepEqual(projectOf([["STM:n osuus", 349_665]]), { stateGrant: 34_966_500 });
    assert.deepEqual(projectOf([["STM:n osuus: 349 665"]]), { stateGrant: 34_966_500 });
    assert.deepEqual(projectOf([["Hanke:LasSe"]]), { name: "LasSe" });
  });

  it("finds STM:n osuus over 75 % of the eligible costs", () => {
    const { findings } = checkWorkbook(
      book({
        Hanke: [
          ["Hyväksyttävät kustannukset", 466_220],
          ["STM:n osuus", 349_675],
          ["Kuntien maksuosuus", 116_545],
        ],
      }),
    );
    assert.deepEqual(
      findings.filter((f) => f.code.startsWith("COFUND")).map((f) => [f.code, f.cell]),
      [["COFUND_STATE_OVER_RATE", "B2"]],
    );
  });
});
