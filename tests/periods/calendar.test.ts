import assert from "node:assert/strict";
import fc from "fast-check";
import { dayFromYmd, daysInMonth, fiDateOf, isoOf, isValidYmd, ymdOf } from "../../src/periods";

const MS_PER_DAY = 86_400_000;

describe("dayFromYmd and ymdOf", () => {
  it("count days from 1970-01-01", () => {
    assert.equal(dayFromYmd(1970, 1, 1), 0);
    assert.equal(dayFromYmd(1969, 12, 31), -1);
    assert.equal(dayFromYmd(2015, 10, 31), 16739);
    assert.deepEqual(ymdOf(16739), { year: 2015, month: 10, day: 31 });
  });

  it("know the leap days of 2016 and 2000 but not of 1900 and 2100", () => {
    assert.equal(dayFromYmd(2016, 3, 1) - dayFromYmd(2016, 2, 28), 2);
    assert.equal(dayFromYmd(2000, 3, 1) - dayFromYmd(2000, 2, 28), 2);
    assert.equal(dayFromYmd(1900, 3, 1) - dayFromYmd(1900, 2, 28), 1);
    assert.equal(dayFromYmd(2100, 3, 1) - dayFromYmd(2100, 2, 28), 1);
    assert.deepEqual(ymdOf(dayFromYmd(2016, 2, 29)), { year: 2016, month: 2, day: 29 });
  });

  it("roll a month outside 1–12 into the neighbouring year", () => {
    assert.equal(dayFromYmd(2014, 13, 1), dayFromYmd(2015, 1, 1));
    assert.equal(dayFromYmd(2014, 0, 1), dayFromYmd(2013, 12, 1));
  });

  it("agree with the JavaScript Date in UTC (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 2_950_000 }), (day) => {
        const date = new Date(day * MS_PER_DAY);
        const ymd = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
        assert.deepEqual(ymdOf(day), ymd);
        assert.equal(dayFromYmd(ymd.year, ymd.month, ymd.day), day);
      }),
    );
  });
});

describe("daysInMonth and isValidYmd", () => {
  it("give February 29 days in leap years only", () => {
    assert.equal(daysInMonth(2016, 2), 29);
    assert.equal(daysInMonth(2015, 2), 28);
    assert.equal(daysInMonth(1900, 2), 28);
    assert.equal(daysInMonth(2000, 2), 29);
  });

  it("refuse dates that do not exist", () => {
    assert.equal(isValidYmd(2015, 2, 29), false);
    assert.equal(isValidYmd(2015, 4, 31), false);
    assert.equal(isValidYmd(2015, 13, 1), false);
    assert.equal(isValidYmd(2015, 0, 1), false);
    assert.equal(isValidYmd(2015, 1, 0), false);
    assert.equal(isValidYmd(2015, 1, 1.5), false);
    assert.equal(isValidYmd(2016, 2, 29), true);
  });
});

describe("isoOf and fiDateOf", () => {
  it("write ISO dates with leading zeros", () => {
    assert.equal(isoOf(dayFromYmd(2015, 10, 31)), "2015-10-31");
    assert.equal(isoOf(dayFromYmd(2014, 1, 1)), "2014-01-01");
  });

  it("write Finnish dates without leading zeros", () => {
    assert.equal(fiDateOf(dayFromYmd(2015, 10, 31)), "31.10.2015");
    assert.equal(fiDateOf(dayFromYmd(2014, 1, 1)), "1.1.2014");
  });
});
