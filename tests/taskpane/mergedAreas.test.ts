import assert from "node:assert/strict";
import { workbookOfSheets } from "../../examples/broken";
import { lasseSheets } from "../../examples/lasse";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { officeHost } from "../../taskpane/office";
import { blocksOfAreas } from "../../taskpane/office/mergedAreas";
import { installFakeOffice } from "../support/fakeOffice";
import type { InstalledFake } from "../support/fakeOffice";
import { mergedInvoicesOf } from "../support/layouts/mergedInvoices";
import { outcomeOf } from "../variety/support";

describe("taskpane/office reads merged blocks", () => {
  it("takes the blocks out of a RangeAreas address, quoted sheet names with commas and quotes included", () => {
    assert.deepEqual(blocksOfAreas("Laskut!A2:A4, Laskut!C7"), [
      { top: 1, left: 0, bottom: 3, right: 0 },
      { top: 6, left: 2, bottom: 6, right: 2 },
    ]);
    assert.deepEqual(blocksOfAreas("'Kulut, 2014'!$B$2:$D$3,'Anna''s'!E5:E9"), [
      { top: 1, left: 1, bottom: 2, right: 3 },
      { top: 4, left: 4, bottom: 8, right: 4 },
    ]);
    assert.deepEqual(blocksOfAreas(""), []);
  });

  describe("over the fake Office host", () => {
    let installed: InstalledFake | undefined;
    afterEach(() => installed?.uninstall());
    const canonical = workbookOfSheets(lasseSheets());
    const layout = mergedInvoicesOf(canonical, { lang: "fi", rowsAbove: 0, colsLeft: 0, style: "merged" });

    it("gives the ledger's merged invoices the same findings and totals as the CLI, in the same syncs", async () => {
      assert.ok(layout.merged.length > 300, "the layout merges invoice keys over their lines");
      installed = installFakeOffice(layout.book);
      const read = await officeHost().read();
      assert.deepEqual(read.sheets.find((s) => s.name === layout.sheetName)?.merged, layout.merged);
      assert.deepEqual(outcomeOf(checkWorkbook(read)), outcomeOf(checkWorkbook(layout.book)));
      assert.deepEqual(outcomeOf(checkWorkbook(read)), outcomeOf(checkWorkbook(canonical)), "the same as the unmerged ledger");
      assert.equal(installed.fake.syncCount, 3, "the merged blocks come in the sync of the used ranges");
    });

    it("reads no merged blocks on a host without ExcelApi 1.13, as before", async () => {
      installed = installFakeOffice(layout.book, { excelApi: "1.12" });
      const read = await officeHost().read();
      assert.ok(read.sheets.every((s) => s.merged === undefined));
    });
  });
});
