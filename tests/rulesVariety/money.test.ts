import assert from "node:assert/strict";
import { allFindings, day, findingsAt, invoiceRow, project } from "./support";

/** Co-funding, applications, VAT, eligibility, budget and municipal shares as coordinators keep them. */
describe("rules on real co-funding practice", () => {
  describe("the 75 % boundary, to the cent", () => {
    it("a plan of exactly 75 % passes; one cent more is one error at the state grant, not two", () => {
      const over = project();
      over.Hanke[5][1] = 76500.01;
      over.Hanke[6][1] = 25499.99;
      assert.deepEqual(findingsAt(over, "20.12.2014"), [["COFUND_STATE_OVER_RATE", "Hanke!B6"]]);
    });
    it("a plan one cent under 75 % passes (directional check)", () => {
      const under = project();
      under.Hanke[5][1] = 76499.99;
      under.Hanke[6][1] = 25500.01;
      under.Maksatukset[1][3] = 76499.99;
      under.Maksatukset[1][4] = 76499.99;
      assert.deepEqual(findingsAt(under, "20.12.2014"), []);
    });
    it("an application one cent over 75 % of the costs is one error at Haettu, not two (while the project runs)", () => {
      const book = project();
      book.Maksatukset[1][3] = 76500.01;
      assert.deepEqual(findingsAt(book, "30.9.2014"), [["APPLICATION_OVER_RATE", "Maksatukset!D2"]]);
      // after the end a cent too much need not be returned, and the grant paid was right
      assert.deepEqual(findingsAt(book, "20.12.2014"), []);
    });
  });

  describe("paid against allowed once the project has ended", () => {
    const paid = (amount: number) => {
      const book = project();
      book.Maksatukset[1][4] = amount;
      return findingsAt(book, "1.3.2015");
    };
    it("paid exactly 100,00 € over the allowed grant: the info that it need not be returned", () => {
      assert.deepEqual(paid(76600), [["REPAYMENT_UNDER_100", "Maksatukset!E2"]]);
      assert.deepEqual(paid(76500.01), [["REPAYMENT_UNDER_100", "Maksatukset!E2"]]);
    });
    it("paid 100,01 € over: no longer the under-100 info", () => {
      assert.deepEqual(paid(76600.01), []);
    });
    it("paid less than applied is fine", () => {
      assert.deepEqual(paid(70000), []);
    });
    it("a credit note after the final application leaving 60 € to return: the info only, no error", () => {
      const book = project();
      book.Laskut.push(invoiceRow("10.12.2014", "Tampereen kaupunki", "T1H", "1.1.2014", "31.10.2014", "toteuma", "Palkat", -80));
      assert.deepEqual(findingsAt(book, "1.3.2015"), [["REPAYMENT_UNDER_100", "Maksatukset!E2"]]);
    });
    it("a credit note leaving 150 € to return is an error", () => {
      const book = project();
      book.Laskut.push(invoiceRow("10.12.2014", "Tampereen kaupunki", "T1H", "1.1.2014", "31.10.2014", "toteuma", "Palkat", -200));
      assert.deepEqual(findingsAt(book, "1.3.2015"), [["APPLICATION_OVER_RATE", "Maksatukset!D2"]]);
    });
    it("a yearly chain with a final application passes", () => {
      const book = project();
      book.Maksatukset = [
        book.Maksatukset[0],
        [1, "1.1.2014", "30.6.2014", 22650, 22650, "15.8.2014"],
        [2, "1.7.2014", "31.10.2014", 53850, 53850, "15.12.2014"],
      ];
      assert.deepEqual(findingsAt(book, "1.3.2015"), []);
    });
  });

  describe("VAT and eligibility", () => {
    it("an association's VAT is an eligible cost, a municipal partner's is not", () => {
      // SONet's 3 600 € VAT is in the 102 000 € the plan and the application are built on
      assert.deepEqual(findingsAt(project(), "20.12.2014"), []);
      const recovers = project();
      recovers.Kumppanit[2][4] = "kyllä";
      const codes = findingsAt(recovers, "20.12.2014").map(([code]) => code);
      assert.ok(codes.includes("APPLICATION_OVER_RATE"), codes.join());
    });
    it("depreciation marked not eligible (ei) is fine; marked eligible it is COST_INELIGIBLE", () => {
      const notEligible = project();
      notEligible.Laskut.push(
        invoiceRow("30.11.2014", "Tampereen kaupunki", "T2", "1.1.2014", "31.10.2014", "toteuma", "Poistot", 500).map((c, i) =>
          i === 9 ? "ei" : c,
        ),
      );
      assert.deepEqual(findingsAt(notEligible, "20.12.2014"), []);
      const eligible = project();
      eligible.Laskut.push(invoiceRow("30.11.2014", "Tampereen kaupunki", "T2", "1.1.2014", "31.10.2014", "toteuma", "Poistot", 500));
      assert.deepEqual(allFindings(eligible, "20.12.2014").find((f) => f.code === "COST_INELIGIBLE")?.cell, "J20");
    });
  });

  describe("budget versions and shapes", () => {
    it("applied, confirmed and a mid-year revision: the revision is compared, nothing ambiguous", () => {
      const book = project();
      book.Budjetti = [
        ["Vuosi", "Kumppani", "Tilikohta", "Versio", "Summa"],
        [2014, "Verso", "Palkat", "haettu", 50000],
        [2014, "SONet BOTNIA", "Palkat", "haettu", 20000],
        [2014, null, "Palkat", "haettu", 50000],
        [2014, "Verso", "Palkat", "vahvistettu", 38000],
        [2014, "SONet BOTNIA", "Palkat", "vahvistettu", 18600],
        [2014, null, "Palkat", "vahvistettu", 45400],
        [2014, "Verso", "Palkat", "tarkistettu", 40000],
        [2014, null, "Palkat", "tarkistettu", 43400],
      ];
      assert.deepEqual(findingsAt(book, "20.12.2014"), []);
    });
    it("a budget by partner only (no cost lines) is compared per partner", () => {
      const book = project();
      book.Budjetti = [
        ["Vuosi", "Kumppani", "Summa"],
        [2014, "Verso", 40000],
        [2014, "SONet BOTNIA", 18600],
        [2014, "Yhteisosuus", 43400],
      ];
      assert.deepEqual(findingsAt(book, "20.12.2014"), []);
    });
  });

  describe("municipal shares", () => {
    it("a joint authority (kuntayhtymä) paying for a member municipality is fine", () => {
      const book = project();
      book.Kuntaosuudet[2][2] = "Pirkan kuntayhtymä";
      assert.deepEqual(findingsAt(book, "20.12.2014"), []);
    });
    it("a municipality joining the next year and one paying through a new joint authority: only the one without any row is a warning", () => {
      const book = project();
      book.Kuntaosuudet.push(
        [2015, "Tampere", "Tampere", "väkiluku", 0],
        [2015, "Orivesi", "Pirkan kuntayhtymä", "väkiluku", 0],
        [2015, "Ypäjä", "Pirkan kuntayhtymä", "väkiluku", 0],
      );
      assert.deepEqual(findingsAt(book, "20.12.2014"), []);
      book.Kuntaosuudet = book.Kuntaosuudet.filter((r) => !(r[0] === 2015 && r[1] === "Orivesi"));
      assert.deepEqual(findingsAt(book, "20.12.2014"), [["MUNI_MISSING", "Kuntaosuudet!B4"]]);
    });

    it("shares one cent short of the year's municipal share are a mismatch", () => {
      const book = project();
      book.Kuntaosuudet[2][4] = 5099.99;
      assert.deepEqual(findingsAt(book, "20.12.2014"), [["MUNI_SHARES_MISMATCH", "Kuntaosuudet!E3"]]);
    });
  });
});

describe("budget pace during the year", () => {
  const MONTH_ENDS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31];
  /** The book as it stands on a day: only the invoices dated by then; the administrator books its salaries monthly. */
  function asItStood(asOf: string) {
    const book = project();
    book.Laskut = book.Laskut.filter((r) => r[2] !== "T1");
    for (let m = 1; m <= 10; m++) {
      book.Laskut.push(
        invoiceRow(
          `${MONTH_ENDS[m - 1]}.${m}.2014`,
          "Tampereen kaupunki",
          `T${m}`,
          `1.${m}.2014`,
          `${MONTH_ENDS[m - 1]}.${m}.2014`,
          "toteuma",
          "Palkat",
          4340,
        ),
      );
    }
    book.Laskut = book.Laskut.filter((r, i) => i === 0 || day(String(r[0])) <= day(asOf));
    book.Maksatukset = [book.Maksatukset[0]];
    return book;
  }
  it("a partner invoicing per tertial in arrears is not behind budget between its invoices", () => {
    for (const asOf of ["1.7.2014", "31.8.2014", "14.9.2014", "30.9.2014"]) assert.deepEqual(findingsAt(asItStood(asOf), asOf), [], asOf);
  });
});
