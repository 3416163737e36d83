import assert from "node:assert/strict";
import { findingsAt, invoiceRow, project } from "./support";

/** Scenarios of partner invoicing as KASTE coordinators meet them; each asserts every finding of the workbook. */
describe("rules on real invoicing practice", () => {
  it("a clean project has no findings during the year, after it and once the application is sent", () => {
    for (const asOf of ["15.6.2014", "20.12.2014", "1.3.2015"]) assert.deepEqual(findingsAt(project(), asOf), [], asOf);
  });

  it("a wrong monthly invoice cancelled by a credit note (hyvityslasku) and replaced is fine", () => {
    const book = project();
    book.Laskut.push(invoiceRow("6.3.2014", "Verso", "V2b", "1.2.2014", "28.2.2014", "kiinteä", "Palkat", 4400));
    book.Laskut.push(invoiceRow("10.3.2014", "Verso", "H1", "1.2.2014", "28.2.2014", "kiinteä", "Palkat", -4400));
    assert.deepEqual(findingsAt(book, "20.12.2014"), []);
  });

  it("a partial credit note (400 € billed too much) corrects the month: nothing missing", () => {
    const book = project();
    book.Laskut.push(invoiceRow("10.3.2014", "Verso", "H1", "1.2.2014", "28.2.2014", "kiinteä", "Palkat", -400));
    book.Laskut.push(invoiceRow("10.10.2014", "SONet BOTNIA", "SH", "1.5.2014", "31.8.2014", "toteuma", "Palkat", -500));
    book.Budjetti[1][4] = 39600;
    book.Budjetti[2][4] = 18100;
    book.Hanke[4][1] = 101100;
    book.Hanke[5][1] = 75825;
    book.Hanke[6][1] = 25275;
    book.Maksatukset[1][3] = 75825;
    book.Maksatukset[1][4] = 75825;
    book.Kuntaosuudet[1][4] = 20175;
    assert.deepEqual(findingsAt(book, "20.12.2014"), []);
  });

  it("a credit note without a Laji cancels the month's invoice too", () => {
    const book = project();
    book.Laskut.push(invoiceRow("6.3.2014", "Verso", "V2b", "1.2.2014", "28.2.2014", "kiinteä", "Palkat", 4400));
    book.Laskut.push(invoiceRow("10.3.2014", "Verso", "H1", "1.2.2014", "28.2.2014", "", "Palkat", -4400));
    assert.deepEqual(findingsAt(book, "20.12.2014"), []);
  });

  it("a monthly invoice with a salary and a rent line is one invoice, the rent line a budget line of its own", () => {
    const book = project();
    book.Laskut.push(invoiceRow("5.4.2014", "Verso", "V3", "1.3.2014", "31.3.2014", "kiinteä", "Vuokrat", 300));
    book.Laskut.push(invoiceRow("30.11.2014", "Tampereen kaupunki", "T1", "1.1.2014", "31.10.2014", "toteuma", "Palkat", -300));
    // no Vuokrat line in Verso's budget, and Verso 300 € over its total: nothing about months
    assert.deepEqual(findingsAt(book, "20.12.2014"), [
      ["BUDGET_NO_LINE", "Laskut!G20"],
      ["BUDGET_TOTAL_OVERRUN", "Budjetti!B2"],
    ]);
  });

  it("a month's rent on a separate kiinteä invoice is no month billed twice", () => {
    const book = project();
    book.Laskut.push(
      invoiceRow("5.4.2014", "Verso", "V3R", "1.3.2014", "31.3.2014", "kiinteä", "Palkat", 4000).map((c, i) => (i === 6 ? "Vuokrat" : c)),
    );
    book.Laskut = book.Laskut.map((r) =>
      r[2] === "V3" ? invoiceRow("5.4.2014", "Verso", "V3", "1.3.2014", "31.3.2014", "kiinteä", "Palkat", 0) : r,
    );
    assert.deepEqual(findingsAt(book, "20.12.2014"), [["BUDGET_NO_LINE", "Laskut!G20"]]);
  });

  it("the first quarter's fixed costs on one invoice (invoiced at once) cover each month", () => {
    const book = project();
    book.Laskut = book.Laskut.filter((r) => !(r[1] === "Verso" && ["V1", "V2", "V3"].includes(String(r[2]))));
    book.Laskut.push(invoiceRow("15.1.2014", "Verso", "V13", "1.1.2014", "31.3.2014", "kiinteä", "Palkat", 12000));
    assert.deepEqual(findingsAt(book, "20.12.2014"), []);
  });

  it("an invoice dated after the project end for costs inside it is fine (the period decides)", () => {
    const book = project();
    book.Laskut = book.Laskut.map((r) => (r[2] === "S3" ? ["20.1.2015", ...r.slice(1)] : r));
    assert.deepEqual(findingsAt(book, "1.3.2015"), []);
  });

  it("start-up costs for recruitment months before the partner's window, on its first invoice, are fine", () => {
    const book = project();
    book.Kumppanit[1][2] = "1.3.2014";
    book.Laskut = book.Laskut.filter((r) => !(r[1] === "Verso" && (r[2] === "V1" || r[2] === "V2")));
    book.Laskut = book.Laskut.map((r) =>
      r[2] === "VT1" ? invoiceRow("15.4.2014", "Verso", "VT1", "1.3.2014", "31.3.2014", "tasaus", "Palkat", 0) : r,
    );
    book.Laskut.push(invoiceRow("5.4.2014", "Verso", "V3", "1.1.2014", "28.2.2014", "käynnistys", "Palkat", 8000));
    assert.deepEqual(findingsAt(book, "20.12.2014"), []);
  });

  it("start-up costs on a later invoice are STARTUP_NOT_FIRST, nothing else", () => {
    const book = project();
    book.Laskut.push(invoiceRow("5.6.2014", "Verso", "V5", "1.1.2014", "31.1.2014", "käynnistys", "Palkat", 0));
    assert.deepEqual(findingsAt(book, "20.12.2014"), [["STARTUP_NOT_FIRST", "Laskut!F20"]]);
  });

  it("a partner starting mid-quarter reconciles the clipped first quarter", () => {
    const book = project();
    book.Kumppanit[1][2] = "1.2.2014";
    book.Laskut = book.Laskut.filter((r) => r[2] !== "V1");
    book.Laskut = book.Laskut.map((r) =>
      r[2] === "VT1" ? invoiceRow("15.4.2014", "Verso", "VT1", "1.2.2014", "31.3.2014", "tasaus", "Palkat", 0) : r,
    );
    book.Laskut.push(invoiceRow("30.11.2014", "Tampereen kaupunki", "T1b", "1.1.2014", "31.10.2014", "toteuma", "Palkat", 0));
    book.Budjetti[1][4] = 36000;
    book.Budjetti[3][4] = 47400;
    book.Laskut = book.Laskut.map((r) =>
      r[2] === "T1" ? invoiceRow("30.11.2014", "Tampereen kaupunki", "T1", "1.1.2014", "31.10.2014", "toteuma", "Palkat", 47400) : r,
    );
    assert.deepEqual(findingsAt(book, "20.12.2014"), []);
  });

  it("a partner starting in February reconciles every three months from its start (Feb–Apr, May–Jul, Aug–Oct)", () => {
    const book = project();
    book.Kumppanit[1][2] = "1.2.2014";
    book.Laskut = book.Laskut.filter((r) => !(r[1] === "Verso" && (r[5] === "tasaus" || r[2] === "V1")));
    book.Laskut.push(invoiceRow("15.5.2014", "Verso", "VT1", "1.2.2014", "30.4.2014", "tasaus", "Palkat", 0));
    book.Laskut.push(invoiceRow("15.8.2014", "Verso", "VT2", "1.5.2014", "31.7.2014", "tasaus", "Palkat", 0));
    book.Laskut.push(invoiceRow("15.11.2014", "Verso", "VT3", "1.8.2014", "31.10.2014", "tasaus", "Palkat", 0));
    book.Laskut.push(invoiceRow("30.11.2014", "Tampereen kaupunki", "T2", "1.1.2014", "31.10.2014", "toteuma", "Palkat", 4000));
    book.Budjetti[1][4] = 36000;
    book.Budjetti[3][4] = 47400;
    assert.deepEqual(findingsAt(book, "20.12.2014"), []);
  });

  it("a reconciliation invoice may be negative (the partner billed too much)", () => {
    const book = project();
    book.Laskut = book.Laskut.map((r) =>
      r[2] === "VT2" ? invoiceRow("15.7.2014", "Verso", "VT2", "1.4.2014", "30.6.2014", "tasaus", "Palkat", -350) : r,
    );
    book.Laskut = book.Laskut.map((r) =>
      r[2] === "T1" ? invoiceRow("30.11.2014", "Tampereen kaupunki", "T1", "1.1.2014", "31.10.2014", "toteuma", "Palkat", 43750) : r,
    );
    book.Budjetti[1][4] = 39650;
    book.Budjetti[3][4] = 43750;
    assert.deepEqual(findingsAt(book, "20.12.2014"), []);
  });

  it("a biller typed in capitals, or with its legal form (SONet BOTNIA ry), is the partner", () => {
    const book = project();
    book.Laskut = book.Laskut.map((r) => (r[2] === "V4" ? ["5.5.2014", "VERSO", ...r.slice(2)] : r));
    assert.deepEqual(findingsAt(book, "20.12.2014"), []);
    const suffixed = project();
    suffixed.Laskut = suffixed.Laskut.map((r) => (r[2] === "S2" ? ["15.9.2014", "SONet BOTNIA ry", ...r.slice(2)] : r));
    assert.deepEqual(findingsAt(suffixed, "20.12.2014"), []);
  });

  it("a misspelt biller is one unknown partner with the suggestion", () => {
    const book = project();
    book.Laskut = book.Laskut.map((r) => (r[2] === "V4" ? ["5.5.2014", "Versoo", ...r.slice(2)] : r));
    const found = findingsAt(book, "20.12.2014");
    assert.deepEqual(found[0], ["INVOICE_UNKNOWN_PARTNER", "Laskut!B6"]);
  });

  it("the administrator's own payroll rows (no number, no checker) are no unchecked invoices", () => {
    const book = project();
    book.Laskut = book.Laskut.map((r) =>
      r[1] === "Tampereen kaupunki" ? [...r.slice(0, 2), "", ...r.slice(3, 10), "", "", "palkkakirjanpito"] : r,
    );
    assert.deepEqual(findingsAt(book, "20.12.2014"), []);
  });

  it("the same invoice number used by two partners is two invoices", () => {
    const book = project();
    book.Laskut = book.Laskut.map((r) => (r[2] === "S1" ? [r[0], r[1], "V1", ...r.slice(3)] : r));
    assert.deepEqual(findingsAt(book, "20.12.2014"), []);
  });

  it("the same invoice number twice for one partner with another month is a duplicate", () => {
    const book = project();
    book.Laskut = book.Laskut.map((r) => (r[2] === "V5" ? [r[0], r[1], "V4", ...r.slice(3)] : r));
    const codes = findingsAt(book, "20.12.2014").map(([code]) => code);
    assert.ok(codes.includes("INVOICE_DUPLICATE"), codes.join());
  });
});

