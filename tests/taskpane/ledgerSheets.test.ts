/**
 * The pane's "Kirjoita kirjanpito" and "Kirjoita loppuselvitys" over the fake Office host: the
 * KASTE-kirjanpito sheet as Excel Tables with a link per row, written again in place, the
 * final report's formulas pointing at its blocks, the user's other sheets and tables untouched.
 */
import assert from "node:assert/strict";
import { lappiSheets } from "../../examples/lappi";
import { lasseSheets } from "../../examples/lasse";
import { ledgerWorkbookSheets } from "../../cli/ledger";
import { buildLedger } from "../../src/ledger/build";
import { foreignSheetNamed } from "../../src/ledger/generated";
import { finalReportOnLedgerSheet, finalReportOnOwnSheets } from "../../src/report/finalReportBook";
import { FINAL_SHEET_NAME } from "../../src/report/finalReportSheet";
import { ledgerExport } from "../../src/report/ledgerExport";
import { LEDGER_SHEET_NAME, buildLedgerSheet, sourceLink } from "../../src/report/ledgerSheet";
import { ledgerTables, invoiceColumn } from "../../src/report/ledgerTables";
import { serialOf } from "../../src/periods";
import { isFormulaCell } from "../../src/workbook/cells";
import type { CellValue, WorkbookData } from "../../src/workbook/types";
import { officeHost } from "../../taskpane/office";
import { installFakeOffice } from "../support/fakeOffice";
import type { FakeBookInit, FakeOffice, InstalledFake } from "../support/fakeOffice";
import { parseRange } from "../support/fakeOffice/address";
import { workbookFromWritableSheets } from "../support/fakeOffice/fromWritable";

function sheetOf(fake: FakeOffice, name: string) {
  const sheet = fake.sheet(name);
  assert.ok(sheet, `no sheet ${name}`);
  return sheet;
}

/** A cell of the fake as the pane reads it back: "" is empty. */
const at = (cells: CellValue[][], r: number, c: number): CellValue => {
  const value = cells[r]?.[c] ?? null;
  return value === "" ? null : value;
};

