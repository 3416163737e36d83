import assert from "node:assert/strict";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { renderFinding } from "../../src/findings/render";
import type { CellValue } from "../../src/workbook/types";
import { book } from "../support/book";
import { assertMessages, findingsOf } from "../support/rendered";

const HEADER = ["Päivämäärä", "Laskuttaja", "Laskun numero", "Ajalta alkaen", "Ajalta päättyen", "Laji", "Tilikohta", "Summa (ALV 0)"];
const line = (n: number): CellValue[] => [
  `5.${n + 1}.2014`,
  "Verso",
  `V-${n}`,
  `1.${n}.2014`,
  `${[31, 28, 31, 30][n - 1]}.${n}.2014`,
  "kiinteä",
  "Palkat",
  4_200,
];
const LEDGER = [HEADER, line(1), line(2), line(3)];
const CODES = ["TABLE_NOT_READ", "INVOICE_DUPLICATE"] as const;

describe("variety: a copy of the ledger on a sheet of its own", () => {
  it("leaves a copy unread, said once: Excel's Laskut (2) before the original, vanha Laskut, a part of the ledger", () => {
    const result = checkWorkbook(book({ "Laskut (2)": LEDGER, Laskut: LEDGER, "vanha Laskut": [HEADER, line(1), line(2)] }));
    const found = result.findings.filter((f) => (CODES as readonly string[]).includes(f.code));
    assertMessages(found);
    assert.deepEqual(
      found.map((f) => [f.code, `${f.sheet}!${f.cell}`]),
      [
        ["TABLE_NOT_READ", "Laskut (2)!A1"],
        ["TABLE_NOT_READ", "vanha Laskut!A1"],
      ],
    );
    assert.deepEqual(
      result.ledger.invoices.map((l) => `${l.at.table.sheet} ${l.number}`),
      ["Laskut V-1", "Laskut V-2", "Laskut V-3"],
    );
    assert.match(renderFinding(found[0], "fi").message, /jokainen rivi on myös välilehdellä Laskut,/);
    assert.match(renderFinding(found[0], "en").message, /also on the sheet Laskut,/);
  });

  it("of two copies of the same lines leaves the later sheet unread; a newer copy that adds lines leaves both read", () => {
    assert.deepEqual(findingsOf({ Laskut: LEDGER, Kirjanpito: LEDGER }, CODES), [["TABLE_NOT_READ", "Kirjanpito!A1"]]);
    // The old sheet's name says no copy, and a partner's month sheets are parts of its "Kaikki laskut" alike
    assert.deepEqual(findingsOf({ Laskut: LEDGER, "Laskut (2)": [...LEDGER, line(4)] }, CODES), [
      ["INVOICE_DUPLICATE", "Laskut (2)!H2"],
      ["INVOICE_DUPLICATE", "Laskut (2)!H3"],
      ["INVOICE_DUPLICATE", "Laskut (2)!H4"],
    ]);
  });

  it("leaves unread a summary of other sheets: Yhteenveto holding each month sheet's lines, or a breakdown by month of no invoice numbers", () => {
    const summary = { "Verso 1": [HEADER, line(1)], "Verso 2": [HEADER, line(2), line(3)], Yhteenveto: LEDGER };
    const found = checkWorkbook(book(summary)).findings.filter((f) => (CODES as readonly string[]).includes(f.code));
    assertMessages(found);
    assert.deepEqual(
      found.map((f) => [f.code, `${f.sheet}!${f.cell}`]),
      [["TABLE_NOT_READ", "Yhteenveto!A1"]],
    );
    assert.match(
      renderFinding(found[0], "fi").message,
      /jokainen rivi on myös välilehdillä Verso 1, Verso 2, joten se on niiden yhteenveto/,
    );
    assert.match(renderFinding(found[0], "sv").message, /finns också på bladen Verso 1, Verso 2, så bladet är deras sammandrag/);
    assert.match(renderFinding(found[0], "en").message, /also on the sheets Verso 1, Verso 2, so it sums them up/);
    // a partner's month documents and its breakdown by month beside them, in a workbook of no ledger: the costs once
    const month = (title: string, pay: number) => [[title], ["Kustannuslaji", "Summa"], ["Palkat", pay], ["Vuokrat", 350]];
    const documents = checkWorkbook(
      book({
        "10-2015": month("Verso – meno-erittely lokakuu 2015", 4200),
        "11-2015": month("Verso – meno-erittely marraskuu 2015", 4300),
        Kaikki: [["Verso – meno-erittely 2015"], ["Kuukausi", "Palkat", "Vuokrat"], ["lokakuu", 4200, 350], ["marraskuu", 4300, 350]],
      }),
    );
    assert.deepEqual(
      documents.ledger.invoices.map((l) => `${l.at.table.sheet} ${l.line} ${l.net}`),
      ["10-2015 Palkat 420000", "10-2015 Vuokrat 35000", "11-2015 Palkat 430000", "11-2015 Vuokrat 35000"],
    );
    // with a line of its own, or named otherwise and numbered, the other sheet is read and its copies are duplicates
    assert.deepEqual(findingsOf({ "Verso 1": [HEADER, line(1)], "Verso 2": [HEADER, line(2)], Yhteenveto: LEDGER }, CODES), [
      ["INVOICE_DUPLICATE", "Yhteenveto!H2"],
      ["INVOICE_DUPLICATE", "Yhteenveto!H3"],
    ]);
    assert.deepEqual(findingsOf({ "Verso 1": [HEADER, line(1)], "Verso 2": [HEADER, line(2), line(3)], "Kaikki laskut": LEDGER }, CODES), [
      ["INVOICE_DUPLICATE", "Kaikki laskut!H2"],
      ["INVOICE_DUPLICATE", "Kaikki laskut!H3"],
      ["INVOICE_DUPLICATE", "Kaikki laskut!H4"],
    ]);
  });

  it("reads both sheets when each has lines of its own, and one line on two sheets is still a duplicate", () => {
    assert.deepEqual(findingsOf({ "Laskut 2014": LEDGER, "Laskut 2015": [HEADER, line(3), line(4)] }, CODES), [
      ["INVOICE_DUPLICATE", "Laskut 2015!H2"],
    ]);
    assert.deepEqual(findingsOf({ Laskut: LEDGER, Verso: [HEADER, line(2)] }, CODES), [["INVOICE_DUPLICATE", "Verso!H2"]]);
  });

  it("leaves unread a part of the ledger on a hidden sheet, whatever its name; in sight, the same part is read", () => {
    const old = [HEADER, line(1), line(2)];
    const withOld = (hidden: boolean) => {
      const data = book({ Laskut: LEDGER, "Laskut 2013": old });
      return checkWorkbook({ ...data, sheets: data.sheets.map((sheet) => (sheet.name === "Laskut 2013" ? { ...sheet, hidden } : sheet)) });
    };
    const hidden = withOld(true);
    const found = hidden.findings.filter((f) => (CODES as readonly string[]).includes(f.code));
    assertMessages(found);
    assert.deepEqual(
      found.map((f) => [f.code, `${f.sheet}!${f.cell}`]),
      [["TABLE_NOT_READ", "Laskut 2013!A1"]],
    );
    assert.deepEqual(
      hidden.ledger.invoices.map((l) => `${l.at.table.sheet} ${l.number}`),
      ["Laskut V-1", "Laskut V-2", "Laskut V-3"],
    );
    assert.deepEqual(
      withOld(false)
        .findings.filter((f) => (CODES as readonly string[]).includes(f.code))
        .map((f) => [f.code, `${f.sheet}!${f.cell}`]),
      [
        ["INVOICE_DUPLICATE", "Laskut 2013!H2"],
        ["INVOICE_DUPLICATE", "Laskut 2013!H3"],
      ],
    );
  });
});
