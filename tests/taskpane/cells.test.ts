import assert from "node:assert/strict";
import { cellFromOffice, officeCellOf, officeText, pointsOfChars } from "../../taskpane/office/cells";
import { dayFromYmd, serialOf } from "../../src/periods";

describe("taskpane/office cells", () => {
  it('reads Office\'s values: "" empty, error texts as errors, the rest as they are', () => {
    assert.deepEqual(["", "#REF!", "#N/A", "#DIV/0!", "#hashtag", "Verso", 12.5, true].map(cellFromOffice), [
      null,
      { error: "#REF!" },
      { error: "#N/A" },
      { error: "#DIV/0!" },
      "#hashtag",
      "Verso",
      12.5,
      true,
    ]);
  });

  it("keeps text text when Excel would read it as a formula, number, date, boolean or error", () => {
    for (const text of [
      "=1+1",
      "-korjaus",
      "+358",
      "@x",
      "1,5",
      "3.4.2014",
      "2014-001",
      "12 %",
      "(1 234,00)",
      "€ 100",
      "TOSI",
      "false",
      "#N/A",
      "'Sotkamo",
      "maaliskuu 2014",
      "March 2014",
      "mars 2014",
      "1/5 mukana",
    ]) {
      assert.ok(officeText(text).startsWith("'"), text);
    }
    for (const text of ["Verso", "Palkat", "kiinteä", "Tampere (1/5 mukana hankkeessa)", "Maaliskuun lasku", "Q1"])
      assert.equal(officeText(text), text);
  });

  it("writes OutCells as values with their number formats", () => {
    const day = dayFromYmd(2015, 10, 31);
    assert.deepEqual(officeCellOf({ date: day }, false), { value: serialOf(day, false), format: "d.m.yyyy" });
    assert.deepEqual(officeCellOf({ date: day }, true), { value: serialOf(day, true), format: "d.m.yyyy" });
    assert.deepEqual(officeCellOf({ money: 182820450 }, false), { value: 1828204.5, format: "#,##0.00" });
    assert.deepEqual(officeCellOf({ percent: 750_000 }, false), { value: 0.75, format: "0 %" });
    assert.deepEqual(officeCellOf({ formula: "SUM(A1:A3)", result: 6, format: "money" }, false), {
      value: "=SUM(A1:A3)",
      format: "#,##0.00",
    });
    assert.deepEqual(officeCellOf(null, false), { value: "", format: null });
    assert.deepEqual(officeCellOf({ error: "#N/A" }, false), { value: "#N/A", format: null });
  });

  it("turns widths in characters into Excel's points (8.43 characters is 48 points)", () => {
    assert.equal(pointsOfChars(8.43), 48);
  });
});
