import assert from "node:assert/strict";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { renderMessage } from "../../src/findings/render";
import type { CellValue } from "../../src/workbook/types";
import { book } from "../support/book";
import { findingsOf } from "../support/check";

const CODES = [
  "COFUND_RATE_OVER_MAX",
  "COFUND_STATE_OVER_RATE",
  "COFUND_MUNI_UNDER_MIN",
  "COFUND_SPLIT_MISMATCH",
  "COFUND_DEFICIT_EXCEEDED",
] as const;

function plan(state: CellValue, municipal: CellValue, extra: CellValue[][] = []): Record<string, CellValue[][]> {
  return {
    Hanke: [
      ["Hanke", "Lapin sosiaalityön kehittämisyksikkö"],
      ["Alkaa", "1.11.2008"],
      ["Päättyy", "31.12.2011"],
      ["Hyväksyttävät kustannukset", 1828204],
      ["Valtionavustus", state],
      ["Kuntaosuus", municipal],
      ...extra,
    ],
  };
}

describe("co-funding on the plan (75 % / 25 %)", () => {
  it("passes the real Lapland plan, 1 € under 75 %", () => {
    assert.deepEqual(findingsOf(plan(1371152, 457052), CODES), []);
  });

  it("passes a state share of exactly 75 % rounded down", () => {
    assert.deepEqual(findingsOf(plan(1371153, 457051), CODES), []);
  });

  it("fails a state share of 1 371 154 €, naming the cell and the maximum", () => {
    const result = checkWorkbook(book(plan(1371154, 457050)));
    const over = result.findings.find((f) => f.code === "COFUND_STATE_OVER_RATE")!;
    assert.equal(over.cell, "B5");
    assert.deepEqual(over.expected, { cents: 137_115_300 });
    assert.deepEqual(findingsOf(plan(1371154, 457050), CODES), [["COFUND_STATE_OVER_RATE", "Hanke!B5"]]);
  });

  it("does not report the municipal share under 25 % when it is only the state's excess again (the split adds up)", () => {
    assert.deepEqual(findingsOf(plan(1371153.01, 457050.99), CODES), [["COFUND_STATE_OVER_RATE", "Hanke!B5"]]);
    // the split off as well: the municipal shortfall is news
    assert.deepEqual(findingsOf(plan(1371154, 457000), CODES), [
      ["COFUND_STATE_OVER_RATE", "Hanke!B5"],
      ["COFUND_MUNI_UNDER_MIN", "Hanke!B6"],
      ["COFUND_SPLIT_MISMATCH", "Hanke!B4"],
    ]);
  });

  it("uses the rate the workbook gives (at 70 % the same plan is over the state rate)", () => {
    assert.deepEqual(findingsOf(plan(1371152, 457052, [["Valtionavustus-%", "70 %"]]), CODES), [["COFUND_STATE_OVER_RATE", "Hanke!B5"]]);
  });

  it("refuses a rate over 75 % at its cell, in each language, and judges the plan at 75 %", () => {
    // 80 % of the eligible costs as the state grant, the rest municipal: within 90 %, over 75 %
    const sheets = plan(1462563, 365641, [["Valtionavustus-%", "90 %"]]);
    assert.deepEqual(findingsOf(sheets, CODES), [
      ["COFUND_RATE_OVER_MAX", "Hanke!B7"],
      ["COFUND_STATE_OVER_RATE", "Hanke!B5"],
    ]);
    const { findings } = checkWorkbook(book(sheets));
    const rate = findings.find((f) => f.code === "COFUND_RATE_OVER_MAX")!;
    assert.equal(rate.severity, "error");
    assert.deepEqual(rate.expected, { ratio: 0.75 });
    assert.deepEqual(rate.actual, { ratio: 0.9 });
    assert.equal(
      renderMessage(rate, "fi"),
      "Valtionavustus-% 90\u00a0% ylittää KASTE-avustuksen enintään 75\u00a0%; tarkistukset käyttävät 75\u00a0%.",
    );
    assert.match(
      renderMessage(rate, "sv"),
      /^Valtionavustus-% \(statsunderstödets andel\) 90\u00a0% överstiger .*75\u00a0%; kontrollerna använder 75\u00a0%\.$/,
    );
    assert.match(renderMessage(rate, "en"), /^Valtionavustus-% \(state grant rate\) 90% exceeds .*75%; the checks use 75%\.$/);
    const over = findings.find((f) => f.code === "COFUND_STATE_OVER_RATE")!;
    assert.deepEqual(over.params.rate, { ratio: 0.75 });
    assert.deepEqual(over.expected, { cents: 137_115_300 });
  });

  it("refuses 76 % as well, but not exactly 75 % or a lower grant decision's 70 %", () => {
    assert.deepEqual(findingsOf(plan(1371152, 457052, [["Valtionavustus-%", "76 %"]]), CODES), [["COFUND_RATE_OVER_MAX", "Hanke!B7"]]);
    assert.deepEqual(findingsOf(plan(1371152, 457052, [["Valtionavustus-%", "75 %"]]), CODES), []);
    assert.deepEqual(findingsOf(plan(1279742, 548462, [["Valtionavustus-%", "70 %"]]), CODES), []);
  });

  it("fails when the parts do not add up to the eligible total", () => {
    assert.deepEqual(findingsOf(plan(1371152, 457000), CODES), [
      ["COFUND_MUNI_UNDER_MIN", "Hanke!B6"],
      ["COFUND_SPLIT_MISMATCH", "Hanke!B4"],
    ]);
  });

  it("counts other funding and income in the split", () => {
    assert.deepEqual(
      findingsOf(
        plan(1371152, 457052, [
          ["Muu rahoitus", 0],
          ["Tulot", 0],
        ]),
        CODES,
      ),
      [],
    );
    assert.deepEqual(findingsOf(plan(1371152, 457052, [["Tulot", 100]]), CODES), [["COFUND_SPLIT_MISMATCH", "Hanke!B4"]]);
  });

  it("fails a state grant bigger than the deficit left by other funding and income", () => {
    const sheets = plan(1371152, 400000, [["Muu rahoitus", 57052]]);
    sheets.Hanke[3] = ["Hyväksyttävät kustannukset", 1828204];
    // 1 828 204 − 57 052 − 500 000 = 1 271 152 < 1 371 152
    sheets.Hanke.push(["Tulot", 500000]);
    const codes = findingsOf(sheets, CODES).map(([code]) => code);
    assert.ok(codes.includes("COFUND_DEFICIT_EXCEEDED"));
  });

  it("checks a plan that gives only the shares, on their sum", () => {
    const shares = (state: number, municipal: number) => ({
      Hanke: [
        ["Hanke", "Lappi"],
        ["Valtionavustus", state],
        ["Kuntaosuus", municipal],
      ],
    });
    assert.deepEqual(findingsOf(shares(1371152, 457052), CODES), []);
    assert.deepEqual(findingsOf(shares(80000, 20000), CODES), [["COFUND_STATE_OVER_RATE", "Hanke!B2"]]);
  });

  it("lists the plan check as not checked when there is no Hanke block", () => {
    const result = checkWorkbook(book({ Muistiinpanot: [["vain tekstiä"]] }));
    assert.ok(result.notChecked.some((n) => n.rule === "cofunding-plan" && n.missing.includes("Hanke")));
    assert.ok(result.findings.some((f) => f.code === "TABLE_NOT_FOUND" && f.params.kind === "project"));
  });
});

