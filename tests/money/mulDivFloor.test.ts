import assert from "node:assert/strict";
import fc from "fast-check";
import { mulDivFloor } from "../../src/money";

describe("mulDivFloor", () => {
  it("computes 75 % of the Lapland total exactly", () => {
    assert.equal(mulDivFloor(182820400, 750_000, 1_000_000), 137115300);
  });

  it("floors toward minus infinity", () => {
    assert.equal(mulDivFloor(7, 1, 2), 3);
    assert.equal(mulDivFloor(-7, 1, 2), -4);
    assert.equal(mulDivFloor(7, 1, -2), -4);
    assert.equal(mulDivFloor(-7, 1, -2), 3);
  });

  it("stays exact when the product is beyond 2^53", () => {
    // 9e15 × 750 000 is far past 2^53; doubles would lose the last digits.
    assert.equal(mulDivFloor(9_000_000_000_000_001, 750_000, 1_000_000), 6_750_000_000_000_000);
    assert.equal(mulDivFloor(Number.MAX_SAFE_INTEGER, 3, 3), Number.MAX_SAFE_INTEGER);
  });

  it("refuses a zero denominator and non-integers", () => {
    assert.throws(() => mulDivFloor(1, 1, 0), RangeError);
    assert.throws(() => mulDivFloor(1.5, 1, 2), RangeError);
    assert.throws(() => mulDivFloor(2 ** 53, 1, 2), RangeError);
  });

  it("equals the BigInt floor for all safe integers (property)", () => {
    const safe = fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
    const small = fc.integer({ min: -2_000_000, max: 2_000_000 });
    fc.assert(
      fc.property(
        safe,
        small,
        small.filter((d) => d !== 0),
        (a, num, den) => {
          const product = BigInt(a) * BigInt(num);
          const d = BigInt(den);
          let q = product / d;
          if (product % d !== 0n && product % d < 0n !== d < 0n) q -= 1n;
          assert.equal(mulDivFloor(a, num, den), Number(q));
        },
      ),
    );
  });
});
