import assert from "node:assert/strict";
import fc from "fast-check";
import { fromEuros, toEuros } from "../../src/money";

describe("fromEuros", () => {
  it("reads the Lapland plan's half-euro amount exactly", () => {
    assert.equal(fromEuros(1371152.5), 137115250);
  });

  it("rounds a half cent typed as 1.005 up, although the double is 1.00499999…", () => {
    assert.equal(fromEuros(1.005), 101);
    assert.equal(fromEuros(2.675), 268);
  });

  it("rounds a negative half cent away from zero", () => {
    assert.equal(fromEuros(-1.005), -101);
    assert.equal(fromEuros(-2.345), -235);
  });

  it("ignores float noise from arithmetic in the cell", () => {
    assert.equal(fromEuros(0.1 + 0.2), 30);
    assert.equal(fromEuros(1.0049999999999999), 101);
    assert.equal(fromEuros(0.335 * 3), 101);
  });

  it("keeps an amount that is really under a half cent below it", () => {
    assert.equal(fromEuros(1.00499), 100);
    assert.equal(fromEuros(0.004), 0);
  });

  it("never returns negative zero", () => {
    assert.ok(Object.is(fromEuros(-0.001), 0));
    assert.ok(Object.is(fromEuros(-0), 0));
  });

  it("refuses values that are not finite or too large for whole cents", () => {
    assert.equal(fromEuros(NaN), null);
    assert.equal(fromEuros(Infinity), null);
    assert.equal(fromEuros(-Infinity), null);
    assert.equal(fromEuros(1e14), null);
    assert.equal(fromEuros(-(2 ** 53) / 100), null);
  });

  it("gives back the cents of every two-decimal amount (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (cents) => {
        assert.equal(fromEuros(toEuros(cents)), cents);
      }),
    );
  });

  it("rounds every three-decimal amount half away from zero (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (mills) => {
        const magnitude = Math.abs(mills);
        const expected = Math.floor(magnitude / 10) + (magnitude % 10 >= 5 ? 1 : 0);
        assert.equal(fromEuros(mills / 1000), mills < 0 && expected !== 0 ? -expected : expected);
      }),
    );
  });
});

describe("toEuros", () => {
  it("turns cents into euros for a cell", () => {
    assert.equal(toEuros(137115250), 1371152.5);
    assert.equal(toEuros(-1), -0.01);
  });
});
