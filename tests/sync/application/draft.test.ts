import assert from "node:assert/strict";
import { lasseSheets } from "../../../examples/lasse";
import { checkWorkbook } from "../../../src/check/checkWorkbook";
import { dayFromYmd } from "../../../src/periods";
import { draftApplication } from "../../../src/sync/application/application";
import { applicationCsv } from "../../../src/sync/application/text";
import { addSheet } from "../../../src/workbook/cells";
import type { CellValue } from "../../../src/workbook/types";
import { throughXlsx } from "../../support/xlsx";
import { trickyBook } from "../support";

const PERIOD = { start: dayFromYmd(2014, 1, 1), end: dayFromYmd(2014, 10, 31) };
const AS_OF = dayFromYmd(2014, 11, 30);

describe("draftApplication", () => {
  it("is blocked by errors unless overridden, and an override is written on the sheet", () => {
    const book = trickyBook();
    const errors = checkWorkbook(book, { asOf: AS_OF }).findings.filter((f) => f.severity === "error");
    assert.ok(errors.length > 0);
    assert.equal(draftApplication(book, PERIOD, { asOf: AS_OF }).blocked, true);
    const overridden = draftApplication(book, PERIOD, { asOf: AS_OF, override: true });
    assert.equal(overridden.blocked, false);
    assert.match(String(overridden.sheet.rows[5][1]), /^OHITETTU: \d+ virhettä \(/);
    assert.match(String(draftApplication(book, PERIOD, { asOf: AS_OF, override: true, lang: "en" }).sheet.rows[5][1]), /^OVERRIDDEN: /);
  });

  it("adds a sheet the checks skip: the draft's rows are never read back as invoices", async () => {
    const book = await throughXlsx(lasseSheets());
    const draft = draftApplication(book, { start: dayFromYmd(2015, 1, 1), end: dayFromYmd(2015, 10, 31) });
    assert.equal(draft.blocked, false);
    const before = checkWorkbook(book).findings;
    const after = checkWorkbook(addSheet(book, draft.sheet)).findings;
    assert.deepEqual(after, before);
    assert.equal(draft.sheet.name, "Maksatushakemus 2015");
  });

  it("writes CSV with values, amounts as numbers and formula-looking text escaped", () => {
    const book = trickyBook();
    const sheet = book.sheets.find((s) => s.name === "Laskut")!;
    const cells: CellValue[][] = sheet.cells.map((row) => [...row]);
    cells[4][6] = "=SUM(A1)";
    const draft = draftApplication({ ...book, sheets: book.sheets.map((s) => (s === sheet ? { ...s, cells } : s)) }, PERIOD, {
      asOf: AS_OF,
      override: true,
    });
    const csv = applicationCsv(draft);
    assert.match(csv, /^KASTE Ledger: maksatushakemus 2, 1\.1\.2014–31\.10\.2014 \(luonnos\)\r\n/);
    assert.match(csv, /\r\nPikassos;'=SUM\(A1\);100,10;100,10;0,00\r\n/);
    assert.match(csv, /\r\nHakemuskausi;1\.1\.2014;31\.10\.2014\r\n/);
  });
});
