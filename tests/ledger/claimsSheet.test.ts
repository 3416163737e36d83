/** The hidden claims sheet is read through schemas: an edited row is said once at its cell, never a crash or a silent skip. */
import assert from "node:assert/strict";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { CLAIMS_HEADERS, CLAIMS_SHEET } from "../../src/ledger/claims";
import { dayFromYmd } from "../../src/periods";
import { applyMarkSent, markSent } from "../../src/sync/application/markSent";
import { cellAddress } from "../../src/workbook/address";
import type { CellValue, WorkbookData } from "../../src/workbook/types";
import { assertMessages } from "../support/rendered";
import { ledgerBook, ledgerRow } from "../sync/support";

const AS_OF = dayFromYmd(2015, 2, 28);
const ROWS: CellValue[][] = [
  ledgerRow("5.2.2014", "Pikassos", "PIK-006", "1.1.2014", "31.1.2014", "kiinteä", "Palkat", 7200),
  ledgerRow("5.3.2014", "Pikassos", "PIK-007", "1.2.2014", "28.2.2014", "kiinteä", "Palkat", 7200),
];
const MAKSATUKSET = { Maksatukset: [["Nro", "Ajalta alkaen", "Ajalta päättyen", "Haettu", "Maksettu", "Lähetetty"]] };

function sentBook(): WorkbookData {
  const book = ledgerBook(ROWS, MAKSATUKSET);
  return applyMarkSent(
    book,
    markSent(book, { start: dayFromYmd(2014, 1, 1), end: dayFromYmd(2014, 12, 31) }, { asOf: AS_OF, override: true }),
  );
}

/** The sent book with one cell of the claims sheet changed (0-based row, the column by its header). */
function edited(row: number, header: (typeof CLAIMS_HEADERS)[number], value: CellValue): WorkbookData {
  const book = sentBook();
  const col = CLAIMS_HEADERS.indexOf(header);
  return {
    ...book,
    sheets: book.sheets.map((s) => {
      if (s.name !== CLAIMS_SHEET) return s;
      const cells = s.cells.map((r) => [...r]);
      const line = cells[row] ?? [];
      line[col] = value;
      cells[row] = line;
      return { ...s, cells };
    }),
  };
}

function invalidRows(book: WorkbookData): string[] {
  const findings = checkWorkbook(book, { asOf: AS_OF }).findings.filter((f) => f.code === "CLAIMS_ROW_INVALID");
  assertMessages(findings);
  return findings.map((f) => `${f.sheet}!${f.cell}`);
}

describe("reading the claims sheet", () => {
  it("reads an untouched claims sheet without a word", () => {
    assert.deepEqual(invalidRows(sentBook()), []);
  });

  it("points at an application's period typed over with text", () => {
    assert.deepEqual(invalidRows(edited(2, "Alkaa", "ei päivä")), [`${CLAIMS_SHEET}!${cellAddress(2, 2)}`]);
  });

  it("points at a reversed period and at a negative total", () => {
    assert.deepEqual(invalidRows(edited(2, "Päättyy", 41000)), [`${CLAIMS_SHEET}!${cellAddress(2, 3)}`]);
    assert.deepEqual(invalidRows(edited(2, "Haettu", -5)), [`${CLAIMS_SHEET}!${cellAddress(2, 7)}`]);
  });

  it("points at a claimed row whose fingerprint was cleared, or whose application number no longer exists", () => {
    assert.deepEqual(invalidRows(edited(3, "Sormenjälki", null)), [
      `${CLAIMS_SHEET}!${cellAddress(3, CLAIMS_HEADERS.indexOf("Sormenjälki"))}`,
    ]);
    assert.deepEqual(invalidRows(edited(4, "Hakemus", "99")), [`${CLAIMS_SHEET}!${cellAddress(4, 0)}`]);
  });
});
