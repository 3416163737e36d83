import assert from "node:assert/strict";
import { dayFromYmd } from "../../src/periods";
import { importTime } from "../../src/sync/import/importPreview";
import { optionalCents, optionalDay, periodOfDates } from "../../taskpane/ui/period";

describe("what the pane's forms read", () => {
  it("a period from two dates in Finnish or ISO notation, never backwards", () => {
    assert.deepEqual(periodOfDates("1.1.2014", "2014-12-31"), { start: dayFromYmd(2014, 1, 1), end: dayFromYmd(2014, 12, 31) });
    assert.equal(periodOfDates("31.12.2014", "1.1.2014"), null);
    assert.equal(periodOfDates("", "1.1.2014"), null);
  });

  it("optional dates and amounts: blank is undefined, unreadable null", () => {
    assert.equal(optionalDay(" "), undefined);
    assert.equal(optionalDay("27.2.2015"), dayFromYmd(2015, 2, 27));
    assert.equal(optionalDay("eilen"), null);
    assert.equal(optionalCents(""), undefined);
    assert.equal(optionalCents("1 234,50 €"), 123_450);
    assert.equal(optionalCents("1,234"), null);
  });

  it("the import time as Tuotu records it", () => {
    assert.equal(importTime(new Date(2014, 2, 5, 14, 3)), "2014-03-05 14:03");
  });
});
