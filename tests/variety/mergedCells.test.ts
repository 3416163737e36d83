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
import { book } from "../support/book";
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

  it("without the merges the blanks they leave are the key above them all the same (an ERP's blank under a repeated key)", () => {
    const layout = mergedInvoicesOf(canonical, variants[0]);
    const unmerged = { ...layout.book, sheets: layout.book.sheets.map(({ merged: _merged, ...s }) => s) };
    assert.deepEqual(outcomeOf(checkWorkbook(unmerged)), expected);
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

describe("variety: invoices whose number, date and biller an ERP report leaves blank under their first line", () => {
  const canonical = workbookOfSheets(lasseSheets());
  const expected = outcomeOf(checkWorkbook(canonical));
  const variants: (MergedVariant & { producer: Producer | "memory" })[] = [
    { lang: "fi", rowsAbove: 0, colsLeft: 0, style: "blank", producer: "memory" },
    { lang: "fi", rowsAbove: 2, colsLeft: 1, style: "blank", producer: "libreoffice" },
    { lang: "sv", rowsAbove: 1, colsLeft: 0, style: "blank", producer: "excel" },
    { lang: "en", rowsAbove: 3, colsLeft: 2, style: "blank", producer: "script" },
  ];

  for (const variant of variants) {
    it(`${variant.producer} in ${variant.lang} (${variant.rowsAbove} title rows, ${variant.colsLeft} columns left): each blank is the key above it, as the canonical ledger`, async () => {
      const layout = mergedInvoicesOf(canonical, variant);
      assert.equal(layout.merged.length, 0);
      assert.ok(layout.continuationRows.length > 50);
      const book =
        variant.producer === "memory"
          ? layout.book
          : await readXlsx(
              xlsxOf(
                layout.book.sheets.map((s) => ({ name: s.name, cells: s.cells })),
                variant.producer,
              ),
            );
      const got = outcomeOf(checkWorkbook(book));
      assert.deepEqual(got.findings, expected.findings);
      assert.deepEqual(got.lines, expected.lines);
      assert.equal(got.figures, expected.figures);
    });
  }

  it("the same blanks with a blank row above each are no continuations: the false findings they would give (the test can fail)", () => {
    const layout = mergedInvoicesOf(canonical, variants[0]);
    const continuation = new Set(layout.continuationRows);
    const sheets = layout.book.sheets.map((s) =>
      s.name === layout.sheetName ? { ...s, cells: s.cells.flatMap((row, r) => (continuation.has(r) ? [[], row] : [row])) } : s,
    );
    const got = outcomeOf(checkWorkbook({ ...layout.book, sheets }));
    assert.ok(got.findings.includes("error REQUIRED_MISSING"), got.findings.slice(0, 5).join());
  });

  const header = ["Pvm", "Laskuttaja", "Laskun nro", "Ajalta alkaen", "Ajalta päättyen", "Tilikohta", "Summa"];
  const first = ["5.2.2014", "Pikassos", "P-1", "1.1.2014", "31.1.2014", "Palkat", 100];

  it("a row missing only its biller is still missing it, and a sum under the table is still a total", () => {
    const { ledger, findings } = checkWorkbook(
      book({
        Laskut: [
          header,
          first,
          ["5.2.2014", null, "P-2", "1.1.2014", "31.1.2014", "Palkat", 50],
          [null, null, null, null, null, null, 150],
        ],
      }),
    );
    assert.deepEqual(
      ledger.invoices.map((l) => [l.partner, l.number, l.net]),
      [
        ["Pikassos", "P-1", 10_000],
        ["", "P-2", 5000],
      ],
    );
    assert.ok(findings.some((f) => f.code === "REQUIRED_MISSING" && f.cell === "B3"));
  });

  it("a line after a blank row, a repeated header or a total is not a continuation", () => {
    const { ledger, findings } = checkWorkbook(
      book({
        Laskut: [header, first, [], [null, null, null, null, null, "Vuokrat", 20], header, [null, null, null, null, null, "Vuokrat", 30]],
      }),
    );
    assert.deepEqual(
      ledger.invoices.map((l) => [l.partner, l.number, l.line, l.net]),
      [
        ["Pikassos", "P-1", "Palkat", 10_000],
        ["", "", "Vuokrat", 2000],
        ["", "", "Vuokrat", 3000],
      ],
    );
    assert.ok(findings.filter((f) => f.code === "REQUIRED_MISSING").length >= 2);
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
