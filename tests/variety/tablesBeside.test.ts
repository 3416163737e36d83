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
});
