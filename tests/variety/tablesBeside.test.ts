import assert from "node:assert/strict";
import { workbookOfSheets } from "../../examples/broken";
import { lasseSheets } from "../../examples/lasse";
import type { WritableCell, WritableSheet } from "../../cli/writeXlsx";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { buildLedger } from "../../src/ledger/build";
import type { CellValue } from "../../src/workbook/types";
import { book } from "../support/book";
import { outcomeOf } from "./support";

/**
 * Two partners' ledgers side by side on one sheet "Laskut": Pikassos's in A–M, two blank
 * columns, Verso's (and the other partners') from P, its header on row 1 or further down. Each is
 * a table of its own, read as if the two stood on sheets of their own.
 */
describe("variety: tables side by side on one sheet", () => {
  const EN = [
    "Date",
    "Biller",
    "Invoice number",
    "Period start",
    "Period end",
    "Type",
    "Cost line",
    "Net amount",
    "VAT",
    "Eligible",
    "Checker",
    "Approver",
    "Description",
  ];
  const sheets = lasseSheets();
  const ledger = sheets.find((s) => s.name === "Laskut");
  assert.ok(ledger);
  const headerOf = (lang: "fi" | "en") => (lang === "fi" ? ledger.rows[0] : EN);
  const left = ledger.rows.slice(1).filter((row) => row[1] === "Pikassos");
  const right = ledger.rows.slice(1).filter((row) => row[1] !== "Pikassos");
  const others = sheets.filter((s) => s !== ledger);
  const blank13: WritableCell[] = Array<WritableCell>(13).fill(null);

  /** Laskut with the right table from column P, its header on row `rightRow + 1`. */
  function besideOf(lang: "fi" | "en", rightRow: number): WritableSheet {
    const l = [headerOf(lang), ...left];
    const r = [headerOf(lang), ...right];
    const rows: WritableCell[][] = [];
    for (let i = 0; i < Math.max(l.length, rightRow + r.length); i++) {
      const inRight = r[i - rightRow];
      rows.push(inRight ? [...(l[i] ?? blank13), null, null, ...inRight] : [...(l[i] ?? [])]);
    }
    return { name: "Laskut", rows };
  }
  const stacked = (lang: "fi" | "en") =>
    workbookOfSheets([
      ...others,
      { name: "Laskut", rows: [headerOf(lang), ...left] },
      { name: "Laskut 2", rows: [headerOf(lang), ...right] },
    ]);

  it("the example splits into a left and a right table of several partners (the comparison means something)", () => {
    assert.ok(left.length > 20 && right.length > 40);
    assert.ok(new Set(right.map((row) => row[1])).size >= 2);
    const expected = outcomeOf(checkWorkbook(stacked("fi")));
    assert.equal(expected.lines.length, left.length + right.length);
    assert.deepEqual(expected.findings, []);
  });

  for (const [lang, rightRow] of [
    ["fi", 0],
    ["fi", 7],
    ["en", 0],
    ["en", 12],
  ] as const) {
    it(`headers in ${lang}, the right table's header on row ${rightRow + 1}: the same lines, findings and figures as the two tables on two sheets`, () => {
      const expected = outcomeOf(checkWorkbook(stacked(lang)));
      const beside = workbookOfSheets([...others, besideOf(lang, rightRow)]);
      const result = checkWorkbook(beside);
      const got = outcomeOf(result);
      assert.deepEqual(got.findings, expected.findings);
      assert.deepEqual(got.lines, expected.lines);
      assert.equal(got.figures, expected.figures);
      // Each table is its own, the right one's records at their own cells
      const tables = result.ledger.tables.invoices.map((t) => [t.sheet, t.headerRow, Math.min(...Object.values(t.columns))]);
      assert.deepEqual(tables, [
        ["Laskut", 0, 0],
        ["Laskut", rightRow, 15],
      ]);
    });
  }

  const FI = headerOf("fi") as string[];
  const row = (partner: string, n: number, net: CellValue): CellValue[] => [
    `${n}.2.2014`,
    partner,
    `${partner}-${n}`,
    `1.${n}.2014`,
    `28.${n}.2014`,
    "kiinteä",
    "Palkat",
    net,
    null,
    "kyllä",
    "Matti",
    "Liisa",
    null,
  ];

  it("a finding of the right table's row points at its own cell (a blank amount at W)", () => {
    const { ledger: read, findings } = buildLedger(
      book({
        Laskut: [
          [...FI, null, null, ...FI],
          [...row("Pikassos", 1, 100), null, null, ...row("Verso", 1, 200)],
          [...row("Pikassos", 2, 100), null, null, ...row("Verso", 2, null)],
        ],
      }),
    );
    assert.deepEqual(
      read.invoices.map((i) => [i.partner, i.net]),
      [
        ["Pikassos", 10_000],
        ["Pikassos", 10_000],
        ["Verso", 20_000],
        ["Verso", null],
      ],
    );
    assert.deepEqual(
      findings.map((f) => [f.code, f.cell]),
      [["REQUIRED_MISSING", "W3"]],
    );
  });

  it("one blank column is gap enough; without a blank column between them the headers are one table's, as before", () => {
    const tablesOf = (gap: CellValue[]) =>
      buildLedger(
        book({
          Laskut: [
            [...FI, ...gap, ...FI],
            [...row("Pikassos", 1, 100), ...gap, ...row("Verso", 1, 200)],
          ],
        }),
      ).ledger;
    const one = tablesOf([null]);
    assert.deepEqual(
      one.tables.invoices.map((t) => [t.headerRow, t.columns.net]),
      [
        [0, 7],
        [0, 21],
      ],
    );
    assert.deepEqual(
      one.invoices.map((i) => i.partner),
      ["Pikassos", "Verso"],
    );
    const none = tablesOf([]);
    assert.deepEqual(
      none.tables.invoices.map((t) => [t.headerRow, t.columns.net]),
      [[0, 7]],
    );
  });

  it("the left table's total is no total of the right table, whose own repeated header and total are skipped", () => {
    const pad = Array<CellValue>(15).fill(null);
    const { ledger: read, findings } = buildLedger(
      book({
        Laskut: [
          [...FI, null, null, ...FI],
          [...row("Pikassos", 1, 100), null, null, ...row("Verso", 1, 200)],
          ["Yhteensä", null, null, null, null, null, null, 100, null, null, null, null, null, null, null, ...row("Verso", 2, 300)],
          [...row("Pikassos", 3, 100), null, null, ...FI],
          [...pad, ...row("Verso", 4, 400)],
          [...pad, "Yhteensä", null, null, null, null, null, null, 900],
        ],
      }),
    );
    assert.deepEqual(
      read.invoices.map((i) => [i.partner, i.net, i.at.row]),
      [
        ["Pikassos", 10_000, 1],
        ["Pikassos", 10_000, 3],
        ["Verso", 20_000, 1],
        ["Verso", 30_000, 2],
        ["Verso", 40_000, 4],
      ],
    );
    assert.deepEqual(
      findings.map((f) => [f.code, f.cell, f.params.noise]),
      [["ROWS_SKIPPED_NOISE", "P4", "header"]],
    );
  });
  /** The book with a summary typed one blank column right of a sheet's table, on its header row down. */
  function withSummary(name: string, summary: CellValue[][]): WritableSheet[] {
    return sheets.map((sheet) => {
      if (sheet.name !== name) return sheet;
      const width = sheet.rows[0].length;
      const rows = sheet.rows.map((r, i) => {
        const block = summary[i];
        if (!block) return r;
        const padded = [...r, ...Array<WritableCell>(Math.max(0, width - r.length)).fill(null)];
        return [...padded, null, ...(block as WritableCell[])];
      });
      return { ...sheet, rows };
    });
  }
  const rowsOf = (name: string) => {
    const sheet = sheets.find((s) => s.name === name);
    assert.ok(sheet);
    return sheet.rows.slice(1);
  };
  const yearOfSerial = (cell: WritableCell) => {
    assert.ok(cell !== null && typeof cell === "object" && "date" in cell);
    return new Date((cell.date - 25569) * 86_400_000).getUTCFullYear();
  };
  /** The rows of a summary: each key's values summed, in the order the keys come. */
  function summed(
    rows: ReadonlyArray<readonly WritableCell[]>,
    keyOf: (row: readonly WritableCell[]) => CellValue[],
    valuesOf: (row: readonly WritableCell[]) => number[],
  ) {
    const sums = new Map<string, { key: CellValue[]; values: number[] }>();
    for (const r of rows) {
      const key = keyOf(r);
      const id = JSON.stringify(key);
      const values = valuesOf(r);
      const got = sums.get(id);
      if (got) got.values = got.values.map((v, k) => Math.round((v + values[k]) * 100) / 100);
      else sums.set(id, { key, values });
    }
    return [...sums.values()].map(({ key, values }) => [...key, ...values]);
  }

  const SUMMARIES: [string, string, () => CellValue[][]][] = [
    [
      "Budjetti",
      "Vuosi | Kumppani | Summa",
      () => [
        ["Vuosi", "Kumppani", "Summa"],
        ...summed(
          rowsOf("Budjetti"),
          (r) => [r[0] as CellValue, r[1] as CellValue],
          (r) => [r[4] as number],
        ),
      ],
    ],
    [
      "Maksatukset",
      "Vuosi | Haettu | Maksettu",
      () => [
        ["Vuosi", "Haettu", "Maksettu"],
        ...summed(
          rowsOf("Maksatukset"),
          (r) => [yearOfSerial(r[1])],
          (r) => [r[3] as number, r[4] as number],
        ),
      ],
    ],
    [
      "Laskut",
      "Laskuttaja | Laskun numero | Summa (ALV 0)",
      () => [
        ["Laskuttaja", "Laskun numero", "Summa (ALV 0)"],
        ...rowsOf("Laskut")
          .slice(0, 20)
          .map((r) => [r[1] as CellValue, r[2] as CellValue, r[7] as CellValue]),
      ],
    ],
  ];
  for (const [name, what, summaryOf] of SUMMARIES) {
    it(`a summary "${what}" one blank column right of ${name} is no table beside it: the findings and figures of the book without it`, () => {
      const expected = outcomeOf(checkWorkbook(workbookOfSheets(sheets)));
      assert.deepEqual(expected.findings, []);
      const summary = summaryOf();
      assert.ok(summary.length >= 3);
      const result = checkWorkbook(workbookOfSheets(withSummary(name, summary)));
      const got = outcomeOf(result);
      assert.deepEqual(got.findings, expected.findings);
      assert.deepEqual(got.lines, expected.lines);
      assert.equal(got.figures, expected.figures);
      const tables = Object.values(result.ledger.tables).flat().length;
      assert.equal(tables, Object.values(checkWorkbook(workbookOfSheets(sheets)).ledger.tables).flat().length);
    });
  }
  it("a title over a table stacked below the left one is its title, though the right table's rows run beside it", () => {
    const fill = (cells: CellValue[]) => [...cells, ...Array<CellValue>(4 - cells.length).fill(null), null, null];
    const { ledger: read, findings } = buildLedger(
      book({
        Perustiedot: [
          [...fill(["Kumppani", "Laskutustapa", "Alkaa", "Päättyy"]), ...FI],
          [...fill(["Pikassos", "kuukausi+tasaus", "1.8.2013", "31.10.2015"]), ...row("Pikassos", 1, 100)],
          [...fill(["Verso", "kuukausi+tasaus", "1.12.2013", "30.9.2015"]), ...row("Verso", 2, 200)],
          [...fill(["Maksatushakemukset"]), ...row("Verso", 3, 300)],
          [...fill(["Nro", "Haettu", "Ajalta alkaen", "Ajalta päättyen"]), ...row("Verso", 4, 400)],
          [...fill([1, 37_000, "1.4.2013", "31.12.2013"]), ...row("Verso", 5, 500)],
        ],
      }),
    );
    assert.deepEqual(
      read.partners.map((p) => p.name),
      ["Pikassos", "Verso"],
    );
    assert.deepEqual(
      read.invoices.map((i) => [i.partner, i.net]),
      [
        ["Pikassos", 10_000],
        ["Verso", 20_000],
        ["Verso", 30_000],
        ["Verso", 40_000],
        ["Verso", 50_000],
      ],
    );
    assert.deepEqual(
      read.applications.map((a) => a.applied),
      [3_700_000],
    );
    assert.deepEqual(
      findings.map((f) => [f.code, f.cell]),
      [],
    );
  });

  it("two whole tables on one header row are both read, whichever the row would otherwise be taken for (Kuntaosuudet | Maksatukset)", () => {
    const canonical = workbookOfSheets(lasseSheets());
    const expected = outcomeOf(checkWorkbook(canonical));
    const cellsOf = (name: string) => {
      const sheet = canonical.sheets.find((s) => s.name === name);
      assert.ok(sheet, name);
      return sheet.cells;
    };
    const pair = (a: readonly (readonly CellValue[])[], b: readonly (readonly CellValue[])[], gap: number): CellValue[][] => {
      const width = Math.max(...a.map((r) => r.length)) + gap;
      return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => {
        const left = [...(a[i] ?? [])];
        while (left.length < width) left.push(null);
        return [...left, ...(b[i] ?? [])];
      });
    };
    const shares = cellsOf("Kuntaosuudet");
    const applications = cellsOf("Maksatukset");
    for (const [label, cells] of [
      ["shares left, one blank column", pair(shares, applications, 1)],
      ["shares left, two blank columns", pair(shares, applications, 2)],
      ["applications left", pair(applications, shares, 1)],
    ] as const) {
      const sheets = canonical.sheets.filter((s) => s.name !== "Kuntaosuudet" && s.name !== "Maksatukset");
      const result = checkWorkbook({ ...canonical, sheets: [...sheets, { name: "Rahoitus", cells }] });
      assert.deepEqual(
        result.findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`),
        [],
        label,
      );
      assert.equal(result.ledger.muniShares.length, shares.length - 1, label);
      assert.equal(result.ledger.applications.length, applications.length - 1, label);
      assert.equal(
        outcomeOf(result).figures.replace(/"(?:sheet|cell)":"[^"]*",?/g, ""),
        expected.figures.replace(/"(?:sheet|cell)":"[^"]*",?/g, ""),
        label,
      );
    }
  });
});
