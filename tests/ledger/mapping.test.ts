import assert from "node:assert/strict";
import fc from "fast-check";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { buildLedger } from "../../src/ledger/build";
import { CANONICAL_HEADERS } from "../../src/ledger/canonical";
import { FIELD_LABELS, TABLE_LABELS } from "../../src/ledger/fieldLabels";
import {
  MAPPING_SHEET,
  fieldOf,
  mappingOf,
  mappingProblemText,
  mappingSheet,
  mergeMapping,
  planAccounts,
  planMapping,
  readMapping,
  tableKindOf,
} from "../../src/ledger/mapping";
import type { ColumnMapping, MappingRequest } from "../../src/ledger/mapping";
import { candidateAt, mappingCandidates } from "../../src/ledger/mappingCandidates";
import { TABLES } from "../../src/ledger/vocabulary";
import { addSheet } from "../../src/workbook/cells";
import { renderMessage } from "../../src/findings/render";
import type { CellValue, WorkbookData } from "../../src/workbook/types";
import { book } from "../support/book";

const HEADERS = [
  "Päivämäärä",
  "Laskuttaja",
  "Laskun numero",
  "Ajalta alkaen",
  "Ajalta päättyen",
  "Laji",
  "Rahaa",
  "Asiatarkastaja",
  "Hyväksyjä",
];
const ROWS: CellValue[][] = [
  ["3.2.2014", "Verso", "V-1", "1.1.2014", "31.1.2014", "kiinteä", "4 200,00", "Virtanen", "Korhonen"],
  ["3.3.2014", "Verso", "V-2", "1.2.2014", "28.2.2014", "kiinteä", "4 300,00", "Virtanen", "Korhonen"],
];
/** Laskut with a title above its header (the header is row 3) and the amount headed "Rahaa". */
const laskut = (headers = HEADERS, rows = ROWS): CellValue[][] => [["Laskut 2014"], [], headers, ...rows];

const AMOUNT: MappingRequest = { table: "invoices", sheet: "Laskut", headerRow: 3, column: "G", field: "net" };

function mapped(workbook: WorkbookData, ...requests: MappingRequest[]): WorkbookData {
  const plan = planMapping(workbook, requests);
  if (!plan.ok) throw new Error(plan.problems.map((p) => mappingProblemText(p, "en")).join("\n"));
  return addSheet({ ...workbook, sheets: workbook.sheets.filter((s) => s.name !== MAPPING_SHEET) }, plan.sheet);
}

