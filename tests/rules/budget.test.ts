import assert from "node:assert/strict";
import { dayFromYmd } from "../../src/periods";
import type { CellValue } from "../../src/workbook/types";
import { findingsOf } from "../support/rendered";

const CODES = ["BUDGET_LINE_OVERRUN", "BUDGET_TOTAL_OVERRUN", "BUDGET_UNDERUSE", "BUDGET_NO_LINE", "BUDGET_VERSION_AMBIGUOUS"] as const;

/** A 2014 budget: Verso's salaries and rent, and the common share's salaries (no partner). */
const BUDJETTI: CellValue[][] = [
  ["Vuosi", "Kumppani", "Tilikohta", "Versio", "Summa"],
  [2014, "Verso", "Palkat", "vahvistettu", 45600],
  [2014, "Verso", "Vuokrat", "vahvistettu", 3600],
  [2014, null, "Palkat", "vahvistettu", 60000],
];

function sheets(laskut: CellValue[][], budjetti: CellValue[][] = BUDJETTI): Record<string, CellValue[][]> {
  return {
    Hanke: [
      ["Hanke", "LasSe"],
      ["Hallinnoija", "Tampereen kaupunki"],
      ["Alkaa", "1.4.2013"],
      ["Päättyy", "31.10.2015"],
    ],
    Kumppanit: [
      ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy", "ALV palautuu"],
      ["Verso", "toteuma", "1.12.2013", "30.9.2015", "kyllä"],
      ["SONet BOTNIA", "kolmannes", "1.12.2013", "30.9.2015", "ei"],
    ],
    Budjetti: budjetti,
    Laskut: [
      ["Päivämäärä", "Laskuttaja", "Laskun numero", "Ajalta alkaen", "Ajalta päättyen", "Laji", "Tilikohta", "Summa (ALV 0)"],
      ...laskut,
    ],
  };
}

/** One year of costs in one row each: Verso's salaries and rent, the administrator's salaries. */
function year2014(palkat: number, vuokrat: number, yhteiset = 58000): CellValue[][] {
  return [
    ["15.1.2015", "Verso", "V14", "1.1.2014", "31.12.2014", "toteuma", "Palkat", palkat],
    ["15.1.2015", "Verso", "V14", "1.1.2014", "31.12.2014", "toteuma", "Vuokrat", vuokrat],
    ["15.1.2015", "Tampereen kaupunki", "T14", "1.1.2014", "31.12.2014", "toteuma", "Palkat", yhteiset],
  ];
}

const END_2014 = { asOf: dayFromYmd(2014, 12, 31) };

describe("budget use", () => {
  it("passes a year whose lines, partners and project stay within the confirmed budget", () => {
    assert.deepEqual(findingsOf(sheets(year2014(45000, 3600)), CODES, END_2014), []);
  });

  it("warns about a cost line over its budget at the budget's amount cell", () => {
    assert.deepEqual(findingsOf(sheets(year2014(45000, 3700)), CODES, END_2014), [["BUDGET_LINE_OVERRUN", "Budjetti!E3"]]);
  });

  it("reports a partner over its year's total at its first budget row, besides the line over budget", () => {
    assert.deepEqual(findingsOf(sheets(year2014(46000, 3600)), CODES, END_2014), [
      ["BUDGET_LINE_OVERRUN", "Budjetti!E2"],
      ["BUDGET_TOTAL_OVERRUN", "Budjetti!B2"],
    ]);
  });

  it("reports the project over its year's total at the year's first budget row", () => {
    assert.deepEqual(findingsOf(sheets(year2014(45000, 3600, 61000)), CODES, END_2014), [
      ["BUDGET_LINE_OVERRUN", "Budjetti!E4"],
      ["BUDGET_TOTAL_OVERRUN", "Budjetti!B4"],
      ["BUDGET_TOTAL_OVERRUN", "Budjetti!A2"],
    ]);
  });

  it("warns about use lagging behind time once more than half the year has passed", () => {
    const rows: CellValue[][] = [
      ["15.9.2014", "Verso", "V1", "1.1.2014", "31.8.2014", "toteuma", "Palkat", 20000],
      ["15.9.2014", "Tampereen kaupunki", "T1", "1.1.2014", "31.8.2014", "toteuma", "Palkat", 58000],
    ];
    assert.deepEqual(findingsOf(sheets(rows), CODES, { asOf: dayFromYmd(2014, 6, 1) }), []);
    assert.deepEqual(findingsOf(sheets(rows), CODES, { asOf: dayFromYmd(2014, 10, 1) }), [["BUDGET_UNDERUSE", "Budjetti!B2"]]);
  });

  it("uses Asetukset's pace threshold", () => {
    const rows: CellValue[][] = [
      ["15.9.2014", "Verso", "V1", "1.1.2014", "31.8.2014", "toteuma", "Palkat", 20000],
      ["15.9.2014", "Tampereen kaupunki", "T1", "1.1.2014", "31.8.2014", "toteuma", "Palkat", 58000],
    ];
    const s = { ...sheets(rows), Asetukset: [["Alikäytön raja", 0.5]] };
    assert.deepEqual(findingsOf(s, CODES, { asOf: dayFromYmd(2014, 10, 1) }), []);
  });

  it("reports costs on a cost line the partner's budget does not have, at the row's cost line", () => {
    const rows = [...year2014(45000, 3000), ["15.1.2015", "Verso", "V14", "1.1.2014", "31.12.2014", "toteuma", "Matkat", 500]];
    assert.deepEqual(findingsOf(sheets(rows), CODES, END_2014), [["BUDGET_NO_LINE", "Laskut!G5"]]);
  });

  it("reports a partner without a budget for the year once, at its first row", () => {
    const rows = [
      ...year2014(45000, 3600),
      ["20.5.2014", "SONet BOTNIA", "S1", "1.1.2014", "30.4.2014", "toteuma", "Palkat", 100],
      ["20.9.2014", "SONet BOTNIA", "S2", "1.5.2014", "31.8.2014", "toteuma", "Palkat", 100],
    ];
    assert.deepEqual(findingsOf(sheets(rows), CODES, END_2014), [["BUDGET_NO_LINE", "Laskut!B5"]]);
  });

  it("reports two confirmed budgets with different amounts for one line, and uses the later", () => {
    const budjetti = [...BUDJETTI, [2014, "verso", "palkat", "vahvistettu", 40000]];
    assert.deepEqual(findingsOf(sheets(year2014(45000, 3600), budjetti), CODES, END_2014), [
      ["BUDGET_VERSION_AMBIGUOUS", "Budjetti!E5"],
      ["BUDGET_LINE_OVERRUN", "Budjetti!E5"],
      ["BUDGET_TOTAL_OVERRUN", "Budjetti!B3"],
      ["BUDGET_TOTAL_OVERRUN", "Budjetti!A3"],
    ]);
  });

  it("takes a revised budget over the confirmed one without calling it ambiguous", () => {
    const budjetti = [...BUDJETTI, [2014, "Verso", "Palkat", "tarkistettu", 40000], [2014, "Verso", "Palkat", "tarkistettu", 47000]];
    assert.deepEqual(findingsOf(sheets(year2014(46000, 3600), budjetti), CODES, END_2014), []);
  });
});

