import assert from "node:assert/strict";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { dayFromYmd } from "../../src/periods";
import type { CellValue } from "../../src/workbook/types";
import { book } from "../support/book";
import { assertMessages, findingsOf } from "../support/rendered";

const CODES = ["INVOICE_OUTSIDE_PROJECT", "INVOICE_OUTSIDE_PARTNER_WINDOW", "INVOICE_UNKNOWN_PARTNER"] as const;

function sheets(...rows: CellValue[][]): Record<string, CellValue[][]> {
  return {
    Hanke: [
      ["Hanke", "LasSe"],
      ["Hallinnoija", "Tampereen kaupunki"],
      ["Alkaa", "1.4.2013"],
      ["Päättyy", "31.10.2015"],
    ],
    Kumppanit: [
      ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy", "ALV palautuu"],
      ["Verso", "toteuma", "1.12.2013", "30.9.2015", "kyllä"],
      ["Pikassos", "toteuma", "1.8.2013", "31.10.2015", "kyllä"],
    ],
    Laskut: [
      [
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
      ],
      ...rows.map((r) => [...r, "Mäkinen", "Lahtinen"]),
    ],
  };
}

const ASOF = { asOf: dayFromYmd(2016, 1, 15) };

describe("invoices inside the project period and the partner's window", () => {
  it("passes costs inside both, also on an invoice dated after the project end", () => {
    const s = sheets(
      ["5.1.2014", "Verso", "V1", "1.12.2013", "31.12.2013", "toteuma", "Palkat", 3800],
      ["20.11.2015", "Verso", "V2", "1.9.2015", "30.9.2015", "toteuma", "Palkat", 3800],
    );
    assert.deepEqual(findingsOf(s, CODES, ASOF), []);
  });

  it("reports a period reaching past the project end at its end cell, expecting the project end", () => {
    const s = sheets(["20.11.2015", "Pikassos", "P9", "1.10.2015", "30.11.2015", "toteuma", "Palkat", 7200]);
    const result = checkWorkbook(book(s), ASOF);
    assertMessages(result.findings);
    const found = result.findings.filter((f) => CODES.includes(f.code as (typeof CODES)[number]));
    assert.deepEqual(
      found.map((f) => [f.code, `${f.sheet}!${f.cell}`]),
      [["INVOICE_OUTSIDE_PROJECT", "Laskut!E2"]],
    );
    assert.deepEqual(found[0].expected, { day: dayFromYmd(2015, 10, 31) });
  });

  it("reports costs before the partner's window at the period start, expecting the window start", () => {
    const s = sheets(["5.12.2013", "Verso", "V0", "1.11.2013", "30.11.2013", "toteuma", "Palkat", 3800]);
    const result = checkWorkbook(book(s), ASOF);
    assertMessages(result.findings);
    const found = result.findings.filter((f) => CODES.includes(f.code as (typeof CODES)[number]));
    assert.deepEqual(
      found.map((f) => [f.code, `${f.sheet}!${f.cell}`]),
      [["INVOICE_OUTSIDE_PARTNER_WINDOW", "Laskut!D2"]],
    );
    assert.deepEqual(found[0].expected, { day: dayFromYmd(2013, 12, 1) });
  });

  it("lets start-up costs cover the recruitment months before the partner's window, but not before the project", () => {
    const inside = sheets(["5.12.2013", "Verso", "V1", "1.10.2013", "30.11.2013", "käynnistys", "Rekrytointi", 900]);
    assert.deepEqual(findingsOf(inside, CODES, ASOF), []);
    const before = sheets(["5.12.2013", "Verso", "V1", "1.3.2013", "30.11.2013", "käynnistys", "Rekrytointi", 900]);
    assert.deepEqual(findingsOf(before, CODES, ASOF), [["INVOICE_OUTSIDE_PROJECT", "Laskut!D2"]]);
  });

  it("reports one finding per invoice, not per row", () => {
    const s = sheets(
      ["5.12.2013", "Verso", "V0", "1.11.2013", "30.11.2013", "toteuma", "Palkat", 3800],
      ["5.12.2013", "Verso", "V0", "1.11.2013", "30.11.2013", "toteuma", "Vuokrat", 300],
    );
    assert.deepEqual(findingsOf(s, CODES, ASOF), [["INVOICE_OUTSIDE_PARTNER_WINDOW", "Laskut!D2"]]);
  });
});

describe("billers missing from Kumppanit", () => {
  it("passes partners written differently ('VERSO ') and the administrator's own costs", () => {
    const s = sheets(
      ["5.1.2014", "VERSO ", "V1", "1.12.2013", "31.12.2013", "toteuma", "Palkat", 3800],
      ["5.1.2014", "Tampereen kaupunki", "T1", "1.12.2013", "31.12.2013", "toteuma", "Vuokrat", 500],
    );
    assert.deepEqual(findingsOf(s, CODES, ASOF), []);
  });

  it("reports an unknown biller once, at its first row, suggesting the partner it resembles", () => {
    const s = sheets(
      ["5.1.2014", "Pikasos", "X1", "1.12.2013", "31.12.2013", "toteuma", "Palkat", 100],
      ["5.2.2014", "Pikasos", "X2", "1.1.2014", "31.1.2014", "toteuma", "Palkat", 100],
    );
    const result = checkWorkbook(book(s), ASOF);
    assertMessages(result.findings);
    const found = result.findings.filter((f) => f.code === "INVOICE_UNKNOWN_PARTNER");
    assert.deepEqual(
      found.map((f) => `${f.sheet}!${f.cell}`),
      ["Laskut!B2"],
    );
    assert.equal(found[0].expected, "Pikassos");
    assert.equal(found[0].params.rows, 2);
  });

  it("suggests the partner whose name a longer biller's name holds word for word (Sosiaalialan osaamiskeskus Pikassos Oy)", () => {
    const s = sheets(
      ["5.1.2014", "Sosiaalialan osaamiskeskus Pikassos Oy", "X1", "1.12.2013", "31.12.2013", "toteuma", "Palkat", 100],
      ["5.1.2014", "Konsultointi Virtanen", "X2", "1.12.2013", "31.12.2013", "toteuma", "Palkat", 100],
    );
    const found = checkWorkbook(book(s), ASOF).findings.filter((f) => f.code === "INVOICE_UNKNOWN_PARTNER");
    assert.deepEqual(
      found.map((f) => [f.cell, f.expected]),
      [
        ["B2", "Pikassos"],
        ["B3", undefined],
      ],
    );
  });
});
