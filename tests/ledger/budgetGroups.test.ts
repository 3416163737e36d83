import assert from "node:assert/strict";
import { buildLedger } from "../../src/ledger/build";
import { book } from "../support/book";

describe("a wide budget whose partner is typed once over its cost lines", () => {
  it("gives the lines below the partner's row that partner, until a blank or total row", () => {
    const { ledger } = buildLedger(
      book({
        Budjetti: [
          ["Kumppani", "Tilikohta", 2014, 2015],
          ["Pikassos", "Palkat", 100, 100],
          [null, "Vuokrat", 10, 10],
          ["Pikassos yhteensä", null, 110, 110],
          ["Verso", "Palkat", 50, 50],
          [null, "Vuokrat", 5, 5],
          [],
          [null, "Matkat", 7, 7],
        ],
      }),
    );
    assert.deepEqual(
      ledger.budget.filter((b) => b.year === 2014).map((b) => [b.partner, b.line]),
      [
        ["Pikassos", "Palkat"],
        ["Pikassos", "Vuokrat"],
        ["Verso", "Palkat"],
        ["Verso", "Vuokrat"],
        ["", "Matkat"],
      ],
    );
  });
});

describe("a long budget's blank partner", () => {
  it("is the common share, even right under a partner's row", () => {
    const { ledger } = buildLedger(
      book({
        Budjetti: [
          ["Vuosi", "Kumppani", "Tilikohta", "Summa"],
          [2014, "Verso", "Palkat", 100],
          [2014, null, "Palkat", 60],
        ],
      }),
    );
    assert.deepEqual(
      ledger.budget.map((b) => b.partner),
      ["Verso", ""],
    );
  });
});
