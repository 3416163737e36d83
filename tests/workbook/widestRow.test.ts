import assert from "node:assert/strict";
import { widestRow } from "../../src/workbook/cells";

describe("widestRow", () => {
  it("is the longest row's length, 0 for no rows or empty ones", () => {
    assert.equal(widestRow([]), 0);
    assert.equal(widestRow([[], []]), 0);
    assert.equal(widestRow([[1], [1, 2, 3], [1, 2]]), 3);
  });

  it("takes a ledger of a million rows, where a spread into Math.max overflows the stack", () => {
    const rows = Array.from({ length: 1_000_000 }, (_, i) => (i === 765_432 ? [1, 2, 3, 4, 5, 6, 7] : [1, 2]));
    assert.throws(() => Math.max(...rows.map((row) => row.length)), RangeError);
    assert.equal(widestRow(rows), 7);
  });
});