describe("the ledger's sheets written into the workbook (pane, fake Office host)", () => {
  let installed: InstalledFake | undefined;
  const install = (book: FakeBookInit) => (installed = installFakeOffice(book)).fake;
  afterEach(() => installed?.uninstall());
  const others = (fake: FakeOffice) => fake.snapshot().sheets.filter((s) => s.name !== LEDGER_SHEET_NAME && s.name !== FINAL_SHEET_NAME);

  const ledgerOf = async (): Promise<{ book: WorkbookData; doc: ReturnType<typeof ledgerExport> }> => {
    const book = await officeHost().read();
    return { book, doc: ledgerExport(buildLedger(book).ledger) };
  };

  for (const [example, sheets, lang] of [
    ["LasSe", lasseSheets, "fi"],
    ["Lappi", lappiSheets, "sv"],
  ] as const) {
    it(`${example} (${lang}): every table an Excel Table of the rows kaste ledger --format xlsx writes, each row linked to its source cell`, async () => {
      const fake = install(workbookFromWritableSheets(sheets()));
      const before = others(fake);
      const { doc } = await ledgerOf();
      const model = buildLedgerSheet(doc, lang);
      await officeHost().writeSheets([model]);
      const sheet = sheetOf(fake, LEDGER_SHEET_NAME);
      assert.deepEqual(others(fake), before, "no other sheet changed");

      const cli = ledgerWorkbookSheets(doc, lang);
      assert.deepEqual(
        sheet.tables.map((t) => t.name),
        cli.map((s) => `kaste_${s.name}`),
      );
      model.tables.forEach((table, i) => {
        const cliSheet = cli[i];
        assert.ok(cliSheet);
        const range = parseRange(sheet.tables[i]?.address ?? "");
        assert.ok(range);
        // The header row and one row per record; the CLI's header plus Linkki
        assert.deepEqual([range.bounds.r0, range.bounds.c0, range.bounds.c1], [table.headerRow, 0, cliSheet.rows[0]?.length ?? 0]);
        assert.equal(range.bounds.r1 - range.bounds.r0, Math.max(1, cliSheet.rows.length - 1));
        const header = sheet.cells[table.headerRow] ?? [];
        assert.deepEqual(header.slice(0, -1), cliSheet.rows[0]);
        // Each data row: the CLI's row as Excel stores it (money in euros, days as serials), then the link
        cliSheet.rows.slice(1).forEach((row, r) => {
          const rowAt = table.headerRow + 1 + r;
          row.forEach((cell, c) => {
            const expected = cell !== null && typeof cell === "object" && "date" in cell ? serialOf(cell.date, false) : cell;
            assert.deepEqual(at(sheet.cells, rowAt, c), expected, `${table.name} row ${r + 1} col ${c + 1}`);
          });
          const source = table.id === undefined ? undefined : ledgerTables(doc, lang).find((t) => t.id === table.id)?.sources[r];
          assert.ok(source);
          const link = sourceLink(source.sheet, source.cell);
          assert.ok(isFormulaCell(link));
          assert.equal(sheet.formulas.get(`${rowAt},${row.length}`), `=${link.formula}`, `${table.name} row ${r + 1}`);
        });
      });
      assert.ok(String(sheet.cells[0]?.[0]).startsWith("KASTE Ledger:"), "marked as generated");
      // Read back, the sheet is no second ledger
      const again = await ledgerOf();
      assert.equal(again.doc.invoices.length, doc.invoices.length);
    });
  }

  it("writes the sheet again in place: its old tables and rows go, no sheet is added or deleted, another sheet's table keeps its name", async () => {
    const fake = install(workbookFromWritableSheets(lasseSheets()));
    const host = officeHost();
    // Her own table elsewhere already has the name the pane would give the invoice table
    sheetOf(fake, "Laskut").tables.push({ name: "kaste_laskut", address: "Laskut!A1:B2", hasHeaders: true });
    const { book, doc } = await ledgerOf();
    await host.writeSheets([buildLedgerSheet(doc, "fi")]);
    const sheet = sheetOf(fake, LEDGER_SHEET_NAME);
    assert.ok(
      sheet.tables.some((t) => t.name === "kaste_laskut2"),
      sheet.tables.map((t) => t.name).join(),
    );

    // Fewer invoices: the sheet shrinks, still one table of each
    const laskut = book.sheets.find((s) => s.name === "Laskut");
    assert.ok(laskut);
    const fewer = { ...book, sheets: book.sheets.map((s) => (s === laskut ? { ...s, cells: s.cells.slice(0, 4) } : s)) };
    const smaller = buildLedgerSheet(ledgerExport(buildLedger(fewer).ledger), "fi");
    const writesBefore = fake.writes.length;
    await host.writeSheets([smaller]);
    assert.equal(sheetOf(fake, LEDGER_SHEET_NAME), sheet, "the same sheet: formulas that point into it keep working");
    assert.ok(!fake.writes.slice(writesBefore).some((w) => w.what === "add sheet"));
    assert.deepEqual(
      sheet.tables.map((t) => t.name),
      smaller.tables.map((t) => (t.name === "kaste_laskut" ? "kaste_laskut2" : t.name)),
    );
    const lastRow = sheet.cells.reduce((last, row, r) => (row.some((v) => v !== null && v !== "") ? r : last), -1);
    assert.equal(lastRow, smaller.rows.length - 2, "nothing of the longer sheet is left below");
    assert.equal(sheetOf(fake, "Laskut").tables.filter((t) => t.name === "kaste_laskut").length, 1, "her table is untouched");
  });

  it("the final report: both sheets in one batch, the report's SUMIFS reading the invoice block's eligible cost column, figures as kaste report --final", async () => {
    const fake = install(workbookFromWritableSheets(lasseSheets()));
    const before = others(fake);
    const book = await officeHost().read();
    const { ledger } = buildLedger(book);
    const pane = finalReportOnLedgerSheet(ledger, "fi");
    const runs = fake.runCount;
    await officeHost().writeSheets([pane.ledgerSheet, pane.sheet]);
    assert.equal(fake.runCount, runs + 1, "one Excel.run");
    assert.deepEqual(others(fake), before);
    const report = sheetOf(fake, FINAL_SHEET_NAME);
    const ledgerSheet = sheetOf(fake, LEDGER_SHEET_NAME);
    const invoices = pane.ledgerSheet.tables.find((t) => t.id === "invoices");
    assert.ok(invoices);
    const eligibleCol = String.fromCharCode(65 + invoiceColumn("eligible"));
    const range = `'${LEDGER_SHEET_NAME}'!$${eligibleCol}$${invoices.headerRow + 2}:$${eligibleCol}$${invoices.headerRow + 1 + invoices.rows}`;
    // Every SUMIFS sums the invoice block's eligible cost, or the municipal shares block's amount
    const shares = pane.ledgerSheet.tables.find((t) => t.id === "muniShares");
    assert.ok(shares);
    const sharesRange = `'${LEDGER_SHEET_NAME}'!$E$${shares.headerRow + 2}:$E$${shares.headerRow + 1 + shares.rows}`;
    const summed = [...report.formulas.values()].flatMap((f) => [...f.matchAll(/SUMIFS\(([^,]+),/g)].map((m) => m[1]));
    assert.ok(summed.filter((r) => r === range).length > 5, range);
    assert.deepEqual(
      summed.filter((r) => r !== range),
      pane.report.funding.municipalities.map(() => sharesRange),
    );
    // The column read is the invoice block's eligible cost, every row of it
    assert.equal(ledgerSheet.cells[invoices.headerRow]?.[invoiceColumn("eligible")], "Hyväksyttävä kustannus €");
    const euros = pane.doc.invoices.map((i) => (i.eligibleCents === null ? null : i.eligibleCents / 100));
    assert.deepEqual(
      euros.map((_, i) => at(ledgerSheet.cells, invoices.headerRow + 1 + i, invoiceColumn("eligible"))),
      euros,
    );
    // The same figures and the same formulas but for where the tables stand as the CLI's workbook
    const cli = finalReportOnOwnSheets(ledger, "fi");
    assert.deepEqual(pane.report, cli.report);
    const texts = (rows: typeof cli.sheet.rows) => rows.map((row) => row.map((c) => (isFormulaCell(c) ? c.result : c)));
    assert.deepEqual(texts(pane.sheet.rows), texts(cli.sheet.rows));
    const cliSumifs = cli.sheet.rows.flat().filter(isFormulaCell).length;
    assert.equal(pane.sheet.rows.flat().filter(isFormulaCell).length, cliSumifs);
    assert.ok(ledgerTables(pane.doc, "fi").length === pane.ledgerSheet.tables.length);
  });

  it("when Office fails the write, the sheets it added are gone and the workbook is as before", async () => {
    const fake = install(workbookFromWritableSheets(lasseSheets()));
    const before = fake.snapshot();
    const { ledger } = buildLedger(await officeHost().read());
    const pane = finalReportOnLedgerSheet(ledger, "en");
    fake.failCommand("TableCollection.add", "GeneralException", "An internal error has occurred.", 3);
    await assert.rejects(officeHost().writeSheets([pane.ledgerSheet, pane.sheet]));
    assert.deepEqual(fake.snapshot(), before);
  });

  it("a sheet of hers with the ledger's name is never written over; a blank one or one of ours may be", () => {
    const withSheet = (cells: CellValue[][]): WorkbookData => ({ date1904: false, sheets: [{ name: "kaste-KIRJANPITO", cells }] });
    assert.equal(foreignSheetNamed(withSheet([["Omat muistiinpanot"]]), LEDGER_SHEET_NAME)?.name, "kaste-KIRJANPITO");
    assert.equal(foreignSheetNamed(withSheet([[null, ""]]), LEDGER_SHEET_NAME), undefined);
    assert.equal(foreignSheetNamed(withSheet([["KASTE Ledger: kirjanpito"], ["x"]]), LEDGER_SHEET_NAME), undefined);
    assert.equal(foreignSheetNamed(withSheet([["Omat muistiinpanot"]]), FINAL_SHEET_NAME), undefined);
  });
});
