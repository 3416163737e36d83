import assert from "node:assert/strict";
import { brokenExample } from "../../examples/broken";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { makeFinding } from "../../src/findings/makeFinding";
import { TOPIC_LABELS, TOPIC_OF } from "../../src/findings/topics";
import { groupFindings } from "../../taskpane/ui/findingGroups";
import { workbookFromWritableSheets } from "../support/fakeOffice";

describe("the pane's list of findings", () => {
  // The broken example's cells as Excel holds them (days as serials, formulas not yet calculated)
  const { findings } = checkWorkbook(workbookFromWritableSheets(brokenExample().sheets));
  const lines = (lang: "fi" | "sv" | "en" = "fi") => groupFindings(findings, lang).flatMap((g) => g.items);

  it("groups every finding by topic in her words, the groups with errors first, every finding counted once", () => {
    const groups = groupFindings(findings, "fi");
    assert.equal(
      groups.reduce((sum, g) => sum + g.count, 0),
      findings.length,
    );
    const firstWithout = groups.findIndex((g) => g.errors === 0);
    assert.ok(firstWithout < 0 || groups.slice(firstWithout).every((g) => g.errors === 0), "groups with errors come first");
    for (const group of groups) {
      assert.equal(group.label, TOPIC_LABELS.fi[TOPIC_OF[group.items[0].code]]);
      assert.ok(group.items.every((item) => TOPIC_OF[item.code] === group.key));
      const severities = group.items.map((item) => item.severity);
      assert.deepEqual(
        severities,
        [...severities].sort((a, b) => ["error", "warning", "info"].indexOf(a) - ["error", "warning", "info"].indexOf(b)),
      );
      assert.equal(
        group.items.reduce((sum, item) => sum + item.count, 0),
        group.count,
      );
    }
    assert.ok(groups.some((g) => g.label === "Rahoitusosuudet"));
  });

  it("gives each line a short title and what to do, without the code in either", () => {
    for (const item of lines()) {
      assert.ok(item.title.length > 0 && item.todo.length > 0);
      assert.doesNotMatch(`${item.title} ${item.todo} ${item.message}`, /\b[A-Z]{2,}(?:_[A-Z0-9]+)+\b/, item.code);
    }
  });

  it("groups by sheet and by partner too, each finding once", () => {
    for (const view of ["sheet", "partner"] as const) {
      const groups = groupFindings(findings, "fi", view, { workbook: "Työkirja", noPartner: "Ei kumppania" });
      assert.equal(
        groups.reduce((sum, g) => sum + g.count, 0),
        findings.length,
      );
    }
    const bySheet = groupFindings(findings, "fi", "sheet", { workbook: "Työkirja", noPartner: "" });
    for (const group of bySheet) for (const item of group.items) assert.equal(item.sheet || "", group.key);
  });

  it("offers Korjaa only where one cell takes a known value, shown as a person reads it", () => {
    const items = lines();
    const state = items.find((item) => item.code === "COFUND_STATE_OVER_RATE")!;
    assert.equal(typeof state.fix?.value, "number");
    assert.match(state.fix!.text, /€$/);
    assert.match(state.where, /^Hanke![A-Z]+\d+$/);
    for (const item of items.filter((i) => i.fix)) assert.match(item.cell, /^[A-Z]+\d+$/);
    assert.ok(items.some((item) => !item.fix));
    assert.ok(!items.some((item) => item.code === "MUNI_SHARES_MISMATCH" && item.fix), "a total to reach is no value for the cell");
  });

  it("folds 516 repeats of one cause in one column into one line with its range, keeping the first ones to expand", () => {
    const many = Array.from({ length: 516 }, (_, i) =>
      makeFinding("VALUE_NOT_A_NUMBER", { sheet: "Laskut", cell: `H${i + 2}` }, { value: "n/a", field: "Summa", why: "invalid" }),
    );
    const [group] = groupFindings(many, "fi", "topic", undefined, 20);
    assert.equal(group.items.length, 1);
    const [line] = group.items;
    assert.equal(line.count, 516);
    assert.equal(line.where, "Laskut!H2:H517");
    assert.equal(line.repeats.length, 20);
    assert.equal(line.fix, undefined, "no single fix for a range");
  });

  it("renders the messages in the pane's language", () => {
    assert.notEqual(lines("fi")[0].message, lines("sv")[0].message);
    assert.notEqual(lines("fi")[0].title, lines("en")[0].title);
  });
});
