import assert from "node:assert/strict";
import { buildLedger } from "../../src/ledger/build";
import { budgetUse, costYear } from "../../src/ledger/budgetUse";
import type { BudgetUseRow } from "../../src/ledger/budgetUse";
import { dayFromYmd, parseDate } from "../../src/periods";
import type { CellValue } from "../../src/workbook/types";
import { book } from "../support/book";

function tableOf(sheets: Record<string, CellValue[][]>, asOf = dayFromYmd(2014, 12, 31)) {
  return budgetUse(buildLedger(book(sheets)).ledger, asOf);
}

const find = (
  rows: readonly BudgetUseRow[],
  level: BudgetUseRow["level"],
  year: number | null,
  partner: string | null,
  line: string | null,
) => rows.find((r) => r.level === level && r.year === year && r.partner === partner && r.line === line);

const HANKE: CellValue[][] = [
  ["Hanke", "LasSe"],
  ["Hallinnoija", "Tampereen kaupunki"],
  ["Alkaa", "1.4.2013"],
  ["Päättyy", "31.10.2015"],
];
const KUMPPANIT: CellValue[][] = [
  ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy", "ALV palautuu"],
  ["Verso", "kuukausi+tasaus", "1.12.2013", "30.9.2015", "kyllä"],
  ["SONet BOTNIA", "kolmannes", "1.12.2013", "30.9.2015", "ei"],
];
const LASKUT_HEADER: CellValue[] = [
  "Päivämäärä",
  "Laskuttaja",
  "Laskun numero",
  "Ajalta alkaen",
  "Ajalta päättyen",
  "Laji",
  "Tilikohta",
  "Summa (ALV 0)",
  "ALV",
];

