import assert from "node:assert/strict";
import type { Finding } from "../../../src/findings/finding";
import { emptyRecords, readRow } from "../../../src/ledger/phases/readRecords";
import { RowFields } from "../../../src/ledger/phases/rowFields";
import { tableOf } from "./tableOf";
import type { CellValue } from "../../../src/workbook/types";

function readAll(cells: CellValue[][], name?: string) {
  const { reader, table } = tableOf(cells, name);
  const findings: Finding[] = [];
  const records = emptyRecords();
  const f = new RowFields(table, reader, false, findings);
  const taken: number[] = [];
  for (let row = table.headerRow + 1; row < reader.rowCount; row++) {
    f.row = row;
    if (readRow(f, records)) taken.push(row);
  }
  return { records, findings, taken };
}

describe("phase 4, assemble records", () => {
  it("makes one invoice line per data row, pointing at its row, and takes no total row", () => {
    const { records, taken, findings } = readAll([
      ["Pvm", "Laskuttaja", "Laskun nro", "Ajalta", "Summa €"],
      [41671, "Verso", "V-1", "1/2014", 100],
      [41700, "Pikassos", "P-1", "2/2014", 250.5],
      ["Yhteensä", null, null, null, 350.5],
    ]);
    assert.deepEqual(taken, [1, 2]);
    assert.deepEqual(
      records.invoices.map((l) => [l.partner, l.number, l.net ?? l.gross, l.at.row]),
      [
        ["Verso", "V-1", 100_00, 1],
        ["Pikassos", "P-1", 250_50, 2],
      ],
    );
    assert.deepEqual(findings, []);
  });

  it("reads a credit note (Laji hyvitys, hyvityslasku) as a line without Laji whose amounts count negative, however signed", () => {
    const { records, findings } = readAll([
      ["Pvm", "Laskuttaja", "Laskun nro", "Ajalta", "Laji", "Summa €", "ALV"],
      [41680, "Verso", "V-1H", "1/2014", "Hyvityslasku", "-120,00", "-28,80"],
      [41681, "Verso", "V-2H", "1/2014", "hyvitys", "120,00", 0],
      [41682, "Verso", "V-3", "1/2014", "kiinteä", "120,00", 0],
    ]);
    assert.deepEqual(
      records.invoices.map((l) => [l.number, l.kind, l.net, l.vat]),
      [
        ["V-1H", null, -120_00, -28_80],
        ["V-2H", null, -120_00, 0],
        ["V-3", "fixed", 120_00, 0],
      ],
    );
    assert.deepEqual(findings, []);
  });

  it("reads a credit note of a ledger with a column per cost line the same way, line by line", () => {
    const { records, findings } = readAll([
      ["Pvm", "Laskuttaja", "Laskun nro", "Ajalta", "Laji", "Palkat", "Vuokrat"],
      [41680, "Verso", "V-1H", "1/2014", "hyvityslasku", 100, 20],
    ]);
    assert.deepEqual(
      records.invoices.map((l) => [l.line, l.kind, l.net]),
      [
        ["Palkat", null, -100_00],
        ["Vuokrat", null, -20_00],
      ],
    );
    assert.deepEqual(findings, []);
  });

  it("reports an invoice row without an amount once, at the amount's cell", () => {
    const { records, findings } = readAll([
      ["Pvm", "Laskuttaja", "Laskun nro", "Ajalta", "Summa (ALV 0)"],
      [41671, "Verso", "V-1", "1/2014", null],
    ]);
    assert.equal(records.invoices.length, 1);
    assert.deepEqual(
      findings.map((x) => [x.code, x.cell]),
      [["REQUIRED_MISSING", "E2"]],
    );
  });

  it("makes one budget record per year column of a wide budget, its partner carried down to the next cost line", () => {
    const { records } = readAll(
      [
        ["Kumppani", "Tilikohta", "2014", "2015"],
        ["Verso", "Palkat", 1000, 2000],
        [null, "Vuokrat", 300, null],
      ],
      "Budjetti",
    );
    assert.deepEqual(
      records.budget.map((b) => [b.partner, b.line, b.year, b.amount, b.at.table.columns.amount]),
      [
        ["Verso", "Palkat", 2014, 1000_00, 2],
        ["Verso", "Palkat", 2015, 2000_00, 3],
        ["Verso", "Vuokrat", 2014, 300_00, 2],
      ],
    );
  });

  it("nets a general-ledger row's debit less its credit, a credit alone as a credit note, and reports a row with neither", () => {
    const { records, findings } = readAll([
      ["Tositepvm", "Tili", "Toimittaja", "Laskun nro", "Kausi", "Debet", "Kredit"],
      [41671, 4000, "Verso", "V-1", "1/2014", 1000, null],
      [41672, 4000, "Verso", "V-2", "1/2014", null, "250,00"],
      [41673, 4000, "Verso", "V-3", "1/2014", 300, 100],
      [41674, 4000, "Verso", "V-4", "1/2014", null, null],
    ]);
    assert.deepEqual(
      records.invoices.map((l) => [l.number, l.net, l.line]),
      [
        ["V-1", 1000_00, "4000"],
        ["V-2", -250_00, "4000"],
        ["V-3", 200_00, "4000"],
        ["V-4", null, "4000"],
      ],
    );
    assert.deepEqual(
      findings.map((x) => [x.code, x.cell]),
      [["REQUIRED_MISSING", "F5"]],
    );
  });
});
