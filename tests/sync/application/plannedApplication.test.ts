import assert from "node:assert/strict";
import type { WritableCell } from "../../../cli/writeXlsx";
import { lasseSheets } from "../../../examples/lasse";
import { checkWorkbook } from "../../../src/check/checkWorkbook";
import { dayFromYmd } from "../../../src/periods";
import { applicationFigures } from "../../../src/sync/application/figures";
import { nextUnclaimedPeriod } from "../../../src/sync/application/nextPeriod";
import { workbookFromWritableSheets } from "../../support/fakeOffice/fromWritable";

/** LasSe whose third application, 1.1.–30.6.2015, has its period typed and nothing else yet; `sent` dates it. */
function lasseWithPlanned(sent: WritableCell = null) {
  const sheets = lasseSheets();
  const applications = sheets.find((s) => s.name === "Maksatukset");
  assert.ok(applications);
  const rows = applications.rows as WritableCell[][];
  rows[3] = [3, { date: dayFromYmd(2015, 1, 1) }, { date: dayFromYmd(2015, 6, 30) }, null, null, sent];
  return checkWorkbook(workbookFromWritableSheets(sheets), { asOf: dayFromYmd(2015, 12, 15) });
}

describe("an application being prepared on Maksatukset (its period typed, no amount yet)", () => {
  it("is no REQUIRED_MISSING, and is the period kaste application drafts, under its number", () => {
    const { ledger, findings } = lasseWithPlanned();
    assert.deepEqual(
      findings.filter((f) => f.code === "REQUIRED_MISSING"),
      [],
    );
    const next = nextUnclaimedPeriod(ledger);
    const period = { start: dayFromYmd(2015, 1, 1), end: dayFromYmd(2015, 6, 30) };
    assert.deepEqual(next.kind === "next" && next.period, period);
    const figures = applicationFigures(ledger, period);
    assert.equal(figures.number, "3");
    assert.equal(figures.applyNow, figures.stateShare);
  });

  it("still needs its amount once it is sent", () => {
    const { findings } = lasseWithPlanned({ date: dayFromYmd(2015, 7, 31) });
    assert.deepEqual(
      findings.filter((f) => f.code === "REQUIRED_MISSING").map((f) => `${f.sheet}!${f.cell}`),
      ["Maksatukset!D4"],
    );
  });
});
