import { errorCode, excelError, FakeExcelError, spaced } from "../support/customFunctions";
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  allocateTotal,
  amount,
  checkSplit,
  elapsed,
  finalReportDue,
  pace,
  period,
  periodEnd,
  periods,
  periodStart,
  registry,
  share,
  use,
} from "../../functions/functions";
import { dayFromYmd, serialOf } from "../../src/periods";

/** The 1900-system serial Excel stores for a date. */
function serial(year: number, month: number, day: number): number {
  return serialOf(dayFromYmd(year, month, day), false);
}

/** The serial of a date some years away from today, so "omitted as-of" tests do not age. */
function yearsFromNow(years: number, month: number, day: number): number {
  return serial(new Date().getFullYear() + years, month, day);
}

describe("Excel custom functions (=KASTE.…)", () => {
  it("register with the CustomFunctions host present when they load", () => {
    assert.equal(registry, (globalThis as { CustomFunctions?: unknown }).CustomFunctions);
  });

  describe("SHARE", () => {
    it("gives the Lapland plan's 75 % state share, 1 371 153 €, by default", () => {
      assert.equal(share(1828204), 1371153);
      assert.equal(share(1828204, null, null), 1371153);
      assert.equal(share(1828204, "valtio"), 1371153);
      assert.equal(share(1828204, "STATE"), 1371153);
      assert.equal(share(1828204, "stat"), 1371153);
    });

    it("gives the municipal rest, 457 051 €, for kunta / municipal / kommun", () => {
      assert.equal(share(1828204, "kunta"), 457051);
      assert.equal(share(1828204, "municipal"), 457051);
      assert.equal(share(1828204, "kommun"), 457051);
    });

    it("splits a full year of 568 000 € into 426 000 € and 142 000 €", () => {
      assert.equal(share(568000), 426000);
      assert.equal(share(568000, "kunta"), 142000);
    });

    it("rounds the state part down to the cent and gives the cent to the municipalities", () => {
      assert.equal(share(1.01), 0.75);
      assert.equal(share(1.01, "kunta"), 0.26);
      assert.equal(share(1828204.01), 1371153);
      assert.equal(share(1828204.01, "kunta"), 457051.01);
    });

    it("reads the amount from text with Excel's no-break spaces and the euro sign", () => {
      assert.equal(share("1\u00a0828\u00a0204,00\u00a0€"), 1371153);
      assert.equal(share("1 828 204 €", "kunta"), 457051);
    });

    it("takes another rate as a fraction, a percent or a percent text", () => {
      assert.equal(share(1000, "state", 0.8), 800);
      assert.equal(share(1000, "state", 80), 800);
      assert.equal(share(1000, "kunta", "80 %"), 200);
      assert.equal(share(1000, "state", 0), 0);
      assert.equal(share(1000, "kunta", 1), 0);
    });

    it("takes a computed 100 % with float noise as 100 %, not as 1 % (=KASTE.SHARE(1000;;0,1*3/0,3))", () => {
      assert.equal(share(1000, "state", (0.1 * 3) / 0.3), 1000);
      assert.equal(share(1000, "kunta", (0.1 * 3) / 0.3), 0);
    });

    it("always adds up to the amount, exact to the cent (property)", () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), fc.integer({ min: 0, max: 100 }), (cents, percent) => {
          const euros = cents / 100;
          const state = share(euros, "state", `${percent} %`);
          const municipal = share(euros, "kunta", `${percent} %`);
          assert.equal(Math.round(state * 100) + Math.round(municipal * 100), cents);
          assert.ok(state * 100 <= cents * (percent / 100) + 1e-6);
        }),
      );
    });

    it("gives #VALUE! with the reason for a negative or infinite amount and a rate outside 0–100 %", () => {
      assert.equal(
        excelError(() => share(-1)),
        "#VALUE!: amount: ei voi olla negatiivinen; palautuksen jakaa KASTE.ALLOCATE / cannot be negative; split a refund with KASTE.ALLOCATE",
      );
      assert.equal(
        excelError(() => share(Infinity)),
        "#VALUE!: amount: ei äärellinen euromäärä / not a finite amount of euros",
      );
      assert.equal(
        excelError(() => share(1000, "state", 120)),
        '#VALUE!: rate: "120" ei ole välillä 0–100 % / is not within 0–100 %',
      );
      assert.equal(
        excelError(() => share(1000, "state", "150 %")),
        '#VALUE!: rate: "150 %" ei ole välillä 0–100 % / is not within 0–100 %',
      );
      assert.equal(
        excelError(() => share(1000, "state", -0.5)),
        '#VALUE!: rate: "-0.5" ei ole välillä 0–100 % / is not within 0–100 %',
      );
    });

    it("gives #VALUE! for an unreadable amount, an unknown party or a rate that is not a rate", () => {
      assert.equal(
        errorCode(() => share("paljon")),
        "#VALUE!",
      );
      assert.match(
        excelError(() => share("1,234")),
        /ambiguous/,
      );
      assert.equal(
        errorCode(() => share(true as never)),
        "#VALUE!",
      );
      assert.equal(
        errorCode(() => share(null as never)),
        "#VALUE!",
      );
      assert.match(
        excelError(() => share(1000, "kaupunki")),
        /^#VALUE!: party: "kaupunki"/,
      );
      assert.match(
        excelError(() => share(1000, "state", "paljon")),
        /^#VALUE!: rate: "paljon"/,
      );
    });
  });

  describe("CHECKSPLIT", () => {
    it("accepts the real Lapland plan, 1 € under 75 %", () => {
      assert.equal(checkSplit(1828204, 1371152, 457052), "OK");
    });

    it("accepts the exact split and the full-year tiers", () => {
      assert.equal(checkSplit(1828204, 1371153, 457051), "OK");
      assert.equal(checkSplit(568000, 426000, 142000), "OK");
      assert.equal(checkSplit("568 000 €", "426 000 €", "142 000 €"), "OK");
    });

    it("says by how much the state share exceeds 75 %, in Finnish by default", () => {
      assert.equal(spaced(checkSplit(1828204, 1371155, 457049)), "valtionosuus ylittää 75 % 2,00 €:lla");
      assert.equal(checkSplit(1828204, 1371154, 457050, null, null).replace(/\u00a0/g, " "), "valtionosuus ylittää 75 % 1,00 €:lla");
    });

    it("reports a split that does not add up, with the difference", () => {
      assert.equal(
        spaced(checkSplit(1828204, 1371152, 457051)),
        "osuudet yhteensä 1 828 203,00 €, kokonaiskustannukset 1 828 204,00 € (ero \u22121,00 €)",
      );
    });

    it("reports every problem at once: state over, municipal under and the sum", () => {
      assert.equal(
        spaced(checkSplit(1828204, 1371155, 457000)),
        "valtionosuus ylittää 75 % 2,00 €:lla; kuntaosuus alittaa 25 % 51,00 €:lla; osuudet yhteensä 1 828 155,00 €, kokonaiskustannukset 1 828 204,00 € (ero \u221249,00 €)",
      );
    });

    it("never calls a municipal share above 25 % an error by itself, only the sum", () => {
      assert.equal(spaced(checkSplit(1000, 700, 400)), "osuudet yhteensä 1 100,00 €, kokonaiskustannukset 1 000,00 € (ero 100,00 €)");
    });

    it("writes Swedish and English on request", () => {
      assert.equal(spaced(checkSplit(1828204, 1371155, 457049, null, "sv")), "statsandelen överskrider 75 % med 2,00 €");
      assert.equal(checkSplit(1828204, 1371155, 457049, null, "en"), "state share exceeds 75% by €2.00");
      assert.equal(
        checkSplit(1000, 700, 200, null, "en"),
        "municipal share is below 25% by €50.00; shares add up to €900.00, not €1,000.00 (difference -€100.00)",
      );
      assert.equal(checkSplit(1000, 750, 250, null, "svenska"), "OK");
    });

    it("checks against another rate", () => {
      assert.equal(checkSplit(1000, 800, 200, 0.8), "OK");
      assert.equal(spaced(checkSplit(1000, 801, 199, "80 %")), "valtionosuus ylittää 80 % 1,00 €:lla");
      assert.equal(
        checkSplit(1000, 500, 400, 50, "en"),
        "municipal share is below 50% by €100.00; shares add up to €900.00, not €1,000.00 (difference -€100.00)",
      );
    });

    it("gives #VALUE! with the reason for negative or unreadable amounts and an unknown language", () => {
      assert.equal(
        excelError(() => checkSplit(1000, -1, 1001)),
        "#VALUE!: state: ei voi olla negatiivinen; palautuksen jakaa KASTE.ALLOCATE / cannot be negative; split a refund with KASTE.ALLOCATE",
      );
      assert.equal(
        excelError(() => checkSplit(-1000, 0, 0)),
        "#VALUE!: total: ei voi olla negatiivinen; palautuksen jakaa KASTE.ALLOCATE / cannot be negative; split a refund with KASTE.ALLOCATE",
      );
      assert.equal(
        excelError(() => checkSplit(1000, 1250, -250)),
        "#VALUE!: municipal: ei voi olla negatiivinen; palautuksen jakaa KASTE.ALLOCATE / cannot be negative; split a refund with KASTE.ALLOCATE",
      );
      assert.match(
        excelError(() => checkSplit(1000, 750, "paljon")),
        /^#VALUE!: municipal:/,
      );
      assert.match(
        excelError(() => checkSplit(1000, 750, 250, "x")),
        /^#VALUE!: rate:/,
      );
      assert.match(
        excelError(() => checkSplit(1000, 750, 250, null, "de")),
        /^#VALUE!: lang:/,
      );
    });
  });

  describe("USE", () => {
    it("gives budget use as a ratio", () => {
      assert.equal(use(88, 100), 0.88);
      assert.equal(use(500, 1000), 0.5);
      assert.equal(use(1100, 1000), 1.1);
      assert.equal(use(0, 1000), 0);
      assert.equal(use("880,00 €", "1 000 €"), 0.88);
    });

    it("gives #DIV/0! for a zero budget, without a message (Excel shows none for #DIV/0!)", () => {
      assert.equal(
        excelError(() => use(100, 0)),
        "#DIV/0!",
      );
    });

    it("gives #VALUE! with the reason for negative or unreadable amounts", () => {
      assert.equal(
        excelError(() => use(100, -1)),
        "#VALUE!: budget: ei voi olla negatiivinen / cannot be negative",
      );
      assert.equal(
        excelError(() => use(-1, 100)),
        "#VALUE!: actual: ei voi olla negatiivinen / cannot be negative",
      );
      assert.match(
        excelError(() => use("paljon", 100)),
        /^#VALUE!: actual:/,
      );
    });
  });

  describe("ELAPSED", () => {
    const start = serial(2014, 1, 1);
    const end = serial(2014, 1, 10);

    it("counts the as-of day itself: 0 before the start, 1 from the last day on", () => {
      assert.equal(elapsed(start, end, serial(2013, 12, 31)), 0);
      assert.equal(elapsed(start, end, start), 0.1);
      assert.equal(elapsed(start, end, serial(2014, 1, 5)), 0.5);
      assert.equal(elapsed(start, end, end), 1);
      assert.equal(elapsed(start, end, serial(2015, 1, 1)), 1);
    });

    it("takes text dates too", () => {
      assert.equal(elapsed("1.1.2014", "10.1.2014", "2014-01-05"), 0.5);
    });

    it("looks from today when as_of is omitted", () => {
      assert.equal(elapsed(serial(2013, 4, 1), serial(2015, 10, 31)), 1);
      assert.equal(elapsed(yearsFromNow(5, 1, 1), yearsFromNow(6, 1, 1), null), 0);
    });

    it("gives #VALUE! with the reason when the end is before the start or a serial is no date", () => {
      assert.equal(
        excelError(() => elapsed(end, start, start)),
        "#VALUE!: end: ennen alkua / is before the start",
      );
      assert.equal(
        excelError(() => elapsed(0, end, start)),
        "#VALUE!: start: 0 ei ole päivämäärä / is not a date serial",
      );
    });

    it("gives #VALUE! for a text that is not a date", () => {
      assert.match(
        excelError(() => elapsed("1.1.2014", "31.2.2014")),
        /^#VALUE!: end: "31.2.2014"/,
      );
      assert.match(
        excelError(() => elapsed(start, end, "huomenna")),
        /^#VALUE!: as_of:/,
      );
    });
  });

  describe("PACE", () => {
    const start = serial(2014, 1, 1);
    const end = serial(2014, 1, 10);

    it("is 1 when spending keeps up with time", () => {
      assert.equal(pace(500, 1000, start, end, serial(2014, 1, 5)), 1);
    });

    it("is under 1 when spending lags and over 1 when it runs ahead", () => {
      assert.equal(pace(250, 1000, start, end, serial(2014, 1, 5)), 0.5);
      assert.equal(pace(1000, 1000, start, end, serial(2014, 1, 5)), 2);
    });

    it("equals the use once the period is over, as_of omitted", () => {
      assert.equal(pace(880, 1000, "1.4.2013", "31.10.2015"), 0.88);
    });

    it("gives #N/A before the period starts", () => {
      assert.equal(
        excelError(() => pace(0, 1000, start, end, serial(2013, 12, 31))),
        "#N/A: as_of: jakso ei ole vielä alkanut / the period has not started yet",
      );
      assert.equal(
        errorCode(() => pace(0, 1000, yearsFromNow(5, 1, 1), yearsFromNow(6, 1, 1))),
        "#N/A",
      );
    });

    it("gives #DIV/0! for a zero budget, #VALUE! with the reason for negatives, reversed dates and bad text", () => {
      assert.equal(
        excelError(() => pace(100, 0, start, end, end)),
        "#DIV/0!",
      );
      assert.equal(
        excelError(() => pace(-1, 100, start, end, end)),
        "#VALUE!: actual: ei voi olla negatiivinen / cannot be negative",
      );
      assert.equal(
        excelError(() => pace(100, 1000, end, start, end)),
        "#VALUE!: end: ennen alkua / is before the start",
      );
      assert.equal(
        excelError(() => pace(100, 1000, "alku", end, end)),
        '#VALUE!: start: "alku" ei ole päivämäärä / is not a date (31.10.2015)',
      );
    });
  });

  describe("PERIOD, PERIODSTART and PERIODEND", () => {
    it("label a date's month, quarter and tertial", () => {
      const date = serial(2014, 3, 20);
      assert.equal(period(date, "month"), "2014-03");
      assert.equal(period(date, "quarter"), "2014-Q1");
      assert.equal(period(date, "tertial"), "2014-T1");
    });

    it("read the Finnish and Swedish scheme names and text dates", () => {
      assert.equal(period("31.10.2015", "kolmannes"), "2015-T3");
      assert.equal(period("31.10.2015", "neljännes"), "2015-Q4");
      assert.equal(period("31.10.2015", "kuukausi"), "2015-10");
      assert.equal(period("2015-10-31", "månad"), "2015-10");
    });

    it("give the first and last day of the period as date serials", () => {
      assert.equal(periodStart(serial(2014, 5, 20), "tertial"), serial(2014, 5, 1));
      assert.equal(periodEnd(serial(2014, 5, 20), "tertial"), serial(2014, 8, 31));
      assert.equal(periodStart("15.11.2013", "quarter"), serial(2013, 10, 1));
      assert.equal(periodEnd("15.11.2013", "quarter"), serial(2013, 12, 31));
      assert.equal(periodEnd("10.2.2016", "kuukausi"), serial(2016, 2, 29));
    });

    it("give #VALUE! with the reason for an unknown scheme, a date text or a serial that is no date", () => {
      for (const fn of [period, periodStart, periodEnd]) {
        assert.match(
          excelError(() => fn(serial(2014, 1, 1), "viikko")),
          /^#VALUE!: scheme: "viikko"/,
        );
        assert.match(
          excelError(() => fn(serial(2014, 1, 1), null as never)),
          /^#VALUE!: scheme: puuttuu/,
        );
        assert.match(
          excelError(() => fn("eilen", "month")),
          /^#VALUE!: date: "eilen"/,
        );
        assert.equal(
          excelError(() => fn(-5, "month")),
          "#VALUE!: date: -5 ei ole päivämäärä / is not a date serial",
        );
      }
    });
  });

  describe("PERIODS", () => {
    it("lists SONet BOTNIA's invoicing tertials 12/2013–9/2015, the first and last clipped", () => {
      assert.deepEqual(periods("1.12.2013", "30.9.2015", "kolmannes"), [
        ["2013-T3", serial(2013, 12, 1), serial(2013, 12, 31)],
        ["2014-T1", serial(2014, 1, 1), serial(2014, 4, 30)],
        ["2014-T2", serial(2014, 5, 1), serial(2014, 8, 31)],
        ["2014-T3", serial(2014, 9, 1), serial(2014, 12, 31)],
        ["2015-T1", serial(2015, 1, 1), serial(2015, 4, 30)],
        ["2015-T2", serial(2015, 5, 1), serial(2015, 8, 31)],
        ["2015-T3", serial(2015, 9, 1), serial(2015, 9, 30)],
      ]);
    });

    it("gives one row for a window inside one period", () => {
      assert.deepEqual(periods(serial(2014, 3, 3), serial(2014, 3, 9), "month"), [["2014-03", serial(2014, 3, 3), serial(2014, 3, 9)]]);
    });

    it("gives #VALUE! with the reason for a reversed window or an unknown scheme", () => {
      assert.equal(
        excelError(() => periods("30.9.2015", "1.12.2013", "month")),
        "#VALUE!: end: ennen alkua / is before the start",
      );
      assert.equal(
        errorCode(() => periods("1.12.2013", "30.9.2015", "week")),
        "#VALUE!",
      );
    });
  });

  describe("ALLOCATE", () => {
    it("splits the Lapland municipal share by tiers exactly: 6 × 20 000 + 11 × 2 000 = 142 000", () => {
      const tiers = [...Array<number[]>(6).fill([20000]), ...Array<number[]>(11).fill([2000])];
      const parts = allocateTotal(142000, tiers);
      assert.deepEqual(parts, [...Array<number[]>(6).fill([20000]), ...Array<number[]>(11).fill([2000])]);
    });

    it("hands the leftover cent to the largest remainder, ties to the first", () => {
      assert.deepEqual(allocateTotal(10.03, [[50], [50]]), [[5.02], [5.01]]);
      assert.deepEqual(allocateTotal(1, [[1], [1], [1]]), [[0.34], [0.33], [0.33]]);
    });

    it("keeps the shape of the weights: a row gives a row", () => {
      assert.deepEqual(allocateTotal(1, [[1, 1, 1]]), [[0.34, 0.33, 0.33]]);
      assert.deepEqual(
        allocateTotal(100, [
          [1, 1],
          [1, 1],
        ]),
        [
          [25, 25],
          [25, 25],
        ],
      );
      assert.deepEqual(allocateTotal(100, 4 as never), [[100]]);
    });

    it("takes fractions, percents and population texts, and a total as text", () => {
      assert.deepEqual(allocateTotal("1 000,00 €", [["31 %"], ["26 %"], ["13 %"], ["30 %"]]), [[310], [260], [130], [300]]);
      assert.deepEqual(allocateTotal(100, [["1/5"], ["4/5"]]), [[20], [80]]);
      assert.deepEqual(allocateTotal(100, [["60 211"], [0]]), [[100], [0]]);
    });

    it("splits a negative total (a refund) the same way, negated", () => {
      assert.deepEqual(allocateTotal(-10.03, [[50], [50]]), [[-5.02], [-5.01]]);
    });

    it("always adds up to the total to the cent (property)", () => {
      fc.assert(
        fc.property(
          fc.integer({ min: -1e11, max: 1e11 }),
          fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 60 }),
          (cents, weights) => {
            fc.pre(weights.some((w) => w > 0));
            const parts = allocateTotal(
              cents / 100,
              weights.map((w) => [w]),
            );
            assert.equal(parts.length, weights.length);
            assert.equal(
              parts.reduce((sum, [part]) => sum + Math.round(part * 100), 0),
              cents,
            );
          },
        ),
      );
    });

    it("does not change the weights range", () => {
      const weights = [["1/5"], [4]];
      allocateTotal(100, weights);
      assert.deepEqual(weights, [["1/5"], [4]]);
    });

    it("gives #DIV/0! when all weights are zero, without a message (Excel shows none for #DIV/0!)", () => {
      assert.equal(
        excelError(() => allocateTotal(100, [[0], [0]])),
        "#DIV/0!",
      );
    });

    it("gives #VALUE! for an empty, unreadable or negative weight or an unreadable total", () => {
      assert.equal(
        errorCode(() => allocateTotal(100, [[1], [null]])),
        "#VALUE!",
      );
      assert.equal(
        errorCode(() => allocateTotal(100, [["paljon"]])),
        "#VALUE!",
      );
      assert.equal(
        errorCode(() => allocateTotal(100, [])),
        "#VALUE!",
      );
      assert.equal(
        errorCode(() => allocateTotal("paljon", [[1]])),
        "#VALUE!",
      );
      assert.equal(
        excelError(() => allocateTotal(100, [[1], [-1]])),
        '#VALUE!: weights 2: "-1" on negatiivinen tai ääretön / is negative or infinite',
      );
    });
  });

  describe("AMOUNT", () => {
    it("reads Finnish, Swedish and English amounts", () => {
      assert.equal(amount("1\u00a0828\u00a0204,50\u00a0€"), 1828204.5);
      assert.equal(amount("1 828 204,50 €"), 1828204.5);
      assert.equal(amount("1,828,204.50"), 1828204.5);
      assert.equal(amount("EUR 12,00"), 12);
      assert.equal(amount("12 euroa"), 12);
    });

    it("reads negatives written with U+2212, a hyphen, a trailing minus or parentheses", () => {
      assert.equal(amount("\u2212250,00"), -250);
      assert.equal(amount("-250,00"), -250);
      assert.equal(amount("250,00-"), -250);
      assert.equal(amount("(1 234,00)"), -1234);
    });

    it("passes a number through, rounded to the cent", () => {
      assert.equal(amount(12.345), 12.35);
      assert.equal(amount(-7), -7);
    });

    it("gives #VALUE! for an ambiguous, sub-cent, empty or unreadable text", () => {
      assert.match(
        excelError(() => amount("1,234")),
        /^#VALUE!: text: "1,234" on monitulkintainen/,
      );
      assert.match(
        excelError(() => amount("0,123")),
        /^#VALUE!: text: "0,123" on tarkempi kuin sentti/,
      );
      assert.match(
        excelError(() => amount("")),
        /^#VALUE!: text: puuttuu/,
      );
      assert.match(
        excelError(() => amount("12 %")),
        /^#VALUE!: text: "12 %" ei ole summa/,
      );
      assert.equal(
        errorCode(() => amount(null as never)),
        "#VALUE!",
      );
    });

    it("gives #VALUE! with the reason for a number that is not finite", () => {
      assert.equal(
        excelError(() => amount(NaN)),
        "#VALUE!: text: ei äärellinen euromäärä / not a finite amount of euros",
      );
    });
  });

  describe("FINALREPORTDUE", () => {
    it("is two months after the project's end by default: LasSe 31.10.2015 → 31.12.2015", () => {
      assert.equal(finalReportDue(serial(2015, 10, 31)), serial(2015, 12, 31));
      assert.equal(finalReportDue("31.10.2015", null), serial(2015, 12, 31));
    });

    it("clamps to the end of a shorter month: Lapland 31.12.2011 → 29.2.2012", () => {
      assert.equal(finalReportDue("31.12.2011"), serial(2012, 2, 29));
    });

    it("takes another number of months", () => {
      assert.equal(finalReportDue("31.10.2015", 3), serial(2016, 1, 31));
      assert.equal(finalReportDue("31.10.2015", 0), serial(2015, 10, 31));
    });

    it("gives #VALUE! with the reason for negative, fractional or text months, a due date past 9999 or a text date", () => {
      assert.equal(
        excelError(() => finalReportDue("31.10.2015", -1)),
        "#VALUE!: months: -1 ei ole kokonaisluku 0–1200 / is not a whole number 0–1200",
      );
      assert.equal(
        excelError(() => finalReportDue("31.10.2015", 1.5)),
        "#VALUE!: months: 1.5 ei ole kokonaisluku 0–1200 / is not a whole number 0–1200",
      );
      assert.equal(
        excelError(() => finalReportDue("31.12.9999")),
        "#VALUE!: 10000-02-29 on Excelin kalenterin ulkopuolella / is outside Excel's calendar",
      );
      assert.equal(
        errorCode(() => finalReportDue("31.10.2015", "kaksi" as never)),
        "#VALUE!",
      );
      assert.equal(
        errorCode(() => finalReportDue("loka 2015")),
        "#VALUE!",
      );
    });
  });

  describe("an Excel error value passed in (a cell or a range cell holding #N/A, #REF!, …)", () => {
    const na = new FakeExcelError("#N/A");
    const ref = new FakeExcelError("#REF!");

    it("is the same error out where a function may return it, naming the argument (#NUM! and #DIV/0! without the message Excel would not show)", () => {
      assert.equal(
        excelError(() => share(na as never)),
        "#N/A: amount: solussa on virhe #N/A / the cell holds the error #N/A",
      );
      assert.equal(
        excelError(() => amount(new FakeExcelError("#DIV/0!") as never)),
        "#DIV/0!",
      );
      assert.equal(
        excelError(() => period(new FakeExcelError("#NUM!") as never, "kuukausi")),
        "#NUM!",
      );
      assert.equal(
        excelError(() => allocateTotal(100, [[1], [new FakeExcelError("#NUM!")]])),
        "#NUM!",
      );
      assert.equal(
        excelError(() => allocateTotal(100, [[1], [na], [2]])),
        "#N/A: weights 2: solussa on virhe #N/A / the cell holds the error #N/A",
      );
    });

    it("is #VALUE! saying which error where Excel takes no such error from a function (#REF!, #NAME?)", () => {
      assert.equal(
        excelError(() => share(1000, ref as never)),
        "#VALUE!: party: solussa on virhe #REF! / the cell holds the error #REF!",
      );
      assert.equal(
        excelError(() => period(42308, ref as never)),
        "#VALUE!: scheme: solussa on virhe #REF! / the cell holds the error #REF!",
      );
      assert.equal(
        excelError(() => checkSplit(1000, 750, 250, null, new FakeExcelError("#NAME?") as never)),
        "#VALUE!: lang: solussa on virhe #NAME? / the cell holds the error #NAME?",
      );
      assert.equal(excelError(() => share(1000, null, ref as never)).split(":")[0], "#VALUE!");
      assert.equal(excelError(() => finalReportDue(42308, ref as never)).split(":")[0], "#VALUE!");
      assert.equal(excelError(() => elapsed(ref as never, 42308)).split(":")[0], "#VALUE!");
    });
  });
});
