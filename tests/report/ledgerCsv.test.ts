import assert from "node:assert/strict";
import { buildLedger } from "../../src/ledger/build";
import { ledgerCsv } from "../../src/report/ledgerCsv";
import { ledgerExport } from "../../src/report/ledgerExport";
import { parseCsv } from "../../src/workbook/csv";
import { book } from "../support/book";

const sample = () =>
  ledgerExport(
    buildLedger(
      book({
        Hanke: [
          ["Hanke", "Perhetyö"],
          ["Alkaa", 41640],
          ["Valtionavustus-%", 0.75],
        ],
        Laskut: [
          ["Päivämäärä", "Laskuttaja", "Tilikohta", "Summa (ALV 0)", "ALV", "Hyväksyttävä", "Selite"],
          ["31.3.2014", "Verso", "Palkat", "1 234,50", "0", "kyllä", "=1+1"],
          ["30.4.2014", "@Verso", "-Vuokrat", "\u2212100", "0", "kyllä", "hyvitys; korjaus"],
        ],
      }),
    ).ledger,
  );

describe("the structured ledger as CSV files", () => {
  it("writes one file per table, UTF-8 with a BOM, ; between fields", () => {
    const files = ledgerCsv(sample(), "fi");
    assert.deepEqual(
      files.map((f) => f.name),
      ["hanke.csv", "kumppanit.csv", "budjetti.csv", "kuntaosuudet.csv", "maksatukset.csv", "laskut.csv"],
    );
    for (const file of files) assert.ok(file.text.startsWith("\ufeff") && file.text.split("\r\n")[0]?.includes(";"), file.name);
    const invoices = files.find((f) => f.name === "laskut.csv")?.text ?? "";
    assert.match(invoices, /^\ufeffPäivämäärä;Laskuttaja;/);
    assert.ok(invoices.endsWith("\r\n"));
  });

  it("Finnish dates and decimal commas in Finnish, ISO dates and points in English", () => {
    const rows = (lang: "fi" | "en") =>
      parseCsv(ledgerCsv(sample(), lang).find((f) => f.name === "laskut.csv")?.text ?? "", "laskut").cells;
    const fi = rows("fi");
    assert.equal(fi[1]?.[0], "31.3.2014");
    assert.equal(fi[1]?.[11], "1234,50");
    assert.equal(fi[2]?.[11], "-100,00");
    const en = rows("en");
    assert.equal(en[0]?.[0], "Date");
    assert.equal(en[1]?.[0], "2014-03-31");
    assert.equal(en[1]?.[11], "1234.50");
    // Found by their headers: the source columns close the row, after the budget partner and line
    const header = en[0] ?? [];
    assert.equal(en[1]?.[header.indexOf("Source sheet")], "Laskut", "source sheet");
    assert.equal(en[1]?.[header.indexOf("Source cell")], "A2", "source cell");
    assert.equal(header.indexOf("Source cell"), header.length - 1);
  });

  it("neutralises text that a spreadsheet would read as a formula, and only text", () => {
    const files = ledgerCsv(sample(), "fi");
    const invoices = files.find((f) => f.name === "laskut.csv")?.text ?? "";
    const lines = invoices.split("\r\n");
    assert.match(lines[1] ?? "", /;'=1\+1;/);
    assert.match(lines[2] ?? "", /^30\.4\.2014;'@Verso;;;;;'-Vuokrat;-100,00;/);
    assert.match(lines[2] ?? "", /;"hyvitys; korjaus";/);
    const project = files.find((f) => f.name === "hanke.csv")?.text ?? "";
    assert.match(project, /\r\nHanke;Perhetyö;Hanke;B1\r\n/);
    assert.match(project, /Valtionavustuksen osuus;75\s%;/);
  });
});
