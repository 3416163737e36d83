import assert from "node:assert/strict";
import { dayFromYmd } from "../../../src/periods";
import { lasseSheets } from "../../../examples/lasse";
import { buildLedger } from "../../../src/ledger/build";
import { applicationFigures } from "../../../src/sync/application/figures";
import { throughXlsx } from "../../support/xlsx";
import { trickyBook } from "../support";

const PERIOD = { start: dayFromYmd(2014, 1, 1), end: dayFromYmd(2014, 10, 31) };

describe("applicationFigures", () => {
  it("gives the LasSe example's applied amounts for each of its three periods", async () => {
    const { ledger } = buildLedger(await throughXlsx(lasseSheets()));
    for (const app of ledger.applications) {
      const figures = applicationFigures(ledger, { start: app.start!, end: app.end! });
      assert.equal(figures.stateShare, app.applied, `application ${app.number}`);
      assert.equal(figures.eligible, figures.stateShare + figures.municipalShare);
      assert.equal(figures.number, app.number);
    }
  });

  it("counts eligible costs the library's way: VAT where it is not recovered, no-words, dates, both ledger tables", () => {
    const figures = applicationFigures(buildLedger(trickyBook()).ledger, PERIOD);
    // Pikassos 100,10 + 200,20 + 300,30 + 50; SONet BOTNIA 1 240 + 10 + 620 + 248; Verso* 123,45; Verso 100 + 62
    assert.equal(figures.eligible, 10_010 + 20_020 + 30_030 + 5_000 + 124_000 + 1_000 + 62_000 + 24_800 + 12_345 + 10_000 + 6_200);
    assert.equal(figures.stateShare, Math.floor((figures.eligible * 3) / 4));
    assert.equal(figures.cumulativeEligible, figures.eligible + 100_000 + 6_000);
    assert.equal(figures.appliedBefore, 75_000);
    assert.equal(
      figures.applyNow,
      Math.min(figures.stateShare, Math.floor((figures.cumulativeEligible * 3) / 4) - 75_000, 1_000_000 - 75_000),
    );
    assert.deepEqual(
      figures.municipalShares.map((m) => m.municipality),
      ["Tampere", "Forssa"],
    );
  });

  it("never applies over the rate of the costs so far or over the grant", () => {
    const figures = applicationFigures(buildLedger(trickyBook()).ledger, PERIOD);
    assert.ok(figures.appliedAfter <= Math.floor((figures.cumulativeEligible * 3) / 4));
    assert.ok(figures.applyNow <= figures.stateShare);
  });
});