describe("a project extended by two months (Päättyy changed)", () => {
  it("with the continuing partner's window, its last quarter and a second application extended too: no findings", () => {
    const book = project();
    book.Hanke[3][1] = "31.12.2014";
    book.Kumppanit[1][3] = "31.12.2014";
    book.Laskut.push(invoiceRow("5.12.2014", "Verso", "V11", "1.11.2014", "30.11.2014", "kiinteä", "Palkat", 4000));
    book.Laskut.push(invoiceRow("5.1.2015", "Verso", "V12", "1.12.2014", "31.12.2014", "kiinteä", "Palkat", 4000));
    book.Laskut = book.Laskut.map((r) =>
      r[2] === "VT4" ? invoiceRow("15.1.2015", "Verso", "VT4", "1.10.2014", "31.12.2014", "tasaus", "Palkat", 0) : r,
    );
    book.Maksatukset.push([2, "1.11.2014", "31.12.2014", 6000, 6000, "15.2.2015"]);
    book.Budjetti[1][4] = 48000;
    book.Hanke[4][1] = 110000;
    book.Hanke[5][1] = 82500;
    book.Hanke[6][1] = 27500;
    book.Kuntaosuudet[2][4] = 7100;
    assert.deepEqual(findingsAt(book, "1.3.2015"), []);
    assert.deepEqual(findingsAt(book, "20.12.2014"), [["CHANGE_REQUEST_WINDOW", "Hanke!B4"]]);
  });
  it("a partner whose Kumppanit end was not moved: its invoices after the old end are outside its window", () => {
    const book = project();
    book.Hanke[3][1] = "31.12.2014";
    book.Laskut.push(invoiceRow("5.12.2014", "Verso", "V11", "1.11.2014", "30.11.2014", "kiinteä", "Palkat", 4000));
    const codes = findingsAt(book, "20.12.2014").map(([code, cell]) => `${code} ${cell}`);
    assert.ok(codes.includes("INVOICE_OUTSIDE_PARTNER_WINDOW Laskut!E20"), codes.join());
  });
});

