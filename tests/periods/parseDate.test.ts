import assert from "node:assert/strict";
import fc from "fast-check";
import { dayFromYmd, fiDateOf, isoOf, parseDate } from "../../src/periods";

const iso = (text: string): string | null => {
  const day = parseDate(text);
  return day === null ? null : isoOf(day);
};

describe("parseDate", () => {
  it("reads Finnish dates with and without leading zeros", () => {
    assert.equal(iso("31.10.2015"), "2015-10-31");
    assert.equal(iso("1.1.2014"), "2014-01-01");
    assert.equal(iso("01.04.2013"), "2013-04-01");
  });

  it("reads two-digit years by Excel's rule: 00–29 are 2000–2029, 30–99 are 1930–1999", () => {
    assert.equal(iso("31.10.15"), "2015-10-31");
    assert.equal(iso("1.1.08"), "2008-01-01");
    assert.equal(iso("1.1.00"), "2000-01-01");
    assert.equal(iso("31.12.29"), "2029-12-31");
    assert.equal(iso("1.1.30"), "1930-01-01");
    assert.equal(iso("1.1.99"), "1999-01-01");
    assert.equal(iso("31/12/99"), "1999-12-31");
  });

  it("reads ISO dates, with or without a time", () => {
    assert.equal(iso("2015-10-31"), "2015-10-31");
    assert.equal(iso("2015-10-31T00:00:00"), "2015-10-31");
    assert.equal(iso("2015-10-31T23:59:59.999Z"), "2015-10-31");
    assert.equal(iso("2015-10-31T12:00:00+02:00"), "2015-10-31");
    assert.equal(iso("2015-10-31 12:00"), "2015-10-31");
  });

  it("reads an accounting export's compact yyyymmdd, and no other eight digits", () => {
    assert.deepEqual(["20151031", " 20140101 ", "19991231"].map(iso), ["2015-10-31", "2014-01-01", "1999-12-31"]);
    for (const text of ["20151331", "20150230", "12345678", "21001231", "2015103", "201510311", "2015 10 31"])
      assert.equal(parseDate(text), null, text);
  });

  it("reads day-first slash dates", () => {
    assert.equal(iso("31/10/2015"), "2015-10-31");
  });

  it("reads a trailing time such as 'klo 12.00'", () => {
    assert.equal(iso("31.10.2015 klo 12.00"), "2015-10-31");
    assert.equal(iso("31.10.2015 kl. 12.00"), "2015-10-31");
    assert.equal(iso("31.10.2015 12:00:00"), "2015-10-31");
    assert.equal(iso("31.10.2015 9.05"), "2015-10-31");
  });

  it("reads a date with a remark in brackets after it, and nothing else after it", () => {
    assert.equal(iso("30.11.2015 (sähköposti)"), "2015-11-30");
    assert.equal(iso("1/3/2014 (AVI:n portaali)"), "2014-03-01");
    for (const text of ["1.3.2014 x", "1.3.2014(x)", "1.3.2014 (x) (y)", "1.3.2014.", "1.3.2014..", "31.2.2015 (x)", "2014-03-01 (x)"])
      assert.equal(iso(text), null, text);
  });

  it("ignores surrounding spaces, including no-break spaces", () => {
    assert.equal(iso("  31.10.2015 \u00a0"), "2015-10-31");
  });

  it("accepts 29.2. in leap years only", () => {
    assert.equal(iso("29.2.2016"), "2016-02-29");
    assert.equal(iso("29.2.2000"), "2000-02-29");
    assert.equal(parseDate("29.2.2015"), null);
    assert.equal(parseDate("29.2.2100"), null);
  });

  it("refuses dates that do not exist", () => {
    assert.equal(parseDate("31.2.2015"), null);
    assert.equal(parseDate("31.4.2015"), null);
    assert.equal(parseDate("0.1.2015"), null);
    assert.equal(parseDate("1.13.2015"), null);
    assert.equal(parseDate("2015-02-30"), null);
  });

  it("refuses month-first US dates it can tell apart, and AM/PM times", () => {
    assert.equal(parseDate("10/31/2015"), null);
    assert.equal(parseDate("1/2/2015 12:00:00 AM"), null);
  });

  it("refuses text that is not one date", () => {
    for (const text of [
      "",
      "  ",
      "31.10.",
      "31.10",
      "31.10.2015.",
      "31-10.2015",
      "2015",
      "1.1.201",
      "123.1.2015",
      "1.3.2014–31.3.2014",
      "31.10.2015 abc",
      "31.10.2015 25.00",
      "31.10.2015klo 12",
      "huomenna",
    ]) {
      assert.equal(parseDate(text), null, text);
    }
  });

  it("reads back every Finnish and ISO date it writes (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromYmd(1000, 1, 1), max: dayFromYmd(9999, 12, 31) }), (day) => {
        assert.equal(parseDate(fiDateOf(day)), day);
        assert.equal(parseDate(isoOf(day)), day);
      }),
    );
  });
});

describe("dates as municipal workbooks type them", () => {
  it("reads spaces after the dots, but not after slashes", () => {
    assert.deepEqual(["28. 2. 2014", "1. 2. 14"].map(iso), ["2014-02-28", "2014-02-01"]);
    assert.deepEqual(["1/ 2/ 2014", "1. 2 2014"].map(iso), [null, null]);
  });
});
