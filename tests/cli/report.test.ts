import assert from "node:assert/strict";
import { copyFile, mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lasseSheets } from "../../examples/lasse";
import { readXlsx } from "../../cli/readXlsx";
import { buildLedger } from "../../src/ledger/build";
import { finalReport } from "../../src/report/finalReport";
import { FINAL_SHEET_NAME } from "../../src/report/finalReportSheet";
import { ledgerExport } from "../../src/report/ledgerExport";
import { runCli } from "../support/cli";
import { throughXlsx, xlsxFile } from "../support/xlsx";

describe("kaste report --final (the CLI)", function () {
  this.timeout(60_000);
  let book: string;
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "kaste-report-"));
    book = join(dir, "lasse.xlsx");
    await copyFile(await xlsxFile(lasseSheets(), "lasse.xlsx"), book);
  });

  it("writes BOOK-loppuselvitys.xlsx beside the book: the report sheet first, then the ledger's sheets its formulas read", async () => {
    const { code, err } = await runCli("report", book, "--final");
    assert.equal(code, 0, err);
    const out = join(dir, "lasse-loppuselvitys.xlsx");
    assert.equal(err, `${out}\n`);
    const written = await readXlsx(await readFile(out));
    assert.deepEqual(
      written.sheets.map((s) => s.name),
      [FINAL_SHEET_NAME, "hanke", "kumppanit", "budjetti", "kuntaosuudet", "maksatukset", "laskut"],
    );
  });

  it("--format csv writes the figures as one file whose total is the library's", async () => {
    const out = join(dir, "lasse.csv");
    const { code, err } = await runCli("report", book, "--final", "--format", "CSV", "--out", out, "--lang", "en");
    assert.equal(code, 0, err);
    const text = await readFile(out, "utf8");
    const { ledger } = buildLedger(await throughXlsx(lasseSheets()));
    const report = finalReport(ledger, ledgerExport(ledger), ledger.project.end?.value ?? 0);
    const totals = text.split("\r\n").filter((line) => line.startsWith("Total;"));
    assert.ok(totals.length >= 2, text.slice(0, 400));
    // The cost tables' total rows: per year, then the whole project, in euros with a point
    const expected = ["Total", ...report.totalByYear, report.total].map((x) => (typeof x === "number" ? (x / 100).toFixed(2) : x));
    assert.equal(totals[0], expected.join(";"));
  });

  it("never writes over the book, nor over an existing file without --force; says so in the user's language", async () => {
    const intoBook = await runCli("report", book, "--final", "--out", book, "--lang", "sv");
    assert.equal(intoBook.code, 2);
    assert.equal(intoBook.err, `kaste: ${book} är indata; den skrivs inte över.\n`);

    const taken = join(dir, "taken.xlsx");
    await writeFile(taken, "keep");
    const refused = await runCli("report", book, "--final", "--out", taken, "--lang", "sv");
    assert.equal(refused.code, 2);
    assert.equal(refused.err, `kaste: ${taken} finns redan; använd --force för att ersätta den.\n`);
    assert.equal(await readFile(taken, "utf8"), "keep");
    const forced = await runCli("report", book, "--final", "--out", taken, "--force");
    assert.equal(forced.code, 0, forced.err);
    assert.ok((await stat(taken)).size > 1000);
  });

  it("refuses a call it cannot follow in one line with the help hint: no --final, a bad format, an --out of another kind", async () => {
    const noFinal = await runCli("report", book, "--lang", "sv");
    assert.equal(noFinal.code, 2);
    assert.equal(noFinal.err, "kaste: kaste report behöver --final\nHjälp: kaste report --help\n");
    const badFormat = await runCli("report", book, "--final", "--format", "json");
    assert.equal(badFormat.code, 2);
    assert.match(badFormat.err, /^kaste: --format: tuntematon arvo json \(xlsx, csv\)\n/);
    const kind = await runCli("report", book, "--final", "--format", "csv", "--out", join(dir, "x.xlsx"), "--lang", "sv");
    assert.equal(kind.code, 2);
    assert.equal(kind.err, `kaste: --out måste vara en .csv-fil: ${join(dir, "x.xlsx")}\n`);
    const other = await runCli("report", book, "--final", "--period", "2014");
    assert.equal(other.code, 2);
    assert.match(other.err, /kaste report ei ota valitsinta --period/);
  });
});
