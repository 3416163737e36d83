import assert from "node:assert/strict";
import { buildLedger } from "../../src/ledger/build";
import type { CellValue } from "../../src/workbook/types";
import { book } from "../support/book";

const read = (rows: CellValue[][]) => buildLedger(book({ Asetukset: rows }));

describe("settings typed with their unit or by name", () => {
  it("reads a count of days or months with its unit after it (30 pv, 60 päivää, 3 kk, 45 dagar)", () => {
    const { ledger, findings } = read([
      ["Kuukausilaskun viive (pv)", "30 pv"],
      ["Tasauslaskun viive (pv)", "60 päivää"],
      ["Loppuraportin määräaika (kk)", "3 kk"],
      ["Kolmanneslaskun viive", "45 dagar"],
    ]);
    const { monthGraceDays, reconciliationGraceDays, finalReportMonths, tertialGraceDays } = ledger.settings;
    assert.deepEqual([monthGraceDays, reconciliationGraceDays, finalReportMonths, tertialGraceDays], [30, 60, 3, 45]);
    assert.deepEqual(findings, []);
  });

  it("reads the first reconciliation month by its name (helmikuu, februari)", () => {
    assert.equal(read([["Tasausjakson ensimmäinen kuukausi", "helmikuu"]]).ledger.settings.reconciliationFirstMonth, 2);
    assert.equal(read([["Första utjämningsmånad", "Februari"]]).ledger.settings.reconciliationFirstMonth, 2);
  });

  it("still reports a count it cannot read", () => {
    assert.deepEqual(
      read([["Kuukausilaskun viive (pv)", "30 viikkoa"]]).findings.map((f) => [f.code, f.cell]),
      [["VALUE_NOT_A_NUMBER", "B1"]],
    );
  });
});
