import assert from "node:assert/strict";
import { toCsv } from "../../src/workbook/csv";
import type { CsvField } from "../../src/workbook/csv";
import { previewImport } from "../../src/sync/import/importPreview";
import { partnerBookFromCsv } from "../../src/sync/import/partnerFile";
import { conflictSides, ledgerRowRange, previewTotals } from "../../src/sync/import/previewSummary";
import { book } from "../support/book";
import { ledgerBook, ledgerRow, serial, utf8 } from "./support";

const SOURCE = { file: "pikassos-2014.csv", importedAt: "2014-03-01 10:00" };
const csvFile = (rows: CsvField[][]) => partnerBookFromCsv(utf8(toCsv(rows)), SOURCE.file);
const HEADER = ["Laskuttaja", "Laskun numero", "Ajalta alkaen", "Ajalta päättyen", "Tilikohta", "Summa (ALV 0)", "ALV"];

describe("the import preview's totals and conflict sides", () => {
  const ledger = ledgerBook([
    ledgerRow("5.1.2014", "Pikassos", "PIK-005", "1.12.2013", "31.12.2013", "kiinteä", "Palkat", 7200),
    ledgerRow("5.1.2014", "Pikassos", "PIK-005", "1.12.2013", "31.12.2013", "kiinteä", "Vuokrat", 450, 108),
    ledgerRow("5.2.2014", "Verso", "VER-1", "1.1.2014", "31.1.2014", "kiinteä", "Palkat", 1000),
  ]);

  it("sums each group's net amounts in cents: new rows, rows the ledger has, conflicts", () => {
    const preview = previewImport(
      ledger,
      csvFile([
        HEADER,
        ["Pikassos", "PIK-005", "1.12.2013", "31.12.2013", "Palkat", "7 200,00", "0"], // present
        ["Pikassos", "PIK-005", "1.12.2013", "31.12.2013", "Vuokrat", "450,00", "108,00"], // present
        ["Verso", "VER-1", "1.1.2014", "31.1.2014", "Palkat", "1 000,01", "0"], // conflict: one cent
        ["Pikassos", "PIK-006", "1.1.2014", "31.1.2014", "Palkat", "0,10", "0"], // new
        ["Pikassos", "PIK-007", "1.1.2014", "31.1.2014", "Palkat", "0,20", "0"], // new
        ["Pikassos", "PIK-008", "1.1.2014", "31.1.2014", "Palkat", "−3,00", "0"], // new: a credit note
      ]),
      SOURCE,
    );
    assert.deepEqual(previewTotals(preview), {
      add: { rows: 3, cents: 10 + 20 - 300, withoutAmount: 0 },
      present: { rows: 2, cents: 720_000 + 45_000, withoutAmount: 0 },
      conflicts: { rows: 1, cents: 100_001, withoutAmount: 0 },
    });
  });

  it("an empty preview totals zero everywhere", () => {
    assert.deepEqual(previewTotals({ toAdd: [], alreadyPresent: [], conflicts: [] }), {
      add: { rows: 0, cents: 0, withoutAmount: 0 },
      present: { rows: 0, cents: 0, withoutAmount: 0 },
      conflicts: { rows: 0, cents: 0, withoutAmount: 0 },
    });
  });

  it("puts a conflicting row's values beside the closest ledger row's, marking only what differs", () => {
    const preview = previewImport(
      ledger,
      csvFile([
        HEADER,
        ["Pikassos", "PIK-005", "1.12.2013", "31.12.2013", "Vuokrat", "450,00", "99,00"], // VAT differs
        ["Verso", "VER-1", "1.2.2014", "28.2.2014", "Aineet", "1 000,00", "0"], // period and line differ
      ]),
      SOURCE,
    );
    const [vat, periodLine] = preview.conflicts;
    assert.deepEqual(conflictSides(vat), [
      { field: "amount", file: 45_000, ledger: 45_000, differs: false },
      { field: "vat", file: 9_900, ledger: 10_800, differs: true },
      { field: "line", file: "Vuokrat", ledger: "Vuokrat", differs: false },
      {
        field: "period",
        file: { start: serial("1.12.2013") - 25_569, end: serial("31.12.2013") - 25_569 },
        ledger: { start: serial("1.12.2013") - 25_569, end: serial("31.12.2013") - 25_569 },
        differs: false,
      },
    ]);
    const sides = conflictSides(periodLine);
    assert.deepEqual(
      sides.map((s) => [s.field, s.differs]),
      [
        ["amount", false],
        ["line", true],
        ["period", true],
      ],
      "no VAT line when neither has VAT",
    );
    assert.deepEqual(ledgerRowRange(periodLine.closest), { sheet: "Laskut", range: "A4:M4" });
  });

  it("a duplicate (the file has the row more often) marks nothing; a VAT-inclusive amount without VAT is marked at the VAT", () => {
    const preview = previewImport(
      ledger,
      csvFile([
        HEADER,
        ["Verso", "VER-1", "1.1.2014", "31.1.2014", "Palkat", "1 000,00", "0"],
        ["Verso", "VER-1", "1.1.2014", "31.1.2014", "Palkat", "1 000,00", "0"],
      ]),
      SOURCE,
    );
    assert.deepEqual(preview.conflicts[0].differs, ["duplicate"]);
    assert.ok(conflictSides(preview.conflicts[0]).every((s) => !s.differs));
    const gross = conflictSides({
      line: { ...preview.conflicts[0].line, net: null, vat: null, gross: 100_000 },
      closest: preview.conflicts[0].closest,
      differs: ["amount"],
    });
    assert.deepEqual(gross.slice(0, 2), [
      { field: "amount", file: 100_000, ledger: 100_000, differs: false },
      { field: "vat", file: null, ledger: 0, differs: true },
    ]);
  });

  it("selects the ledger row from its first to its last recognised column, where the table starts further right", () => {
    const shifted = book({
      Laskut: [
        [null, null, "Laskuttaja", "Laskun numero", "Summa (ALV 0)"],
        [null, null, "Pikassos", "PIK-1", 100],
      ],
    });
    const preview = previewImport(
      shifted,
      csvFile([
        ["Laskuttaja", "Laskun numero", "Summa (ALV 0)"],
        ["Pikassos", "PIK-1", "200"],
      ]),
      SOURCE,
    );
    assert.equal(preview.conflicts.length, 1);
    assert.deepEqual(ledgerRowRange(preview.conflicts[0].closest), { sheet: "Laskut", range: "C2:E2" });
  });
});
