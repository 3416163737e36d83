/**
 * The final report's sheet (KASTE-loppuselvitys) recomputed by LibreOffice (headless) gives the
 * library's figures, cent for cent: the workbook `kaste report --final` writes, and the sheets
 * the pane's "Kirjoita loppuselvitys" writes into the book itself (through the Office adapter
 * into the fake host, then saved as .xlsx). Cached results are removed first, so every number
 * read back is LibreOffice's own (tests/support/soffice.ts); skipped without soffice unless
 * KASTE_REQUIRE_SOFFICE=1.
 */
import assert from "node:assert/strict";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../cli/main";
import { readXlsx } from "../../cli/readXlsx";
import { writeXlsx } from "../../cli/writeXlsx";
import type { WritableSheet } from "../../cli/writeXlsx";
import { lappiSheets } from "../../examples/lappi";
import { lasseSheets } from "../../examples/lasse";
import type { Lang } from "../../src/findings/render";
import { buildLedger } from "../../src/ledger/build";
import { fromEuros } from "../../src/money";
import type { FinalReport } from "../../src/report/finalReport";
import { finalReportOnLedgerSheet, finalReportOnOwnSheets } from "../../src/report/finalReportBook";
import { FINAL_SHEET_NAME } from "../../src/report/finalReportSheet";
import { isFormulaCell } from "../../src/workbook/cells";
import type { OutSheet } from "../../src/workbook/cells";
import type { CellValue, SheetData, WorkbookData } from "../../src/workbook/types";
import { officeHost } from "../../taskpane/office";
import { installFakeOffice } from "../support/fakeOffice";
import type { FakeOffice } from "../support/fakeOffice";
import { workbookFromWritableSheets } from "../support/fakeOffice/fromWritable";
import { recomputed, sofficeOrSkip } from "../support/soffice";
import { swedishBook } from "./finalReportBooks";

async function quiet<T>(work: () => Promise<T>): Promise<T> {
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = () => true;
  try {
    return await work();
  } finally {
    process.stderr.write = write;
  }
}

/** The cell at a 0-based row and column of the sheet, wherever its used range starts. */
function cellAt(sheet: SheetData, row: number, col: number): CellValue {
  const r = row - (sheet.origin?.row ?? 0);
  const c = col - (sheet.origin?.col ?? 0);
  return sheet.cells[r]?.[c] ?? null;
}

/**
 * Every formula of the library's sheet against LibreOffice's value in the same cell: money to the
 * cent, shares to a millionth of a percent; a share of nothing stays empty. Returns how many were compared.
 */
function assertRecomputed(model: OutSheet, sheet: SheetData): number {
  let compared = 0;
  model.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!isFormulaCell(cell)) return;
      const got = cellAt(sheet, r, c);
      const where = `${FINAL_SHEET_NAME}!${String.fromCharCode(65 + c)}${r + 1} (${String(row[0])}) =${cell.formula}`;
      if (typeof cell.result !== "number") {
        assert.ok(got === null || got === "", `${where}: ${JSON.stringify(got)}`);
        return;
      }
      assert.equal(typeof got, "number", `${where} was not computed: ${JSON.stringify(got)}`);
      if (cell.format === "money") assert.equal(fromEuros(got as number), fromEuros(cell.result), where);
      else assert.ok(Math.abs((got as number) - cell.result) < 1e-8, `${where}: ${String(got)} ≠ ${cell.result}`);
      compared++;
    }),
  );
  return compared;
}

/** The figures a reader looks at first, as LibreOffice computed them, against the library's report. */
function assertHeadlines(sheet: SheetData, labels: Readonly<Record<string, number>>): void {
  for (const [label, cents] of Object.entries(labels)) {
    const row = sheet.cells.findIndex((line) => line[0] === label);
    assert.ok(row >= 0, `no row ${label}`);
    const value = sheet.cells[row]?.[1];
    assert.equal(typeof value === "number" ? fromEuros(value) : value, cents, label);
  }
}

