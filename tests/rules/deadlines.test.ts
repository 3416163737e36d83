import assert from "node:assert/strict";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { dayFromYmd } from "../../src/periods";
import type { CellValue } from "../../src/workbook/types";
import { book } from "../support/book";
import { assertMessages, findingsOf } from "../support/rendered";

const CODES = ["FINAL_REPORT_DUE", "CHANGE_REQUEST_WINDOW"] as const;

function sheets(extra: Record<string, CellValue[][]> = {}): Record<string, CellValue[][]> {
  return {
    Hanke: [
      ["Hanke", "LasSe"],
      ["Alkaa", "1.4.2013"],
      ["Päättyy", "31.10.2015"],
    ],
    ...extra,
  };
}

const on = (y: number, m: number, d: number) => ({ asOf: dayFromYmd(y, m, d) });

describe("deadlines", () => {
  it("says nothing in the middle of the project", () => {
    assert.deepEqual(findingsOf(sheets(), CODES, on(2015, 6, 1)), []);
  });

  it("notes that fewer than 30 days are left for a change request, at the project end", () => {
    assert.deepEqual(findingsOf(sheets(), CODES, on(2015, 10, 1)), []);
    assert.deepEqual(findingsOf(sheets(), CODES, on(2015, 10, 2)), [["CHANGE_REQUEST_WINDOW", "Hanke!B3"]]);
  });

  it("warns once the project has ended that the final report is due two months after the end", () => {
    const result = checkWorkbook(book(sheets()), on(2015, 11, 15));
    assertMessages(result.findings);
    const due = result.findings.filter((f) => f.code === "FINAL_REPORT_DUE");
    assert.deepEqual(
      due.map((f) => `${f.sheet}!${f.cell}`),
      ["Hanke!B3"],
    );
    assert.deepEqual(due[0].params.due, { day: dayFromYmd(2015, 12, 31) });
    assert.equal(due[0].params.late, "");
    const late = checkWorkbook(book(sheets()), on(2016, 1, 10)).findings.find((f) => f.code === "FINAL_REPORT_DUE")!;
    assert.equal(late.params.late, "yes");
    assert.equal(late.params.days, 10);
  });

  it("uses Asetukset's months for the final report", () => {
    const result = checkWorkbook(book(sheets({ Asetukset: [["Loppuraportin määräaika (kk)", 3]] })), on(2015, 11, 15));
    assertMessages(result.findings);
    assert.deepEqual(result.findings.find((f) => f.code === "FINAL_REPORT_DUE")!.params.due, { day: dayFromYmd(2016, 1, 31) });
  });

  it("stops warning once the last payment application, reaching the project end, has been sent", () => {
    const maksatukset = {
      Maksatukset: [
        ["Nro", "Ajalta alkaen", "Ajalta päättyen", "Haettu", "Lähetetty"],
        [3, "1.1.2015", "31.10.2015", 60000, "15.12.2015"],
      ],
    };
    assert.deepEqual(findingsOf(sheets(maksatukset), CODES, on(2016, 1, 10)), []);
  });

  it("takes a final application that has been paid as sent, though its Lähetetty date was not written down", () => {
    const paid = {
      Maksatukset: [
        ["Nro", "Ajalta alkaen", "Ajalta päättyen", "Haettu", "Maksettu"],
        [3, "1.1.2015", "31.10.2015", 60000, 60000],
      ],
    };
    assert.deepEqual(findingsOf(sheets(paid), CODES, on(2016, 1, 10)), []);
    const unpaid = {
      Maksatukset: [
        ["Nro", "Ajalta alkaen", "Ajalta päättyen", "Haettu", "Maksettu"],
        [3, "1.1.2015", "31.10.2015", 60000, null],
      ],
    };
    assert.deepEqual(findingsOf(sheets(unpaid), CODES, on(2016, 1, 10)), [["FINAL_REPORT_DUE", "Hanke!B3"]]);
  });
});
