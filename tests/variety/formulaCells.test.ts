import assert from "node:assert/strict";
import { readXlsx } from "../../cli/readXlsx";
import { workbookOfSheets } from "../../examples/broken";
import { lasseSheets } from "../../examples/lasse";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { renderMessage } from "../../src/findings/render";
import { formulaCellsOf } from "../support/layouts/formulaCells";
import type { FormulaVariant } from "../support/layouts/formulaCells";
import { xlsxOf } from "../support/layouts/xlsxProducers";
import type { Producer } from "../support/layouts/xlsxProducers";
import { outcomeOf } from "./support";

describe("variety: formulas a script wrote without their values", () => {
  const canonical = workbookOfSheets(lasseSheets());
  const expected = outcomeOf(checkWorkbook(canonical));
  const placements: FormulaVariant[] = [
    { lang: "fi", rowsAbove: 0, colsLeft: 0, style: "simple" },
    { lang: "sv", rowsAbove: 2, colsLeft: 1, style: "simple" },
    { lang: "en", rowsAbove: 1, colsLeft: 2, style: "simple" },
  ];
  const formulaCodes = (codes: readonly string[]) => codes.filter((c) => !c.includes(" FORMULA_"));

  it("the canonical three-year project is clean (the comparison means something)", () => {
    assert.deepEqual(expected.findings, []);
  });

  for (const variant of placements) {
    it(`simple formulas in ${variant.lang} (${variant.rowsAbove} rows above, ${variant.colsLeft} columns left) are computed: the canonical lines and totals, one note per column`, async () => {
      const layout = formulaCellsOf(canonical, variant);
      const result = checkWorkbook(await readXlsx(xlsxOf(layout.sheets, "script")));
      const got = outcomeOf(result);
      assert.deepEqual(formulaCodes(got.findings), expected.findings);
      assert.deepEqual(got.lines, expected.lines);
      assert.equal(got.figures, expected.figures);
      const notes = result.findings.filter((f) => f.code === "FORMULA_COMPUTED");
      assert.equal(notes.length, 2, "the amount column (with its total) and the VAT column");
      assert.ok(notes.every((f) => f.severity === "info" && f.sheet === layout.sheetName));
      assert.equal(notes[0].params.count, layout.lines + 1);
      assert.ok(!result.findings.some((f) => f.code === "FORMULA_NOT_CALCULATED"));
    });
  }

  for (const producer of ["excel", "libreoffice"] as Producer[])
    it(`the same file opened and saved in ${producer === "excel" ? "Excel" : "LibreOffice"} (values cached) says nothing of formulas`, async () => {
      for (const style of ["simple", "lookup"] as const) {
        const layout = formulaCellsOf(canonical, { lang: "fi", rowsAbove: 1, colsLeft: 1, style });
        const got = outcomeOf(checkWorkbook(await readXlsx(xlsxOf(layout.sheets, producer))));
        assert.deepEqual(got.findings, expected.findings);
        assert.deepEqual(got.lines, expected.lines);
      }
    });

  for (const lang of ["fi", "sv", "en"] as const)
    it(`a lookup it cannot compute (${lang}) is one error for the column with the fix, not a missing amount on every row`, async () => {
      const layout = formulaCellsOf(canonical, { lang, rowsAbove: 2, colsLeft: 1, style: "lookup" });
      const result = checkWorkbook(await readXlsx(xlsxOf(layout.sheets, "script")));
      const errors = result.findings.filter((f) => f.code === "FORMULA_NOT_CALCULATED");
      assert.deepEqual(
        errors.map((f) => [f.severity, f.sheet, f.params.cells, f.params.count]),
        [["error", layout.sheetName, layout.amountCells, layout.lines]],
      );
      assert.equal(errors[0].cell, layout.amountCells.split(":")[0]);
      assert.ok(!result.findings.some((f) => f.code === "REQUIRED_MISSING"), "no missing amount per row");
      assert.match(renderMessage(errors[0], "fi"), /VLOOKUP.*ei laskettua arvoa.*Excelissä tai LibreOfficessa ja tallenna/);
      assert.match(renderMessage(errors[0], "sv"), /inget beräknat värde.*spara den/);
      assert.match(renderMessage(errors[0], "en"), /no calculated value.*save it/);
    });
});