const HEADLINES: Readonly<Record<Lang, (report: FinalReport) => Record<string, number>>> = {
  fi: (r) => ({
    "Hyväksyttävät kustannukset": r.total,
    Valtionavustus: r.funding.stateGrant,
    "Rahoitus yhteensä": r.funding.total,
    "Maksettu yhteensä": r.settlement.paid,
    Palautettava: r.settlement.toReturn,
    "Vielä maksettava hankkeelle": r.settlement.stillDue,
  }),
  sv: (r) => ({
    "Godtagbara kostnader": r.total,
    Statsunderstöd: r.funding.stateGrant,
    "Finansiering totalt": r.funding.total,
    "Utbetalt totalt": r.settlement.paid,
    "Ska återbetalas": r.settlement.toReturn,
    "Ska ännu betalas till projektet": r.settlement.stillDue,
  }),
  en: (r) => ({
    "Eligible costs": r.total,
    "State grant": r.funding.stateGrant,
    "Funding in total": r.funding.total,
    "Paid in total": r.settlement.paid,
    "To be returned": r.settlement.toReturn,
    "Still due to the project": r.settlement.stillDue,
  }),
};

/** What the fake host holds, saved as .xlsx: values, and formulas as Office was told them (no cached results). */
async function saveFake(fake: FakeOffice, path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of fake.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.cells.forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = sheet.formulas.get(`${r},${c}`);
        if (formula !== undefined) worksheet.getCell(r + 1, c + 1).value = { formula: formula.slice(1) };
        else if (value !== null && value !== "" && typeof value !== "object") worksheet.getCell(r + 1, c + 1).value = value;
      }),
    );
  }
  await workbook.xlsx.writeFile(path);
}

const sheetsOf = (book: Record<string, CellValue[][]>) => (): WritableSheet[] =>
  Object.entries(book).map(([name, rows]) => ({ name, rows }));

/** Both examples (LasSe with its invoices; Lappi, a plan with municipal shares and no invoices yet) and a Swedish book with a credit note and text amounts. */
const EXAMPLES: ReadonlyArray<readonly [string, () => WritableSheet[], Lang, Lang]> = [
  ["lasse", lasseSheets, "fi", "en"],
  ["lappi", lappiSheets, "sv", "fi"],
  ["sonet", sheetsOf(swedishBook()), "sv", "sv"],
];

describe("the final report's sheet recomputes in LibreOffice to the library's figures", function () {
  this.timeout(300_000);
  let engine = "";
  let dir = "";

  before(async function () {
    engine = await sofficeOrSkip(this, "the final report's recompute test");
    dir = await mkdtemp(join(tmpdir(), "kaste-lo-final-"));
  });

  for (const [name, sheets, cliLang, paneLang] of EXAMPLES) {
    const least = name === "lappi" ? 15 : 25;
    it(`${name}: the workbook kaste report --final --lang ${cliLang} writes`, async () => {
      const input = join(dir, `${name}.xlsx`);
      await writeXlsx(input, sheets());
      const out = join(dir, `${name}-loppuselvitys.xlsx`);
      assert.equal(await quiet(() => main(["report", input, "--final", "--out", out, "--lang", cliLang])), 0);
      const library = finalReportOnOwnSheets(buildLedger(await readXlsx(await readFile(input))).ledger, cliLang);
      const book: WorkbookData = await recomputed(engine, out, dir);
      const sheet = book.sheets.find((s) => s.name === FINAL_SHEET_NAME);
      assert.ok(sheet, FINAL_SHEET_NAME);
      assert.ok(assertRecomputed(library.sheet, sheet) > least);
      assertHeadlines(sheet, HEADLINES[cliLang](library.report));
    });

    it(`${name}: the sheets the pane writes into the book (--lang ${paneLang})`, async () => {
      const installed = installFakeOffice(workbookFromWritableSheets(sheets()));
      try {
        const host = officeHost();
        const pane = finalReportOnLedgerSheet(buildLedger(await host.read()).ledger, paneLang);
        await host.writeSheets([pane.ledgerSheet, pane.sheet]);
        const path = join(dir, `${name}-pane.xlsx`);
        await saveFake(installed.fake, path);
        const book = await recomputed(engine, path, dir);
        const sheet = book.sheets.find((s) => s.name === FINAL_SHEET_NAME);
        assert.ok(sheet, FINAL_SHEET_NAME);
        assert.ok(assertRecomputed(pane.sheet, sheet) > least);
        assertHeadlines(sheet, HEADLINES[paneLang](pane.report));
      } finally {
        installed.uninstall();
      }
    });
  }
});
