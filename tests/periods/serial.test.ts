import assert from "node:assert/strict";
import fc from "fast-check";
import { dayFromSerial, dayFromYmd, isoOf, serialOf } from "../../src/periods";

const iso = (serial: number, date1904: boolean): string | null => {
  const day = dayFromSerial(serial, date1904);
  return day === null ? null : isoOf(day);
};

describe("dayFromSerial in the 1900 date system", () => {
  it("reads serial 1 as 1.1.1900", () => {
    assert.equal(iso(1, false), "1900-01-01");
  });

  it("reads serial 59 as 28.2.1900", () => {
    assert.equal(iso(59, false), "1900-02-28");
  });

  it("refuses serial 60, Excel's fictitious 29.2.1900", () => {
    assert.equal(dayFromSerial(60, false), null);
    assert.equal(dayFromSerial(60.5, false), null);
  });

  it("reads serial 61 as 1.3.1900", () => {
    assert.equal(iso(61, false), "1900-03-01");
  });

  it("reads serial 25569 as 1.1.1970 and 42308 as 31.10.2015", () => {
    assert.equal(dayFromSerial(25569, false), 0);
    assert.equal(iso(42308, false), "2015-10-31");
  });

  it("drops the time of day", () => {
    assert.equal(iso(42308.999, false), "2015-10-31");
    assert.equal(iso(42308.5, false), "2015-10-31");
  });

  it("reads 2958465 as 31.12.9999 and refuses what Excel cannot show", () => {
    assert.equal(iso(2958465, false), "9999-12-31");
    assert.equal(dayFromSerial(2958466, false), null);
    assert.equal(dayFromSerial(0, false), null);
    assert.equal(dayFromSerial(0.5, false), null);
    assert.equal(dayFromSerial(-1, false), null);
    assert.equal(dayFromSerial(NaN, false), null);
    assert.equal(dayFromSerial(Infinity, false), null);
  });
});

describe("dayFromSerial in the 1904 date system", () => {
  it("reads serial 0 as 1.1.1904", () => {
    assert.equal(iso(0, true), "1904-01-01");
  });

  it("is 1462 days behind the 1900 system", () => {
    assert.equal(dayFromSerial(42308 - 1462, true), dayFromSerial(42308, false));
    assert.equal(iso(40846, true), "2015-10-31");
  });

  it("refuses negative serials and dates after 31.12.9999", () => {
    assert.equal(dayFromSerial(-1, true), null);
    assert.equal(dayFromSerial(-0.5, true), null);
    assert.equal(iso(2958465 - 1462, true), "9999-12-31");
    assert.equal(dayFromSerial(2958465 - 1462 + 1, true), null);
  });
});

describe("serialOf", () => {
  it("writes 31.10.2015 as 42308, or 40846 in the 1904 system", () => {
    assert.equal(serialOf(dayFromYmd(2015, 10, 31), false), 42308);
    assert.equal(serialOf(dayFromYmd(2015, 10, 31), true), 40846);
  });

  it("skips serial 60 around the fictitious leap day", () => {
    assert.equal(serialOf(dayFromYmd(1900, 2, 28), false), 59);
    assert.equal(serialOf(dayFromYmd(1900, 3, 1), false), 61);
    assert.equal(serialOf(dayFromYmd(1900, 1, 1), false), 1);
  });

  it("refuses days the date system cannot show", () => {
    assert.throws(() => serialOf(dayFromYmd(1899, 12, 31), false), RangeError);
    assert.throws(() => serialOf(dayFromYmd(1903, 12, 31), true), RangeError);
    assert.throws(() => serialOf(dayFromYmd(10000, 1, 1), false), RangeError);
  });

  for (const [system, date1904, first, last] of [
    ["1900", false, 1, 2958465],
    ["1904", true, 0, 2958465 - 1462],
  ] as const) {
    it(`round-trips every serial of the ${system} system (property)`, () => {
      fc.assert(
        fc.property(fc.integer({ min: first, max: last }), (serial) => {
          const day = dayFromSerial(serial, date1904);
          if (!date1904 && serial === 60) return assert.equal(day, null);
          assert.notEqual(day, null);
          assert.equal(serialOf(day as number, date1904), serial);
        }),
      );
    });

    it(`round-trips every day the ${system} system can show (property)`, () => {
      const firstDay = dayFromYmd(date1904 ? 1904 : 1900, 1, 1);
      fc.assert(
        fc.property(fc.integer({ min: firstDay, max: dayFromYmd(9999, 12, 31) }), (day) => {
          assert.equal(dayFromSerial(serialOf(day, date1904), date1904), day);
        }),
      );
    });
  }
});
