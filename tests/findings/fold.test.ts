import assert from "node:assert/strict";
import { foldFindings } from "../../src/findings/fold";
import { makeFinding } from "../../src/findings/makeFinding";

describe("folding repeats of one cause", () => {
  it("folds one message down one column into a range, and keeps other causes apart", () => {
    const bad = (row: number) =>
      makeFinding("VALUE_NOT_A_NUMBER", { sheet: "Laskut", cell: `H${row}` }, { value: "n/a", field: "Netto", why: "invalid" });
    const findings = [
      bad(2),
      bad(3),
      makeFinding("VALUE_NOT_A_NUMBER", { sheet: "Laskut", cell: "H4" }, { value: "x", field: "Netto", why: "invalid" }),
      bad(517),
    ];
    const folded = foldFindings(findings);
    assert.deepEqual(
      folded.map((f) => [f.range, f.findings.length]),
      [
        ["H2:H517", 3],
        ["H4", 1],
      ],
    );
  });

  it("does not fold the same message in two columns or on two sheets", () => {
    const at = (sheet: string, cell: string) => makeFinding("REQUIRED_MISSING", { sheet, cell }, { field: "net" });
    assert.equal(foldFindings([at("Laskut", "A2"), at("Laskut", "B2"), at("Laskut 2014", "A3")]).length, 3);
  });

  it("folds 100 000 repeats without overflowing the stack", () => {
    const many = Array.from({ length: 100_000 }, (_, i) =>
      makeFinding("VALUE_NOT_A_DATE", { sheet: "L", cell: `C${i + 2}` }, { value: "?", field: "Pvm" }),
    );
    assert.equal(foldFindings(many)[0]?.range, "C2:C100001");
  });

  it("lists the contiguous runs of rows a fold covers, a cell found twice once", () => {
    const at = (row: number) => makeFinding("VALUE_NOT_A_DATE", { sheet: "L", cell: `C${row}` }, { value: "?", field: "Pvm" });
    const [folded] = foldFindings([at(9), at(2), at(3), at(4), at(4), at(12), at(13)]);
    assert.deepEqual(folded?.runs, ["C2:C4", "C9", "C12:C13"]);
    assert.equal(folded?.range, "C2:C13");
    assert.equal(folded?.findings.length, 7);
  });

  it("keeps apart repeats whose right value differs, so a fold never shows one fix for cells that need different ones", () => {
    const gap = (row: number, cents: number) =>
      makeFinding(
        "VALUE_NOT_A_NUMBER",
        { sheet: "Laskut", cell: `E${row}` },
        { value: "n/a", field: "Netto", why: "invalid" },
        { expected: { cents } },
      );
    const folded = foldFindings([gap(2, 100), gap(3, 100), gap(4, 200)]);
    assert.deepEqual(
      folded.map((f) => f.runs),
      [["E2:E3"], ["E4"]],
    );
  });
});
