import assert from "node:assert/strict";
import { buildLedger } from "../../src/ledger/build";
import { cellOf } from "../../src/ledger/cell";
import { budgetOfYear, chooseBudget } from "../../src/ledger/budgetUse";
import { versionOfHeader, yearOfHeader } from "../../src/ledger/yearColumns";
import { book } from "../support/book";

describe("budget columns per version (Haettu | Vahvistettu)", () => {
  it("reads a version from a header alone or with budget words, never from another word", () => {
    assert.deepEqual(["Haettu €", "Vahvistettu budjetti", "Myönnetty (alv 0 %)", "Tarkistettu"].map(versionOfHeader), [
      "applied",
      "confirmed",
      "confirmed",
      "revised",
    ]);
    assert.deepEqual(["Haettu 2014", "Toteuma", "Budjetti", "Haettu valtionavustus"].map(versionOfHeader), [null, null, null, null]);
    assert.deepEqual(["Haettu 2014", "2015 Vahvistettu €", "Toteuma 2014"].map(yearOfHeader), [2014, 2015, null]);
  });

  it("reads one budget row per version column beside Vuosi", () => {
    const { ledger, findings } = buildLedger(
      book({
        Budjetti: [
          ["Vuosi", "Kumppani", "Tilikohta", "Haettu €", "Vahvistettu €"],
          [2014, "Pikassos", "Palkat", 100_000, "90 000,00"],
        ],
      }),
    );
    assert.deepEqual(
      ledger.budget.map((b) => [b.year, b.partner, b.line, b.version, b.amount]),
      [
        [2014, "Pikassos", "Palkat", "applied", 10_000_000],
        [2014, "Pikassos", "Palkat", "confirmed", 9_000_000],
      ],
    );
    assert.equal(cellOf(ledger.budget[1].at, "amount").cell, "E2");
    assert.deepEqual(findings, []);
  });

  it("reads wide versions: a column per version and year, in one header row or two", () => {
    const oneRow = buildLedger(
      book({
        Taul1: [
          ["Tilikohta", "Haettu 2014", "Vahvistettu 2014"],
          ["Palkat", 100, 90],
        ],
      }),
    );
    assert.deepEqual(
      oneRow.ledger.budget.map((b) => [b.year, b.version, b.amount]),
      [
        [2014, "applied", 10_000],
        [2014, "confirmed", 9_000],
      ],
    );
    const twoRows = buildLedger(
      book({
        Taul1: [
          ["Talousarvio"],
          ["Tilikohta", 2014, null, 2015, null],
          [null, "Haettu", "Vahvistettu", "Haettu", "Vahvistettu"],
          ["Palkat", 100, 90, 100, 95],
        ],
      }),
    );
    assert.deepEqual(
      twoRows.ledger.budget.map((b) => [b.year, b.version, b.amount]),
      [
        [2014, "applied", 10_000],
        [2014, "confirmed", 9_000],
        [2015, "applied", 10_000],
        [2015, "confirmed", 9_500],
      ],
    );
    assert.deepEqual(twoRows.findings, []);
  });

  it("reads Alkuperäinen and Tarkistettu budjetti, and a plain Budjetti beside a version, in Swedish and English too", () => {
    const original = buildLedger(
      book({
        Budjetti: [
          ["Vuosi", "Tilikohta", "Alkuperäinen budjetti", "Tarkistettu budjetti"],
          [2014, "Palkat", 100, 95],
        ],
      }),
    );
    assert.deepEqual(
      original.ledger.budget.map((b) => [b.version, b.amount]),
      [
        ["confirmed", 10_000],
        ["revised", 9_500],
      ],
    );
    const plain = buildLedger(
      book({
        Budjetti: [
          ["Vuosi", "Tilikohta", "Budjetti", "Tarkistettu budjetti"],
          [2014, "Palkat", 100, 95],
        ],
      }),
    );
    assert.deepEqual(
      plain.ledger.budget.map((b) => [b.version, b.amount]),
      [
        [null, 10_000],
        ["revised", 9_500],
      ],
    );
    assert.deepEqual(plain.findings, []);
    const sv = buildLedger(
      book({
        Budget: [
          ["Kostnadsslag", "Ansökt 2014", "Beviljat 2014"],
          ["Löner", 100, 90],
        ],
      }),
    );
    assert.deepEqual(
      sv.ledger.budget.map((b) => [b.year, b.version]),
      [
        [2014, "applied"],
        [2014, "confirmed"],
      ],
    );
    const en = buildLedger(
      book({
        Budget: [
          ["Year", "Cost line", "Requested (€)", "Approved (€)"],
          [2014, "Salaries", 100, 90],
        ],
      }),
    );
    assert.deepEqual(
      en.ledger.budget.map((b) => b.version),
      ["applied", "confirmed"],
    );
  });

  it("takes the version a budget sheet's name or title names: a revised budget on a sheet of its own replaces the budget", () => {
    const rows = (amount: number) => [
      ["Vuosi", "Kumppani", "Tilikohta", "Summa"],
      [2014, "Pikassos", "Palkat", amount],
      [2014, "Pikassos", "Vuokrat", 5_000],
    ];
    const { ledger, findings } = buildLedger(
      book({
        Budjetti: rows(80_000),
        "Tarkistettu budjetti": rows(88_000),
        Taul3: [["LasSe – muutettu talousarvio 2015"], ["Vuosi", "Kumppani", "Tilikohta", "Summa"], [2015, "Verso", "Palkat", 35_000]],
        Taul4: [["Hyväksytty 3.3.2015"], ["Vuosi", "Kumppani", "Tilikohta", "Summa"], [2015, "Verso", "Vuokrat", 2_800]],
      }),
    );
    assert.deepEqual(
      ledger.budget.map((b) => [b.year, b.line, b.version, b.amount]),
      [
        [2014, "Palkat", null, 8_000_000],
        [2014, "Vuokrat", null, 500_000],
        [2014, "Palkat", "revised", 8_800_000],
        [2014, "Vuokrat", "revised", 500_000],
        [2015, "Palkat", "revised", 3_500_000],
        [2015, "Vuokrat", null, 280_000],
      ],
    );
    // 88 000 + 5 000, not the two sheets added up (186 000)
    assert.equal(budgetOfYear(chooseBudget(ledger), 2014), 9_300_000);
    assert.deepEqual(findings, []);
  });
});