describe("the budget use table", () => {
  const sheets = {
    Hanke: HANKE,
    Kumppanit: KUMPPANIT,
    Budjetti: [
      ["Vuosi", "Kumppani", "Tilikohta", "Versio", "Summa"],
      [2014, "Verso", "Palkat", "haettu", 50000],
      [2014, "Verso", "Palkat", "vahvistettu", 45600],
      [2014, "Verso", "Palkat", "tarkistettu", 40000],
      [2014, "Verso", "Vuokrat", "haettu", 4000],
      [2014, "SONet BOTNIA", "Palkat", "vahvistettu", 30000],
      [2014, "", "Palkat", "vahvistettu", 60000],
    ],
    Laskut: [
      LASKUT_HEADER,
      ["5.1.2014", "VERSO", "V1", "1.12.2013", "31.12.2013", "kiinteä", "palkat", 3800, 912],
      ["15.1.2014", "Verso", "V2", "1.12.2013", "31.1.2014", "tasaus", "Palkat", 200, 48],
      ["5.2.2014", "verso", "V3", "1.1.2014", "31.1.2014", "kiinteä", "Palkat", 3800, 912],
      ["5.2.2014", "Verso", "V3", "1.1.2014", "31.1.2014", "kiinteä", "Vuokrat", 300, 72],
      ["20.5.2014", "Sonet Botnia", "S1", "1.1.2014", "30.4.2014", "toteuma", "Palkat", 10000, 2400],
      ["28.2.2014", "Tampereen kaupunki", "T1", "1.1.2014", "28.2.2014", "toteuma", "Palkat", 9000, 0],
    ],
  };

  it("compares realised costs with the revised budget over the confirmed one, and with the applied one only when nothing else", () => {
    const { rows } = tableOf(sheets);
    const palkat = find(rows, "line", 2014, "Verso", "Palkat")!;
    assert.equal(palkat.budget, 4_000_000);
    // the reconciliation for 12/2013–1/2014 (200 €) dated in 2014 and January's fixed invoice (3 800 €)
    assert.equal(palkat.realised, 20_000 + 380_000);
    assert.equal(palkat.use, 0.1);
    assert.equal(find(rows, "line", 2014, "Verso", "Vuokrat")!.budget, 400_000);
  });

  it("matches partners and cost lines written differently ('VERSO', 'palkat', 'Sonet Botnia')", () => {
    const { rows } = tableOf(sheets);
    assert.equal(rows.filter((r) => r.level === "line" && r.year === 2014).length, 4);
    assert.equal(find(rows, "line", 2014, "SONet BOTNIA", "Palkat")!.realised, 1_240_000);
  });

  it("matches a budget's cost lines written with their account numbers (4000 Palkat, Vuokrat (4400)) to the ledger's names", () => {
    const numbered = {
      ...sheets,
      Budjetti: [
        ["Vuosi", "Kumppani", "Tilikohta", "Versio", "Summa"],
        [2014, "Verso", "4000 Palkat", "vahvistettu", 45600],
        [2014, "Verso", "Vuokrat (4400)", "vahvistettu", 4000],
      ],
    };
    const { rows } = tableOf(numbered);
    const salaries = find(rows, "line", 2014, "Verso", "4000 Palkat");
    assert.deepEqual([salaries?.budget, salaries?.realised], [4_560_000, 400_000]);
    assert.equal(find(rows, "line", 2014, "Verso", "Vuokrat (4400)")?.realised, 30_000);
    assert.equal(rows.filter((r) => r.level === "line" && r.year === 2014 && r.partner === "Verso").length, 2);
  });

  it("matches a budget's cost line to the ledger's lines of the same meaning (Palkkamenot: Palkat, Henkilöstökulut; Tilavuokrat: Vuokrat)", () => {
    const ledger = {
      ...sheets,
      Laskut: [
        ...sheets.Laskut.slice(0, 3),
        ["5.2.2014", "Verso", "V3", "1.1.2014", "31.1.2014", "kiinteä", "Henkilöstökulut", 3800, 912],
        ["5.2.2014", "Verso", "V3", "1.1.2014", "31.1.2014", "kiinteä", "Vuokrat", 300, 72],
      ],
    };
    const rows = (budget: CellValue[][]) =>
      budgetUse(
        buildLedger(book({ ...ledger, Budjetti: [["Vuosi", "Kumppani", "Tilikohta", "Versio", "Summa"], ...budget] })).ledger,
        dayFromYmd(2014, 12, 31),
      )
        .rows.filter((r) => r.level === "line" && r.year === 2014 && r.partner === "Verso")
        .map((r) => [r.line, r.budget, r.realised]);
    assert.deepEqual(
      rows([
        [2014, "Verso", "Palkkamenot", "vahvistettu", 45600],
        [2014, "Verso", "Tilavuokrat", "vahvistettu", 4000],
      ]),
      [
        ["Palkkamenot", 4_560_000, 20_000 + 380_000],
        ["Tilavuokrat", 400_000, 30_000],
      ],
    );
    // A budget with two lines of that meaning leaves the others unguessed; a line the budget names is its own
    assert.deepEqual(
      rows([
        [2014, "Verso", "Palkat", "vahvistettu", 40000],
        [2014, "Verso", "Palkkamenot", "vahvistettu", 5600],
      ]),
      [
        ["Palkat", 4_000_000, 20_000],
        ["Palkkamenot", 560_000, 0],
        ["Henkilöstökulut", null, 380_000],
        ["Vuokrat", null, 30_000],
      ],
    );
  });

  it("places a cost line by each year's budget when its rows run on into the next year (Henkilöstökulut: 2014's Palkkamenot, 2015's own)", () => {
    const { rows } = tableOf(
      {
        ...sheets,
        Budjetti: [
          ["Vuosi", "Kumppani", "Tilikohta", "Versio", "Summa"],
          [2014, "Verso", "Palkkamenot", "vahvistettu", 45600],
          [2015, "Verso", "Henkilöstökulut", "vahvistettu", 30000],
        ],
        Laskut: [
          LASKUT_HEADER,
          ["5.12.2014", "Verso", "V1", "1.11.2014", "30.11.2014", "kiinteä", "Henkilöstökulut", 3800, 912],
          ["5.2.2015", "Verso", "V2", "1.1.2015", "31.1.2015", "kiinteä", "Henkilöstökulut", 3700, 888],
        ],
      },
      dayFromYmd(2015, 12, 31),
    );
    const lines = rows.filter((r) => r.level === "line" && r.partner === "Verso").map((r) => [r.year, r.line, r.budget, r.realised]);
    assert.deepEqual(lines, [
      [2014, "Palkkamenot", 4_560_000, 380_000],
      [2015, "Henkilöstökulut", 3_000_000, 370_000],
    ]);
  });

  it("takes a ledger line of salaries and side costs together for no budget's salaries (Palkat ja sivukulut beside Palkat and Henkilösivukulut)", () => {
    for (const line of ["Palkat ja sivukulut", "Palkat ja henkilösivukulut"]) {
      const { rows } = tableOf({
        ...sheets,
        Budjetti: [
          ["Vuosi", "Kumppani", "Tilikohta", "Versio", "Summa"],
          [2014, "Verso", "Palkat", "vahvistettu", 10000],
          [2014, "Verso", "Henkilösivukulut", "vahvistettu", 2500],
        ],
        Laskut: [LASKUT_HEADER, ["5.2.2014", "Verso", "V3", "1.1.2014", "31.1.2014", "kiinteä", line, 12000, 2880]],
      });
      assert.deepEqual(
        rows.filter((r) => r.level === "line" && r.year === 2014 && r.partner === "Verso").map((r) => [r.line, r.budget, r.realised]),
        [
          ["Palkat", 1_000_000, 0],
          ["Henkilösivukulut", 250_000, 0],
          [line, null, 1_200_000],
        ],
        line,
      );
    }
  });

  it("counts the VAT of a partner that does not get it back, and not the VAT of one that does", () => {
    const { rows } = tableOf(sheets);
    assert.equal(find(rows, "line", 2014, "SONet BOTNIA", "Palkat")!.realised, 1_000_000 + 240_000);
    assert.equal(find(rows, "line", 2014, "Verso", "Vuokrat")!.realised, 30_000);
  });

  it("counts a period within one year for that year, and a period over the turn of the year for the invoice date's year", () => {
    const { rows } = tableOf(sheets);
    assert.equal(find(rows, "line", 2013, "Verso", "Palkat")!.realised, 380_000);
    assert.equal(find(rows, "line", 2013, "Verso", "Palkat")!.budget, null);
    assert.equal(costYear({ date: parseDate("15.1.2014"), periodStart: parseDate("1.12.2013"), periodEnd: parseDate("31.1.2014") }), 2014);
    assert.equal(costYear({ date: parseDate("15.3.2016"), periodStart: parseDate("1.12.2013"), periodEnd: parseDate("31.1.2014") }), 2014);
    assert.equal(costYear({ date: parseDate("15.1.2014"), periodStart: parseDate("1.12.2013"), periodEnd: parseDate("31.12.2013") }), 2013);
    assert.equal(costYear({ date: parseDate("15.1.2014"), periodStart: null, periodEnd: null }), 2014);
  });

  it("puts the administrator's own costs in the common share (a budget row without a partner)", () => {
    const { rows } = tableOf(sheets);
    assert.equal(find(rows, "line", 2014, "", "Palkat")!.realised, 900_000);
  });

  it("totals each partner, each cost line and the project, per year and over the whole period", () => {
    const { rows } = tableOf(sheets);
    assert.equal(find(rows, "partner", 2014, "Verso", null)!.budget, 4_400_000);
    assert.equal(find(rows, "partner", 2014, "Verso", null)!.realised, 430_000);
    assert.equal(find(rows, "costLine", 2014, null, "Palkat")!.budget, 13_000_000);
    assert.equal(find(rows, "project", 2014, null, null)!.budget, 13_400_000);
    assert.equal(find(rows, "project", 2014, null, null)!.realised, 430_000 + 1_240_000 + 900_000);
    assert.equal(find(rows, "project", null, null, null)!.realised, 380_000 + 430_000 + 1_240_000 + 900_000);
    assert.equal(find(rows, "partner", null, "Verso", null)!.realised, 380_000 + 430_000);
  });

  it("gives the elapsed share of the year's part of the project period and the pace", () => {
    const { rows } = tableOf(sheets, dayFromYmd(2013, 8, 16));
    const year2013 = find(rows, "project", 2013, null, null)!;
    // 1.4.–16.8.2013 is 138 of the 275 days of 1.4.–31.12.2013
    assert.equal(year2013.elapsed, 138 / 275);
    const verso2014 = find(rows, "partner", 2014, "Verso", null)!;
    assert.equal(verso2014.elapsed, 0);
    assert.equal(verso2014.pace, null);
    const late = find(tableOf(sheets, dayFromYmd(2014, 7, 2)).rows, "partner", 2014, "Verso", null)!;
    assert.equal(late.elapsed, 183 / 365);
    assert.equal(late.pace, 430_000 / 4_400_000 / (183 / 365));
  });

  it("measures a partner's time from its own window: a partner starting in December is not behind in November", () => {
    const withVerso2013 = { ...sheets, Budjetti: [...sheets.Budjetti, [2013, "Verso", "Palkat", "vahvistettu", 3900]] };
    const november = find(tableOf(withVerso2013, dayFromYmd(2013, 11, 15)).rows, "partner", 2013, "Verso", null)!;
    assert.equal(november.elapsed, 0);
    assert.equal(find(tableOf(withVerso2013, dayFromYmd(2013, 11, 15)).rows, "project", 2013, null, null)!.elapsed, 229 / 275);
    assert.equal(find(tableOf(withVerso2013, dayFromYmd(2013, 12, 16)).rows, "partner", 2013, "Verso", null)!.elapsed, 16 / 31);
  });

  it("adds up rows of a budget without versions, and lists lines before their partner's total", () => {
    const { rows } = tableOf({
      Hanke: HANKE,
      Kumppanit: KUMPPANIT,
      Budjetti: [
        ["Vuosi", "Kumppani", "Tilikohta", "Summa"],
        [2014, "Verso", "Palkat", 20000],
        [2014, "Verso", "Palkat", 25600],
      ],
      Laskut: [LASKUT_HEADER],
    });
    assert.deepEqual(
      rows.filter((r) => r.year === 2014).map((r) => [r.level, r.partner, r.line, r.budget]),
      [
        ["line", "Verso", "Palkat", 4_560_000],
        ["partner", "Verso", null, 4_560_000],
        ["costLine", null, "Palkat", 4_560_000],
        ["project", null, null, 4_560_000],
      ],
    );
  });
});
