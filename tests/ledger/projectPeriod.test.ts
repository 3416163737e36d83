import assert from "node:assert/strict";
import { buildLedger } from "../../src/ledger/build";
import { dayFromYmd } from "../../src/periods";
import { book } from "../support/book";

describe("the project's period in one cell", () => {
  it("gives the project's start and end (Hankeaika, Projekttid), an own Päättyy key winning", () => {
    const fi = buildLedger(book({ Hanke: [["Hankeaika", "1.4.2013 - 31.10.2015"]] }));
    assert.deepEqual(
      [fi.ledger.project.start, fi.ledger.project.end],
      [
        { value: dayFromYmd(2013, 4, 1), sheet: "Hanke", cell: "B1" },
        { value: dayFromYmd(2015, 10, 31), sheet: "Hanke", cell: "B1" },
      ],
    );
    assert.equal("period" in fi.ledger.project, false);
    const sv = buildLedger(
      book({
        Projekt: [
          ["Projekttid", "1.4.2013–31.10.2015"],
          ["Slutar", "31.12.2015"],
        ],
      }),
    );
    assert.deepEqual([sv.ledger.project.start?.value, sv.ledger.project.end?.value], [dayFromYmd(2013, 4, 1), dayFromYmd(2015, 12, 31)]);
    assert.deepEqual(sv.findings, []);
  });

  it("reads the project's period, start or end typed as months (4/2013–10/2015, lokakuu 2015) from the first to the last day", () => {
    const run = buildLedger(book({ Hanke: [["Hankeaika", "4/2013–10/2015"]] }));
    assert.deepEqual([run.ledger.project.start?.value, run.ledger.project.end?.value], [dayFromYmd(2013, 4, 1), dayFromYmd(2015, 10, 31)]);
    assert.deepEqual(run.findings, []);
    const keys = buildLedger(
      book({
        Hanke: [
          ["Alkaa", "4/2013"],
          ["Päättyy", "lokakuu 2015"],
        ],
      }),
    );
    assert.deepEqual(
      [keys.ledger.project.start?.value, keys.ledger.project.end?.value],
      [dayFromYmd(2013, 4, 1), dayFromYmd(2015, 10, 31)],
    );
    assert.deepEqual(keys.findings, []);
  });

  it("ends the project when the extension remarked after its end or period does (jatkoaika 31.12.2015)", () => {
    const ends = [
      [["Päättyy", "31.10.2015 (jatkoaika 31.12.2015)"]],
      [["Hankeaika", "1.4.2013–31.10.2015 (jatkettu 31.12.2015 asti)"]],
      [["Projekttid", "1.4.2013–31.10.2015 (förlängd till 31.12.2015)"]],
    ].map((rows) => buildLedger(book({ Hanke: rows })).ledger.project.end?.value);
    assert.deepEqual(ends, [dayFromYmd(2015, 12, 31), dayFromYmd(2015, 12, 31), dayFromYmd(2015, 12, 31)]);
    const remark = buildLedger(book({ Hanke: [["Päättyy", "31.10.2015 (päätös 3.5.2013)"]] }));
    assert.equal(remark.ledger.project.end?.value, dayFromYmd(2015, 10, 31));
  });

  it("reports a period it cannot read", () => {
    const { findings } = buildLedger(book({ Hanke: [["Hankeaika", "huhtikuusta 2013 lokakuuhun 2015"]] }));
    assert.deepEqual(
      findings.map((f) => [f.code, f.cell]),
      [["VALUE_NOT_A_DATE", "B1"]],
    );
  });
});
