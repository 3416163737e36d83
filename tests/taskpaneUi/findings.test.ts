import assert from "node:assert/strict";
import { brokenExample } from "../../examples/broken";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { groupFindings } from "../../taskpane/ui/findingGroups";
import { workbookFromWritableSheets } from "../support/fakeOffice";

describe("the pane's list of findings", () => {
  // The broken example's cells as Excel holds them (days as serials, formulas not yet calculated)
  const { findings } = checkWorkbook(workbookFromWritableSheets(brokenExample().sheets));

  it("groups every finding by severity, errors first, then by code with its count", () => {
    const groups = groupFindings(findings, "fi");
    assert.deepEqual(
      groups.map((g) => g.severity),
      ["error", "warning", "info"],
    );
    assert.equal(
      groups.reduce((sum, g) => sum + g.count, 0),
      findings.length,
    );
    for (const group of groups) {
      assert.equal(
        group.codes.reduce((sum, c) => sum + c.count, 0),
        group.count,
      );
      for (const code of group.codes) assert.ok(code.items.every((item) => item.code === code.code));
    }
    const codes = groups.flatMap((g) => g.codes.map((c) => c.code)).sort();
    assert.deepEqual(codes, [...new Set(brokenExample().expected.map(([code]) => code))].sort());
  });

  it("offers Apply only where one cell takes a known value, shown as a person reads it", () => {
    const items = groupFindings(findings, "fi").flatMap((g) => g.codes.flatMap((c) => c.items));
    const state = items.find((item) => item.code === "COFUND_STATE_OVER_RATE")!;
    assert.equal(typeof state.fix?.value, "number");
    assert.match(state.fix!.text, /€$/);
    assert.match(state.where, /^Hanke![A-Z]+\d+$/);
    for (const item of items.filter((i) => i.fix)) assert.match(item.cell, /^[A-Z]+\d+$/);
    assert.ok(items.some((item) => !item.fix));
    assert.ok(!items.some((item) => item.code === "MUNI_SHARES_MISMATCH" && item.fix), "a total to reach is no value for the cell");
  });

  it("lists at most the limit per code, keeping the count", () => {
    const many = Array.from({ length: 7 }, () => findings[0]);
    const [group] = groupFindings(many, "en", 3);
    assert.equal(group.codes[0].count, 7);
    assert.equal(group.codes[0].items.length, 3);
  });

  it("renders the messages in the pane's language", () => {
    const fi = groupFindings(findings, "fi")[0].codes[0].items[0].message;
    const sv = groupFindings(findings, "sv")[0].codes[0].items[0].message;
    assert.notEqual(fi, sv);
  });
});
