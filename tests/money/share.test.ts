import assert from "node:assert/strict";
import fc from "fast-check";
import { isStateOverRate, municipalShare, stateShare } from "../../src/money";

const EUR = 100;
const SEVENTY_FIVE = 750_000;

describe("stateShare and municipalShare", () => {
  it("splits the Lapland total 1 828 204 € into 1 371 153 € state and 457 051 € municipal", () => {
    assert.equal(stateShare(1_828_204 * EUR, SEVENTY_FIVE), 1_371_153 * EUR);
    assert.equal(municipalShare(1_828_204 * EUR, SEVENTY_FIVE), 457_051 * EUR);
  });

  it("splits a full year of 568 000 € into 426 000 € and 142 000 €", () => {
    assert.equal(stateShare(568_000 * EUR, SEVENTY_FIVE), 426_000 * EUR);
    assert.equal(municipalShare(568_000 * EUR, SEVENTY_FIVE), 142_000 * EUR);
  });

  it("rounds the state share down so it never exceeds the rate", () => {
    assert.equal(stateShare(101, SEVENTY_FIVE), 75); // 75.75 cents
    assert.equal(municipalShare(101, SEVENTY_FIVE), 26);
  });

  it("stays exact for totals where eligible × rate passes 2^53", () => {
    assert.equal(stateShare(9_000_000_000_000_00, SEVENTY_FIVE), 6_750_000_000_000_00);
  });

  it("always adds up to the eligible total, with the state at most the rate (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), fc.integer({ min: 0, max: 1_000_000 }), (eligible, rate) => {
        const state = stateShare(eligible, rate);
        assert.equal(state + municipalShare(eligible, rate), eligible);
        // state ≤ eligible × rate < state + 1 cent, checked exactly
        const exact = BigInt(eligible) * BigInt(rate);
        assert.ok(BigInt(state) * 1_000_000n <= exact);
        assert.ok((BigInt(state) + 1n) * 1_000_000n > exact);
      }),
    );
  });
});

describe("isStateOverRate", () => {
  const eligible = 1_828_204 * EUR;

  it("passes a state share 1 € under 75 % (the real Lapland plan)", () => {
    assert.equal(isStateOverRate(1_371_152 * EUR, eligible, SEVENTY_FIVE), false);
  });

  it("passes a state share of exactly 75 %", () => {
    assert.equal(isStateOverRate(1_371_153 * EUR, eligible, SEVENTY_FIVE), false);
  });

  it("fails a state share 1 € over 75 %", () => {
    assert.equal(isStateOverRate(1_371_154 * EUR, eligible, SEVENTY_FIVE), true);
  });

  it("fails a state share one cent over the rounded-down maximum", () => {
    assert.equal(isStateOverRate(76, 101, SEVENTY_FIVE), true);
    assert.equal(isStateOverRate(75, 101, SEVENTY_FIVE), false);
  });
});
