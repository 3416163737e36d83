import assert from "node:assert/strict";
import fc from "fast-check";
import { allocate, parseWeight } from "../../src/money";

const EUR = 100;
const sum = (parts: readonly number[]): number => parts.reduce((a, b) => a + b, 0);

describe("allocate", () => {
  it("gives the leftover cent to the earlier of two equal parts, like dinero.js", () => {
    assert.deepEqual(allocate(1003, [50, 50]), [502, 501]);
  });

  it("splits 142 000 € exactly by the Lapland tiers (6 × 20 000 + 11 × 2 000)", () => {
    const weights = [...Array<number>(6).fill(20_000), ...Array<number>(11).fill(2_000)];
    const parts = allocate(142_000 * EUR, weights);
    assert.deepEqual(parts, [...Array<number>(6).fill(20_000 * EUR), ...Array<number>(11).fill(2_000 * EUR)]);
  });

  it("splits by percentage keys 31 / 26 / 13 / 30", () => {
    // exact shares 31 000.31, 26 000.26, 13 000.13, 30 000.30: the leftover cent goes to .31
    assert.deepEqual(allocate(100_001, [31, 26, 13, 30]), [31_001, 26_000, 13_000, 30_000]);
    assert.deepEqual(allocate(100_001, [0.31, 0.26, 0.13, 0.3]), [31_001, 26_000, 13_000, 30_000]);
  });

  it("gives the leftover cents to the largest remainders first", () => {
    // exact shares 0.6, 0.3, 0.1 of one cent → the first part gets it
    assert.deepEqual(allocate(1, [6, 3, 1]), [1, 0, 0]);
    // exact shares 14.2857…, 28.5714…, 57.1428… → remainders .29, .57, .14
    assert.deepEqual(allocate(100, [1, 2, 4]), [14, 29, 57]);
  });

  it("treats thirds typed as floats as equal weights", () => {
    assert.deepEqual(allocate(100, [1 / 3, 1 / 3, 1 / 3]), [34, 33, 33]);
  });

  it("ignores float noise in fractional weights", () => {
    // 0.1 + 0.2 is 0.30000000000000004, but weighs the same as 0.3: the tie goes to the earlier one
    assert.deepEqual(allocate(1, [0.3, 0.1 + 0.2]), [1, 0]);
  });

  it("never gives a cent to a zero weight", () => {
    assert.deepEqual(allocate(7, [0, 1, 0, 1]), [0, 4, 0, 3]);
  });

  it("splits a negative total like the positive one, negated", () => {
    assert.deepEqual(allocate(-1003, [50, 50]), [-502, -501]);
  });

  it("keeps zero parts as positive zero", () => {
    assert.ok(allocate(-1, [1, 1]).every((part, i) => (i === 0 ? part === -1 : Object.is(part, 0))));
  });

  it("refuses empty, all-zero, negative and non-finite weights with a RangeError", () => {
    assert.throws(() => allocate(100, []), RangeError);
    assert.throws(() => allocate(100, [0, 0]), /all weights are zero/);
    assert.throws(() => allocate(100, [1, -1]), /weight 2 is -1/);
    assert.throws(() => allocate(100, [1, NaN]), RangeError);
    assert.throws(() => allocate(100, [1, Infinity]), RangeError);
    assert.throws(() => allocate(0.5, [1]), RangeError);
  });

  it("does not change the weights it is given", () => {
    const weights = [3, 1, 2];
    allocate(100, weights);
    assert.deepEqual(weights, [3, 1, 2]);
  });

  describe("properties", () => {
    // A weight is n / 10^k, so the test knows its exact value.
    const weight = fc.record({ n: fc.integer({ min: 0, max: 1e9 }), k: fc.integer({ min: 0, max: 3 }) });
    const weights = fc.array(weight, { minLength: 1, maxLength: 30 }).filter((ws) => ws.some((w) => w.n > 0));
    const total = fc.integer({ min: -1e13, max: 1e13 });

    it("the parts add up to the total", () => {
      fc.assert(
        fc.property(total, weights, (t, ws) => {
          assert.equal(
            sum(
              allocate(
                t,
                ws.map((w) => w.n / 10 ** w.k),
              ),
            ),
            t,
          );
        }),
      );
    });

    it("every part is less than one cent from its exact share", () => {
      fc.assert(
        fc.property(total, weights, (t, ws) => {
          const parts = allocate(
            t,
            ws.map((w) => w.n / 10 ** w.k),
          );
          // scale every weight to n × 10^(3 − k) so they are integers
          const scaled = ws.map((w) => BigInt(w.n) * 10n ** BigInt(3 - w.k));
          const weightSum = scaled.reduce((a, b) => a + b, 0n);
          parts.forEach((part, i) => {
            // |part − t × w / W| < 1  ⇔  |part × W − t × w| < W
            const gap = BigInt(part) * weightSum - BigInt(t) * scaled[i];
            assert.ok((gap < 0n ? -gap : gap) < weightSum, `part ${i} is ${part}`);
          });
        }),
      );
    });
  });
});

describe("parseWeight", () => {
  it("reads a fraction of participation such as 1/5", () => {
    assert.equal(parseWeight("1/5"), 0.2);
    assert.equal(parseWeight("1 / 3"), 1 / 3);
  });

  it("reads percentages as fractions", () => {
    assert.equal(parseWeight("20 %"), 0.2);
    assert.equal(parseWeight("31 %"), 0.31);
    assert.equal(parseWeight("12,5%"), 0.125);
  });

  it("reads decimals with a comma or a point and populations with space groups", () => {
    assert.equal(parseWeight("0,2"), 0.2);
    assert.equal(parseWeight("0.2"), 0.2);
    assert.equal(parseWeight("60 211"), 60211);
    assert.equal(parseWeight("60\u00a0211"), 60211);
    assert.equal(parseWeight("1234"), 1234);
  });

  it("takes numbers as they are", () => {
    assert.equal(parseWeight(20_000), 20_000);
    assert.equal(parseWeight(0), 0);
  });

  it("refuses negative, non-finite, ambiguous and unreadable weights", () => {
    assert.equal(parseWeight(-1), null);
    assert.equal(parseWeight(NaN), null);
    assert.equal(parseWeight(Infinity), null);
    assert.equal(parseWeight("-20 %"), null);
    assert.equal(parseWeight("1/0"), null);
    assert.equal(parseWeight("1,234"), null);
    assert.equal(parseWeight("kolmannes"), null);
    assert.equal(parseWeight(""), null);
  });
});
