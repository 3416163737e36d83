import assert from "node:assert/strict";
import { brokenExample } from "../../examples/broken";
import { lasseSheets } from "../../examples/lasse";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { parseDate } from "../../src/periods";
import { keyFiguresOf } from "../../src/report/keyFigures";
import { book } from "../support/book";
import { workbookFromWritableSheets } from "../support/fakeOffice";

describe("the key figures", () => {
  it("give the plan's shares against 75 % and 25 % of its eligible costs, and what was applied and paid", () => {
    const result = checkWorkbook(
      book({
        Hanke: [
          ["Hanke", "Testi"],
          ["Tukikelpoiset kustannukset", 1000],
          ["Valtionavustus", 751],
          ["Kuntaosuus", 249],
        ],
        Maksatushakemukset: [
          ["Nro", "Alkaa", "Päättyy", "Haettu", "Maksettu"],
          [1, "1.1.2014", "30.6.2014", 300, 280.5],
          [2, "1.7.2014", "31.12.2014", 200, null],
        ],
      }),
      { asOf: parseDate("1.3.2015")! },
    );
    const figures = keyFiguresOf(result);
    assert.equal(figures.rate, 750_000);
    assert.equal(figures.plannedEligible, 100_000);
    assert.deepEqual(figures.state && [figures.state.cents, figures.state.limit, figures.state.off], [75_100, 75_000, true]);
    assert.deepEqual(figures.municipal && [figures.municipal.cents, figures.municipal.limit, figures.municipal.off], [
      24_900,
      25_000,
      true,
    ]);
    assert.equal(figures.state?.cell, "B3");
    assert.equal(figures.applied, 50_000);
    assert.equal(figures.paid, 28_050);
    assert.equal(figures.applications, 2);
    assert.equal(figures.year, 2015);
  });

  it("leave the shares out when the plan has no eligible costs, and count the ledger's eligible costs with unrecovered VAT", () => {
    const result = checkWorkbook(
      book({
        Kumppanit: [
          ["Kumppani", "ALV palautuu"],
          ["Verso", "ei"],
        ],
        Laskut: [
          ["Laskuttaja", "Nro", "Päivämäärä", "Summa (ALV 0)", "ALV", "Tukikelpoinen"],
          ["Verso", "1", "1.2.2014", 100, 24, "kyllä"],
          ["Muu", "2", "1.2.2014", 50, 12, "kyllä"],
          ["Muu", "3", "1.2.2014", 999, 0, "ei"],
        ],
      }),
      { asOf: parseDate("1.3.2014")! },
    );
    const figures = keyFiguresOf(result);
    assert.equal(figures.plannedEligible, null);
    assert.equal(figures.state, null);
    assert.equal(figures.municipal, null);
    assert.equal(figures.realisedEligible, 12_400 + 5_000);
  });

  it("mark the broken example's plan as off and the clean one's as within, with each partner's use of this year", () => {
    const asOf = parseDate("15.6.2015")!;
    const clean = keyFiguresOf(checkWorkbook(workbookFromWritableSheets(lasseSheets()), { asOf }));
    assert.equal(clean.state?.off, false);
    assert.equal(clean.municipal?.off, false);
    const broken = keyFiguresOf(checkWorkbook(workbookFromWritableSheets(brokenExample().sheets), { asOf }));
    assert.equal(broken.state?.off, true);
    assert.ok(clean.partners.length > 0);
    for (const partner of clean.partners) {
      assert.equal(partner.use, partner.realised / partner.budget);
      assert.ok(partner.elapsed > 0 && partner.elapsed < 1, `mid-year: ${partner.elapsed}`);
    }
    assert.ok(clean.elapsed !== null && clean.elapsed > 0.4 && clean.elapsed < 0.7, `project elapsed: ${clean.elapsed}`);
  });
});
