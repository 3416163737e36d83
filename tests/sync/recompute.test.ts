/**
 * The application sheet the CLI writes is recomputed by a real spreadsheet engine, LibreOffice
 * (headless), and its live formulas must give the library's figures. Cached results are removed
 * first, so every number read back is LibreOffice's own.
 * CI installs it: apt-get install -y --no-install-recommends libreoffice-calc-nogui.
 * Without soffice the test is skipped, unless KASTE_REQUIRE_SOFFICE=1 makes that a failure.
 */
import assert from "node:assert/strict";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lasseSheets } from "../../examples/lasse";
import { main } from "../../cli/main";
import { readXlsx } from "../../cli/readXlsx";
import { writeXlsx } from "../../cli/writeXlsx";
import type { WritableSheet } from "../../cli/writeXlsx";
import { fromEuros } from "../../src/money";
import { dayFromYmd } from "../../src/periods";
import { draftApplication } from "../../src/sync/application/application";
import type { CellValue, WorkbookData } from "../../src/workbook/types";
import { recomputed, sofficeOrSkip } from "../support/soffice";
import { trickyBook } from "./support";

async function quiet<T>(work: () => Promise<T>): Promise<T> {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = () => true;
  try {
    return await work();
  } finally {
    process.stdout.write = write;
  }
}

function sheetsOf(book: WorkbookData): WritableSheet[] {
  return book.sheets.map((s) => ({ name: s.name, rows: s.cells as CellValue[][] }));
}

describe("a payment application written by the CLI recomputes in LibreOffice to the library's figures", function () {
  this.timeout(180_000);
  let engine: string | null = null;
  let dir = "";

  before(async function () {
    engine = await sofficeOrSkip(this, "the recompute test; the in-process check in application.test.ts still runs");
    dir = await mkdtemp(join(tmpdir(), "kaste-lo-"));
  });

  const cases: [string, () => WorkbookData | Promise<WorkbookData>, string, { start: number; end: number }, string][] = [
    [
      "the LasSe example, 2014",
      async () =>
        readXlsx(
          await readFile(
            await (async () => {
              const p = join(dir, "lasse-src.xlsx");
              await writeXlsx(p, lasseSheets());
              return p;
            })(),
          ),
        ),
      "lasse",
      { start: dayFromYmd(2014, 1, 1), end: dayFromYmd(2014, 12, 31) },
      "2014-01-01..2014-12-31",
    ],
    [
      "a ledger with every formula pitfall",
      () => trickyBook(),
      "tricky",
      { start: dayFromYmd(2014, 1, 1), end: dayFromYmd(2014, 10, 31) },
      "2014-01-01..2014-10-31",
    ],
  ];

  for (const [title, make, name, period, periodArg] of cases) {
    it(title, async () => {
      const source = await make();
      const input = join(dir, `${name}.xlsx`);
      await writeXlsx(input, sheetsOf(source));
      const book = await readXlsx(await readFile(input));
      const asOf = "2015-02-28";
      const app = join(dir, `${name}-app.xlsx`);
      const code = await quiet(() => main(["application", input, "--period", periodArg, "--out", app, "--override", "--as-of", asOf]));
      assert.equal(code, 0);
      assert.ok(engine);
      const recomputedBook = await recomputed(engine, app, dir);
      const draft = draftApplication(book, period, { asOf: dayFromYmd(2015, 2, 28), override: true });
      const sheet = recomputedBook.sheets.find((s) => s.name === draft.sheet.name)!;
      assert.ok(sheet, `sheet ${draft.sheet.name}`);
      // Every row with a library figure in D: LibreOffice's C is the same to the cent, E is 0
      let compared = 0;
      sheet.cells.forEach((row, r) => {
        if (typeof row[3] !== "number") return;
        assert.equal(typeof row[2], "number", `C${r + 1} (${row[0]}) was not computed: ${JSON.stringify(row[2])}`);
        assert.equal(fromEuros(row[2] as number), fromEuros(row[3]), `C${r + 1} ${row[0]} ${row[1] ?? ""}`);
        if (row[4] !== null && row[4] !== undefined) assert.equal(row[4], 0, `E${r + 1}`);
        compared++;
      });
      assert.ok(compared >= draft.figures.lines.length + 10, `compared ${compared} rows`);
      const valueOf = (label: string) => fromEuros(sheet.cells.find((row) => row[0] === label)![2] as number);
      assert.equal(valueOf("Hyväksyttävät kustannukset kaudella"), draft.figures.eligible);
      assert.equal(valueOf("Valtionavustus enintään (pyöristetty alas sentteihin)"), draft.figures.stateShare);
      assert.equal(valueOf("Haetaan nyt"), draft.figures.applyNow);
      assert.equal(valueOf("Hyväksyttävät kustannukset hankkeen alusta kauden loppuun"), draft.figures.cumulativeEligible);
    });
  }
});
