import assert from "node:assert/strict";
import { checkWorkbook } from "../../src/check";
import { brokenExample } from "../../examples/broken";
import { lappiSheets } from "../../examples/lappi";
import { lasseSheets } from "../../examples/lasse";
import { throughXlsx } from "../support/xlsx";

const where = (f: { sheet: string; cell: string }) => `${f.sheet}!${f.cell}`;

describe("the bundled examples", () => {
  it("the LasSe example passes every check", async () => {
    const result = checkWorkbook(await throughXlsx(lasseSheets()));
    assert.deepEqual(result.findings.map((f) => [f.code, where(f)]), []);
    assert.deepEqual(result.notChecked, []);
  });

  it("the broken example yields exactly its known findings", async () => {
    const { sheets, expected } = brokenExample();
    const result = checkWorkbook(await throughXlsx(sheets));
    const actual = result.findings.map((f) => [f.code, where(f)]);
    const sort = (list: unknown[][]) => list.map((x) => x.join(" ")).sort();
    assert.deepEqual(sort(actual), sort(expected));
  });

  it("the Lapland plan passes and the checks it cannot run are listed as not checked", async () => {
    const result = checkWorkbook(await throughXlsx(lappiSheets()));
    const codes = result.findings.map((f) => f.code);
    assert.ok(!codes.some((c) => c.startsWith("COFUND_")), `unexpected ${codes.join(", ")}`);
    assert.ok(result.findings.some((f) => f.code === "TABLE_NOT_FOUND" && f.params.table === "Laskut"));
    assert.ok(result.notChecked.some((n) => n.missing.includes("Laskut")));
    assert.equal(result.ledger.project.eligible?.value, 182_820_400);
    assert.equal(result.ledger.project.stateGrant?.value, 137_115_200);
  });
});