const codesOf = (workbook: WorkbookData) => buildLedger(workbook).findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`);

describe("column mapping", () => {
  describe("an unrecognised header row mapped as a table", () => {
    it("without a mapping, a Laskut whose amount is headed Rahaa is not found", () => {
      const result = checkWorkbook(book({ Laskut: laskut() }));
      assert.equal(result.ledger.tables.invoices.length, 0);
      assert.ok(result.findings.some((f) => f.code === "TABLE_NOT_FOUND" && f.params.kind === "invoices"));
    });

    it("offers the row as a candidate, with the missing amount and the column not understood", () => {
      const { tables, missingTables } = mappingCandidates(book({ Laskut: laskut() }));
      const candidate = tables.find((c) => c.table === "invoices")!;
      assert.equal(candidate.sheet, "Laskut");
      assert.equal(candidate.headerRow, 3);
      assert.equal(candidate.recognised, false);
      assert.deepEqual(
        candidate.missing.map((m) => m.fields),
        [["net", "gross"]],
      );
      assert.deepEqual(candidate.missing[0].labels, {
        fi: "Summa (ALV 0) / Summa (sis. ALV)",
        sv: "Belopp (moms 0 %) / Belopp inkl. moms",
        en: "Net amount / Amount incl. VAT",
      });
      assert.deepEqual(candidate.unknownColumns, [{ column: "G", header: "Rahaa" }]);
      assert.deepEqual(
        candidate.columns.find((c) => c.column === "B"),
        { column: "B", header: "Laskuttaja", field: "partner" },
      );
      assert.equal(candidate.fields[0].required, true);
      assert.ok(candidate.fields.some((f) => f.field === "net" && f.labels.en === "Net amount"));
      assert.ok(!missingTables.some((m) => m.table === "invoices"));
      assert.ok(missingTables.some((m) => m.table === "partners"));
    });

    it("after mapping Rahaa to the net amount, the table is read with its amounts", () => {
      const { ledger, findings } = buildLedger(mapped(book({ Laskut: laskut() }), AMOUNT));
      assert.equal(ledger.tables.invoices.length, 1);
      assert.equal(ledger.tables.invoices[0].headerRow, 2);
      assert.deepEqual(
        ledger.invoices.map((line) => line.net),
        [420_000, 430_000],
      );
      assert.deepEqual(
        ledger.invoices.map((line) => line.at.row),
        [3, 4],
      );
      assert.deepEqual(findings, []);
      assert.deepEqual(
        mappingCandidates(mapped(book({ Laskut: laskut() }), AMOUNT)).tables.filter((c) => c.table === "invoices"),
        [],
      );
    });

    it("maps a row the heuristic would not read as any header, by field names or header words", () => {
      const rows: CellValue[][] = [
        ["Kuka", "Paljonko", "Milloin"],
        ["Verso", "100,00", "1/2014"],
      ];
      let workbook = book({ Muistiinpanot: rows });
      assert.equal(buildLedger(workbook).ledger.tables.invoices.length, 0);
      const at = { table: "Laskut", sheet: "muistiinpanot", headerRow: 1 };
      workbook = mapped(
        workbook,
        { ...at, column: "A", field: "Laskuttaja" },
        { ...at, column: "B", field: "amount" },
        { ...at, column: "C", field: "Jakso" },
      );
      const { ledger, findings } = buildLedger(workbook);
      assert.deepEqual(findings, []);
      assert.equal(ledger.invoices[0].partner, "Verso");
      assert.equal(ledger.invoices[0].net, 10_000);
      assert.notEqual(ledger.invoices[0].periodStart, null);
      assert.deepEqual(
        mappingOf(workbook).entries.map((e) => [e.table, e.sheet, e.column, e.field]),
        [
          ["invoices", "Muistiinpanot", "A", "partner"],
          ["invoices", "Muistiinpanot", "B", "net"],
          ["invoices", "Muistiinpanot", "C", "period"],
        ],
      );
    });

    it("finds the mapped row wherever the used range starts", () => {
      const workbook: WorkbookData = {
        date1904: false,
        sheets: [{ name: "Laskut", origin: { row: 2, col: 1 }, cells: [HEADERS, ...ROWS] }],
      };
      const plan = planMapping(workbook, [{ ...AMOUNT, column: "H" }]);
      assert.ok(plan.ok);
      assert.equal(plan.added[0].header, "Rahaa");
      const { ledger, findings } = buildLedger(addSheet(workbook, plan.sheet));
      assert.deepEqual(findings, []);
      assert.deepEqual(
        ledger.invoices.map((line) => line.net),
        [420_000, 430_000],
      );
    });
  });

  describe("a recognised table with a required column not understood", () => {
    const withPeriod = (header: string): CellValue[][] => [
      ["Laskuttaja", "Laskun numero", header, "Summa (ALV 0)", "Asiatarkastaja", "Hyväksyjä"],
      ["Verso", "V-1", "3/2014", "4 200,00", "A", "B"],
    ];

    it("reports REQUIRED_MISSING until the column is mapped, then reads it", () => {
      const before = book({ Laskut: withPeriod("Kohdistuu") });
      assert.deepEqual(codesOf(before), ["COLUMN_NOT_UNDERSTOOD Laskut!C1", "REQUIRED_MISSING Laskut!A1", "REQUIRED_MISSING Laskut!A1"]);
      const candidate = mappingCandidates(before).tables[0];
      assert.equal(candidate.recognised, true);
      assert.deepEqual(
        candidate.missing.map((m) => m.fields),
        [
          ["periodStart", "period"],
          ["periodEnd", "period"],
        ],
      );
      assert.deepEqual(candidate.unknownColumns, [{ column: "C", header: "Kohdistuu" }]);

      const after = mapped(before, { table: "invoices", sheet: "Laskut", headerRow: 1, column: "C", field: "period" });
      assert.deepEqual(codesOf(after), []);
      const line = buildLedger(after).ledger.invoices[0];
      assert.ok(line.periodStart !== null && line.periodEnd !== null);
    });

    it("a mapped column overrides the heuristic: the field leaves the column it was matched to", () => {
      const rows: CellValue[][] = [
        ["Laskuttaja", "Laskun numero", "Ajalta", "Summa", "Oikea summa"],
        ["Verso", "V-1", "3/2014", "1,00", "2,00"],
      ];
      const after = mapped(book({ Laskut: rows }), { table: "invoices", sheet: "Laskut", headerRow: 1, column: "E", field: "net" });
      const { ledger, findings } = buildLedger(after);
      assert.equal(ledger.invoices[0].net, 200);
      assert.deepEqual(
        findings.map((f) => `${f.code} ${f.cell} ${f.params.header}`),
        ["COLUMN_NOT_UNDERSTOOD D1 Summa"],
      );
    });

    it("a column takes one field: mapping it replaces what the heuristic read it as", () => {
      const rows: CellValue[][] = [
        ["Laskuttaja", "Nro", "Ajalta", "Summa"],
        ["Verso", "100,00", "3/2014", "x"],
      ];
      const after = mapped(book({ Laskut: rows }), { table: "invoices", sheet: "Laskut", headerRow: 1, column: "B", field: "net" });
      const { ledger } = buildLedger(after);
      assert.equal(ledger.tables.invoices[0].columns.number, undefined);
      assert.equal(ledger.invoices[0].net, 10_000);
    });

    it("a blank header can be mapped; messages then name the field", () => {
      const rows: CellValue[][] = [
        ["Laskuttaja", "Laskun numero", "Ajalta", null],
        ["Verso", "V-1", "3/2014", "paljon"],
      ];
      const plan = planMapping(book({ Laskut: rows }), [{ table: "invoices", sheet: "Laskut", headerRow: 1, column: "D", field: "net" }]);
      assert.ok(plan.ok);
      assert.equal(plan.added[0].header, "");
      const { findings } = buildLedger(addSheet(book({ Laskut: rows }), plan.sheet));
      assert.deepEqual(
        findings.map((f) => [f.code, f.cell, f.params.field]),
        [["VALUE_NOT_A_NUMBER", "D2", "Summa (ALV 0)"]],
      );
    });
  });

  describe("when the workbook changes after mapping", () => {
    it("ignores an entry whose header has changed (the column was moved), with an info finding at the column", () => {
      const workbook = mapped(book({ Laskut: laskut() }), AMOUNT);
      // The user moved Rahaa one column right: G is now Asiatarkastaja
      const order = [0, 1, 2, 3, 4, 5, 7, 6, 8];
      const moved = {
        ...workbook,
        sheets: workbook.sheets.map((s) =>
          s.name === "Laskut"
            ? {
                name: "Laskut",
                cells: laskut(
                  order.map((i) => HEADERS[i]),
                  ROWS.map((r) => order.map((i) => r[i])),
                ),
              }
            : s,
        ),
      };
      const { ledger, findings } = buildLedger(moved);
      assert.equal(ledger.tables.invoices.length, 0);
      const ignored = findings.filter((f) => f.code === "MAPPING_IGNORED");
      assert.deepEqual(
        ignored.map((f) => [f.severity, f.sheet, f.cell, f.params.why, f.params.header, f.params.now]),
        [["info", "Laskut", "G3", "header", "Rahaa", "Asiatarkastaja"]],
      );
      // Mapping again at the new letter replaces nothing else and works
      const remapped = mapped(moved, { ...AMOUNT, column: "H" });
      assert.deepEqual(
        mappingOf(remapped).entries.map((e) => e.column),
        ["H"],
      );
      assert.deepEqual(
        buildLedger(remapped).ledger.invoices.map((l) => l.net),
        [420_000, 430_000],
      );
    });

    it("keeps an entry whose header differs only in case, spaces or units", () => {
      const workbook = mapped(book({ Laskut: laskut() }), AMOUNT);
      const edited = {
        ...workbook,
        sheets: workbook.sheets.map((s) =>
          s.name === "Laskut" ? { name: "Laskut", cells: laskut(HEADERS.map((h) => (h === "Rahaa" ? " RAHAA € " : h))) } : s,
        ),
      };
      assert.deepEqual(
        buildLedger(edited).ledger.invoices.map((l) => l.net),
        [420_000, 430_000],
      );
    });

    it("reports entries whose sheet is gone, and each row it cannot read at its first wrong cell with what that cell may hold", () => {
      const sheet = mappingSheet([{ table: "invoices", sheet: "Vanha", headerRow: 3, column: "G", field: "net", header: "Rahaa" }]);
      const rows = [
        ...sheet.rows,
        ["laskut?", "Laskut", 3, "G", "net", "Rahaa"],
        ["invoices", "Laskut", "kolme", "G", "net", "Rahaa"],
        ["invoices", "Laskut", 3, "G", "rahaa", "Rahaa"],
        ["invoices", "", 3, "G", "net", "Rahaa"],
        ["invoices", "Laskut", 2_000_000, "G", "net", "Rahaa"],
        ["invoices", "Laskut", 3, "ZZZZ", "net", "Rahaa"],
        ["invoices", "Laskut", 3, "XFE", "net", "Rahaa"],
        ["invoices", "Laskut", 0, "1", "rahaa", "Rahaa"],
        [],
      ];
      const workbook = addSheet(book({ Laskut: laskut() }), { ...sheet, rows });
      const { skipped } = mappingOf(workbook);
      assert.deepEqual(
        skipped.map(({ at, part, value }) => [at, part, value]),
        [
          [3, "table", "laskut?"],
          [4, "headerRow", "kolme"],
          [5, "field", "rahaa"],
          [6, "sheet", ""],
          [7, "headerRow", "2000000"],
          [8, "column", "ZZZZ"],
          [9, "column", "XFE"],
          [10, "headerRow", "0"],
        ],
      );
      assert.equal(
        skipped[0].allowed.fi,
        "partners (Kumppanit), budget (Budjetti), invoices (Laskut), muniShares (Kuntaosuudet), applications (Maksatukset)",
      );
      assert.match(skipped[0].allowed.sv, /^partners \(Partner\w*\), /);
      assert.ok(skipped[2].allowed.fi.includes("net (Summa (ALV 0))"), "a field's choices are its table's fields, named");
      assert.equal(skipped[4].allowed.fi, "1–1\u00a0048\u00a0576");
      assert.equal(skipped[4].allowed.en, "1–1,048,576");
      assert.equal(skipped[5].allowed.en, "A–XFD");

      const ignored = buildLedger(workbook).findings.filter((f) => f.code === "MAPPING_IGNORED");
      assert.deepEqual(
        ignored.map((f) => [f.sheet, f.cell, f.params.why]),
        [
          [MAPPING_SHEET, "A4", "invalid"],
          [MAPPING_SHEET, "C5", "invalid"],
          [MAPPING_SHEET, "E6", "invalid"],
          [MAPPING_SHEET, "B7", "invalid"],
          [MAPPING_SHEET, "C8", "invalid"],
          [MAPPING_SHEET, "D9", "invalid"],
          [MAPPING_SHEET, "D10", "invalid"],
          [MAPPING_SHEET, "C11", "invalid"],
          [MAPPING_SHEET, "B3", "sheet"],
        ],
      );
      const column = ignored.find((f) => f.cell === "D9");
      assert.ok(column);
      assert.equal(renderMessage(column, "fi"), 'Sarakkeiden kohdistuksen rivi 9 ohitettiin: sarake "ZZZZ" ei ole sarakekirjain A–XFD.');
      assert.equal(renderMessage(column, "sv"), 'Rad 9 i kolumnmappningen hoppades över: kolumnen "ZZZZ" är ingen kolumnbokstav A–XFD.');
      assert.equal(renderMessage(column, "en"), 'Row 9 of the column mapping was skipped: the column "ZZZZ" is not a column letter A–XFD.');
      // the readable entries still count: the first one's sheet is gone, nothing else is used
      assert.equal(mappingOf(workbook).entries.length, 1);
    });
  });

  describe("the mapping sheet", () => {
    const entry: ColumnMapping = { table: "invoices", sheet: "2014", headerRow: 3, column: "G", field: "net", header: "Rahaa" };

    it("is hidden, marked as generated, and read back as written (also from text cells, as a CSV folder gives them)", () => {
      const sheet = mappingSheet([entry]);
      assert.equal(sheet.name, MAPPING_SHEET);
      assert.equal(sheet.hidden, true);
      assert.match(String(sheet.rows[0][0]), /^KASTE Ledger:/);
      const workbook = addSheet(book({}), sheet);
      assert.deepEqual(
        mappingOf(workbook).entries.map(({ at: _at, ...e }) => e),
        [entry],
      );
      const asText = { name: MAPPING_SHEET, cells: sheet.rows.map((row) => row.map((cell) => (cell === null ? null : String(cell)))) };
      assert.deepEqual(
        readMapping(asText).entries.map(({ at: _at, ...e }) => e),
        [entry],
      );
    });

    it("is never read as a data table, even when its rows look like one", () => {
      const sheet = mappingSheet([entry, { ...entry, field: "partner", column: "B", header: "Laskuttaja" }]);
      const rows = [...sheet.rows, [], ["Laskuttaja", "Laskun numero", "Ajalta", "Summa (ALV 0)"], ["Verso", "V-9", "3/2014", "9,00"]];
      const { ledger, findings } = buildLedger(addSheet(book({ Laskut: laskut() }), { ...sheet, rows }));
      for (const refs of Object.values(ledger.tables)) assert.ok(refs.every((t) => t.sheet !== MAPPING_SHEET));
      assert.ok(!ledger.invoices.some((line) => line.number === "V-9"));
      assert.ok(findings.every((f) => f.sheet !== MAPPING_SHEET || f.code === "MAPPING_IGNORED"));
    });
  });

  describe("merging", () => {
    const base: ColumnMapping = { table: "invoices", sheet: "Laskut", headerRow: 3, column: "G", field: "net", header: "Rahaa" };

    it("a new entry for the same column replaces the old one", () => {
      assert.deepEqual(mergeMapping([base], [{ ...base, field: "gross" }]), [{ ...base, field: "gross" }]);
    });

    it("a field moved to another column leaves the old column", () => {
      const moved = { ...base, column: "H", header: "Rahat" };
      assert.deepEqual(mergeMapping([base, { ...base, column: "B", field: "partner", header: "Kuka" }], [moved]), [
        { ...base, column: "B", field: "partner", header: "Kuka" },
        moved,
      ]);
    });

    it("another kind of table on the same header row replaces the row's old entries; other rows and sheets stay", () => {
      const other = { ...base, headerRow: 40 };
      const elsewhere = { ...base, sheet: "Laskut 2015" };
      const budget: ColumnMapping = { ...base, table: "budget", field: "amount", column: "C", header: "Euroja" };
      assert.deepEqual(mergeMapping([base, other, elsewhere], [budget]), [other, elsewhere, budget]);
    });

    it("is idempotent", () => {
      const entries = fc.record({
        table: fc.constantFrom("invoices" as const, "budget" as const),
        sheet: fc.constantFrom("Laskut", "Budjetti"),
        headerRow: fc.integer({ min: 1, max: 3 }),
        column: fc.constantFrom("A", "B", "C"),
        field: fc.constantFrom("partner", "amount", "net", "year"),
        header: fc.constantFrom("", "Rahaa"),
      });
      fc.assert(
        fc.property(fc.array(entries, { maxLength: 8 }), fc.array(entries, { maxLength: 4 }), (old, added) => {
          const once = mergeMapping(old, added);
          assert.deepEqual(mergeMapping(once, added), once);
        }),
      );
    });
  });

  describe("planning a mapping", () => {
    it("resolves tables and fields given as keys, labels or header words", () => {
      assert.equal(tableKindOf("Laskut"), "invoices");
      assert.equal(tableKindOf("fakturor"), "invoices");
      assert.equal(tableKindOf("MUNISHARES"), "muniShares");
      assert.equal(fieldOf("invoices", "amount"), "net");
      assert.equal(fieldOf("invoices", "Summa (sis. ALV)"), "gross");
      assert.equal(fieldOf("invoices", "Period start"), "periodStart");
      assert.equal(fieldOf("budget", "amount"), "amount");
      assert.equal(fieldOf("invoices", "rahaa"), null);
    });

    it("refuses what it cannot map, saying why, and writes nothing", () => {
      const workbook = mapped(book({ Laskut: laskut() }), AMOUNT);
      const plan = planMapping(workbook, [
        { ...AMOUNT, table: "laskelmat" },
        { ...AMOUNT, field: "rahaa" },
        { ...AMOUNT, sheet: "Puuttuu" },
        { ...AMOUNT, sheet: MAPPING_SHEET },
        { ...AMOUNT, headerRow: 2 },
        { ...AMOUNT, column: "G7" },
      ]);
      assert.ok(!plan.ok);
      assert.deepEqual(
        plan.problems.map((p) => p.what),
        ["table", "field", "sheet", "generated", "emptyRow", "column"],
      );
      assert.match(mappingProblemText(plan.problems[1], "fi"), /Taulukossa Laskut ei ole kenttää "rahaa"; vaihtoehdot: date, partner/);
      assert.match(mappingProblemText(plan.problems[4], "en"), /Row 2 of the sheet Laskut is empty/);
    });

    it("never writes over a sheet of hers named like the mapping sheet", () => {
      const workbook = book({ Laskut: laskut(), "kaste-sarakkeet": [["Omat sarakemuistiinpanot"]] });
      const plan = planMapping(workbook, [AMOUNT]);
      assert.ok(!plan.ok);
      assert.deepEqual(plan.problems, [{ what: "sheetNotOurs", value: "kaste-sarakkeet" }]);
      assert.match(mappingProblemText(plan.problems[0], "fi"), /oma välilehti kaste-sarakkeet.*Mitään ei kirjoitettu/);
      assert.match(mappingProblemText(plan.problems[0], "sv"), /egen flik kaste-sarakkeet/);
      assert.ok(planMapping(book({ Laskut: laskut(), [MAPPING_SHEET]: [] }), [AMOUNT]).ok, "a blank sheet of that name is written");
    });

    it("candidateAt reads any row as a given table, for a header row the user points at", () => {
      const candidate = candidateAt(book({ Laskut: laskut() }), "invoices", "Laskut", 3)!;
      assert.equal(candidate.recognised, false);
      assert.deepEqual(candidate.unknownColumns, [{ column: "G", header: "Rahaa" }]);
      assert.equal(candidateAt(book({ Laskut: laskut() }), "invoices", "Ei ole", 3), null);
    });
  });

  it("every vocabulary field has labels in fi, sv and en; the Finnish ones are the canonical headers", () => {
    for (const spec of TABLES) {
      const kind = spec.kind;
      assert.ok(TABLE_LABELS[kind], spec.kind);
      assert.equal(TABLE_LABELS[kind].fi, spec.title);
      for (const { field } of spec.fields) {
        const labels = FIELD_LABELS[kind][field];
        assert.ok(labels?.fi && labels.sv && labels.en, `${spec.kind}.${field}`);
        const canonical = (CANONICAL_HEADERS[kind] as Record<string, string>)[field];
        if (canonical) assert.equal(labels.fi, canonical, `${spec.kind}.${field}`);
      }
    }
  });
});

describe("account rows of the mapping sheet", () => {
  it("are kept when a column is mapped, and the column mapping when an account is", () => {
    const withAmount = mapped(book({ Laskut: laskut() }), AMOUNT);
    const { sheet } = planAccounts(withAmount, [
      { account: "4010", line: "Palkat" },
      { account: "4400", line: "Vuokrat" },
      { account: "4010 ", line: " Henkilöstökulut" },
    ]);
    const withAccounts = addSheet({ ...withAmount, sheets: withAmount.sheets.filter((s) => s.name !== MAPPING_SHEET) }, sheet);
    const period = mapped(withAccounts, { table: "invoices", sheet: "Laskut", headerRow: 3, column: "D", field: "period" });
    const read = mappingOf(period);
    assert.deepEqual(
      read.entries.map((e) => [e.column, e.field]),
      [
        ["G", "net"],
        ["D", "period"],
      ],
    );
    assert.deepEqual(read.accounts, [
      { account: "4400", line: "Vuokrat" },
      { account: "4010", line: "Henkilöstökulut" },
    ]);
    assert.deepEqual(read.skipped, []);
  });
});
