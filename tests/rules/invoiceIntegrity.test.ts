import assert from "node:assert/strict";
import type { CellValue } from "../../src/workbook/types";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { renderMessage } from "../../src/findings/render";
import { book } from "../support/book";
import { findingsOf } from "../support/rendered";

const CODES = ["INVOICE_DUPLICATE", "INVOICE_UNCHECKED", "INVOICE_UNAPPROVED", "INVOICE_SAME_CHECKER_APPROVER"] as const;
const HEADER: CellValue[] = [
  "Päivämäärä",
  "Laskuttaja",
  "Laskun numero",
  "Ajalta alkaen",
  "Ajalta päättyen",
  "Laji",
  "Tilikohta",
  "Summa (ALV 0)",
  "Asiatarkastaja",
  "Hyväksyjä",
];

const laskut = (...rows: CellValue[][]) => ({ Laskut: [HEADER, ...rows] });

describe("invoice integrity", () => {
  it("passes an invoice with a salary row and a rent row, checked and approved by two people", () => {
    const s = laskut(
      ["5.1.2014", "Verso", "V1", "1.12.2013", "31.12.2013", "kiinteä", "Palkat", 3800, "Mäkinen", "Lahtinen"],
      ["5.1.2014", "Verso", "V1", "1.12.2013", "31.12.2013", "kiinteä", "Vuokrat", 300, "Mäkinen", "Lahtinen"],
    );
    assert.deepEqual(findingsOf(s, CODES), []);
  });

  it("passes start-up costs beside a fixed row on the first invoice, each with its own period", () => {
    const s = laskut(
      ["5.9.2013", "Pikassos", "P1", "1.6.2013", "31.7.2013", "käynnistys", "Rekrytointi", 2500, "Mäkinen", "Lahtinen"],
      ["5.9.2013", "Pikassos", "P1", "1.8.2013", "31.8.2013", "kiinteä", "Palkat", 4000, "Mäkinen", "Lahtinen"],
    );
    assert.deepEqual(findingsOf(s, CODES), []);
  });

  it("passes the same invoice number used by two different partners", () => {
    const s = laskut(
      ["5.1.2014", "Verso", "1001", "1.12.2013", "31.12.2013", "kiinteä", "Palkat", 3800, "Mäkinen", "Lahtinen"],
      ["7.1.2014", "Pikassos", "1001", "1.12.2013", "31.12.2013", "kiinteä", "Palkat", 7200, "Mäkinen", "Lahtinen"],
    );
    assert.deepEqual(findingsOf(s, CODES), []);
  });

  it("reports an invoice number reused with another date, at the date cell", () => {
    const s = laskut(
      ["5.1.2014", "Verso", "V1", "1.12.2013", "31.12.2013", "kiinteä", "Palkat", 3800, "Mäkinen", "Lahtinen"],
      ["5.2.2014", "Verso", "V1", "1.1.2014", "31.1.2014", "kiinteä", "Palkat", 3800, "Mäkinen", "Lahtinen"],
    );
    assert.deepEqual(findingsOf(s, CODES), [["INVOICE_DUPLICATE", "Laskut!A3"]]);
  });

  it("takes invoice numbers that differ only in case and spaces as one invoice, and shows both spellings", () => {
    const s = laskut(
      ["5.1.2014", "Pikassos", "PIK-014", "1.12.2013", "31.12.2013", "kiinteä", "Palkat", 7200, "Mäkinen", "Lahtinen"],
      ["5.2.2014", "Pikassos", "pik-014 ", "1.1.2014", "31.1.2014", "kiinteä", "Palkat", 7200, "Mäkinen", "Lahtinen"],
    );
    assert.deepEqual(findingsOf(s, CODES), [["INVOICE_DUPLICATE", "Laskut!A3"]]);
    const [finding] = checkWorkbook(book(s)).findings.filter((f) => f.code === "INVOICE_DUPLICATE");
    assert.match(renderMessage(finding, "fi"), /pik-014 \/ PIK-014/);
  });

  it("reports an invoice number with two periods for one kind, at the differing period cell", () => {
    const s = laskut(
      ["5.1.2014", "Verso", "V1", "1.12.2013", "31.12.2013", "kiinteä", "Palkat", 3800, "Mäkinen", "Lahtinen"],
      ["5.1.2014", "Verso", "V1", "1.12.2013", "30.11.2013", "kiinteä", "Vuokrat", 300, "Mäkinen", "Lahtinen"],
    );
    assert.deepEqual(findingsOf(s, CODES), [["INVOICE_DUPLICATE", "Laskut!E3"]]);
  });

  it("reports a row entered twice at the copy's amount", () => {
    const s = laskut(
      ["5.1.2014", "Verso", "V1", "1.12.2013", "31.12.2013", "kiinteä", "Palkat", 3800, "Mäkinen", "Lahtinen"],
      ["5.1.2014", "Verso", "V1", "1.12.2013", "31.12.2013", "kiinteä", "palkat", 3800, "Mäkinen", "Lahtinen"],
    );
    assert.deepEqual(findingsOf(s, CODES), [["INVOICE_DUPLICATE", "Laskut!H3"]]);
  });

  it("finds a row entered twice in an invoice of many rows", () => {
    const rows: CellValue[][] = [];
    for (let i = 0; i < 40; i++)
      rows.push([
        "31.1.2014",
        "Verso",
        "V-2014",
        "1.1.2014",
        "31.12.2014",
        "toteuma",
        `Tili ${i % 20}`,
        100 + (i % 3),
        "Mäkinen",
        "Lahtinen",
      ]);
    rows.push(["31.1.2014", "Verso", "V-2014", "1.1.2014", "31.12.2014", "toteuma", "Tili 7", 101, "Mäkinen", "Lahtinen"]);
    assert.deepEqual(findingsOf(laskut(...rows.slice(0, 40)), CODES), []);
    assert.deepEqual(findingsOf(laskut(...rows), CODES), [["INVOICE_DUPLICATE", "Laskut!H42"]]);
  });

  it("reports an invoice nobody checked or approved, once per invoice", () => {
    const s = laskut(
      ["5.1.2014", "Verso", "V1", "1.12.2013", "31.12.2013", "kiinteä", "Palkat", 3800, null, null],
      ["5.1.2014", "Verso", "V1", "1.12.2013", "31.12.2013", "kiinteä", "Vuokrat", 300, null, null],
    );
    assert.deepEqual(findingsOf(s, CODES), [
      ["INVOICE_UNCHECKED", "Laskut!I2"],
      ["INVOICE_UNAPPROVED", "Laskut!J2"],
    ]);
  });

  it("takes a dash, a question mark or a word for nobody in the checker or approver cell for no name", () => {
    const s = laskut(
      ["5.1.2014", "Verso", "V1", "1.12.2013", "31.12.2013", "kiinteä", "Palkat", 3800, "Mäkinen", "-"],
      ["5.1.2014", "Verso", "V1", "1.12.2013", "31.12.2013", "kiinteä", "Vuokrat", 300, "Mäkinen", "–"],
      ["5.2.2014", "Verso", "V2", "1.1.2014", "31.1.2014", "kiinteä", "Palkat", 3800, "?", "Lahtinen"],
      ["5.3.2014", "Verso", "V3", "1.2.2014", "28.2.2014", "kiinteä", "Palkat", 3800, " Ei ", "puuttuu"],
      ["5.4.2014", "Verso", "V4", "1.3.2014", "31.3.2014", "kiinteä", "Palkat", 3800, "—", "—"],
    );
    assert.deepEqual(findingsOf(s, CODES), [
      ["INVOICE_UNAPPROVED", "Laskut!J2"],
      ["INVOICE_UNCHECKED", "Laskut!I4"],
      ["INVOICE_UNCHECKED", "Laskut!I5"],
      ["INVOICE_UNAPPROVED", "Laskut!J5"],
      ["INVOICE_UNCHECKED", "Laskut!I6"],
      ["INVOICE_UNAPPROVED", "Laskut!J6"],
    ]);
  });

  it("takes a tick (once or repeated) in the checker or approver cell as done by no one named, and two capitals as initials but EI and NO as the words", () => {
    const s = laskut(
      signedRow("V1", "✓", "✓"),
      signedRow("V2", "✔", "✔"),
      signedRow("V3", "+", "+"),
      signedRow("V4", "*", "*"),
      signedRow("V5", "x", "X"),
      signedRow("V6", "OK", "ok"),
      signedRow("V7", "EI", "NO"),
      signedRow("V8", "EI", "EI"),
      signedRow("V9", "ei ole", "Puuttuu."),
      signedRow("V10", "??", "Ei tarkastettu"),
      signedRow("V11", "Mäkinen", "Mäkinen"),
      signedRow("V12", "☑", "✅"),
      signedRow("V13", "✔️", "kyllä"),
      signedRow("V14", "MK", "PL"),
      signedRow("V15", "MK", "MK"),
      signedRow("V16", "✓✓", "✔ ✔"),
      signedRow("V17", "++", "✔️✔️"),
    );
    assert.deepEqual(findingsOf(s, CODES), [
      ["INVOICE_UNCHECKED", "Laskut!I8"],
      ["INVOICE_UNAPPROVED", "Laskut!J8"],
      ["INVOICE_UNCHECKED", "Laskut!I9"],
      ["INVOICE_UNAPPROVED", "Laskut!J9"],
      ["INVOICE_UNCHECKED", "Laskut!I10"],
      ["INVOICE_UNAPPROVED", "Laskut!J10"],
      ["INVOICE_UNCHECKED", "Laskut!I11"],
      ["INVOICE_UNAPPROVED", "Laskut!J11"],
      ["INVOICE_SAME_CHECKER_APPROVER", "Laskut!J12"],
      ["INVOICE_SAME_CHECKER_APPROVER", "Laskut!J16"],
    ]);
  });

  it("takes a cross, an exclamation mark or another symbol that is not a tick (also beside a tick), and Ei or No alone, for nobody", () => {
    const row = (number: string, checker: string) => signedRow(number, checker, "Lahtinen");
    const s = laskut(
      row("V1", "❌"),
      row("V2", "✗"),
      row("V3", "✘"),
      row("V4", "✕"),
      row("V5", "×"),
      row("V6", "!"),
      row("V7", "#"),
      row("V8", "EI"),
      row("V9", "Ei"),
      row("V10", "NO"),
      row("V11", "No"),
      row("V12", "✓"),
      row("V13", "✓✗"),
      row("V14", "✓!"),
    );
    assert.deepEqual(
      findingsOf(s, CODES),
      ["I2", "I3", "I4", "I5", "I6", "I7", "I8", "I9", "I10", "I11", "I12", "I14", "I15"].map((cell) => [
        "INVOICE_UNCHECKED",
        `Laskut!${cell}`,
      ]),
    );
  });

  it("does not ask checker and approver of the administrator's own costs (payroll), only of invoices from others", () => {
    const s = {
      Hanke: [
        ["Hanke", "LasSe"],
        ["Hallinnoija", "Tampereen kaupunki"],
      ],
      ...laskut(
        ["31.1.2014", "Tampereen kaupunki", null, "1.1.2014", "31.1.2014", "toteuma", "Palkat", 4340, null, null],
        ["28.2.2014", "Tampereen kaupunki", null, "1.2.2014", "28.2.2014", "toteuma", "Palkat", 4340, null, null],
        ["5.3.2014", "Konsultointi Oy", "K1", "1.2.2014", "28.2.2014", "toteuma", "Palvelut", 900, null, null],
      ),
    };
    assert.deepEqual(findingsOf(s, CODES), [
      ["INVOICE_UNCHECKED", "Laskut!I4"],
      ["INVOICE_UNAPPROVED", "Laskut!J4"],
    ]);
  });

  it("knows the administrator's own costs when Laskut names its place alone (Tampere for Tampereen kaupunki)", () => {
    const s = {
      Hanke: [
        ["Hanke", "LasSe"],
        ["Hallinnoija", "Tampereen kaupunki"],
      ],
      Kumppanit: [
        ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy"],
        ["Konsultointi Oy", "toteuma", "1.1.2014", "31.12.2014"],
      ],
      ...laskut(
        ["31.1.2014", "Tampere", null, "1.1.2014", "31.1.2014", "toteuma", "Palkat", 4340, null, null],
        ["5.3.2014", "Konsultointi Oy", "K1", "1.2.2014", "28.2.2014", "toteuma", "Palvelut", 900, null, null],
      ),
    };
    assert.deepEqual(findingsOf(s, [...CODES, "INVOICE_UNKNOWN_PARTNER"]), [
      ["INVOICE_UNCHECKED", "Laskut!I3"],
      ["INVOICE_UNAPPROVED", "Laskut!J3"],
    ]);
  });

  it("counts an invoice as checked when one of its rows names the checker", () => {
    const s = laskut(
      ["5.1.2014", "Verso", "V1", "1.12.2013", "31.12.2013", "kiinteä", "Palkat", 3800, "Mäkinen", "Lahtinen"],
      ["5.1.2014", "Verso", "V1", "1.12.2013", "31.12.2013", "kiinteä", "Vuokrat", 300, null, null],
    );
    assert.deepEqual(findingsOf(s, CODES), []);
  });

  it("takes each row without an invoice number as an invoice of its own, also rows of one partner one after another", () => {
    const s = laskut(
      ["5.1.2014", "Verso", null, "1.12.2013", "31.12.2013", "kiinteä", "Palkat", 3800, "Mäkinen", "Lahtinen"],
      ["5.1.2014", "Verso", null, "1.12.2013", "31.12.2013", "kiinteä", "Vuokrat", 300, null, null],
    );
    assert.deepEqual(findingsOf(s, CODES), [
      ["INVOICE_UNCHECKED", "Laskut!I3"],
      ["INVOICE_UNAPPROVED", "Laskut!J3"],
    ]);
  });

  it("reports the same person as checker and approver, however it is written", () => {
    const s = laskut(["5.1.2014", "Verso", "V1", "1.12.2013", "31.12.2013", "kiinteä", "Palkat", 3800, "Maija Mäkinen", "maija  makinen"]);
    assert.deepEqual(findingsOf(s, CODES), [["INVOICE_SAME_CHECKER_APPROVER", "Laskut!J2"]]);
  });

  it("reports a ledger without checker and approver columns once, at its header", () => {
    const s = {
      Laskut: [
        ["Laskuttaja", "Laskun numero", "Ajalta alkaen", "Ajalta päättyen", "Summa"],
        ["Verso", "V1", "1.12.2013", "31.12.2013", 3800],
        ["Verso", "V2", "1.1.2014", "31.1.2014", 3800],
      ],
    };
    assert.deepEqual(findingsOf(s, CODES), [
      ["INVOICE_UNCHECKED", "Laskut!A1"],
      ["INVOICE_UNAPPROVED", "Laskut!A1"],
    ]);
  });
});

/** One of Verso's invoice rows with the given checker and approver cells (the ticks, crosses and words above). */
function signedRow(number: string, checker: string, approver: string): CellValue[] {
  return ["5.1.2014", "Verso", number, "1.12.2013", "31.12.2013", "kiinteä", "Palkat", 3800, checker, approver];
}
