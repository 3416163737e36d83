import assert from "node:assert/strict";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { buildLedger } from "../../src/ledger/build";
import { book } from "../support/book";

/** A financing plan by year under the Hanke keys, as project plans lay it out. */
const PLAN = [
  ["Hankkeen nimi", "LasSe"],
  ["Hankeaika", "1.4.2013–31.10.2015"],
  [],
  ["Rahoitussuunnitelma"],
  [null, 2013, 2014, 2015, "Yhteensä"],
  ["Hyväksyttävät kustannukset", 51_920, 231_900, 182_400, 466_220],
  ["Valtionavustus (75 %)", 38_940, 173_925, 136_800, 349_665],
  ["Kuntaosuus (25 %)", 12_980, 57_975, 45_600, 116_555],
];

describe("a Hanke financing plan by year", () => {
  it("reads each key's total column, not its first year", () => {
    const { project } = buildLedger(book({ Hanke: PLAN })).ledger;
    assert.deepEqual(
      [project.eligible, project.stateGrant, project.municipalShare].map((k) => [k?.value, k?.cell]),
      [
        [46_622_000, "E6"],
        [34_966_500, "E7"],
        [11_655_500, "E8"],
      ],
    );
  });

  it("adds up the years when there is no total column, at the key's cell", () => {
    const plan = PLAN.map((row) => row.slice(0, 4));
    const { project } = buildLedger(book({ Hanke: plan })).ledger;
    assert.deepEqual(
      [project.eligible, project.stateGrant].map((k) => [k?.value, k?.cell]),
      [
        [46_622_000, "A6"],
        [34_966_500, "A7"],
      ],
    );
  });

  it("finds a state grant over 75 % of the whole plan at its total", () => {
    const moved: Record<string, (string | number)[]> = {
      "Valtionavustus (75 %)": ["Valtionavustus (75 %)", 38_940, 173_925, 136_810, 349_675],
      "Kuntaosuus (25 %)": ["Kuntaosuus (25 %)", 12_980, 57_975, 45_590, 116_545],
    };
    const plan = PLAN.map((row) => moved[String(row[0])] ?? row);
    const found = checkWorkbook(book({ Hanke: plan })).findings.filter((f) => f.code.startsWith("COFUND"));
    assert.deepEqual(
      found.map((f) => [f.code, f.cell]),
      [["COFUND_STATE_OVER_RATE", "E7"]],
    );
  });
});
