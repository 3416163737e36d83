import assert from "node:assert/strict";
import fc from "fast-check";
import {
  dayFromYmd,
  endOfQuarter,
  endOfTertial,
  isoOf,
  quarterLabel,
  startOfQuarter,
  startOfTertial,
  tertialLabel,
  ymdOf,
} from "../../src/periods";

const d = dayFromYmd;

describe("quarters", () => {
  it("are calendar quarters by default", () => {
    assert.equal(isoOf(startOfQuarter(d(2014, 5, 20))), "2014-04-01");
    assert.equal(isoOf(endOfQuarter(d(2014, 5, 20))), "2014-06-30");
    assert.equal(isoOf(startOfQuarter(d(2014, 12, 31))), "2014-10-01");
    assert.equal(isoOf(endOfQuarter(d(2014, 1, 1))), "2014-03-31");
  });

  it("can start in another month, reaching back into the previous year", () => {
    assert.equal(isoOf(startOfQuarter(d(2014, 1, 20), 2)), "2013-11-01");
    assert.equal(isoOf(endOfQuarter(d(2014, 1, 20), 2)), "2014-01-31");
    assert.equal(isoOf(startOfQuarter(d(2013, 8, 1), 8)), "2013-08-01");
    assert.equal(isoOf(endOfQuarter(d(2013, 8, 1), 8)), "2013-10-31");
  });

  it("are the same for first months 1, 4, 7 and 10", () => {
    for (const firstMonth of [4, 7, 10]) assert.equal(startOfQuarter(d(2014, 5, 20), firstMonth), d(2014, 4, 1));
  });

  it("refuse a first month outside 1–12", () => {
    assert.throws(() => startOfQuarter(d(2014, 1, 1), 0), RangeError);
    assert.throws(() => endOfQuarter(d(2014, 1, 1), 13), RangeError);
    assert.throws(() => startOfQuarter(d(2014, 1, 1), 1.5), RangeError);
  });

  it("quarterLabel names calendar quarters", () => {
    assert.equal(quarterLabel(d(2014, 3, 31)), "2014-Q1");
    assert.equal(quarterLabel(d(2014, 4, 1)), "2014-Q2");
    assert.equal(quarterLabel(d(2014, 10, 1)), "2014-Q4");
  });

  it("contain their day and last three months (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: d(1900, 1, 1), max: d(2200, 12, 31) }), fc.integer({ min: 1, max: 12 }), (day, firstMonth) => {
        const start = startOfQuarter(day, firstMonth);
        const end = endOfQuarter(day, firstMonth);
        assert.ok(start <= day && day <= end);
        assert.equal(ymdOf(start).day, 1);
        assert.equal(end + 1, d(ymdOf(start).year, ymdOf(start).month + 3, 1));
        assert.equal((ymdOf(start).month - firstMonth + 12) % 3, 0);
      }),
    );
  });
});

describe("tertials", () => {
  it("run over months 1–4, 5–8 and 9–12", () => {
    assert.equal(isoOf(startOfTertial(d(2014, 4, 30))), "2014-01-01");
    assert.equal(isoOf(endOfTertial(d(2014, 1, 1))), "2014-04-30");
    assert.equal(isoOf(startOfTertial(d(2014, 6, 15))), "2014-05-01");
    assert.equal(isoOf(endOfTertial(d(2014, 6, 15))), "2014-08-31");
    assert.equal(isoOf(startOfTertial(d(2014, 12, 31))), "2014-09-01");
    assert.equal(isoOf(endOfTertial(d(2014, 9, 1))), "2014-12-31");
  });

  it("tertialLabel names them T1, T2 and T3", () => {
    assert.equal(tertialLabel(d(2014, 4, 30)), "2014-T1");
    assert.equal(tertialLabel(d(2014, 5, 1)), "2014-T2");
    assert.equal(tertialLabel(d(2014, 9, 1)), "2014-T3");
  });
});
