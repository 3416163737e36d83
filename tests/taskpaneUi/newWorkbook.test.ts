import assert from "node:assert/strict";
import { CANONICAL_SHEETS } from "../../src/ledger/canonical";
import { canonicalSheets, sheetsToAdd } from "../../taskpane/office/canonicalSheets";
import { isEmptyWorkbook } from "../../taskpane/ui/newWorkbook";
import { book } from "../support/book";

describe("a new workbook from the pane", () => {
  it("is offered only when no cell holds anything", () => {
    assert.ok(isEmptyWorkbook(book({ Taul1: [] })));
    assert.ok(isEmptyWorkbook(book({ Taul1: [[null, " "]], Taul2: [[]] })));
    assert.ok(!isEmptyWorkbook(book({ Taul1: [[null, 0]] })));
  });

  it("adds only the standard sheets the workbook lacks: one she has, in any case, is kept", () => {
    const all = canonicalSheets().map((s) => s.name);
    assert.deepEqual(sheetsToAdd(book({ Kirjanpito: [["x"]] })), { add: canonicalSheets(), kept: [] });
    const some = sheetsToAdd(book({ LASKUT: [["oma"]], hanke: [], Muistio: [] }));
    assert.deepEqual(some.kept, [CANONICAL_SHEETS.project, CANONICAL_SHEETS.invoices]);
    assert.deepEqual(
      some.add.map((s) => s.name),
      all.filter((name) => name !== CANONICAL_SHEETS.project && name !== CANONICAL_SHEETS.invoices),
    );
    const full = sheetsToAdd(book(Object.fromEntries(all.map((name) => [name, []]))));
    assert.deepEqual(full, { add: [], kept: all });
  });
});
