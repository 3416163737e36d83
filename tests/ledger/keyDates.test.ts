import assert from "node:assert/strict";
import { KeyDateOrder } from "../../src/ledger/keyDates";
import { dayFromYmd } from "../../src/periods";

const keys = (...raws: string[]) => raws.map((raw, i) => ({ raw, label: `Avain ${i + 1}` }));

describe("the key blocks' text dates", () => {
  it("an ambiguous date follows another key's date that settles the order, and says which", () => {
    const order = new KeyDateOrder(keys("4/1/2013", "10/31/2015"), []);
    const read = order.read("4/1/2013", "Alkaa", false);
    assert.equal(read.coerced.value, dayFromYmd(2013, 4, 1));
    assert.deepEqual(read.assumed, { field: "Alkaa", order: "monthFirst", sample: "4/1/2013", why: "otherColumn", other: "Avain 2" });
    // the settling date itself needs no note
    assert.deepEqual(order.read("10/31/2015", "Päättyy", false), { coerced: { value: dayFromYmd(2015, 10, 31) } });
  });

  it("without a settling key it follows the tables' proved order, else reads day first by default", () => {
    const tables = new KeyDateOrder(keys("4/1/2013"), [{ order: "monthFirst", header: "Päivämäärä" }]);
    assert.equal(tables.read("4/1/2013", "Alkaa", false).coerced.value, dayFromYmd(2013, 4, 1));
    assert.equal(tables.read("4/1/2013", "Alkaa", false).assumed?.why, "otherColumn");
    const disagreeing = new KeyDateOrder(keys("4/1/2013"), [
      { order: "monthFirst", header: "Pvm" },
      { order: "dayFirst", header: "Alkaa" },
    ]);
    const read = disagreeing.read("4/1/2013", "Alkaa", false);
    assert.equal(read.coerced.value, dayFromYmd(2013, 1, 4));
    assert.equal(read.assumed?.why, "default");
  });

  it("a date that reads one way only, a dotted or ISO date and a serial are read as they are, with no note", () => {
    const order = new KeyDateOrder(keys("31/10/2015"), [{ order: "monthFirst", header: "Pvm" }]);
    assert.deepEqual(order.read("10/31/2015", "Päättyy", false), { coerced: { value: dayFromYmd(2015, 10, 31) } });
    assert.deepEqual(order.read("31/10/2015", "Päättyy", false), { coerced: { value: dayFromYmd(2015, 10, 31) } });
    assert.deepEqual(order.read("1.4.2013", "Alkaa", false), { coerced: { value: dayFromYmd(2013, 4, 1) } });
    assert.deepEqual(order.read("2013-04-01", "Alkaa", false), { coerced: { value: dayFromYmd(2013, 4, 1) } });
    assert.deepEqual(order.read(41365, "Alkaa", false), { coerced: { value: dayFromYmd(2013, 4, 1) } });
    assert.equal(order.read("eilen", "Alkaa", false).coerced.problem?.code, "VALUE_NOT_A_DATE");
  });
});