describe("co-funding per payment application", () => {
  const ledger: CellValue[][] = [
    ["Laskuttaja", "Laskun numero", "Ajalta alkaen", "Ajalta päättyen", "Summa (ALV 0)"],
    ["Verso", "1", "1.1.2014", "31.1.2014", 10000],
    ["Verso", "2", "1.2.2014", "28.2.2014", 10000],
    ["Verso", "3", "1.1.2015", "31.1.2015", 99999],
  ];
  it("passes an application of 75 % of the costs realised in its period", () => {
    assert.deepEqual(
      findingsOf(
        {
          Laskut: ledger,
          Maksatukset: [
            ["Nro", "Ajalta alkaen", "Ajalta päättyen", "Haettu"],
            [1, "1.1.2014", "31.12.2014", 15000],
          ],
        },
        ["COFUND_STATE_OVER_RATE"],
      ),
      [],
    );
  });
  it("fails an application over 75 % of its period's costs while the applications so far stay within the rate (a catch-up)", () => {
    const maksatukset = [
      ["Nro", "Ajalta alkaen", "Ajalta päättyen", "Haettu"],
      [1, "1.1.2014", "31.12.2014", 5000],
      [2, "1.1.2015", "31.12.2015", 80000],
    ];
    assert.deepEqual(findingsOf({ Laskut: ledger, Maksatukset: maksatukset }, ["COFUND_STATE_OVER_RATE", "APPLICATION_OVER_RATE"]), [
      ["COFUND_STATE_OVER_RATE", "Maksatukset!D3"],
    ]);
  });
  it("judges applications at 75 % when Hanke types a rate over it", () => {
    const maksatukset = [
      ["Nro", "Ajalta alkaen", "Ajalta päättyen", "Haettu"],
      [1, "1.1.2014", "31.12.2014", 5000],
      [2, "1.1.2015", "31.12.2015", 80000],
    ];
    const hanke = [
      ["Hanke", "Lappi"],
      ["Valtionavustus-%", 0.9],
    ];
    assert.deepEqual(
      findingsOf({ Hanke: hanke, Laskut: ledger, Maksatukset: maksatukset }, [
        "COFUND_RATE_OVER_MAX",
        "COFUND_STATE_OVER_RATE",
        "APPLICATION_OVER_RATE",
      ]),
      [
        ["COFUND_RATE_OVER_MAX", "Hanke!B2"],
        ["COFUND_STATE_OVER_RATE", "Maksatukset!D3"],
      ],
    );
  });
  it("leaves an application over the rate to APPLICATION_OVER_RATE when the applications so far are over too (one error, not two at one cell)", () => {
    const maksatukset = [
      ["Nro", "Ajalta alkaen", "Ajalta päättyen", "Haettu"],
      [1, "1.1.2014", "31.12.2014", 15000.01],
    ];
    assert.deepEqual(findingsOf({ Laskut: ledger, Maksatukset: maksatukset }, ["COFUND_STATE_OVER_RATE", "APPLICATION_OVER_RATE"]), [
      ["APPLICATION_OVER_RATE", "Maksatukset!D2"],
    ]);
  });
});
