import assert from "node:assert/strict";
import { dayFromYmd, parseDate } from "../../src/periods";
import { dateOrderOf } from "../../src/periods/dateOrder";

describe("periods: the order of a column's slashed dates", () => {
  it("one day over 12 settles it, in either place, with slashes or hyphens", () => {
    assert.equal(dateOrderOf(["09/02/2013", "13/02/2013"]).order, "dayFirst");
    assert.equal(dateOrderOf(["9/2/2013", "10/31/2013", null, 41640]).order, "monthFirst");
    assert.equal(dateOrderOf(["2-9-13", "2-28-13"]).order, "monthFirst");
  });

  it("undecided when every value reads both ways; none for dots, ISO, same-both-ways days or no dates; mixed when both are proved", () => {
    assert.deepEqual(dateOrderOf(["09/02/2013", "01/03/2013"]), { order: "undecided", sample: "09/02/2013" });
    assert.deepEqual(dateOrderOf(["9.2.2013", "2013-02-09", "01/01/2014", "text", ""]), { order: "none" });
    assert.deepEqual(dateOrderOf(["13/02/2013", "02/13/2013"]).order, "mixed");
  });

  it("parseDate reads month first when told, never with dots or ISO", () => {
    assert.equal(parseDate("10/31/2015", true), dayFromYmd(2015, 10, 31));
    assert.equal(parseDate("2/9/2013 12:00", true), dayFromYmd(2013, 2, 9));
    assert.equal(parseDate("9.2.2013", true), dayFromYmd(2013, 2, 9));
    assert.equal(parseDate("2013-02-09", true), dayFromYmd(2013, 2, 9));
    assert.equal(parseDate("31/10/2015", true), null);
    assert.equal(parseDate("10/31/2015"), null);
  });
});