describe("grace periods at their exact boundary day", () => {
  const without = (number: string) => {
    const book = project();
    book.Laskut = book.Laskut.filter((r) => r[2] !== number);
    // the missing invoice's costs billed by the administrator instead, so only the invoicing rule speaks
    return book;
  };
  it("a missing monthly invoice: not on its due day (month end + 30), reported the day after", () => {
    const book = without("V9");
    const month = (asOf: string) => findingsAt(book, asOf).filter(([code]) => code === "INVOICE_MONTH_MISSING");
    assert.deepEqual(month("30.10.2014"), []);
    assert.deepEqual(month("31.10.2014"), [["INVOICE_MONTH_MISSING", "Kumppanit!A2"]]);
  });
  it("a missing tertial invoice: not on 30.9. (31.8. + 30), reported on 1.10.", () => {
    const book = without("S2");
    const tertial = (asOf: string) => findingsAt(book, asOf).filter(([code]) => code === "INVOICE_TERTIAL_MISSING");
    assert.deepEqual(tertial("30.9.2014"), []);
    assert.deepEqual(tertial("1.10.2014"), [["INVOICE_TERTIAL_MISSING", "Kumppanit!A3"]]);
  });
  it("a missing reconciliation: not on 29.8. (30.6. + 60), reported on 30.8.", () => {
    const book = without("VT2");
    assert.deepEqual(findingsAt(book, "29.8.2014"), []);
    assert.deepEqual(findingsAt(book, "30.8.2014"), [["RECONCILIATION_MISSING", "Kumppanit!A2"]]);
  });
  it("the change request window: 30 days left is fine, 29 is the info", () => {
    assert.deepEqual(findingsAt(project(), "1.10.2014"), []);
    assert.deepEqual(findingsAt(project(), "2.10.2014"), [["CHANGE_REQUEST_WINDOW", "Hanke!B4"]]);
  });
  it("the final report is due until an application reaching the end is sent (or paid)", () => {
    const book = project();
    book.Maksatukset[1][5] = null;
    assert.deepEqual(findingsAt(book, "31.12.2014"), []);
    book.Maksatukset[1][4] = null;
    assert.deepEqual(findingsAt(book, "31.12.2014"), [["FINAL_REPORT_DUE", "Hanke!B4"]]);
    assert.deepEqual(findingsAt(project(), "31.12.2014"), []);
  });
});

