import { errorCode, excelError } from "../support/customFunctions";
import assert from "node:assert/strict";
import {
  amountOf,
  asOfDay,
  cellsOf,
  centsOf,
  dayOf,
  DEFAULT_RATE,
  isOmitted,
  langOf,
  monthsOf,
  partyOf,
  rateOf,
  schemeOf,
  serialOut,
  today,
  weightsOf,
} from "../../functions/args";
import { dayFromYmd } from "../../src/periods";

const OCT_31_2015 = dayFromYmd(2015, 10, 31);

describe("reading Excel arguments (functions/args)", () => {
  describe("isOmitted", () => {
    it("treats null, undefined, an empty and a blank text as left out", () => {
      for (const value of [null, undefined, "", "  "]) assert.equal(isOmitted(value), true, String(value));
      for (const value of [0, "0", false, []]) assert.equal(isOmitted(value), false, String(value));
    });
  });

  describe("centsOf", () => {
    it("reads euros from a number, rounding to the cent", () => {
      assert.equal(centsOf(1828204, "amount"), 182820400);
      assert.equal(centsOf(1371152.5, "amount"), 137115250);
      assert.equal(centsOf(1.005, "amount"), 101);
      assert.equal(centsOf(-2.5, "amount"), -250);
    });

    it("reads Finnish, Swedish and English text, Excel's U+00A0 groups and U+2212 minus included", () => {
      assert.equal(centsOf("1\u00a0828\u00a0204,50\u00a0€", "amount"), 182820450);
      assert.equal(centsOf("1 828 204,50 €", "amount"), 182820450);
      assert.equal(centsOf("1,828,204.50", "amount"), 182820450);
      assert.equal(centsOf("\u2212250,00", "amount"), -25000);
    });

    it("says why a text is not an amount", () => {
      assert.match(
        excelError(() => centsOf("1,234", "amount")),
        /^#VALUE!: amount: "1,234" on monitulkintainen .* \/ is ambiguous/,
      );
      assert.match(
        excelError(() => centsOf("0,123", "amount")),
        /^#VALUE!: .*finer than a cent/,
      );
      assert.match(
        excelError(() => centsOf("paljon", "amount")),
        /^#VALUE!: amount: "paljon" ei ole summa \/ is not an amount/,
      );
      assert.match(
        excelError(() => centsOf("", "amount")),
        /^#VALUE!: amount: puuttuu \/ is missing/,
      );
      assert.match(
        excelError(() => centsOf(null, "amount")),
        /is missing/,
      );
      assert.match(
        excelError(() => centsOf(true, "amount")),
        /^#VALUE!: .*\(boolean\)/,
      );
    });

    it("says that a finite number beyond what cents can hold (over 90 000 000 000 000 €) is too large, not that it is not finite", () => {
      assert.equal(
        excelError(() => centsOf(1e15, "amount")),
        "#VALUE!: amount: 1000000000000000 on liian suuri euromäärä sentin tarkkuudella / is too large an amount to keep to the cent",
      );
      assert.equal(centsOf(90_000_000_000_000, "amount"), 9_000_000_000_000_000);
      assert.equal(
        excelError(() => centsOf(-1e300, "amount")),
        "#VALUE!: amount: -1e+300 on liian suuri euromäärä sentin tarkkuudella / is too large an amount to keep to the cent",
      );
    });

    it("refuses a number that is not a finite amount with #VALUE!, saying so", () => {
      for (const value of [NaN, Infinity, -Infinity])
        assert.equal(
          excelError(() => centsOf(value, "amount")),
          "#VALUE!: amount: ei äärellinen euromäärä / not a finite amount of euros",
          String(value),
        );
    });

    it("shortens a long text in the message", () => {
      assert.match(
        excelError(() => centsOf("x".repeat(100), "amount")),
        /"x{23}…"/,
      );
    });
  });

  describe("amountOf", () => {
    it("accepts zero and positive amounts", () => {
      assert.equal(amountOf(0, "budget"), 0);
      assert.equal(amountOf("568 000", "budget"), 56800000);
    });

    it("refuses a negative amount with #VALUE!, saying it cannot be negative", () => {
      assert.equal(
        excelError(() => amountOf(-0.01, "budget")),
        "#VALUE!: budget: ei voi olla negatiivinen / cannot be negative",
      );
      assert.equal(
        excelError(() => amountOf("−1,00", "budget")),
        "#VALUE!: budget: ei voi olla negatiivinen / cannot be negative",
      );
    });
  });

  describe("dayOf", () => {
    it("reads a date serial of the 1900 date system, dropping the time of day", () => {
      assert.equal(dayOf(42308, "end"), OCT_31_2015);
      assert.equal(dayOf(42308.75, "end"), OCT_31_2015);
    });

    it("reads Finnish and ISO text dates", () => {
      assert.equal(dayOf("31.10.2015", "end"), OCT_31_2015);
      assert.equal(dayOf("2015-10-31", "end"), OCT_31_2015);
      assert.equal(dayOf(" 31.10.2015 ", "end"), OCT_31_2015);
    });

    it("reads a two-digit year as Excel does: 00–29 are 2000–2029, 30–99 are 1930–1999", () => {
      assert.equal(dayOf("31.10.15", "end"), OCT_31_2015);
      assert.equal(dayOf("31.12.29", "end"), dayFromYmd(2029, 12, 31));
      assert.equal(dayOf("1.1.30", "end"), dayFromYmd(1930, 1, 1));
      assert.equal(dayOf("1.1.99", "end"), dayFromYmd(1999, 1, 1));
    });

    it("reads a slash date day first, as Finnish and Swedish users write it: 3/4/2024 is 3 April", () => {
      assert.equal(dayOf("3/4/2024", "start"), dayFromYmd(2024, 4, 3));
      assert.equal(dayOf("31/10/2015", "end"), OCT_31_2015);
      // A month-first date that cannot be day first is refused, not guessed
      assert.equal(
        excelError(() => dayOf("10/31/2015", "end")),
        '#VALUE!: end: "10/31/2015" ei ole päivämäärä / is not a date (31.10.2015)',
      );
    });

    it("refuses serials outside Excel's calendar with #VALUE!, saying it is no date serial", () => {
      for (const serial of [0, -1, 60, 2958466])
        assert.equal(
          excelError(() => dayOf(serial, "end")),
          `#VALUE!: end: ${serial} ei ole päivämäärä / is not a date serial`,
          String(serial),
        );
      assert.equal(
        excelError(() => dayOf(NaN, "end")),
        "#VALUE!: end: ei ole päivämäärä / is not a date serial",
      );
    });

    it("refuses a typed date Excel has no serial for (a mistyped year) with #VALUE!, as outside its calendar", () => {
      assert.equal(
        excelError(() => dayOf("31.10.0015", "end")),
        '#VALUE!: end: "31.10.0015" on Excelin kalenterin ulkopuolella / is outside Excel\'s calendar (1900–9999)',
      );
      assert.equal(
        excelError(() => dayOf("31.12.1899", "end")),
        '#VALUE!: end: "31.12.1899" on Excelin kalenterin ulkopuolella / is outside Excel\'s calendar (1900–9999)',
      );
      assert.equal(dayOf("1.1.1900", "end"), dayOf(1, "end"));
      assert.equal(dayOf("31.12.9999", "end"), dayOf(2958465, "end"));
    });

    it("refuses texts that are not dates, and other types, with #VALUE!", () => {
      assert.equal(
        excelError(() => dayOf("31.2.2015", "end")),
        '#VALUE!: end: "31.2.2015" ei ole päivämäärä / is not a date (31.10.2015)',
      );
      assert.equal(
        errorCode(() => dayOf("10/31/2015", "end")),
        "#VALUE!",
      );
      assert.equal(
        excelError(() => dayOf(null, "end")),
        "#VALUE!: end: puuttuu / is missing",
      );
      assert.equal(
        errorCode(() => dayOf(false, "end")),
        "#VALUE!",
      );
    });
  });

  describe("serialOut", () => {
    it("gives the 1900-system serial of a day", () => {
      assert.equal(serialOut(OCT_31_2015), 42308);
    });

    it("is #VALUE! past 31.12.9999, saying the day is outside Excel's calendar", () => {
      assert.equal(
        excelError(() => serialOut(dayFromYmd(10000, 1, 1))),
        "#VALUE!: 10000-01-01 on Excelin kalenterin ulkopuolella / is outside Excel's calendar",
      );
    });
  });

  describe("today and asOfDay", () => {
    it("takes today's local calendar date", () => {
      assert.equal(today(new Date(2015, 9, 31, 23, 59)), OCT_31_2015);
      assert.equal(today(new Date(2015, 9, 31, 0, 0)), OCT_31_2015);
    });

    it("uses today for an omitted as-of date, the given date otherwise", () => {
      const before = today();
      const omitted = asOfDay(null, "as_of");
      assert.ok(omitted === before || omitted === today());
      assert.equal(asOfDay(undefined, "as_of"), asOfDay("", "as_of"));
      assert.equal(asOfDay("31.10.2015", "as_of"), OCT_31_2015);
    });
  });

  describe("rateOf", () => {
    it("defaults to 75 %", () => {
      assert.equal(DEFAULT_RATE, 750_000);
      assert.equal(rateOf(null), 750_000);
      assert.equal(rateOf(undefined), 750_000);
    });

    it("reads fractions, percents and percent texts", () => {
      assert.equal(rateOf(0.75), 750_000);
      assert.equal(rateOf(75), 750_000);
      assert.equal(rateOf("75 %"), 750_000);
      assert.equal(rateOf("0,8"), 800_000);
      assert.equal(rateOf(0), 0);
      assert.equal(rateOf(1), 1_000_000);
    });

    it("refuses rates outside 0–100 % and texts that are no rate with #VALUE!, saying which", () => {
      for (const value of [120, -0.1, "150 %", "-5 %", "−5", Infinity])
        assert.equal(
          excelError(() => rateOf(value)),
          `#VALUE!: rate: "${value}" ei ole välillä 0–100 % / is not within 0–100 %`,
          String(value),
        );
      assert.equal(
        excelError(() => rateOf("paljon")),
        '#VALUE!: rate: "paljon" ei ole prosentti / is not a rate (75 %, 0.75)',
      );
      assert.equal(
        errorCode(() => rateOf(true)),
        "#VALUE!",
      );
    });
  });

  describe("partyOf", () => {
    it("defaults to the state", () => {
      assert.equal(partyOf(null), "state");
      assert.equal(partyOf(""), "state");
    });

    it("knows the words for each party in Finnish, Swedish and English, in any case", () => {
      for (const word of ["state", "valtio", "Valtio", "stat", "STM", "statsandel", "statsunderstöd"])
        assert.equal(partyOf(word), "state", word);
      for (const word of ["municipal", "kunta", "KUNTA ", "kunnat", "kuntaosuus", "kommun", "kommunandel", "självfinansiering"])
        assert.equal(partyOf(word), "municipal", word);
    });

    it("refuses anything else with #VALUE!", () => {
      assert.equal(
        excelError(() => partyOf("city")),
        '#VALUE!: party: "city" ei ole osapuoli / is not a party (valtio/state, kunta/municipal)',
      );
      assert.equal(
        errorCode(() => partyOf(1)),
        "#VALUE!",
      );
    });
  });

  describe("schemeOf", () => {
    it("reads the schemes in Finnish, Swedish and English", () => {
      assert.equal(schemeOf("kuukausi"), "month");
      assert.equal(schemeOf("månad"), "month");
      assert.equal(schemeOf("Neljännes"), "quarter");
      assert.equal(schemeOf("kvartal"), "quarter");
      assert.equal(schemeOf("kolmannes"), "tertial");
      assert.equal(schemeOf("tertial"), "tertial");
    });

    it("refuses a missing or unknown scheme with #VALUE!", () => {
      assert.match(
        excelError(() => schemeOf("viikko")),
        /^#VALUE!: scheme: "viikko" ei ole jaksotus \/ is not a scheme/,
      );
      assert.match(
        excelError(() => schemeOf(null)),
        /^#VALUE!: scheme: puuttuu \/ is missing/,
      );
      assert.equal(
        errorCode(() => schemeOf(3)),
        "#VALUE!",
      );
    });
  });

  describe("langOf", () => {
    it("defaults to Finnish and reads codes and names", () => {
      assert.equal(langOf(null), "fi");
      assert.equal(langOf("sv"), "sv");
      assert.equal(langOf("Svenska"), "sv");
      assert.equal(langOf("englanti"), "en");
      assert.equal(langOf("EN"), "en");
    });

    it("refuses other languages with #VALUE!", () => {
      assert.equal(
        excelError(() => langOf("de")),
        '#VALUE!: lang: "de" ei ole kieli / is not a language (fi, sv, en)',
      );
    });
  });

  describe("monthsOf", () => {
    it("gives the fallback when omitted and whole months otherwise", () => {
      assert.equal(monthsOf(null, 2), 2);
      assert.equal(monthsOf(0, 2), 0);
      assert.equal(monthsOf(6, 2), 6);
    });

    it("refuses fractions, negatives and texts with #VALUE!, saying which", () => {
      assert.equal(
        excelError(() => monthsOf(-1, 2)),
        "#VALUE!: months: -1 ei ole kokonaisluku 0–1200 / is not a whole number 0–1200",
      );
      assert.equal(
        excelError(() => monthsOf(1.5, 2)),
        "#VALUE!: months: 1.5 ei ole kokonaisluku 0–1200 / is not a whole number 0–1200",
      );
      assert.equal(
        excelError(() => monthsOf("kaksi", 2)),
        '#VALUE!: months: "kaksi" ei ole luku / is not a number',
      );
    });
  });

  describe("cellsOf", () => {
    it("flattens a range row by row and wraps a single value", () => {
      assert.deepEqual(
        cellsOf([
          [1, 2],
          [3, 4],
        ]),
        [1, 2, 3, 4],
      );
      assert.deepEqual(cellsOf([1, 2]), [1, 2]);
      assert.deepEqual(cellsOf(5), [5]);
    });
  });

  describe("weightsOf", () => {
    it("reads populations, tier amounts, fractions, percents and decimals", () => {
      assert.deepEqual(weightsOf([[20000], [2000]]), [20000, 2000]);
      assert.deepEqual(weightsOf([["1/5"], ["31 %"], ["0,2"], ["60 211"]]), [0.2, 0.31, 0.2, 60211]);
      assert.deepEqual(weightsOf([[0], [1]]), [0, 1]);
    });

    it("does not change the range it reads", () => {
      const range = [["1/5"], [3]];
      weightsOf(range);
      assert.deepEqual(range, [["1/5"], [3]]);
    });

    it("refuses empty cells, unreadable texts and negatives with #VALUE!, naming the weight", () => {
      assert.equal(
        excelError(() => weightsOf([[1], [null], [2]])),
        "#VALUE!: weights 2: tyhjä solu / is an empty cell",
      );
      assert.equal(
        excelError(() => weightsOf([[1], [""]])),
        "#VALUE!: weights 2: tyhjä solu / is an empty cell",
      );
      assert.match(
        excelError(() => weightsOf([["paljon"]])),
        /^#VALUE!: weights 1: "paljon" ei ole paino \/ is not a weight/,
      );
      assert.equal(
        errorCode(() => weightsOf([["1,234"]])),
        "#VALUE!",
      );
      assert.equal(
        errorCode(() => weightsOf([[true]])),
        "#VALUE!",
      );
      assert.equal(
        excelError(() => weightsOf([[1], [-2]])),
        '#VALUE!: weights 2: "-2" on negatiivinen tai ääretön / is negative or infinite',
      );
      assert.equal(
        excelError(() => weightsOf([["−3"]])),
        '#VALUE!: weights 1: "−3" on negatiivinen tai ääretön / is negative or infinite',
      );
      assert.equal(
        excelError(() => weightsOf([[Infinity]])),
        '#VALUE!: weights 1: "Infinity" on negatiivinen tai ääretön / is negative or infinite',
      );
      assert.equal(
        excelError(() => weightsOf([])),
        "#VALUE!: weights: puuttuvat / are missing",
      );
    });
  });
});
