import assert from "node:assert/strict";
import { readXlsx } from "../../cli/readXlsx";
import { workbookOfSheets } from "../../examples/broken";
import { lasseSheets } from "../../examples/lasse";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import type { WorkbookData } from "../../src/workbook/types";
import { canonicalIn, costLinesAcrossOf, monthlyBreakdownOf, partnerBlocksOf, withoutNumbers } from "../support/layouts/across";
import type { BlocksVariant, LayoutBook, MonthsVariant } from "../support/layouts/across";
import type { Placement } from "../support/layouts/invoiceSheet";
import { xlsxOf } from "../support/layouts/xlsxProducers";
import type { Producer } from "../support/layouts/xlsxProducers";
import { outcomeOf } from "./support";

/** The workbook as the CLI reads it from a producer's .xlsx (merged ranges included), or as it is. */
async function asRead(layout: LayoutBook, producer: Producer | "memory"): Promise<WorkbookData> {
  if (producer === "memory") return layout.book;
  return readXlsx(
    xlsxOf(
      layout.book.sheets.map((s) => ({ name: s.name, cells: s.cells, merged: s.merged })),
      producer,
    ),
  );
}

/** Every finding, line and figure; lines sorted when a layout reads them in another order than the canonical ledger. */
function outcome(book: WorkbookData, sortLines = false) {
  const got = outcomeOf(checkWorkbook(book));
  return sortLines ? { ...got, lines: got.lines.map((l) => JSON.stringify(l)).sort() } : got;
}

const canonical = workbookOfSheets(lasseSheets());

describe("variety: a ledger with an amount column per cost line (layouts across)", () => {
  const variants: (Placement & { producer: Producer | "memory" })[] = [
    { lang: "fi", rowsAbove: 0, colsLeft: 0, producer: "memory" },
    { lang: "fi", rowsAbove: 2, colsLeft: 1, producer: "excel" },
    { lang: "sv", rowsAbove: 3, colsLeft: 0, producer: "libreoffice" },
    { lang: "en", rowsAbove: 1, colsLeft: 2, producer: "script" },
  ];
  for (const variant of variants) {
    it(`${variant.producer} in ${variant.lang} (${variant.rowsAbove} title rows, ${variant.colsLeft} columns left): the canonical lines, findings and totals`, async () => {
      const expected = outcome(canonicalIn(canonical, variant.lang));
      assert.deepEqual(expected.findings, []);
      const layout = costLinesAcrossOf(canonical, variant);
      const got = outcome(await asRead(layout, variant.producer));
      assert.deepEqual(got.findings, expected.findings);
      assert.deepEqual(got.lines, expected.lines);
      assert.equal(got.figures, expected.figures);
    });
  }
});

describe("variety: a budget with a block of columns per partner (layouts across)", () => {
  const variants: (BlocksVariant & { producer: Producer | "memory" })[] = [
    { lang: "fi", rowsAbove: 0, colsLeft: 0, under: "years", merge: false, producer: "memory" },
    { lang: "fi", rowsAbove: 2, colsLeft: 1, under: "lines", merge: true, producer: "excel" },
    { lang: "sv", rowsAbove: 1, colsLeft: 0, under: "years", merge: true, producer: "libreoffice" },
    { lang: "en", rowsAbove: 0, colsLeft: 2, under: "lines", merge: false, producer: "script" },
  ];
  for (const variant of variants) {
    it(`${variant.producer} in ${variant.lang}, partners over ${variant.under}${variant.merge ? " (merged)" : ""}: the canonical findings and totals`, async () => {
      const expected = outcome(canonicalIn(canonical, variant.lang));
      assert.deepEqual(expected.findings, []);
      const layout = partnerBlocksOf(canonical, variant);
      const got = outcome(await asRead(layout, variant.producer));
      assert.deepEqual(got.findings, expected.findings);
      assert.deepEqual(got.lines, expected.lines);
      assert.equal(got.figures, expected.figures);
    });
  }
});

