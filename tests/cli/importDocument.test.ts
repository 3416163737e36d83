import assert from "node:assert/strict";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { lasseSheets } from "../../examples/lasse";
import { writeXlsx } from "../../cli/writeXlsx";
import { runCli } from "../support/cli";

/** A partner's invoice as its billing template prints it: a merged title, keys with colons, lines, totals and bank details under them. */
async function writeInvoice(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Lasku");
  sheet.mergeCells("A1:D1");
  sheet.getCell("A1").value = "Sosiaalialan osaamiskeskus Verso";
  sheet.getCell("A2").value = "LASKU";
  sheet.getCell("A4").value = "Vastaanottaja:";
  sheet.getCell("A5").value = "Tampereen kaupunki / LasSe-hanke";
  sheet.getCell("C3").value = "Laskun numero:";
  sheet.getCell("D3").value = "VER-090";
  sheet.getCell("C4").value = "Laskun päivä:";
  sheet.getCell("D4").value = new Date(Date.UTC(2015, 8, 5));
  sheet.getCell("C5").value = "Eräpäivä:";
  sheet.getCell("D5").value = new Date(Date.UTC(2015, 8, 19));
  sheet.getCell("A7").value = "Laskutusjakso:";
  sheet.getCell("B7").value = "1.8.2015 - 31.8.2015";
  sheet.getRow(9).values = ["Kustannuslaji", "Selite", "Veroton €", "ALV €", "Yhteensä €"];
  sheet.getRow(10).values = ["Palkat", "Projektikoordinaattori 8/2015", 4200, 0, 4200];
  sheet.getRow(11).values = ["Vuokrat", "Toimitila", 350, 84, 434];
  sheet.getCell("A13").value = "Yhteensä";
  sheet.getCell("C13").value = { formula: "SUM(C10:C11)", result: 4550 };
  sheet.getCell("E13").value = { formula: "SUM(E10:E11)", result: 4634 };
  sheet.getCell("A15").value = "Maksettava yhteensä";
  sheet.getCell("E15").value = { formula: "E13", result: 4634 };
  sheet.getCell("A17").value = "Pankki: FI12 3456 7890 1234 56, viitenumero 12345";
  await workbook.xlsx.writeFile(path);
}

describe("kaste import: a partner's invoice typed as a document (.xlsx)", function () {
  this.timeout(60_000);

  it("imports its lines with the invoice's number, date and period, and not its totals or bank details", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kaste-document-"));
    const book = join(dir, "lasse.xlsx");
    await writeXlsx(book, lasseSheets());
    const invoice = join(dir, "verso-lasku-8-2015.xlsx");
    await writeInvoice(invoice);
    const { code, out } = await runCli("import", invoice, "--into", book, "--dry-run", "--format", "json");
    assert.equal(code, 0);
    const preview = JSON.parse(out) as {
      toAdd: { partner: string; number: string; periodStart: string; periodEnd: string; line: string; net: number; vat: number }[];
    };
    assert.deepEqual(
      preview.toAdd.map((row) => [row.partner, row.number, row.periodStart, row.periodEnd, row.line, row.net, row.vat]),
      [
        ["Verso", "VER-090", "2015-08-01", "2015-08-31", "Palkat", 420_000, 0],
        ["Verso", "VER-090", "2015-08-01", "2015-08-31", "Vuokrat", 35_000, 8400],
      ],
    );
    // the invoice's date is written with its lines
    const written = join(dir, "uusi.xlsx");
    assert.equal((await runCli("import", invoice, "--into", book, "--out", written)).code, 0);
    const ledger = await runCli("ledger", written, "--format", "json");
    const lines = (JSON.parse(ledger.out) as { invoices: { number: string; date: string | null }[] }).invoices;
    assert.deepEqual(
      lines.filter((line) => line.number === "VER-090").map((line) => line.date),
      ["2015-09-05", "2015-09-05"],
    );
  });
});