describe("a partner changing its invoicing scheme in a new agreement period", () => {
  /** Verso monthly until June, per tertial (realised costs) from July: one Kumppanit row per agreement period. */
  function changed() {
    const book = project();
    book.Kumppanit = [
      book.Kumppanit[0],
      ["Verso", "kuukausi+tasaus", "1.1.2014", "30.6.2014", "kyllä"],
      ["Verso", "kolmannes", "1.7.2014", "31.10.2014", "kyllä"],
      book.Kumppanit[2],
    ];
    book.Laskut = book.Laskut.filter((r) => !(r[1] === "Verso" && ["V7", "V8", "V9", "V10", "VT3", "VT4"].includes(String(r[2]))));
    book.Laskut.push(invoiceRow("15.9.2014", "Verso", "VK2", "1.7.2014", "31.8.2014", "toteuma", "Palkat", 8000));
    book.Laskut.push(invoiceRow("15.11.2014", "Verso", "VK3", "1.9.2014", "31.10.2014", "toteuma", "Palkat", 8000));
    return book;
  }
  it("is modelled as two Kumppanit rows, each checked over its own window: no findings", () => {
    assert.deepEqual(findingsAt(changed(), "20.12.2014"), []);
  });
  it("a missing tertial of the second agreement is reported at its row", () => {
    const book = changed();
    book.Laskut = book.Laskut.filter((r) => r[2] !== "VK2");
    const found = findingsAt(book, "20.12.2014").filter(([code]) => code.startsWith("INVOICE_"));
    assert.deepEqual(found, [["INVOICE_TERTIAL_MISSING", "Kumppanit!A3"]]);
  });
  it("a copy of a partner's row (the same window) does not double its findings", () => {
    const book = project();
    book.Kumppanit.push([...book.Kumppanit[1]]);
    book.Laskut = book.Laskut.filter((r) => r[2] !== "V9");
    assert.deepEqual(
      findingsAt(book, "20.12.2014").filter(([code]) => code === "INVOICE_MONTH_MISSING"),
      [["INVOICE_MONTH_MISSING", "Kumppanit!A2"]],
    );
  });
});
