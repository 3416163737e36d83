import assert from "node:assert/strict";
import { buildLedger } from "../../src/ledger/build";
import { book } from "../support/book";

describe("a budget with its financing under the cost lines", () => {
  it("reads the cost lines only, and the financing rows as the plan's", () => {
    const { ledger } = buildLedger(
      book({
        Talousarvio: [
          ["Kustannusarvio ja rahoitussuunnitelma"],
          ["Menolaji", 2014, 2015, "Yhteensä"],
          ["Palkat", 80_000, 60_000, 140_000],
          ["Vuokrat", 4_000, 3_000, 7_000],
          ["Menot yhteensä", 84_000, 63_000, 147_000],
          ["Tulot", 0, 0, 0],
          ["Nettomenot", 84_000, 63_000, 147_000],
          [],
          ["Rahoitus"],
          ["Valtionavustus 75 %", 63_000, 47_250, 110_250],
          ["Kuntien rahoitusosuus 25 %", 21_000, 15_750, 36_750],
          ["Rahoitus yhteensä", 84_000, 63_000, 147_000],
        ],
      }),
    );
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
      [ledger.project.stateGrant, ledger.project.municipalShare].map((k) => [k?.value, k?.cell]),
      [
        [11_025_000, "D10"],
        [3_675_000, "D11"],
      ],
    );
  });

  it("leaves a state grant row and the eligible total out of a budget of one row a line, not a line of other eligible costs", () => {
    const { ledger } = buildLedger(
      book({
        Budjetti: [
          ["Vuosi", "Tilikohta", "Summa"],
          [2014, "Palkat", 80_000],
          [2014, "Valtionavustus", 60_000],
          [2014, "Kuntaosuus", 20_000],
          [2014, "Hyväksyttävät kustannukset", 80_000],
          [2014, "Muut hyväksyttävät kustannukset", 5_000],
          [2014, "Kokonaiskustannukset", 85_000],
          [2014, "Henkilöstön kokonaiskustannukset", 1_000],
        ],
      }),
    );
    assert.deepEqual(
      ledger.budget.map((b) => [b.year, b.line, b.amount]),
      [
        [2014, "Palkat", 8_000_000],
        [2014, "Muut hyväksyttävät kustannukset", 500_000],
        [2014, "Henkilöstön kokonaiskustannukset", 100_000],
      ],
    );
  });
});
