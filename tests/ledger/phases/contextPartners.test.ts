import assert from "node:assert/strict";
import type { Finding } from "../../../src/findings/finding";
import type { InvoiceLine, Partner } from "../../../src/ledger/model";
import { withContextPartners } from "../../../src/ledger/phases/contextPartners";
import { buildLedger } from "../../../src/ledger/build";
import { book } from "../../support/book";
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

describe("assemble: the partner of a ledger whose Laskuttaja column was left blank", () => {
  const kumppanit = [
    ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy"],
    ["Pikassos Oy", "kuukausi+tasaus", "1.1.2014", "31.12.2014"],
    ["Verso", "kuukausi+tasaus", "1.1.2014", "31.12.2014"],
  ];
  const header = ["Päivämäärä", "Laskuttaja", "Laskun numero", "Ajalta", "Summa (ALV 0)"];
  const line = (biller: string | null, number: string) => ["5.2.2014", biller, number, "1/2014", "100,00"];

  it("takes the partner the sheet's name or title names when no line of the table names one", () => {
    const { ledger, findings } = buildLedger(
      book({
        Kumppanit: kumppanit,
        Pikassos: [header, line(null, "P-1"), line(null, "P-2")],
        Taul2: [["Verson laskut 2014"], header, line(null, "V-1")],
      }),
    );
    assert.deepEqual(
      ledger.invoices.map((l) => [l.number, l.partner]),
      [
        ["P-1", "Pikassos Oy"],
        ["P-2", "Pikassos Oy"],
        ["V-1", "Verso"],
      ],
    );
    assert.deepEqual(findings, []);
  });

  it("still reports a blank biller in a table whose other lines name theirs, or on a sheet that names no partner", () => {
    const { ledger, findings } = buildLedger(
      book({
        Kumppanit: kumppanit,
        Pikassos: [header, line("Pikassos", "P-1"), line(null, "P-2")],
        Laskut: [header, line(null, "X-1")],
      }),
    );
    assert.deepEqual(
      ledger.invoices.map((l) => [l.number, l.partner]),
      [
        ["P-1", "Pikassos"],
        ["P-2", ""],
        ["X-1", ""],
      ],
    );
    assert.deepEqual(
      findings.map((f) => [f.code, `${f.sheet}!${f.cell}`]),
      [
        ["REQUIRED_MISSING", "Pikassos!B3"],
        ["REQUIRED_MISSING", "Laskut!B2"],
      ],
    );
  });
});
