import assert from "node:assert/strict";
import { findHeaderRows, reportColumns, tableRefOf } from "../../../src/ledger/phases/findTables";
import { SheetReader } from "../../../src/ledger/sheetReader";
import type { Finding } from "../../../src/findings/finding";
import { renderMessage } from "../../../src/findings/render";
import type { CellValue } from "../../../src/workbook/types";

const reader = (cells: CellValue[][], origin?: { row: number; col: number }) => new SheetReader({ name: "Laskut 2014", cells, origin });

describe("phase 1, find tables", () => {
  it("finds a header under a title, and a second table stacked below the first", () => {
    const sheet = reader([
      ["Projektin laskut"],
      ["Pvm", "Laskuttaja", "Laskun nro", "Ajalta", "Summa €"],
      [41671, "Verso", "V-1", "1/2014", 100],
      [],
      ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy"],
      ["Verso", "toteuma", 41640, 42004],
    ]);
    const headers = findHeaderRows(sheet, false);
    assert.deepEqual(
      headers.map((h) => [h.kind, h.row]),
      [
        ["invoices", 1],
        ["partners", 4],
      ],
    );
  });

  it("finds a ledger stacked below another in a new column order, its headers holding digits where the first has dates and amounts", () => {
    const sheet = reader([
      ["Pvm", "Laskuttaja", "Laskun nro", "Ajalta alkaen", "Ajalta päättyen", "Summa (ALV 0)", "ALV"],
      [41671, "Verso", "V-1", 41640, 41670, 100, 0],
      ["5.3.2014", "Verso", "V-2", "EUR 1 234,50", "Summa (ALV 0)", "ALV 24 %", 0],
      [],
      ["Laskut 2015 (uusi pohja)"],
      ["Laskuttaja", "Laskun nro", "Pvm", "Summa (ALV 0)", "ALV 24 %", "Ajalta alkaen", "Ajalta päättyen"],
      ["Verso", "V-3", 42040, 100, 24, 42005, 42035],
    ]);
    assert.deepEqual(
      findHeaderRows(sheet, false).map((h) => [h.kind, h.row]),
      [
        ["invoices", 0],
        ["invoices", 5],
      ],
    );
  });

  it("does not take a data row whose amount cell holds a number for a new header", () => {
    const sheet = reader([
      ["Laskuttaja", "Summa €", "Pvm", "Ajalta"],
      ["Laskuttaja", 100, 41671, "1/2014"],
    ]);
    assert.equal(findHeaderRows(sheet, false).length, 1);
  });

  it("does not take a partner row that reads like a header (Kumppani 2 | kk laskutus) for one when its dates are filled", () => {
    const sheet = reader([
      ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy"],
      ["Verso", "toteuma", 41640, 42004],
      ["Kumppani 2", "kk laskutus", 41640, "31.12.2014"],
      [],
      ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy"],
      ["Pikassos", "kiinteä", 41640, 42004],
    ]);
    assert.deepEqual(
      findHeaderRows(sheet, false).map((h) => [h.kind, h.row]),
      [
        ["partners", 0],
        ["partners", 4],
      ],
      "a second table whose date cells hold their headers is still found",
    );
  });

  it("keeps the headers as typed and the year a title names for a ledger with a month column", () => {
    const sheet = reader([
      ["Pvm", " Laskuttaja ", "Kuukausi", "Summa €"],
      [41671, "Verso", "tammikuu", 100],
    ]);
    const [header] = findHeaderRows(sheet, false);
    const table = tableRefOf(sheet, header);
    assert.equal(table.sheet, "Laskut 2014");
    assert.equal(table.headers.partner, "Laskuttaja");
    assert.equal(table.contextYear, 2014);
  });

  it("reads sheet coordinates when the used range does not start at A1", () => {
    const sheet = reader([["Pvm", "Laskuttaja", "Ajalta", "Summa €"]], { row: 4, col: 2 });
    const [header] = findHeaderRows(sheet, false);
    assert.equal(header.row, 4);
    assert.equal(header.columns.date, 2);
  });

  it("reports a required column the table lacks once, at its header, and a column it does not know", () => {
    const sheet = reader([["Kumppani", "Laskutustapa", "Alkaa", "Kengännumero"]]);
    const table = tableRefOf(sheet, findHeaderRows(sheet, false)[0]);
    const findings: Finding[] = [];
    reportColumns(table, findings);
    assert.deepEqual(
      findings.map((f) => [f.code, f.cell]),
      [
        ["COLUMN_NOT_UNDERSTOOD", "D1"],
        ["REQUIRED_MISSING", "A1"],
      ],
    );
    // The missing column has no header to quote: each language names the field in its own words
    const missing = findings.filter((f) => f.code === "REQUIRED_MISSING");
    assert.deepEqual(
      (["fi", "sv", "en"] as const).map((lang) => renderMessage(missing[0], lang)),
      ['Pakollinen tieto "Päättyy" puuttuu.', 'Det obligatoriska värdet "Slutar" saknas.', 'The required value "End" is missing.'],
    );
  });
});
