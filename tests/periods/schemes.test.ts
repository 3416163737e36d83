import assert from "node:assert/strict";
import { blocksOfWindow, dayFromYmd, isoOf, parseScheme, periodOf } from "../../src/periods";
import type { Interval } from "../../src/periods";

const d = dayFromYmd;
const show = (blocks: readonly Interval[]): string[] => blocks.map((b) => `${isoOf(b.start)}..${isoOf(b.end)}`);

describe("parseScheme", () => {
  it("reads Finnish, Swedish and English words for each scheme", () => {
    for (const word of ["kuukausi", "Kuukausittain", "månad", "month", "monthly"]) assert.equal(parseScheme(word), "month", word);
    for (const word of ["neljännes", "Vuosineljännes", "kvartaali", "kvartal", "quarter", "neljannes"])
      assert.equal(parseScheme(word), "quarter", word);
    for (const word of ["kolmannes", "tertiaali", "tertial", " Tertial "]) assert.equal(parseScheme(word), "tertial", word);
  });

  it("refuses other words", () => {
    assert.equal(parseScheme("viikko"), null);
    assert.equal(parseScheme(""), null);
    assert.equal(parseScheme("year"), null);
  });
});

describe("periodOf", () => {
  it("gives the month, quarter or tertial of a day with its label", () => {
    assert.deepEqual(periodOf(d(2014, 5, 20), "month"), { start: d(2014, 5, 1), end: d(2014, 5, 31), label: "2014-05" });
    assert.deepEqual(periodOf(d(2014, 5, 20), "quarter"), { start: d(2014, 4, 1), end: d(2014, 6, 30), label: "2014-Q2" });
    assert.deepEqual(periodOf(d(2014, 5, 20), "tertial"), { start: d(2014, 5, 1), end: d(2014, 8, 31), label: "2014-T2" });
  });

  it("labels quarters that are not calendar quarters by their months", () => {
    assert.deepEqual(periodOf(d(2014, 1, 20), "quarter", 2), { start: d(2013, 11, 1), end: d(2014, 1, 31), label: "2013-11..2014-01" });
    assert.equal(periodOf(d(2014, 1, 20), "quarter", 4).label, "2014-Q1");
  });
});

describe("blocksOfWindow", () => {
  it("clips the first quarter of a partner starting on 1.8.2013", () => {
    const blocks = blocksOfWindow({ start: d(2013, 8, 1), end: d(2014, 1, 15) }, "quarter");
    assert.deepEqual(show(blocks), ["2013-08-01..2013-09-30", "2013-10-01..2013-12-31", "2014-01-01..2014-01-15"]);
  });

  it("gives SONet BOTNIA's tertials from 12/2013 to 9/2015", () => {
    const blocks = blocksOfWindow({ start: d(2013, 12, 1), end: d(2015, 9, 30) }, "tertial");
    assert.deepEqual(show(blocks), [
      "2013-12-01..2013-12-31",
      "2014-01-01..2014-04-30",
      "2014-05-01..2014-08-31",
      "2014-09-01..2014-12-31",
      "2015-01-01..2015-04-30",
      "2015-05-01..2015-08-31",
      "2015-09-01..2015-09-30",
    ]);
  });

  it("gives one block per month, the last one clipped to the project end", () => {
    const blocks = blocksOfWindow({ start: d(2013, 4, 1), end: d(2015, 10, 31) }, "month");
    assert.equal(blocks.length, 31);
    assert.deepEqual(show(blocks.slice(-1)), ["2015-10-01..2015-10-31"]);
  });

  it("follows quarters that start in another month", () => {
    const blocks = blocksOfWindow({ start: d(2013, 8, 1), end: d(2014, 3, 31) }, "quarter", 9);
    assert.deepEqual(show(blocks), [
      "2013-08-01..2013-08-31",
      "2013-09-01..2013-11-30",
      "2013-12-01..2014-02-28",
      "2014-03-01..2014-03-31",
    ]);
  });

  it("gives one block for a window inside a single period", () => {
    assert.deepEqual(show(blocksOfWindow({ start: d(2014, 2, 3), end: d(2014, 2, 3) }, "quarter")), ["2014-02-03..2014-02-03"]);
  });

  it("gives no blocks for a window that ends before it starts", () => {
    assert.deepEqual(blocksOfWindow({ start: d(2014, 2, 3), end: d(2014, 2, 2) }, "month"), []);
  });

  it("does not change the window it is given", () => {
    const window = { start: d(2013, 8, 1), end: d(2014, 1, 15) };
    blocksOfWindow(window, "quarter");
    assert.deepEqual(window, { start: d(2013, 8, 1), end: d(2014, 1, 15) });
  });
});
