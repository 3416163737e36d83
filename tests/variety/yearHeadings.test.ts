import assert from "node:assert/strict";
import { read } from "./support";

const HEADER = ["Päivämäärä", "Laskuttaja", "Laskun numero", "Ajalta alkaen", "Ajalta päättyen", "Laji", "Tilikohta", "Summa (ALV 0)"];
const line = (date: string, number: string, start: string, end: string) => [date, "Verso", number, start, end, "kiinteä", "Palkat", 4_200];

describe("variety: one ledger for all years, a year heading over each year's block", () => {
  it("skips the headings (2013, '2014', 'Laskut 2015', 'Tammikuu 2015') and reads the lines under them", () => {
    const { ledger, findings } = read({
      Laskut: [
        HEADER,
        [2013],
        line("5.1.2014", "V-1", "1.12.2013", "31.12.2013"),
        ["2014"],
        line("5.2.2014", "V-2", "1.1.2014", "31.1.2014"),
        [null, null, null, null, null, null, null, null],
        ["Laskut 2015"],
        ["Tammikuu 2015"],
        line("5.2.2015", "V-3", "1.1.2015", "31.1.2015"),
      ],
    });
    assert.deepEqual(
      ledger.invoices.map((i) => i.number),
      ["V-1", "V-2", "V-3"],
    );
    assert.deepEqual(findings, []);
  });

  it("skips a month's or quarter's heading typed where the date goes (1/2014, 2014-02, Q1/2014)", () => {
    const { ledger, findings } = read({
      Laskut: [
        HEADER,
        ["1/2014"],
        line("5.2.2014", "V-1", "1.1.2014", "31.1.2014"),
        ["2014-02"],
        line("5.3.2014", "V-2", "1.2.2014", "28.2.2014"),
        ["Q2/2014"],
        line("5.5.2014", "V-3", "1.4.2014", "30.4.2014"),
      ],
    });
    assert.deepEqual(
      ledger.invoices.map((i) => i.number),
      ["V-1", "V-2", "V-3"],
    );
    assert.deepEqual(findings, []);
  });

  it("still reads a row holding only an invoice number (INV-2014, or the number 2014) as an unfinished line", () => {
    const { ledger, findings } = read({
      Laskut: [HEADER, line("5.2.2014", "V-2", "1.1.2014", "31.1.2014"), [null, null, "INV-2014"], [null, null, 2014]],
    });
    assert.deepEqual(
      ledger.invoices.map((i) => i.number),
      ["V-2", "INV-2014", "2014"],
    );
    assert.ok(findings.some(([code, cell]) => code === "REQUIRED_MISSING" && cell === "Laskut!H3"));
  });
});
