import assert from "node:assert/strict";
import { isoOf } from "../../src/periods";
import { parsePeriodText } from "../../src/periods/parsePeriod";

function period(text: string): string | null {
  const p = parsePeriodText(text);
  return p ? `${isoOf(p.start)}..${isoOf(p.end)}` : null;
}

describe("a period typed in one cell", () => {
  it("reads a month by number, with a two- or four-digit year, either way round", () => {
    for (const text of ["9/2013", "09/2013", "9/13", "9-2013", "2013-09", "2013/9", "9.2013", "09.2013"])
      assert.equal(period(text), "2013-09-01..2013-09-30", text);
  });

  it("reads a month by name or short name in Finnish, Swedish and English", () => {
    for (const text of ["syyskuu 2013", "Syyskuuta 2013", "syys 2013", "september 2013", "Sept. 2013", "sep 2013"])
      assert.equal(period(text), "2013-09-01..2013-09-30", text);
  });

  it("reads a range of months by number or by name", () => {
    assert.equal(period("1–4/2014"), "2014-01-01..2014-04-30");
    assert.equal(period("5-8/14"), "2014-05-01..2014-08-31");
    assert.equal(period("tammi–huhtikuu 2014"), "2014-01-01..2014-04-30");
    assert.equal(period("heinä-syyskuu 2014"), "2014-07-01..2014-09-30");
    assert.equal(period("jan - apr 2014"), "2014-01-01..2014-04-30");
  });

  it("reads quarters and tertials as KASTE.PERIOD labels them and as people write them", () => {
    for (const text of ["2014-Q3", "Q3/2014", "Q3 2014", "3. neljännes 2014", "3 kvartal 2014", "Q3/14", "Q3-14", "3. kvartaali 2014"])
      assert.equal(period(text), "2014-07-01..2014-09-30", text);
    for (const text of ["2014-T2", "T2/2014", "2. kolmannes 2014"]) assert.equal(period(text), "2014-05-01..2014-08-31", text);
  });

  it("reads a range of dates, the start borrowing the end's year", () => {
    assert.equal(period("1.9.2013–30.9.2013"), "2013-09-01..2013-09-30");
    assert.equal(period("1.9.-30.9.2013"), "2013-09-01..2013-09-30");
    assert.equal(period("1.9.2013 - 30.9.2013"), "2013-09-01..2013-09-30");
    assert.equal(period("2013-09-01..2013-09-30"), "2013-09-01..2013-09-30");
  });

  it("reads a run of periods across years, from the first one's first day to the last one's last day", () => {
    assert.equal(period("4/2013–10/2015"), "2013-04-01..2015-10-31");
    assert.equal(period("12/2013 - 9/2015"), "2013-12-01..2015-09-30");
    assert.equal(period("huhtikuu 2013 – lokakuu 2015"), "2013-04-01..2015-10-31");
    assert.equal(period("Q4/2013–Q3/2015"), "2013-10-01..2015-09-30");
    assert.equal(period("2013–2015"), "2013-01-01..2015-12-31");
    assert.equal(period("10/2015–4/2013"), null);
  });

  it("reads a run only from one period to one period, never a chain or a range at either end", () => {
    assert.equal(period("2014-01 - 2014-03"), "2014-01-01..2014-03-31");
    assert.equal(period("2014-01–2014-03"), "2014-01-01..2014-03-31");
    assert.equal(period("1-2014 - 3-2014"), "2014-01-01..2014-03-31");
    for (const text of [
      "1/2014-3/2014-6/2014",
      "1-3/2014 - 5/2014",
      "1/2014 - 3-5/2014",
      "1/2014–3/2014–6/2014",
      "tammi-maaliskuu 2014 - 5/2014",
      "2013-2014-2015",
      "1.1.2014-31.1.2014 - 3/2014",
    ])
      assert.equal(period(text), null, text);
  });

  it("refuses what is not one period", () => {
    for (const text of [
      "13/2013",
      "Q5 2014",
      "T4/2014",
      "4-1/2014",
      "30.9.2013–1.9.2013",
      "viikko 36",
      "syyskuu",
      "kuukausi 2014",
      "1/2",
      "13.2013",
      "9.13",
      "Q5/14",
    ])
      assert.equal(period(text), null, text);
  });
});

describe("periods as municipal workbooks type them", () => {
  it("reads a month name with a slash or a dash and a two-digit year (Excel's jan-14 as text)", () => {
    assert.deepEqual(["tammikuu/2014", "jan-14", "tammikuu-14", "Mars 2014"].map(period), [
      "2014-01-01..2014-01-31",
      "2014-01-01..2014-01-31",
      "2014-01-01..2014-01-31",
      "2014-03-01..2014-03-31",
    ]);
  });

  it("reads a two-digit year by Excel's rule, as a date's: 29 is 2029, 99 is 1999", () => {
    assert.deepEqual(["jan-29", "jan-99", "12/99"].map(period), [
      "2029-01-01..2029-01-31",
      "1999-01-01..1999-01-31",
      "1999-12-01..1999-12-31",
    ]);
  });

  it("reads a whole year, and day ranges that leave out the start's month or year", () => {
    assert.deepEqual(["2014", "v. 2014", "1.-31.1.2014", "1.1.-30.4.14"].map(period), [
      "2014-01-01..2014-12-31",
      "2014-01-01..2014-12-31",
      "2014-01-01..2014-01-31",
      "2014-01-01..2014-04-30",
    ]);
    assert.equal(period("1850"), null);
  });
});
