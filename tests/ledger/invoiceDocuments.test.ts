import assert from "node:assert/strict";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { buildLedger } from "../../src/ledger/build";
import { cellOf } from "../../src/ledger/cell";
import { fiDateOf } from "../../src/periods";
import type { CellValue } from "../../src/workbook/types";
import { book } from "../support/book";
import { ledgerBook, ledgerRow, serial } from "../sync/support";

/** The lines read from a workbook: biller, number, date, period, cost line and net, dates as Finnish days. */
function linesOf(sheets: Record<string, CellValue[][]>) {
  const { ledger } = buildLedger(book(sheets));
  return ledger.invoices.map((line) => [
    line.partner,
    line.number,
    line.date === null ? null : fiDateOf(line.date),
    line.periodStart === null ? null : fiDateOf(line.periodStart),
    line.periodEnd === null ? null : fiDateOf(line.periodEnd),
    line.line,
    line.net,
  ]);
}

describe("an invoice typed as a document: its number, date and period above its lines", () => {
  it("reads a key block of key | value cells (dates typed or as serials) and the lines under it, not their total", () => {
    const sheets = {
      Lasku: [
        ["Sosiaalialan osaamiskeskus Verso"],
        ["Laskuttaja", "Verso"],
        ["Laskun numero", "VER-025"],
        ["Laskun päivämäärä", serial("5.11.2015")],
        ["Ajalta", "1.10.–31.10.2015"],
        [],
        ["Kustannuslaji", "Summa", "Selite"],
        ["Palkat", 4200, "Projektikoordinaattori"],
        ["Vuokrat", "350,00 €", "Toimitila"],
        ["Yhteensä", 4550, null],
      ],
    };
    assert.deepEqual(linesOf(sheets), [
      ["Verso", "VER-025", "5.11.2015", "1.10.2015", "31.10.2015", "Palkat", 420_000],
      ["Verso", "VER-025", "5.11.2015", "1.10.2015", "31.10.2015", "Vuokrat", 35_000],
    ]);
    // a finding about the number or the period points at the cell it was typed in, once for all the lines
    const { ledger } = buildLedger(book(sheets));
    assert.deepEqual(
      ["number", "periodStart", "date", "line"].map((field) => cellOf(ledger.invoices[1].at, field).cell),
      ["B3", "B5", "B4", "A9"],
    );
  });

  it("reads keys and values typed in one cell, in Swedish, and a period of months", () => {
    const sheets = {
      Faktura: [
        ["Fakturanummer: SB-2015-2"],
        ["Fakturadatum: 15.9.2015", null, "Period: 5–8/2015"],
        ["Kostnadsslag", "Belopp"],
        ["Löner", 5100],
      ],
    };
    assert.deepEqual(linesOf(sheets), [["", "SB-2015-2", "15.9.2015", "1.5.2015", "31.8.2015", "Löner", 510_000]]);
  });

  it("reads lines of what was sold, priced by quantity (Nimike | Kpl | À-hinta | Yhteensä)", () => {
    const sheets = {
      Lasku: [
        ["LASKU", null, null, "Laskun nro", "VER-099"],
        ["Laskutuskausi", "10/2015", null, "Pvm", "5.11.2015"],
        [],
        ["Nimike", "Kpl", "À-hinta", "Yhteensä"],
        ["Työnohjaus", 3, 80, 240],
      ],
    };
    assert.deepEqual(linesOf(sheets), [["", "VER-099", "5.11.2015", "1.10.2015", "31.10.2015", "", 24_000]]);
    assert.equal(buildLedger(book(sheets)).ledger.invoices[0].description, "Työnohjaus");
  });

  it("takes no period of years from a title: a project's years are no invoice's", () => {
    const sheets = { Lasku: [["LasSe-hanke 2013–2015"], ["Laskun numero", "VER-025"], ["Kustannuslaji", "Summa"], ["Palkat", 4200]] };
    assert.deepEqual(linesOf(sheets), []);
  });

  it("reads a monthly breakdown whose title ends in its period, with no invoice number", () => {
    const sheets = {
      Erittely: [["Pikassos: meno-erittely lokakuu 2015"], [], ["Tilikohta", "Euroa"], ["Palkat", 7200], ["Matkakulut", 120.5]],
    };
    assert.deepEqual(linesOf(sheets), [
      ["", "", null, "1.10.2015", "31.10.2015", "Palkat", 720_000],
      ["", "", null, "1.10.2015", "31.10.2015", "Matkakulut", 12_050],
    ]);
  });

  it("reads documents stacked down a sheet each with its own key block or title; a header repeated without one is the same document's", () => {
    const sheets = {
      Erittelyt: [
        ["Verso: meno-erittely lokakuu 2015"],
        ["Kustannuslaji", "Summa"],
        ["Palkat", 4200],
        ["Yhteensä", 4200],
        [],
        ["Verso: meno-erittely marraskuu 2015"],
        ["Kustannuslaji", "Summa"],
        ["Palkat", 4300],
        ["Kustannuslaji", "Summa"],
        ["Vuokrat", 350],
        [],
        ["Laskun numero", "VER-030"],
        ["Ajalta", "12/2015"],
        ["Kustannuslaji", "Summa"],
        ["Palkat", 4400],
      ],
    };
    assert.deepEqual(linesOf(sheets), [
      ["", "", null, "1.10.2015", "31.10.2015", "Palkat", 420_000],
      ["", "", null, "1.11.2015", "30.11.2015", "Palkat", 430_000],
      ["", "", null, "1.11.2015", "30.11.2015", "Vuokrat", 35_000],
      ["", "VER-030", null, "1.12.2015", "31.12.2015", "Palkat", 440_000],
    ]);
    // the header repeated is said as a page's furniture; a workbook without Kumppanit cannot name the biller
    assert.deepEqual(
      buildLedger(book(sheets)).findings.map((f) => [f.code, f.cell]),
      [
        ["ROWS_SKIPPED_NOISE", "A9"],
        ["REQUIRED_MISSING", "A2"],
        ["REQUIRED_MISSING", "A7"],
        ["REQUIRED_MISSING", "A14"],
      ],
    );
  });

  it("reads a breakdown with a row per month and a column per cost line, the year from its title, not its totals", () => {
    const sheets = {
      Erittely: [
        ["Verso – meno-erittely 2015"],
        ["Kuukausi", "Palkat", "Sivukulut", "Vuokrat", "Yhteensä"],
        ["tammikuu", 4200, 1100, 350, 5650],
        ["helmikuu", 4200, 0, 350, 4550],
        // a month without costs, and one of nothing at all: no lines, nothing missing
        ["maaliskuu", 0, 0, 0, 0],
        ["huhtikuu", null, null, null, null],
        ["Yhteensä", 8400, 1100, 700, 10_200],
      ],
    };
    // (a workbook without Kumppanit cannot name the biller)
    assert.deepEqual(
      buildLedger(book(sheets)).findings.map((f) => [f.code, f.cell]),
      [["REQUIRED_MISSING", "A2"]],
    );
    assert.deepEqual(linesOf(sheets), [
      ["", "", null, "1.1.2015", "31.1.2015", "Palkat", 420_000],
      ["", "", null, "1.1.2015", "31.1.2015", "Sivukulut", 110_000],
      ["", "", null, "1.1.2015", "31.1.2015", "Vuokrat", 35_000],
      ["", "", null, "1.2.2015", "28.2.2015", "Palkat", 420_000],
      ["", "", null, "1.2.2015", "28.2.2015", "Vuokrat", 35_000],
    ]);
  });

  it("is not read where nothing above the lines gives their period, number or date, nor under a budget's title", () => {
    assert.deepEqual(
      linesOf({
        Kulut: [
          ["Kustannuslaji", "Summa"],
          ["Palkat", 4200],
        ],
      }),
      [],
    );
    assert.deepEqual(linesOf({ Kulut: [["Huomautuksia laskuista"], ["Kustannuslaji", "Summa"], ["Palkat", 4200]] }), []);
    assert.deepEqual(linesOf({ Talousarvio: [["Talousarvio lokakuu 2015"], ["Kustannuslaji", "Summa"], ["Palkat", 4200]] }), []);
  });

  it("is not read in a workbook that keeps a ledger: a partner's breakdown beside it would count its costs twice", () => {
    const workbook = ledgerBook([ledgerRow("5.11.2015", "Verso", "VER-025", "1.10.2015", "31.10.2015", "kiinteä", "Palkat", 4200)], {
      "Verso 10-2015": [["Verso: meno-erittely lokakuu 2015"], ["Kustannuslaji", "Summa"], ["Palkat", 4200]],
    });
    const result = checkWorkbook(workbook, { asOf: serial("1.12.2015") - 25_569 });
    assert.deepEqual(
      result.ledger.invoices.map((line) => line.at.table.sheet),
      ["Laskut"],
    );
    assert.deepEqual(result.ledger.tables.invoices.length, 1);
  });
});