describe("budget pace of a partner invoicing in arrears", () => {
  const budjetti: CellValue[][] = [
    ["Vuosi", "Kumppani", "Tilikohta", "Versio", "Summa"],
    [2014, "SONet BOTNIA", "Palkat", "vahvistettu", 12000],
  ];
  const tertial1 = (amount: number): CellValue[][] => [
    ["15.5.2014", "SONet BOTNIA", "S1", "1.1.2014", "30.4.2014", "toteuma", "Palkat", amount],
  ];
  it("measures a kolmannes partner's time up to its last tertial already due: on 14.9. that is 30.4.", () => {
    // a third of the year's budget for the first tertial: on schedule, though 70 % of the year has gone
    assert.deepEqual(findingsOf(sheets(tertial1(4000), budjetti), ["BUDGET_UNDERUSE"], { asOf: dayFromYmd(2014, 9, 14) }), []);
  });
  it("still warns when the invoiced tertial is far under its share of the budget", () => {
    assert.deepEqual(findingsOf(sheets(tertial1(1000), budjetti), ["BUDGET_UNDERUSE"], { asOf: dayFromYmd(2014, 9, 14) }), [
      ["BUDGET_UNDERUSE", "Budjetti!B2"],
      ["BUDGET_UNDERUSE", "Budjetti!A2"],
    ]);
  });
  it("from the day the second tertial's invoice is due (31.8. + 30 days) counts August too", () => {
    assert.deepEqual(findingsOf(sheets(tertial1(4000), budjetti), ["BUDGET_UNDERUSE"], { asOf: dayFromYmd(2014, 10, 1) }), [
      ["BUDGET_UNDERUSE", "Budjetti!B2"],
      ["BUDGET_UNDERUSE", "Budjetti!A2"],
    ]);
  });
});

describe("a budget shown on two sheets", () => {
  it("counts a cell with the same amount in a second table without Versio once, not twice", () => {
    const budget: CellValue[][] = [
      ["Vuosi", "Kumppani", "Tilikohta", "Summa"],
      [2014, "Verso", "Palkat", 45600],
      [2014, "Verso", "Vuokrat", 3600],
      [2014, null, "Palkat", 60000],
    ];
    const s = { ...sheets(year2014(45000, 3600), budget), Yhteenveto: budget.map((r) => [...r]) };
    assert.deepEqual(findingsOf(s, CODES, END_2014), []);
    // a different amount in the second table is more budget, as rows of one table are
    const more = { ...sheets(year2014(45000, 3600), budget), Lisäbudjetti: [budget[0], [2014, "Verso", "Palkat", 10000]] };
    assert.deepEqual(findingsOf(more, CODES, END_2014), []);
  });
});
