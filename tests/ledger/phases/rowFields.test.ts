import assert from "node:assert/strict";
import type { Finding } from "../../../src/findings/finding";
import { RowFields, enumerationOf } from "../../../src/ledger/phases/rowFields";
import { ymdOf } from "../../../src/periods";
import { tableOf } from "./tableOf";

describe("phase 3, coerce cells into typed values", () => {
  const { reader, table } = tableOf(
    [
      ["Pvm", "Laskuttaja", "Laskun nro", "Kuukausi", "Summa €", "Laji"],
      [41671, " Verso ", 17, "maaliskuu", "1 234,50 €", "kiinteä"],
      ["1.2.2014", "Verso", "V-2", "3/2014", "\u22125,00", "sekalainen"],
      ["ei päivä", null, null, null, "abc"],
    ],
    "Laskut 2014",
  );
  const at = (row: number) => {
    const findings: Finding[] = [];
    const f = new RowFields(table, reader, false, findings);
    f.row = row;
    return { f, findings };
  };

  it("reads serial and typed dates, trimmed text, numbers as text and euros with spaces and U+2212", () => {
    const first = at(1).f;
    assert.deepEqual(ymdOf(first.date("date") ?? 0), { year: 2014, month: 2, day: 1 });
    assert.equal(first.text("partner"), "Verso");
    assert.equal(first.text("number"), "17");
    assert.equal(first.money("net"), 123450);
    const second = at(2).f;
    assert.deepEqual(ymdOf(second.date("date") ?? 0), { year: 2014, month: 2, day: 1 });
    assert.equal(second.money("net"), -500);
  });

  it("takes a month without a year from the sheet's name", () => {
    const [start, end] = at(1).f.startAndEnd("periodStart", "periodEnd");
    assert.deepEqual(ymdOf(start ?? 0), { year: 2014, month: 3, day: 1 });
    assert.deepEqual(ymdOf(end ?? 0), { year: 2014, month: 3, day: 31 });
  });

  it("turns a cell it cannot read into a finding at that cell, and a blank required cell into REQUIRED_MISSING", () => {
    const { f, findings } = at(3);
    assert.equal(f.date("date"), null);
    assert.equal(f.money("net"), null);
    assert.equal(f.required("partner", f.text("partner") || null), null);
    assert.deepEqual(
      findings.map((x) => [x.code, x.cell]),
      [
        ["VALUE_NOT_A_DATE", "A4"],
        ["VALUE_NOT_A_NUMBER", "E4"],
        ["REQUIRED_MISSING", "B4"],
      ],
    );
  });

  it("reads an enumeration by its words and reports a word it does not know", () => {
    const kinds = enumerationOf<string>("invoices", "kind");
    assert.equal(at(1).f.oneOf("kind", kinds), "fixed");
    const { f, findings } = at(2);
    assert.equal(f.oneOf("kind", kinds), null);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].cell, "F3");
  });

  it("reads a ticked yes/no column with the ticks an invoice's checker cell takes: x, ✓, ✔, ☑, ✅, +, *, one or repeated", () => {
    for (const tick of ["x", "X", "✓", "✔", "☑", "✅", "✔️", "+", "*", "✓✓", "✓ ✓"]) {
      const ticked = tableOf(
        [
          ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy", "ALV palautuu"],
          ["Pikassos", "kuukausi+tasaus", "1.8.2013", "31.10.2015", tick],
          ["Verso", "kuukausi+tasaus", "1.12.2013", "30.9.2015", null],
        ],
        "Kumppanit",
      );
      const read = (row: number) => {
        const f = new RowFields(ticked.table, ticked.reader, false, []);
        f.row = row;
        return f.tick("vatRecoverable");
      };
      assert.deepEqual([read(1), read(2)], ["yes", "no"], tick);
    }
  });
});
