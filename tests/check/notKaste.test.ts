import assert from "node:assert/strict";
import { brokenExample } from "../../examples/broken";
import { lasseSheets } from "../../examples/lasse";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { nearestTable } from "../../src/check/nearMiss";
import { looksLikeKaste, verdictOf } from "../../src/check/verdict";
import { templateSheets } from "../../src/ledger/template";
import type { CellValue } from "../../src/workbook/types";
import { book } from "../support/book";
import { workbookFromWritableSheets } from "../support/fakeOffice";

/** A ledger under a title, its amount headed "Rahaa": no Laskut, but row 3 comes close. */
const KIRJANPITO: CellValue[][] = [
  ["Hankkeen kulut 2014"],
  [],
  ["Laskuttaja", "Laskun nro", "Kohdistuu", "Ajalta", "Rahaa", "Selite"],
  ["Verso", "V-1", "hanke", "1/2014", 4200, "Palkat"],
];

describe("a workbook that does not look like a KASTE workbook", () => {
  it("is one whose tables none are recognised, even when a stray word reads as a Hanke block", () => {
    const result = checkWorkbook(book({ Kirjanpito: KIRJANPITO }));
    assert.ok(result.ledger.tables.project.length > 0, "the word 'hanke' in a data row reads as a key block");
    assert.equal(looksLikeKaste(result.ledger), false);
    assert.equal(verdictOf(result, "today").state, "blocked", "the verdict itself is unchanged: every table missing");
  });

  it("is not the examples, nor the empty template, nor a book with only its Laskut table", () => {
    for (const sheets of [workbookFromWritableSheets(lasseSheets()), workbookFromWritableSheets(brokenExample().sheets)])
      assert.equal(looksLikeKaste(checkWorkbook(sheets).ledger), true);
    const template = book(Object.fromEntries(templateSheets().map((s) => [s.name, s.rows])));
    assert.equal(looksLikeKaste(checkWorkbook(template).ledger), true, "an empty template's tables are there");
    const laskut = templateSheets().find((s) => s.name === "Laskut");
    assert.ok(laskut);
    assert.equal(looksLikeKaste(checkWorkbook(book({ Laskut: laskut.rows })).ledger), true);
  });

  it("names the nearest table: its sheet, header row, what matched and what is missing, in a Finnish, Swedish or English layout", () => {
    const layouts: Array<[string, CellValue[][], number, string[]]> = [
      ["Kirjanpito", KIRJANPITO, 3, ["Laskuttaja", "Laskun nro", "Ajalta", "Selite"]],
      [
        "Bokföring",
        [
          ["Fakturerare", "Fakturanummer", "Period från", "Period till", "Pengar", "Beskrivning"],
          ["Verso", "V-1", "1.1.2014", "31.1.2014", 4200, "Löner"],
        ],
        1,
        ["Fakturerare", "Fakturanummer", "Period från", "Period till", "Beskrivning"],
      ],
      [
        "Sheet1",
        [
          ["Notes"],
          ["Invoicer", "Invoice number", "Period start", "Period end", "Money", "Description"],
          ["Verso", "V-1", 41640, 41670, 4200, "Wages"],
        ],
        2,
        ["Invoicer", "Invoice number", "Period start", "Period end", "Description"],
      ],
    ];
    for (const [sheet, rows, headerRow, matched] of layouts) {
      const workbook = book({ [sheet]: rows, Muistiinpanot: [["Kokous", "torstaina"]] });
      const result = checkWorkbook(workbook);
      assert.equal(looksLikeKaste(result.ledger), false, sheet);
      const near = nearestTable(workbook, result.ledger);
      assert.ok(near, sheet);
      assert.equal(near.table, "invoices");
      assert.equal(near.sheet, sheet);
      assert.equal(near.headerRow, headerRow);
      assert.deepEqual(
        near.columns.filter((c) => c.field !== null).map((c) => c.header),
        matched,
      );
      assert.deepEqual(
        near.missing.map((m) => m.labels.en),
        ["Net amount / Amount incl. VAT"],
      );
    }
  });

  it("picks the row that matched most when two sheets come close", () => {
    const workbook = book({
      Vähän: [["Laskuttaja", "Laskun nro", "Selite", "Rahaa"]],
      Paljon: [["Laskuttaja", "Laskun nro", "Ajalta alkaen", "Ajalta päättyen", "Selite", "Rahaa"]],
    });
    assert.equal(nearestTable(workbook, checkWorkbook(workbook).ledger)?.sheet, "Paljon");
  });

  it("has no nearest table when no row comes close", () => {
    const workbook = book({ Muistiinpanot: [["Hanke alkaa"], ["Kokous", 41671]] });
    assert.equal(nearestTable(workbook, checkWorkbook(workbook).ledger), null);
  });
});