describe("variety: a partner's monthly breakdown with months as columns (layouts across)", () => {
  const variants: (MonthsVariant & { producer: Producer | "memory" })[] = [
    { lang: "fi", rowsAbove: 0, colsLeft: 0, years: "row", producer: "memory" },
    { lang: "fi", rowsAbove: 1, colsLeft: 1, years: "header", producer: "libreoffice" },
    { lang: "sv", rowsAbove: 0, colsLeft: 2, years: "row", producer: "excel" },
    { lang: "en", rowsAbove: 2, colsLeft: 0, years: "sheet", producer: "script" },
  ];
  for (const variant of variants) {
    it(`${variant.producer} in ${variant.lang}, years ${variant.years}: the canonical findings and totals`, async () => {
      const expected = outcome(withoutNumbers(canonical, variant.lang), true);
      assert.deepEqual(expected.findings, []);
      const layout = monthlyBreakdownOf(canonical, variant);
      const got = outcome(await asRead(layout, variant.producer), true);
      assert.deepEqual(got.findings, expected.findings);
      assert.deepEqual(got.lines, expected.lines);
      assert.equal(got.figures, expected.figures);
    });
  }
});

describe("variety: layouts across are read as such (the comparisons mean something)", () => {
  it("the ledger across has rows of several cost lines, its table the cost columns", () => {
    const layout = costLinesAcrossOf(canonical, { lang: "fi", rowsAbove: 0, colsLeft: 0 });
    const { ledger } = checkWorkbook(layout.book);
    const [table] = ledger.tables.invoices;
    assert.deepEqual(
      table.acrossColumns?.map((c) => c.line),
      ["Muut palvelujen ostot", "Palkat", "Vuokrat", "Aineet, tarvikkeet ja tavarat"],
    );
    const rows = new Set(ledger.invoices.map((l) => l.at.row));
    assert.ok(rows.size <= ledger.invoices.length - 40, `${ledger.invoices.length} lines on ${rows.size} rows`);
  });

  it("the budget's partner blocks are each partner's, read from the lower header row", () => {
    const layout = partnerBlocksOf(canonical, { lang: "fi", rowsAbove: 0, colsLeft: 0, under: "years", merge: false });
    const { ledger } = checkWorkbook(layout.book);
    const [table] = ledger.tables.budget;
    assert.equal(table.headerRow, layout.headerRow);
    assert.deepEqual([...new Set(table.acrossColumns?.map((c) => c.partner))], ["Pikassos", "Verso", "SONet BOTNIA"]);
    assert.equal(ledger.budget.length, canonical.sheets.find((s) => s.name === "Budjetti")!.cells.length - 1);
  });

  it("without its breakdown sheets the project misses its monthly invoices (what the breakdowns hold)", () => {
    const layout = monthlyBreakdownOf(canonical, { lang: "fi", rowsAbove: 0, colsLeft: 0, years: "row" });
    const sheets = layout.book.sheets.filter((s) => !layout.sheets.includes(s.name));
    const got = outcome({ ...layout.book, sheets });
    assert.ok(got.findings.includes("warning INVOICE_MONTH_MISSING"), got.findings.join());
    assert.deepEqual(layout.sheets, ["Pikassos", "Verso"]);
  });
});

describe("variety: a project kept in all three layouts across at once", () => {
  it("budget in partner blocks, ledger by cost line, monthly invoices in each partner's breakdown: clean, with the canonical totals", async () => {
    const placement = { lang: "fi", rowsAbove: 1, colsLeft: 0 } as const;
    const months = monthlyBreakdownOf(canonical, { ...placement, years: "header" }).book;
    const lines = costLinesAcrossOf(months, placement).book;
    const layout = partnerBlocksOf(lines, { ...placement, under: "lines", merge: true });
    const expected = outcome(withoutNumbers(canonical, "fi"), true);
    const got = outcome(await asRead(layout, "excel"), true);
    assert.deepEqual(got.findings, []);
    assert.deepEqual(got.lines, expected.lines);
    assert.equal(got.figures, expected.figures);
  });
});
