import assert from "node:assert/strict";
import { lasseSheets } from "../../examples/lasse";
import { buildLedger } from "../../src/ledger/build";
import { ledgerExport } from "../../src/report/ledgerExport";
import { LEDGER_SHEET_NAME, buildLedgerSheet, sourceLink } from "../../src/report/ledgerSheet";
import type { CellValue, WorkbookData } from "../../src/workbook/types";
import { isDateCell, isFormulaCell, isMoneyCell, isPercentCell } from "../../src/workbook/cells";
import type { OutCell } from "../../src/workbook/cells";
import { serialOf } from "../../src/periods";
import { throughXlsx } from "../support/xlsx";

/** A cell as Excel stores it once written: money in euros, days as serials, a formula as its result. */
function asStored(cell: OutCell): CellValue {
  if (isFormulaCell(cell)) return cell.result ?? null;
  if (isMoneyCell(cell)) return cell.money / 100;
  if (isDateCell(cell)) return serialOf(cell.date, false);
  if (isPercentCell(cell)) return cell.percent / 1_000_000;
  return cell;
}

describe("the KASTE-kirjanpito sheet (Kirjoita kirjanpito)", () => {
  it("holds every table as an Excel Table block, each row linked to its source cell", async () => {
    const book = await throughXlsx(lasseSheets());
    const doc = ledgerExport(buildLedger(book).ledger);
    const sheet = buildLedgerSheet(doc, "fi");
    assert.equal(sheet.name, LEDGER_SHEET_NAME);
    const invoices = sheet.tables.find((t) => t.name === "kaste_laskut");
    assert.ok(invoices);
    assert.equal(invoices.rows, doc.invoices.length);
    const first = sheet.rows[invoices.headerRow + 1] ?? [];
    const link = first[invoices.columns - 1] ?? null;
    assert.ok(isFormulaCell(link));
    assert.equal(link.formula, `HYPERLINK("#'Laskut'!${doc.invoices[0]?.cell}","Laskut!${doc.invoices[0]?.cell}")`);
    for (const table of sheet.tables) {
      const header = sheet.rows[table.headerRow] ?? [];
      assert.equal(header.length, table.columns, table.name);
      assert.equal(new Set(header).size, header.length, `${table.name}: header texts unique`);
    }
  });

  it("is never read back as a second ledger", async () => {
    const book = await throughXlsx(lasseSheets());
    const { ledger } = buildLedger(book);
    const sheet = buildLedgerSheet(ledgerExport(ledger), "fi");
    const cells = sheet.rows.map((row) => row.map(asStored));
    const withSheet: WorkbookData = { ...book, sheets: [...book.sheets, { name: sheet.name, cells }] };
    const again = buildLedger(withSheet).ledger;
    assert.equal(again.invoices.length, ledger.invoices.length);
    assert.equal(again.budget.length, ledger.budget.length);
  });

  it("quotes sheet names and doubles quotes inside the link", () => {
    const link = sourceLink('Laskut "2014"', "B7");
    assert.ok(isFormulaCell(link));
    assert.equal(link.formula, `HYPERLINK("#'Laskut ""2014""'!B7","Laskut ""2014""!B7")`);
  });
});
