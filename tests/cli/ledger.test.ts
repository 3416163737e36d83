import assert from "node:assert/strict";
import { mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { lappiSheets } from "../../examples/lappi";
import { lasseSheets } from "../../examples/lasse";
import { readXlsx } from "../../cli/readXlsx";
import type { LedgerExport } from "../../src/report/ledgerExport";
import { runCli } from "../support/cli";
import { xlsxFile } from "../support/xlsx";

describe("kaste ledger", function () {
  this.timeout(60_000);

  for (const [name, sheets] of [
    ["lasse", lasseSheets],
    ["lappi", lappiSheets],
  ] as const) {
    it(`${name}: the same ledger as JSON, CSV files, a journal and a workbook of Excel Tables`, async () => {
      const input = await xlsxFile(sheets(), `${name}.xlsx`);
      const dir = await mkdtemp(join(tmpdir(), "kaste-ledger-"));
      const json = await runCli("ledger", input, "--format", "json");
      assert.equal(json.code, 0, json.err);
      const doc = JSON.parse(json.out) as LedgerExport;
      assert.equal(doc.format, "kaste-ledger/1");

      const csv = await runCli("ledger", input, "--format", "csv", "--out", join(dir, "csv"));
      assert.equal(csv.code, 0, csv.err);
      const files = (await readdir(join(dir, "csv"))).sort();
      assert.deepEqual(files, ["budjetti.csv", "hanke.csv", "kumppanit.csv", "kuntaosuudet.csv", "laskut.csv", "maksatukset.csv"]);
      const invoiceCsv = await readFile(join(dir, "csv", "laskut.csv"), "utf8");
      assert.equal(invoiceCsv.trimEnd().split("\r\n").length, doc.invoices.length + 1);

      const journal = await runCli("ledger", input, "--format", "journal", "--out", join(dir, "ledger.journal"));
      assert.equal(journal.code, 0, journal.err);
      assert.match(await readFile(join(dir, "ledger.journal"), "utf8"), /^commodity 1000\.00 EUR$/m);

      const out = join(dir, "ledger.xlsx");
      const xlsx = await runCli("ledger", input, "--format", "xlsx", "--out", out);
      assert.equal(xlsx.code, 0, xlsx.err);
      const bytes = await readFile(out);
      const parts = unzipSync(bytes);
      const tables = Object.keys(parts).filter((path) => /^xl\/tables\/table\d+\.xml$/.test(path));
      assert.equal(tables.length, 6, "one Excel Table per table");
      const invoiceTable = tables
        .map((path) => strFromU8(parts[path] ?? new Uint8Array()))
        .find((xml) => xml.includes('name="kaste_laskut"'));
      assert.ok(invoiceTable);
      assert.match(invoiceTable, new RegExp(`ref="A1:U${Math.max(2, doc.invoices.length + 1)}"`));
      const written = await readXlsx(bytes);
      const laskut = written.sheets.find((s) => s.name === "laskut");
      assert.equal(laskut?.cells.length, doc.invoices.length + 1);
      const total = doc.invoices.reduce((sum, line) => sum + (line.eligibleCents ?? 0), 0);
      const writtenTotal = (laskut?.cells ?? []).slice(1).reduce((sum, row) => sum + Math.round(Number(row[11] ?? 0) * 100), 0);
      assert.equal(writtenTotal, total);
    });
  }

  it("never writes over the book nor over an existing file without --force, and knows its formats", async () => {
    const input = await xlsxFile(lasseSheets(), "book.xlsx");
    assert.equal((await runCli("ledger", input, "--format", "journal", "--out", input)).code, 2);
    const dir = await mkdtemp(join(tmpdir(), "kaste-ledger-"));
    await writeFile(join(dir, "taken.journal"), "keep");
    assert.equal((await runCli("ledger", input, "--format", "journal", "--out", join(dir, "taken.journal"))).code, 2);
    assert.equal(await readFile(join(dir, "taken.journal"), "utf8"), "keep");
    assert.equal((await runCli("ledger", input, "--format", "journal", "--out", join(dir, "taken.journal"), "--force")).code, 0);
    const bad = await runCli("ledger", input, "--format", "pdf");
    assert.equal(bad.code, 2);
    assert.match(bad.err, /json, csv, journal, xlsx/);
  });
});
