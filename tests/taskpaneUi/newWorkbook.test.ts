import assert from "node:assert/strict";
import { isEmptyWorkbook } from "../../taskpane/ui/newWorkbook";
import { book } from "../support/book";

describe("a new workbook from the pane", () => {
  it("is offered only when no cell holds anything", () => {
    assert.ok(isEmptyWorkbook(book({ Taul1: [] })));
    assert.ok(isEmptyWorkbook(book({ Taul1: [[null, " "]], Taul2: [[]] })));
    assert.ok(!isEmptyWorkbook(book({ Taul1: [[null, 0]] })));
  });
});
