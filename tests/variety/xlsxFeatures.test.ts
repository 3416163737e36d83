import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import { readXlsx } from "../../cli/readXlsx";
import { buildLedger } from "../../src/ledger/build";
import { dayFromYmd } from "../../src/periods";

const d = dayFromYmd;

/** A 2014 Mac workbook (1904 dates) as Excel saves it: merged title, hidden column, rich text, formulas with cached values. */
async function macWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  (wb.properties as { date1904?: boolean }).date1904 = true;
  const ws = wb.addWorksheet("Laskut 2014");
  ws.mergeCells("A1:H1");
  ws.getCell("A1").value = "LasSe – laskut 2014";
  ws.getRow(3).values = ["Pvm", "Laskuttaja", "Laskun nro", "Ajalta alkaen", "Ajalta päättyen", "Summa\n(ALV 0)", "ALV 24 %", "Yhteensä"];
  ws.getColumn(3).hidden = true;
  ws.getCell("A4").value = new Date(Date.UTC(2014, 1, 3, 10, 30));
  ws.getCell("B4").value = { richText: [{ text: "Pikassos " }, { text: "Oy", font: { bold: true } }] };
  ws.getCell("C4").value = 1001;
  ws.getCell("D4").value = new Date(Date.UTC(2014, 0, 1));
  ws.getCell("E4").value = new Date(Date.UTC(2014, 0, 31));
  ws.getCell("F4").value = 1000;
  ws.getCell("G4").value = { formula: "F4*0.24", result: 240 };
  ws.getCell("H4").value = { formula: "F4*1.24", result: 1240 };
  ws.getCell("A5").value = "Yhteensä";
  ws.getCell("F5").value = { formula: "SUBTOTAL(9,F4:F4)", result: 1000 };
  const hanke = wb.addWorksheet("Hanke");
  hanke.addRows([
    ["Valtionavustus-%", 0.75],
    ["Alkaa", new Date(Date.UTC(2013, 3, 1))],
    ["Päättyy", null],
    ["Hyväksyttävät kustannukset", 1_828_204],
    ["Valtionavustus", null],
  ]);
  hanke.getCell("B1").numFmt = "0 %";
  hanke.getCell("B3").value = { formula: "DATE(2015,10,31)", result: new Date(Date.UTC(2015, 9, 31)) };
  hanke.getCell("B5").value = { formula: "B4*B1", result: 1_371_153 };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("variety: a real .xlsx from a Mac, with formulas and formatting", () => {
  it("reads 1904 dates, times, rich text, hidden columns and cached formula values", async () => {
    const { ledger, findings } = buildLedger(await readXlsx(await macWorkbook()));
    assert.deepEqual(
      ledger.invoices.map((i) => [i.date, i.partner, i.number, i.periodStart, i.periodEnd, i.net, i.vat, i.gross]),
      [[d(2014, 2, 3), "Pikassos Oy", "1001", d(2014, 1, 1), d(2014, 1, 31), 100_000, 24_000, 124_000]],
    );
    assert.equal(ledger.project.rate?.value, 750_000);
    assert.equal(ledger.project.end?.value, d(2015, 10, 31));
    assert.equal(ledger.project.stateGrant?.value, 137_115_300);
    assert.deepEqual(findings, []);
  });
});
