import assert from "node:assert/strict";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { dayFromYmd, ymdOf } from "../../src/periods";
import { renderMessage } from "../../src/findings/render";
import { buildLedger } from "../../src/ledger/build";
import { CLAIMS_SHEET, claimCellOf } from "../../src/ledger/claims";
import { applyMarkSent, markSent } from "../../src/sync/application/markSent";
import type { CellValue, WorkbookData } from "../../src/workbook/types";
import { book } from "../support/book";
import { assertMessages, findingsOf } from "../support/rendered";

const CODES = [
  "APPLICATION_PERIOD_GAP",
  "APPLICATION_PERIOD_OVERLAP",
  "APPLICATION_ORDER",
  "APPLICATION_OVER_RATE",
  "APPLICATION_COSTS_OUTSIDE",
  "REPAYMENT_UNDER_100",
] as const;

/** 220 000 € of eligible costs over 2013–2015; three yearly applications for exactly 75 % of them. */
function sheets(maksatukset: CellValue[][]): Record<string, CellValue[][]> {
  return {
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
    Maksatukset: [["Nro", "Ajalta alkaen", "Ajalta päättyen", "Haettu", "Maksettu", "Lähetetty"], ...maksatukset],
  };
}

const CHAIN: CellValue[][] = [
  [1, "1.4.2013", "31.12.2013", 30000, 30000, "15.2.2014"],
  [2, "1.1.2014", "31.12.2014", 75000, 75000, "15.2.2015"],
  [3, "1.1.2015", "31.10.2015", 60000, 60000, "15.12.2015"],
];

const chain = (change: (rows: CellValue[][]) => void = () => {}): CellValue[][] => {
  const rows = CHAIN.map((r) => [...r]);
  change(rows);
  return rows;
};

const AFTER = { asOf: dayFromYmd(2016, 2, 1) };
const BEFORE_END = { asOf: dayFromYmd(2015, 10, 1) };

