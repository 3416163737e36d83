import assert from "node:assert/strict";
import type { Finding } from "../../../src/findings/finding";
import type { InvoiceLine, Partner } from "../../../src/ledger/model";
import { withContextPartners } from "../../../src/ledger/phases/contextPartners";
import { tableOf } from "./tableOf";

describe("assemble: the partner of a ledger without a Laskuttaja column", () => {
  const partners = [{ name: "Pikassos Oy" }, { name: "Verso" }] as Partner[];
  const cells = [
    ["Pvm", "Laskun nro", "Ajalta", "Summa €"],
    [41671, "P-1", "1/2014", 100],
  ];

  it("takes the partner the sheet's name names", () => {
    const { reader, table } = tableOf(cells, "Pikassos");
    const lines = [{ partner: "", at: { table, row: 1 } }] as InvoiceLine[];
    const findings: Finding[] = [];
    const named = withContextPartners(lines, partners, [table], new Map([[table.sheet, reader]]), findings);
    assert.equal(named[0].partner, "Pikassos Oy");
    assert.deepEqual(findings, []);
  });

  it("reports the column missing once, at the header, when the sheet names no partner", () => {
    const { reader, table } = tableOf(cells, "Laskut");
    const lines = [{ partner: "", at: { table, row: 1 } }] as InvoiceLine[];
    const findings: Finding[] = [];
    const named = withContextPartners(lines, partners, [table], new Map([[table.sheet, reader]]), findings);
    assert.equal(named[0].partner, "");
    assert.deepEqual(
      findings.map((f) => [f.code, f.cell]),
      [["REQUIRED_MISSING", "A1"]],
    );
  });
});
