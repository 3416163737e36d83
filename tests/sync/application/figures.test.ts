import assert from "node:assert/strict";
import { dayFromYmd } from "../../../src/periods";
import { lasseSheets } from "../../../examples/lasse";
import { buildLedger } from "../../../src/ledger/build";
import { applicationFigures } from "../../../src/sync/application/figures";
import { throughXlsx } from "../../support/xlsx";
import { applyMarkSent, markSent } from "../../../src/sync/application/markSent";
import { draftApplication } from "../../../src/sync/application/application";
import { ledgerBook, ledgerRow, trickyBook } from "../support";
import { book } from "../../support/book";

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

  it("drafts at 75 % when Hanke types a rate over it (90 %), as the checks judge", async () => {
    const at75 = buildLedger(await throughXlsx(lasseSheets())).ledger;
    const sheets = lasseSheets();
    const at90Sheets = sheets.map((sheet) =>
      sheet.name === "Hanke"
        ? { ...sheet, rows: sheet.rows.map((row) => (row[0] === "Valtionavustus-%" ? ["Valtionavustus-%", 0.9] : row)) }
        : sheet,
    );
    const at90 = buildLedger(await throughXlsx(at90Sheets)).ledger;
    assert.equal(at90.project.rate?.value, 900_000, "the rate as typed stays in the ledger");
    for (const app of at75.applications) {
      const period = { start: app.start!, end: app.end! };
      const figures = applicationFigures(at90, period);
      assert.equal(figures.rate, 750_000);
      assert.equal(figures.stateShare, applicationFigures(at75, period).stateShare, `application ${app.number}`);
      assert.equal(figures.applyNow, applicationFigures(at75, period).applyNow, `application ${app.number}`);
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

  it("counts an application marked as sent once when Maksatukset's row for it was corrected since (a table without Nro)", () => {
    const maksatukset = (end: string) => [
      ["Ajalta alkaen", "Ajalta päättyen", "Haettu", "Maksettu", "Lähetetty"],
      ["1.4.2013", "31.12.2013", 30000, 30000, "15.2.2014"],
      ["1.1.2014", end, 75000, 75000, "15.2.2015"],
    ];
    const listed = book({
      Hanke: [
        ["Hanke", "LasSe"],
        ["Alkaa", "1.4.2013"],
        ["Päättyy", "31.10.2015"],
      ],
      Laskut: [
        ["Päivämäärä", "Laskuttaja", "Laskun numero", "Ajalta alkaen", "Ajalta päättyen", "Tilikohta", "Summa (ALV 0)"],
        ["15.1.2014", "Tampereen kaupunki", "T13", "1.4.2013", "31.12.2013", "Palkat", 40000],
        ["15.1.2015", "Tampereen kaupunki", "T14", "1.1.2014", "31.12.2014", "Palkat", 100000],
        ["15.11.2015", "Tampereen kaupunki", "T15", "1.1.2015", "31.10.2015", "Palkat", 80000],
      ],
      Maksatukset: maksatukset("31.12.2014"),
    });
    const asOf = dayFromYmd(2016, 2, 1);
    const plan = markSent(listed, { start: dayFromYmd(2014, 1, 1), end: dayFromYmd(2014, 12, 31) }, { asOf });
    assert.equal(plan.addsApplicationRow, false, "Maksatukset lists it");
    const sent = applyMarkSent(listed, plan);
    // Its end corrected to 30.11.2014 after marking as sent
    const corrected = {
      ...sent,
      sheets: sent.sheets.map((s) => (s.name === "Maksatukset" ? { ...s, cells: maksatukset("30.11.2014") } : s)),
    };
    const next = { start: dayFromYmd(2015, 1, 1), end: dayFromYmd(2015, 10, 31) };
    const figures = (workbook: typeof sent) => {
      const { earlier, appliedBefore, applyNow } = applicationFigures(buildLedger(workbook).ledger, next);
      return { earlier: earlier.map((a) => [a.start, a.applied]), appliedBefore, applyNow };
    };
    const asSent = figures(sent);
    assert.equal(asSent.earlier.length, 2);
    assert.ok(asSent.applyNow > 0);
    const after = figures(corrected);
    assert.equal(after.appliedBefore, asSent.appliedBefore, "the 75 000 € of application 2 counted once");
    assert.equal(after.applyNow, asSent.applyNow);
    assert.deepEqual(after.earlier, asSent.earlier);
  });

  it("counts an application marked as sent in a book without Maksatukset as applied before, and numbers the next one after it", () => {
    const asOf = dayFromYmd(2015, 12, 15);
    const book = ledgerBook([
      ledgerRow("5.1.2014", "Pikassos", "P0", "1.12.2013", "31.12.2013", "toteuma", "Palkat", 1000),
      ledgerRow("5.2.2014", "Pikassos", "P1", "1.1.2014", "31.1.2014", "toteuma", "Palkat", 2000),
    ]);
    const first = { start: dayFromYmd(2013, 4, 1), end: dayFromYmd(2013, 12, 31) };
    const plan = markSent(book, first, { asOf, override: true });
    assert.equal(plan.addsApplicationRow, false, "no Maksatukset: the claims sheet alone keeps it");
    const sent = applyMarkSent(book, plan);
    const draft = draftApplication(sent, { start: dayFromYmd(2014, 1, 1), end: dayFromYmd(2014, 12, 31) }, { asOf, override: true });
    assert.equal(draft.figures.number, "2");
    assert.deepEqual(
      draft.figures.earlier.map((a) => [a.number, a.applied, a.paid, a.at]),
      [["1", 75_000, null, null]],
    );
    assert.equal(draft.figures.appliedBefore, 75_000);
    assert.equal(draft.figures.applyNow, 150_000);
    assert.equal(draft.figures.appliedAfter, 225_000);
    assert.deepEqual(draft.mismatches, []);
    // The sheet's applied-before row sums the frozen 750 € (no Maksatukset cell to refer to)
    const row = draft.sheet.rows.find((r) => r[0] === "Aiemmin haettu")!;
    assert.deepEqual(row[3], { money: 75_000 });
    assert.equal(draftApplication(sent, first, { asOf, override: true }).figures.number, "1");
  });
});
