import assert from "node:assert/strict";
import { buildLedger } from "../../src/ledger/build";
import { cellOf } from "../../src/ledger/cell";
import { yearOfHeader } from "../../src/ledger/yearColumns";
import { book } from "../support/book";

describe("wide tables: a column per year", () => {
  it("reads a budget of cost lines by year, each amount with its own cell", () => {
    const { ledger, findings } = buildLedger(
      book({
        Taul1: [
          ["LasSe – kustannusarvio"],
          ["Tilikohta", 2013, 2014, 2015, "Yhteensä"],
          ["Palkat", 120_000, "250 000,00", 180_000, 550_000],
          ["Vuokrat", 10_000, null, 12_000, 22_000],
          ["Yhteensä", 130_000, 250_000, 192_000, 572_000],
        ],
      }),
    );
    assert.deepEqual(
      ledger.budget.map((b) => [b.year, b.line, b.amount]),
      [
        [2013, "Palkat", 12_000_000],
        [2014, "Palkat", 25_000_000],
        [2015, "Palkat", 18_000_000],
        [2013, "Vuokrat", 1_000_000],
        [2015, "Vuokrat", 1_200_000],
      ],
    );
    assert.equal(cellOf(ledger.budget[1].at, "amount").cell, "C3");
    assert.equal(ledger.tables.budget.length, 1);
    // the Yhteensä column right of the years sums them: known and not read, so nothing is said of it
    assert.deepEqual(
      findings.map((f) => [f.code, f.cell]),
      [],
    );
  });

  it("reads partners by year with years typed as text, and reports a bad amount at its year's cell", () => {
    const { ledger, findings } = buildLedger(
      book({
        Talousarvio: [
          ["Kumppani", "v. 2014", "Vuosi 2015"],
          ["Verso", 100, "sata"],
        ],
      }),
    );
    assert.deepEqual(
      ledger.budget.map((b) => [b.year, b.partner, b.amount]),
      [[2014, "Verso", 10_000]],
    );
    assert.deepEqual(
      findings.map((f) => [f.code, f.cell, f.params.field]),
      [["VALUE_NOT_A_NUMBER", "C2", "2015"]],
    );
  });

  it("does not take a wide table of realised costs for the budget", () => {
    const { ledger } = buildLedger(
      book({
        Seuranta: [["Toteutuneet kustannukset"], ["Tilikohta", 2013, 2014], ["Palkat", 100, 200]],
      }),
    );
    assert.deepEqual(ledger.budget, []);
    assert.deepEqual(ledger.tables.budget, []);
  });

  it("reads municipal shares by year", () => {
    const { ledger } = buildLedger(
      book({
        Kuntaosuudet: [
          ["Kunta", "Maksaja", "2014", "2015"],
          ["Tampere", "Tampere", 60_000, 45_000.5],
          ["Forssa", "FSHKY", 5_000, null],
        ],
      }),
    );
    assert.deepEqual(
      ledger.muniShares.map((m) => [m.year, m.municipality, m.payer, m.amount]),
      [
        [2014, "Tampere", "Tampere", 6_000_000],
        [2015, "Tampere", "Tampere", 4_500_050],
        [2014, "Forssa", "FSHKY", 500_000],
      ],
    );
  });

  it("reads a year header only when the year stands alone or after a year or budget word", () => {
    assert.deepEqual(["2014", " 2014 € ", "v. 2014", "År 2015", "Budjetti 2016", "FY2017", 2018].map(yearOfHeader), [
      2014,
      2014,
      2014,
      2015,
      2016,
      null,
      2018,
    ]);
    assert.deepEqual(["Toteuma 2014", "31.12.2014", 2014.5, 1850, "2014–2015", "Summa"].map(yearOfHeader), [
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("reads a part year remarked after it (2013 (1.4.–31.12.), 2015 (10 kk), 2013*) as that year's column", () => {
    assert.deepEqual(["2013 (1.4.–31.12.)", "2015 (10 kk)", "2013*", "v. 2014 (arvio)", "Toteuma 2014 (arvio)"].map(yearOfHeader), [
      2013,
      2015,
      2013,
      2014,
      null,
    ]);
    const { ledger } = buildLedger(
      book({
        Talousarvio: [
          ["Menolaji", "2013 (1.4.–31.12.)", 2014, "2015 (1.1.–31.10.)", "Yhteensä"],
          ["Palkat", 45_000, 220_000, 180_000, 445_000],
        ],
      }),
    );
    assert.deepEqual(
      ledger.budget.map((b) => [b.year, b.amount]),
      [
        [2013, 4_500_000],
        [2014, 22_000_000],
        [2015, 18_000_000],
      ],
    );
  });
});
