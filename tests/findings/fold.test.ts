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
});
