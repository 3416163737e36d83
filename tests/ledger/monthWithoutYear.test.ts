import assert from "node:assert/strict";
import { buildLedger } from "../../src/ledger/build";
import { dayFromYmd } from "../../src/periods";
import { monthOfText } from "../../src/periods/parsePeriod";
import { book } from "../support/book";

const d = dayFromYmd;

describe("a Kuukausi column without the year", () => {
  it("reads a month's name or number alone", () => {
    assert.deepEqual(["maaliskuu", "Mars", "march", "3", "03", "3.", "maalis"].map(monthOfText), [3, 3, 3, 3, 3, 3, 3]);
    assert.deepEqual(["13", "0", "3/2014", "viikko"].map(monthOfText), [null, null, null, null]);
  });

  it("takes the year the sheet or its title names", () => {
    const { ledger, findings } = buildLedger(
      book({
        "Laskut 2014": [
          ["Pvm", "Laskuttaja", "Nro", "Kuukausi", "Summa"],
          [41640, "Verso", 1, "joulukuu", 100],
          [41671, "Verso", 2, 1, 100],
        ],
      }),
    );
    assert.deepEqual(
      ledger.invoices.map((i) => [i.periodStart, i.periodEnd]),
      [
        [d(2014, 12, 1), d(2014, 12, 31)],
        [d(2014, 1, 1), d(2014, 1, 31)],
      ],
    );
    assert.deepEqual(findings, []);
  });

  it("else the last such month up to the invoice date, and says so when there is no date", () => {
    const { ledger, findings } = buildLedger(
      book({
        Laskut: [
          ["Pvm", "Laskuttaja", "Nro", "Kuukausi", "Summa"],
          ["5.1.2014", "Verso", 1, "joulukuu", 100],
          ["5.3.2014", "Verso", 2, 3, 100],
          [null, "Verso", 3, 3, 100],
        ],
      }),
    );
    assert.deepEqual(
      ledger.invoices.map((i) => i.periodStart),
      [d(2013, 12, 1), d(2014, 3, 1), null],
    );
    assert.deepEqual(
      findings.map((f) => [f.code, f.cell]),
      [["VALUE_NOT_A_DATE", "D4"]],
    );
  });

  it("does not take a year from a time of day in the date column, in a 1904 workbook either", () => {
    const { ledger } = buildLedger(
      book(
        {
          Laskut: [
            ["Pvm", "Laskuttaja", "Nro", "Kuukausi", "Summa"],
            [0.5, "Verso", 1, "maaliskuu", 100],
          ],
        },
        true,
      ),
    );
    assert.deepEqual([ledger.invoices[0].periodStart, ledger.invoices[0].date], [null, null]);
  });
});
