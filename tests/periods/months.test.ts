import assert from "node:assert/strict";
import { addMonths, dayFromYmd, eachMonthOfInterval, endOfMonth, isoOf, monthLabel, startOfMonth } from "../../src/periods";

const d = dayFromYmd;

describe("months", () => {
  it("startOfMonth and endOfMonth find the month's first and last day", () => {
    assert.equal(startOfMonth(d(2014, 3, 17)), d(2014, 3, 1));
    assert.equal(endOfMonth(d(2014, 3, 17)), d(2014, 3, 31));
    assert.equal(endOfMonth(d(2014, 12, 5)), d(2014, 12, 31));
  });

  it("endOfMonth knows February in leap years", () => {
    assert.equal(endOfMonth(d(2016, 2, 1)), d(2016, 2, 29));
    assert.equal(endOfMonth(d(2015, 2, 1)), d(2015, 2, 28));
  });

  it("addMonths keeps the day of the month and clamps to a shorter month's end", () => {
    assert.equal(addMonths(d(2014, 1, 31), 1), d(2014, 2, 28));
    assert.equal(addMonths(d(2016, 1, 31), 1), d(2016, 2, 29));
    assert.equal(addMonths(d(2013, 8, 15), 5), d(2014, 1, 15));
    assert.equal(addMonths(d(2014, 3, 31), -1), d(2014, 2, 28));
    assert.equal(addMonths(d(2013, 8, 1), -12), d(2012, 8, 1));
  });

  it("monthLabel writes a sortable year and month", () => {
    assert.equal(monthLabel(d(2014, 3, 17)), "2014-03");
    assert.equal(monthLabel(d(2015, 10, 31)), "2015-10");
  });

  it("eachMonthOfInterval lists the first days of every month touched", () => {
    assert.deepEqual(eachMonthOfInterval(d(2013, 11, 15), d(2014, 1, 2)).map(isoOf), ["2013-11-01", "2013-12-01", "2014-01-01"]);
    assert.deepEqual(eachMonthOfInterval(d(2014, 3, 5), d(2014, 3, 5)).map(isoOf), ["2014-03-01"]);
  });

  it("eachMonthOfInterval covers the LasSe project's 31 months", () => {
    assert.equal(eachMonthOfInterval(d(2013, 4, 1), d(2015, 10, 31)).length, 31);
  });

  it("eachMonthOfInterval is empty when the interval ends before it starts", () => {
    assert.deepEqual(eachMonthOfInterval(d(2014, 3, 5), d(2014, 3, 4)), []);
  });
});
