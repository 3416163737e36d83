import assert from "node:assert/strict";
import fc from "fast-check";
import { clipInterval, containsInterval, dayFromYmd, daysInInterval, elapsedShare, overlaps } from "../../src/periods";
import type { Interval } from "../../src/periods";

const d = dayFromYmd;
const lasse: Interval = { start: d(2013, 4, 1), end: d(2015, 10, 31) };

describe("intervals", () => {
  it("clipInterval keeps the part inside the window", () => {
    assert.deepEqual(clipInterval({ start: d(2013, 1, 1), end: d(2013, 12, 31) }, lasse), { start: d(2013, 4, 1), end: d(2013, 12, 31) });
    assert.deepEqual(clipInterval(lasse, lasse), lasse);
  });

  it("clipInterval gives null when nothing is inside", () => {
    assert.equal(clipInterval({ start: d(2015, 11, 1), end: d(2015, 12, 31) }, lasse), null);
  });

  it("overlaps counts a shared end day as overlap", () => {
    assert.equal(overlaps({ start: d(2015, 10, 31), end: d(2015, 12, 31) }, lasse), true);
    assert.equal(overlaps({ start: d(2015, 11, 1), end: d(2015, 12, 31) }, lasse), false);
    assert.equal(overlaps({ start: d(2013, 1, 1), end: d(2013, 3, 31) }, lasse), false);
  });

  it("containsInterval holds for a salary inside the project and not for one starting before it", () => {
    assert.equal(containsInterval(lasse, { start: d(2013, 8, 1), end: d(2015, 10, 31) }), true);
    assert.equal(containsInterval(lasse, { start: d(2013, 3, 31), end: d(2013, 4, 30) }), false);
  });

  it("daysInInterval counts both ends, and 366 days in a leap year", () => {
    assert.equal(daysInInterval({ start: d(2014, 1, 1), end: d(2014, 12, 31) }), 365);
    assert.equal(daysInInterval({ start: d(2016, 1, 1), end: d(2016, 12, 31) }), 366);
    assert.equal(daysInInterval({ start: d(2014, 1, 1), end: d(2014, 1, 1) }), 1);
    assert.equal(daysInInterval({ start: d(2014, 1, 2), end: d(2014, 1, 1) }), 0);
  });

  it("clipping agrees with overlaps and lies inside both (property)", () => {
    const interval = fc
      .tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 400 }))
      .map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(interval, interval, (a, b) => {
        const clipped = clipInterval(a, b);
        assert.equal(clipped !== null, overlaps(a, b));
        if (clipped) assert.ok(containsInterval(a, clipped) && containsInterval(b, clipped));
      }),
    );
  });
});

describe("elapsedShare", () => {
  const january: Interval = { start: d(2014, 1, 1), end: d(2014, 1, 10) };

  it("is 0 before the start", () => {
    assert.equal(elapsedShare(january, d(2013, 12, 31)), 0);
  });

  it("counts the first day as passed on the first day", () => {
    assert.equal(elapsedShare(january, d(2014, 1, 1)), 0.1);
  });

  it("is 1 on the last day and after it", () => {
    assert.equal(elapsedShare(january, d(2014, 1, 10)), 1);
    assert.equal(elapsedShare(january, d(2015, 1, 1)), 1);
  });

  it("counts 2 July as 183 of 365 days passed in 2014", () => {
    const year: Interval = { start: d(2014, 1, 1), end: d(2014, 12, 31) };
    assert.equal(elapsedShare(year, d(2014, 7, 2)), 183 / 365);
  });

  it("never leaves 0–1 and never decreases (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: d(2012, 1, 1), max: d(2017, 1, 1) }), fc.integer({ min: 0, max: 30 }), (asOf, later) => {
        const share = elapsedShare(lasse, asOf);
        assert.ok(share >= 0 && share <= 1);
        assert.ok(elapsedShare(lasse, asOf + later) >= share);
      }),
    );
  });
});
