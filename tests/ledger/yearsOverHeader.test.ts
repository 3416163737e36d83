import assert from "node:assert/strict";
import { buildLedger } from "../../src/ledger/build";
import { book } from "../support/book";

describe("years on a row of their own above a wide table's headers", () => {
  it("reads the two rows as one header", () => {
    const { ledger, findings } = buildLedger(
      book({
        Talousarvio: [["LasSe"], [null, "v. 2014", "v. 2015"], ["Tilikohta"], ["Palkat", 100, 200]],
      }),
    );
    assert.deepEqual(
      ledger.budget.map((b) => [b.year, b.line, b.amount]),
      [
        [2014, "Palkat", 10_000],
        [2015, "Palkat", 20_000],
      ],
    );
    assert.equal(ledger.tables.budget[0].headerRow, 2);
    assert.deepEqual(findings, []);
  });

  it("leaves a title above a header row alone", () => {
    const { ledger } = buildLedger(book({ Budjetti: [["Budjetti 2014–2015"], ["Tilikohta", 2014, 2015], ["Palkat", 100, 200]] }));
    assert.equal(ledger.tables.budget[0].headerRow, 1);
    assert.equal(ledger.budget.length, 2);
  });
});
