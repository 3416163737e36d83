import assert from "node:assert/strict";
import { computeFormulas, shiftFormula } from "../../src/workbook/formulas";
import type { CellValue, FormulaCell, WorkbookData } from "../../src/workbook/types";
import { SheetCellsReader } from "../../src/workbook/xlsxXml";

const book = (sheets: Record<string, { cells: CellValue[][]; uncalculated?: FormulaCell[] }>): WorkbookData => ({
  date1904: false,
  sheets: Object.entries(sheets).map(([name, s]) => ({ name, ...s })),
});
const f = (address: string, formula: string): FormulaCell => {
  const col = address.charCodeAt(0) - 65;
  return { row: Number(address.slice(1)) - 1, col, formula };
};

describe("workbook: formulas kept without their values", () => {
  it("computes + − * /, signs, parentheses, SUM over ranges and lists, references to other sheets and to other formulas", () => {
    const { workbook, computed, uncalculated } = computeFormulas(
      book({
        Laskut: {
          cells: [
            [100, 24.5, "teksti", null],
            [200, 0.1, null, null],
          ],
          uncalculated: [
            f("E1", "A1+B1*2"),
            f("F1", "-(A1-A2)/4"),
            f("G1", "SUM(A1:B2)"),
            f("H1", "SUM(A1:C1; 5, E1)"),
            f("I1", "'Hanke 2014'!B2*$A$1"),
            f("J1", "sum(A1, 0.2) + 1e2"),
          ],
        },
        "Hanke 2014": { cells: [["Kerroin"], [null, 3]] },
      }),
    );
    assert.deepEqual(workbook.sheets[0].cells[0].slice(4), [149, 25, 324.6, 278.5, 300, 200.2]);
    assert.equal(computed.get("Laskut")?.length, 6);
    assert.equal(uncalculated.size, 0);
    assert.equal(workbook.sheets[0].uncalculated, undefined);
  });

  it("leaves uncomputed what Excel would not compute so, or what it does not know: functions, text, errors, cycles, /0", () => {
    const formulas = [
      f("B1", "VLOOKUP(A1,Hinnat!A:B,2,FALSE)"),
      f("B2", "A2*2"),
      f("B3", "A1/0"),
      f("B4", "C4+1"),
      f("C4", "B4+1"),
      f("B5", "Puuttuva!A1"),
      f("B6", "A6+1"),
      f("B7", "A1:A2"),
      f("B8", "ROUND(A1,2)"),
    ];
    const { workbook, uncalculated } = computeFormulas(
      book({ Laskut: { cells: [[10], ["kymmenen"], [], [], [], [{ error: "#REF!" }]], uncalculated: formulas } }),
    );
    assert.deepEqual(uncalculated.get("Laskut"), formulas);
    assert.deepEqual(workbook.sheets[0].uncalculated, formulas);
    assert.equal(workbook.sheets[0].cells[0][1] ?? null, null);
  });

  it("a workbook without such formulas is returned as it is", () => {
    const input = book({ Laskut: { cells: [[1]] } });
    assert.equal(computeFormulas(input).workbook, input);
  });

  it("moves a shared formula's relative references as Excel fills it, not $ ones, strings or sheet names", () => {
    assert.equal(shiftFormula("SUM(H2:H9)*$B$1+Hanke!C3", 3, 1), "SUM(I5:I12)*$B$1+Hanke!D6");
    assert.equal(shiftFormula('IF(A2="B2",$A2,B$2)', 1, 1), 'IF(B3="B2",$A3,C$2)');
    assert.equal(shiftFormula("'Kulut 2014'!A1+LOG10(A1)", 1, 0), "'Kulut 2014'!A2+LOG10(A2)");
  });
});

describe("xlsx: formulas without values, as the sheet reader lists them", () => {
  it("lists a formula without <v> or with an empty one, a shared formula's other cells moved, and nothing for cached values", () => {
    const reader = new SheetCellsReader([], "", false);
    reader.add(
      '<row r="1"><c r="A1"><v>2</v></c><c r="B1"><f>A1*2</f><v>4</v></c><c r="C1"><f>A1&amp;"x"</f></c><c r="D1"><f>A1+1</f><v></v></c></row>' +
        '<row r="2"><c r="A2"><f t="shared" ref="A2:A4" si="0">B2*2</f></c></row><row r="3"><c r="A3"><f t="shared" si="0"/></c></row><row r="4"><c r="A4"><f t="shared" si="0"/></c></row>',
    );
    assert.deepEqual(reader.formulas(), [
      { row: 0, col: 2, formula: 'A1&"x"' },
      { row: 0, col: 3, formula: "A1+1" },
      { row: 1, col: 0, formula: "B2*2" },
      { row: 2, col: 0, formula: "B3*2" },
      { row: 3, col: 0, formula: "B4*2" },
    ]);
    assert.deepEqual(reader.rows(), [[2, 4]]);
  });
});
