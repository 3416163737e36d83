import assert from "node:assert/strict";
import { readXlsx } from "../../cli/readXlsx";
import { workbookOfSheets } from "../../examples/broken";
import { lasseSheets } from "../../examples/lasse";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { parseMergeCells } from "../../src/workbook/xlsxXml";
import { mergedInvoicesOf } from "../support/layouts/mergedInvoices";
import type { MergedVariant } from "../support/layouts/mergedInvoices";
import { xlsxOf } from "../support/layouts/xlsxProducers";
import type { Producer } from "../support/layouts/xlsxProducers";
import { outcomeOf } from "./support";

describe("variety: invoices whose number, date and biller are merged down over their lines", () => {
  const canonical = workbookOfSheets(lasseSheets());
  const expected = outcomeOf(checkWorkbook(canonical));
  const variants: (MergedVariant & { producer: Producer })[] = [
    { lang: "fi", rowsAbove: 0, colsLeft: 0, style: "merged", producer: "excel" },
    { lang: "fi", rowsAbove: 2, colsLeft: 1, style: "merged", producer: "libreoffice" },
    { lang: "sv", rowsAbove: 3, colsLeft: 0, style: "merged", producer: "excel" },
    { lang: "en", rowsAbove: 1, colsLeft: 2, style: "merged", producer: "libreoffice" },
  ];

  it("the canonical three-year project is clean and has invoices of several lines (the comparison means something)", () => {
    assert.deepEqual(expected.findings, []);
    const layout = mergedInvoicesOf(canonical, variants[0]);
    assert.ok(layout.continuationRows.length > 50, `${layout.continuationRows.length} continuation lines`);
    assert.ok(layout.merged.length > 300);
  });

  for (const variant of variants) {
    it(`a ${variant.producer} .xlsx in ${variant.lang} (${variant.rowsAbove} title rows, ${variant.colsLeft} columns left) gives the canonical findings and totals`, async () => {
      const layout = mergedInvoicesOf(canonical, variant);
      const sheets = layout.book.sheets.map((s) => ({ name: s.name, cells: s.cells, merged: s.merged }));
      const read = await readXlsx(xlsxOf(sheets, variant.producer));
      const sheet = read.sheets.find((s) => s.name === layout.sheetName);
      assert.deepEqual(sheet?.merged, layout.merged, "the reader gives the merged ranges");
      const got = outcomeOf(checkWorkbook(read));
      assert.deepEqual(got.findings, expected.findings);
      assert.deepEqual(got.lines, expected.lines);
      assert.equal(got.figures, expected.figures);
    });
  }

  it("without the merges the same cells give the false findings the merges prevent (the test can fail)", () => {
    const layout = mergedInvoicesOf(canonical, variants[0]);
    const unmerged = { ...layout.book, sheets: layout.book.sheets.map(({ merged: _merged, ...s }) => s) };
    const got = outcomeOf(checkWorkbook(unmerged));
    assert.notDeepEqual(got.findings, expected.findings);
  });

  it("a header merged over its two rows and a title merged across stay as they are", () => {
    const book = {
      date1904: false,
      sheets: [
        {
          name: "Laskut",
          cells: [
            ["Laskut 2014"],
            ["Pvm", "Laskuttaja", "Laskun nro", "Ajalta", null, "Summa"],
            [null, null, null, "alkaen", "päättyen", null],
            [41671, "Pikassos", "P-1", 41640, 41670, 100],
            [null, null, null, 41640, 41670, 50],
          ],
          merged: [
            { top: 0, left: 0, bottom: 0, right: 5 },
            { top: 1, left: 0, bottom: 2, right: 0 },
            { top: 1, left: 3, bottom: 1, right: 4 },
            { top: 1, left: 5, bottom: 2, right: 5 },
            { top: 3, left: 0, bottom: 4, right: 0 },
            { top: 3, left: 1, bottom: 4, right: 1 },
            { top: 3, left: 2, bottom: 4, right: 2 },
          ],
        },
      ],
    };
    const { ledger, findings } = checkWorkbook(book);
    assert.deepEqual(
      ledger.invoices.map((i) => [i.date, i.partner, i.number, i.periodStart, i.net]),
      [
        [41671 - 25569, "Pikassos", "P-1", 41640 - 25569, 10_000],
        [41671 - 25569, "Pikassos", "P-1", 41640 - 25569, 5_000],
      ],
    );
    assert.ok(!findings.some((f) => f.code === "REQUIRED_MISSING"), findings.map((f) => f.code).join());
  });
});

describe("xlsx: merged ranges from <mergeCells>", () => {
  it("reads refs with a namespace prefix, corners in any order, and skips single cells and bad refs", () => {
    const xml =
      '<x:mergeCells count="4"><x:mergeCell ref="B5:A2"/><x:mergeCell ref="C3"/><x:mergeCell ref="nonsense"/><x:mergeCell ref = \'D1:F1\' /></x:mergeCells>';
    assert.deepEqual(parseMergeCells(xml), [
      { top: 1, left: 0, bottom: 4, right: 1 },
      { top: 0, left: 3, bottom: 0, right: 5 },
    ]);
  });
});
