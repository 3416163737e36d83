import assert from "node:assert/strict";
import type { WritableCell } from "../../cli/writeXlsx";
import { lasseSheets } from "../../examples/lasse";
import { buildLedger } from "../../src/ledger/build";
import { dayFromYmd } from "../../src/periods";
import { isDarkColour } from "../../taskpane/ui/theme";
import { nextUnclaimedPeriod } from "../../src/sync/application/nextPeriod";
import { workbookFromWritableSheets } from "../support/fakeOffice/fromWritable";

/** LasSe with only the first `kept` of its three applications on Maksatukset. */
function lasseWith(kept: number) {
  const sheets = lasseSheets();
  const applications = sheets.find((s) => s.name === "Maksatukset");
  assert.ok(applications);
  (applications.rows as WritableCell[][]).splice(1 + kept);
  return buildLedger(workbookFromWritableSheets(sheets)).ledger;
}

describe("the Hakemus tab's next unclaimed period", () => {
  it("starts the day after the last application and runs to the end of that year", () => {
    assert.deepEqual(nextUnclaimedPeriod(lasseWith(1)), {
      kind: "next",
      period: { start: dayFromYmd(2014, 1, 1), end: dayFromYmd(2014, 12, 31) },
      last: { start: dayFromYmd(2013, 4, 1), end: dayFromYmd(2013, 12, 31) },
    });
  });

  it("stops at the project's end, and starts at the project's start when nothing was applied for", () => {
    const next = nextUnclaimedPeriod(lasseWith(2));
    assert.equal(next.kind, "next");
    assert.deepEqual(next.kind === "next" && next.period, { start: dayFromYmd(2015, 1, 1), end: dayFromYmd(2015, 10, 31) });
    const first = nextUnclaimedPeriod(lasseWith(0));
    assert.deepEqual(first.kind === "next" && first.period, { start: dayFromYmd(2013, 4, 1), end: dayFromYmd(2013, 12, 31) });
    assert.deepEqual(first.kind === "next" && first.last, null);
  });

  it("says when every period up to the project's end was applied for", () => {
    assert.deepEqual(nextUnclaimedPeriod(lasseWith(3)), {
      kind: "allClaimed",
      last: { start: dayFromYmd(2015, 1, 1), end: dayFromYmd(2015, 10, 31) },
    });
  });

  it("does not guess without an application or a project start", () => {
    const sheets = lasseSheets().filter((s) => s.name !== "Hanke" && s.name !== "Maksatukset");
    assert.deepEqual(nextUnclaimedPeriod(buildLedger(workbookFromWritableSheets(sheets)).ledger), { kind: "unknown" });
  });
});

describe("the pane's theme from Office's colours", () => {
  it("is dark for a dark body background, light for a light one, unknown for what is no colour", () => {
    assert.equal(isDarkColour("#262626"), true);
    assert.equal(isDarkColour("1F1F1F"), true);
    assert.equal(isDarkColour("#ffffff"), false);
    assert.equal(isDarkColour("#E6E6E6"), false);
    assert.equal(isDarkColour("dark"), null);
  });
});
