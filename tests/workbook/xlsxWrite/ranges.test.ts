/** Validation and conditional-format ranges following a table down (src/workbook/xlsxWrite/ranges.ts). */
import assert from "node:assert/strict";
import { grownSqref, withGrownRanges } from "../../../src/workbook/xlsxWrite/ranges";

const growth = { oldBottom: 9, newBottom: 19, left: 0, right: 3 };

describe("ranges that follow a table", () => {
  it("extends the ranges ending at the table's last row within its columns, and only those", () => {
    assert.equal(grownSqref("A2:A10 C2:D10", growth), "A2:A20 C2:D20");
    assert.equal(grownSqref("A2:A9", growth), null);
    assert.equal(grownSqref("F2:F10", growth), null);
    assert.equal(grownSqref("B10", growth), "B10:B20");
    assert.equal(grownSqref("A2:A10 F2:F10", growth), "A2:A20 F2:F10");
  });

  it("edits sqref attributes and x14 xm:sqref elements after the given position only", () => {
    const xml =
      '<sheetView><selection sqref="A2:A10"/></sheetView><sheetData/><dataValidation sqref="A2:A10"/><conditionalFormatting sqref="B2:B10"/><x14:conditionalFormatting><xm:sqref>C2:C10 Z1</xm:sqref></x14:conditionalFormatting>';
    const from = xml.indexOf("<sheetData");
    assert.equal(
      withGrownRanges(xml, from, growth),
      '<sheetView><selection sqref="A2:A10"/></sheetView><sheetData/><dataValidation sqref="A2:A20"/><conditionalFormatting sqref="B2:B20"/><x14:conditionalFormatting><xm:sqref>C2:C20 Z1</xm:sqref></x14:conditionalFormatting>',
    );
  });
});