describe("payment applications", () => {
  it("passes yearly applications forming one chain from the project start, each within 75 % of the costs so far", () => {
    assert.deepEqual(findingsOf(sheets(chain()), CODES, AFTER), []);
  });

  it("reports days between two applications at the later one's start, expecting the day after the earlier one's end", () => {
    const result = checkWorkbook(book(sheets(chain((r) => (r[1][1] = "1.2.2014")))), AFTER);
    assertMessages(result.findings);
    const gap = result.findings.filter((f) => f.code === "APPLICATION_PERIOD_GAP");
    assert.deepEqual(
      gap.map((f) => `${f.sheet}!${f.cell}`),
      ["Maksatukset!B3"],
    );
    assert.deepEqual(gap[0].expected, { day: dayFromYmd(2014, 1, 1) });
  });

  it("reports a first application that does not start at the project start", () => {
    assert.deepEqual(findingsOf(sheets(chain((r) => (r[0][1] = "1.5.2013"))), CODES, AFTER), [
      ["APPLICATION_PERIOD_GAP", "Maksatukset!B2"],
    ]);
  });

  it("says of a first application starting before the project that it starts too early, not that it leaves days uncovered", () => {
    const said = (start: string, lang: "fi" | "sv" | "en") =>
      checkWorkbook(book(sheets(chain((r) => (r[0][1] = start)))), AFTER)
        .findings.filter((f) => f.code === "APPLICATION_PERIOD_GAP")
        .map((f) => [`${f.sheet}!${f.cell}`, renderMessage(f, lang), f.expected]);
    const projectStart = { day: dayFromYmd(2013, 4, 1) };
    assert.deepEqual(said("1.1.2013", "en"), [
      [
        "Maksatukset!B2",
        "The first payment application 1 starts on 1 Jan 2013, before the project starts on 1 Apr 2013; an application's period starts on the project's start at the earliest.",
        projectStart,
      ],
    ]);
    assert.match(said("1.1.2013", "fi")[0][1] as string, /alkaa 1\.1\.2013, ennen kuin hanke alkaa 1\.4\.2013;/);
    assert.match(said("1.1.2013", "sv")[0][1] as string, /innan projektet börjar/);
    // A late first start is still the days left uncovered
    assert.match(
      said("1.5.2013", "en")[0][1] as string,
      /but the project starts on 1 Apr 2013; applications must cover the project period/,
    );
  });

  it("reports overlapping periods", () => {
    assert.deepEqual(findingsOf(sheets(chain((r) => (r[1][1] = "1.12.2013"))), CODES, AFTER), [
      ["APPLICATION_PERIOD_OVERLAP", "Maksatukset!B3"],
    ]);
  });

  it("warns about applications out of date order, and judges the chain in date order", () => {
    assert.deepEqual(findingsOf(sheets(chain((r) => r.reverse())), CODES, AFTER), [
      ["APPLICATION_ORDER", "Maksatukset!B3"],
      ["APPLICATION_ORDER", "Maksatukset!B4"],
    ]);
  });

  it("reports a period that ends before it starts at its end", () => {
    const found = findingsOf(sheets(chain((r) => (r[2][2] = "31.10.2014"))), CODES, AFTER);
    assert.deepEqual(found[0], ["APPLICATION_ORDER", "Maksatukset!C4"]);
  });

  it("judges a period typed end first by its days in the chain: the next application follows it, no gap", () => {
    assert.deepEqual(findingsOf(sheets(chain((r) => ([r[1][1], r[1][2]] = [r[1][2], r[1][1]]))), CODES, AFTER), [
      ["APPLICATION_ORDER", "Maksatukset!C3"],
    ]);
  });

  it("counts no days after the project's end as a gap: an application after it follows one that reaches the end", () => {
    assert.deepEqual(findingsOf(sheets(chain((r) => r.push([4, "1.1.2016", "31.3.2016", 0, 0, "15.4.2016"]))), CODES, AFTER), []);
    // One that stops short of the end leaves the days up to the end only
    const short = chain((r) => {
      r[2][2] = "30.9.2015";
      r.push([4, "1.1.2016", "31.3.2016", 0, 0, "15.4.2016"]);
    });
    const gap = checkWorkbook(book(sheets(short)), AFTER).findings.filter((f) => f.code === "APPLICATION_PERIOD_GAP");
    assert.deepEqual(
      gap.map((f) => [`${f.sheet}!${f.cell}`, f.params.gapStart, f.params.gapEnd]),
      [["Maksatukset!B5", { day: dayFromYmd(2015, 10, 1) }, { day: dayFromYmd(2015, 10, 31) }]],
    );
  });

  describe("with an application marked as sent that Maksatukset does not list (only on the claims sheet)", () => {
    /** Maksatukset's rows 1 and 3, and application 2 marked as sent for `start`–`end` without its Maksatukset row. */
    const sentAlone = (start: [number, number, number], end: [number, number, number]) => {
      const listed = book(sheets(chain((r) => r.splice(1, 1))));
      const plan = markSent(listed, { start: dayFromYmd(...start), end: dayFromYmd(...end) }, { ...AFTER, override: true });
      assert.equal(plan.claim.number, "2");
      assert.ok(plan.newSheet);
      // The claims sheet only: as when Maksatukset had no room for the row, or it was deleted since
      return applyMarkSent(listed, { ...plan, blocks: [] });
    };
    const chainFindings = (workbook: WorkbookData) =>
      checkWorkbook(workbook, AFTER)
        .findings.filter((f) => CODES.includes(f.code as (typeof CODES)[number]))
        .map((f) => [f.code, `${f.sheet}!${f.cell}`, renderMessage(f, "en")]);

    it("counts its days as applied for: no gap where it stands between two Maksatukset rows", () => {
      assert.deepEqual(chainFindings(sentAlone([2014, 1, 1], [2014, 12, 31])), []);
    });

    it("reports the days it leaves, at its start on the claims sheet", () => {
      const workbook = sentAlone([2014, 2, 1], [2014, 12, 31]);
      const claims = buildLedger(workbook).ledger.claims ?? [];
      assert.equal(claims.length, 1);
      const at = claimCellOf(claims[0], "Alkaa");
      assert.deepEqual(chainFindings(workbook), [
        [
          "APPLICATION_PERIOD_GAP",
          `${at.sheet}!${at.cell}`,
          "Between payment applications 1 and 2 the period 1 Jan 2014–31 Jan 2014 is covered by no application.",
        ],
      ]);
    });

    it("stays its own when another application was sent the same day, or a neighbour's period was typed a day into it", () => {
      const workbook = sentAlone([2014, 1, 1], [2014, 12, 31]);
      const [claim] = buildLedger(workbook).ledger.claims ?? [];
      assert.ok(claim?.sent);
      const { year, month, day } = ymdOf(claim.sent);
      const withApplications = (change: (rows: CellValue[][]) => void) => ({
        ...workbook,
        sheets: workbook.sheets.map((s) => {
          if (s.name !== "Maksatukset") return s;
          const cells = s.cells.map((r) => [...r]);
          change(cells);
          return { ...s, cells };
        }),
      });
      // application 3 sent the day application 2 was marked as sent: 2014 is still application 2's, no gap
      assert.deepEqual(chainFindings(withApplications((rows) => (rows[2][5] = `${day}.${month}.${year}`))), []);
      // application 3's start typed on 31.12.2014: its overlap with application 2 is said, and 2014 is no gap
      assert.deepEqual(
        chainFindings(withApplications((rows) => (rows[2][1] = "31.12.2014"))).map(([code]) => code),
        ["APPLICATION_PERIOD_OVERLAP"],
      );
    });

    describe("when Maksatukset lists it under a period corrected since (a table without Nro)", () => {
      /** Maksatukset without its Nro column, 1.1.–31.12.2014 marked as sent while it lists the period, then its rows `correct`ed. */
      const corrected = (correct: (rows: CellValue[][]) => void) => {
        const unnumbered = (change: (rows: CellValue[][]) => void) => sheets(chain(change)).Maksatukset.map((r) => r.slice(1));
        const listed = book({ ...sheets(chain()), Maksatukset: unnumbered(() => {}) });
        const plan = markSent(listed, { start: dayFromYmd(2014, 1, 1), end: dayFromYmd(2014, 12, 31) }, AFTER);
        assert.equal(plan.addsApplicationRow, false);
        const sent = applyMarkSent(listed, plan);
        assert.equal(buildLedger(sent).ledger.claims?.length, 1);
        const maksatukset = unnumbered(correct);
        const withClaim = { ...sent, sheets: sent.sheets.map((s) => (s.name === "Maksatukset" ? { ...s, cells: maksatukset } : s)) };
        // The same Maksatukset with no application marked as sent: what the check said before claims were chained
        const without = book({ ...sheets(chain()), Maksatukset: maksatukset });
        return { withClaim, without };
      };

      it("is that row when the row's period overlaps its own: no overlap at the claims sheet", () => {
        // Its end corrected to 30.11.2014, and the next application's start with it to 1.12.2014: the chain is whole
        const { withClaim, without } = corrected((r) => ([r[1][2], r[2][1]] = ["30.11.2014", "1.12.2014"]));
        assert.deepEqual(chainFindings(withClaim), []);
        assert.deepEqual(chainFindings(without), []);
        // Its end alone corrected: December is Maksatukset's gap, as without the claim
        const endOnly = corrected((r) => (r[1][2] = "30.11.2014"));
        const found = chainFindings(endOnly.withClaim);
        assert.deepEqual(
          found.filter(([, at]) => at.startsWith(CLAIMS_SHEET)),
          [],
        );
        assert.deepEqual(found, chainFindings(endOnly.without));
      });

      it("is that row when the row keeps its start (its end cleared) or its sent date (its period retyped)", () => {
        for (const correct of [
          (r: CellValue[][]) => (r[1][2] = null),
          (r: CellValue[][]) => ([r[1][1], r[1][2]] = ["1.1.2024", "31.12.2024"]),
        ]) {
          const { withClaim, without } = corrected(correct);
          const found = chainFindings(withClaim);
          assert.deepEqual(
            found.filter(([, at]) => at.startsWith(CLAIMS_SHEET)),
            [],
          );
          assert.deepEqual(found, chainFindings(without));
        }
      });
    });

    it("is no second application when Maksatukset has its period or its number", () => {
      const listed = book(sheets(chain()));
      const plan = markSent(listed, { start: dayFromYmd(2014, 1, 1), end: dayFromYmd(2014, 12, 31) }, AFTER);
      assert.equal(plan.addsApplicationRow, false);
      assert.deepEqual(chainFindings(applyMarkSent(listed, plan)), []);
    });
  });

  it("reports applying more than 75 % of the costs realised so far, with the most that could have been applied", () => {
    const result = checkWorkbook(book(sheets(chain((r) => (r[0][3] = 30000.01)))), BEFORE_END);
    assertMessages(result.findings);
    const over = result.findings.filter((f) => f.code === "APPLICATION_OVER_RATE");
    assert.deepEqual(
      over.map((f) => `${f.sheet}!${f.cell}`),
      ["Maksatukset!D2"],
    );
    assert.deepEqual(over[0].expected, { cents: 3_000_000 });
  });

  it("does not blame later applications for an earlier excess, but reports one that adds to it", () => {
    assert.deepEqual(
      findingsOf(
        sheets(
          chain((r) => {
            r[0][3] = 30001;
            r[2][3] = 60002;
          }),
        ),
        ["APPLICATION_OVER_RATE"],
        BEFORE_END,
      ),
      [
        ["APPLICATION_OVER_RATE", "Maksatukset!D2"],
        ["APPLICATION_OVER_RATE", "Maksatukset!D4"],
      ],
    );
  });

  it("once the project has ended, an excess of at most 100 € after the last application is no error (it need not be returned)", () => {
    const small = chain((r) => {
      r[2][3] = 60100;
      r[2][4] = 60100;
    });
    assert.deepEqual(findingsOf(sheets(small), ["APPLICATION_OVER_RATE"], BEFORE_END), [["APPLICATION_OVER_RATE", "Maksatukset!D4"]]);
    assert.deepEqual(findingsOf(sheets(small), CODES, AFTER), [["REPAYMENT_UNDER_100", "Maksatukset!E4"]]);
    const big = chain((r) => {
      r[2][3] = 60100.01;
      r[2][4] = 60100.01;
    });
    assert.deepEqual(findingsOf(sheets(big), CODES, AFTER), [["APPLICATION_OVER_RATE", "Maksatukset!D4"]]);
  });

  it("reports costs after the last application's end once the project has ended", () => {
    const rows = chain((r) => (r[2][2] = "30.6.2015"));
    assert.deepEqual(findingsOf(sheets(rows), ["APPLICATION_COSTS_OUTSIDE"], { asOf: dayFromYmd(2015, 10, 1) }), []);
    const result = checkWorkbook(book(sheets(rows)), AFTER);
    assertMessages(result.findings);
    const outside = result.findings.filter((f) => f.code === "APPLICATION_COSTS_OUTSIDE");
    assert.deepEqual(
      outside.map((f) => `${f.sheet}!${f.cell}`),
      ["Maksatukset!C4"],
    );
    assert.deepEqual(outside[0].params.total, { cents: 8_000_000 });
  });

  it("with no application and no project start, says the unclaimed costs from their own first day", () => {
    const noStart = sheets([]);
    noStart.Hanke = noStart.Hanke.filter((row) => row[0] !== "Alkaa");
    const result = checkWorkbook(book(noStart), AFTER);
    assertMessages(result.findings);
    const outside = result.findings.filter((f) => f.code === "APPLICATION_COSTS_OUTSIDE");
    assert.equal(outside.length, 1);
    assert.deepEqual(outside[0].params.from, { day: dayFromYmd(2013, 12, 31) }, "the first cost's day (its period's end)");
    assert.deepEqual(outside[0].params.total, { cents: 22_000_000 });
  });

  it("notes that an overpayment of at most 100 € need not be returned", () => {
    assert.deepEqual(findingsOf(sheets(chain((r) => (r[2][4] = 60100))), CODES, AFTER), [["REPAYMENT_UNDER_100", "Maksatukset!E4"]]);
    assert.deepEqual(findingsOf(sheets(chain((r) => (r[2][4] = 60100.01))), CODES, AFTER), []);
  });
});
