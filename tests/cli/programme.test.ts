import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate, writeGeneratedXlsx } from "../../bench/generate";
import { brokenExample } from "../../examples/broken";
import { lappiSheets } from "../../examples/lappi";
import { lasseSheets } from "../../examples/lasse";
import { readXlsx } from "../../cli/readXlsx";
import { writeXlsx } from "../../cli/writeXlsx";
import type { ProgrammeRow, ProgrammeTotal } from "../../src/report/programmeRow";
import { runCli } from "../support/cli";

interface CheckJson {
  summary: { errors: number; warnings: number };
  verdict: { state: string };
  budget: { level: string; year: number | null; budget: { cents: number } | null; realised: { cents: number } }[];
}

describe("kaste programme", function () {
  this.timeout(120_000);
  let folder = "";
  const books: string[] = [];
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), "kaste-programme-"));
    await mkdir(join(folder, "2014", "pohjoinen"), { recursive: true });
    const write = async (path: string, make: () => Promise<void>) => {
      await make();
      books.push(path);
    };
    await write(join(folder, "lasse.xlsx"), () => writeXlsx(join(folder, "lasse.xlsx"), lasseSheets()));
    await write(join(folder, "2014", "broken.xlsx"), () => writeXlsx(join(folder, "2014", "broken.xlsx"), brokenExample().sheets));
    await write(join(folder, "2014", "pohjoinen", "lappi.xlsx"), () =>
      writeXlsx(join(folder, "2014", "pohjoinen", "lappi.xlsx"), lappiSheets()),
    );
    await write(join(folder, "2014", "generated.xlsx"), () => writeGeneratedXlsx(join(folder, "2014", "generated.xlsx"), generate(800, 7)));
    await writeFile(join(folder, "2014", "pohjoinen", "rikki.xlsx"), "PK\u0003\u0004 truncated");
    await writeFile(join(folder, "muistio.txt"), "not a workbook");
  });

  it("one row per workbook under the folder, an unreadable one with its reason; totals are the sum of each book's own check", async () => {
    const { code, out } = await runCli("programme", folder, "--format", "json", "--as-of", "2015-03-01", "--workers", "2", "--lang", "en");
    assert.equal(code, 1);
    const { projects, totals } = JSON.parse(out) as { projects: ProgrammeRow[]; totals: ProgrammeTotal[] };
    assert.equal(projects.length, 5);
    const failed = projects.filter((row) => "reason" in row);
    assert.equal(failed.length, 1);
    assert.match(failed[0]?.file ?? "", /rikki\.xlsx$/);
    assert.match((failed[0] as { reason: string }).reason, /damaged or truncated/);

    const expectedYears = new Map<number, { projects: number; budget: number; realised: number }>();
    for (const bookPath of books) {
      const row = projects.find((p) => p.file === bookPath);
      assert.ok(row && !("reason" in row), bookPath);
      const check = await runCli("check", bookPath, "--format", "json", "--budget", "--as-of", "2015-03-01");
      const json = JSON.parse(check.out) as CheckJson;
      assert.equal(row.errors, json.summary.errors, `errors of ${bookPath}`);
      assert.equal(row.warnings, json.summary.warnings, `warnings of ${bookPath}`);
      assert.equal(row.verdict, json.verdict.state, `verdict of ${bookPath}`);
      const projectRows = json.budget.filter((b) => b.level === "project");
      // The project's eligible costs are its check's project total (0 for a plan without invoices)
      assert.equal(row.eligibleCents, projectRows.find((b) => b.year === null)?.realised.cents ?? 0, `eligible costs of ${bookPath}`);
      for (const budgetRow of projectRows) {
        if (budgetRow.year === null) continue;
        const total = expectedYears.get(budgetRow.year) ?? { projects: 0, budget: 0, realised: 0 };
        expectedYears.set(budgetRow.year, {
          projects: total.projects + 1,
          budget: total.budget + (budgetRow.budget?.cents ?? 0),
          realised: total.realised + budgetRow.realised.cents,
        });
      }
    }
    assert.deepEqual(new Map(totals.map((t) => [t.year, { projects: t.projects, budget: t.budget, realised: t.realised }])), expectedYears);
  });

  it("checks a macro-enabled workbook (.xlsm) as a project's workbook too", async () => {
    const macros = await mkdtemp(join(tmpdir(), "kaste-programme-xlsm-"));
    await writeXlsx(join(macros, "lasse.xlsm"), lasseSheets());
    await writeFile(join(macros, "~$lasse.xlsm"), "lock");
    const { code, out } = await runCli("programme", macros, "--format", "json", "--as-of", "2015-03-01", "--lang", "en");
    assert.equal(code, 0);
    const { projects } = JSON.parse(out) as { projects: ProgrammeRow[] };
    assert.deepEqual(
      projects.map((p) => p.file),
      [join(macros, "lasse.xlsm")],
    );
    assert.ok(!("reason" in projects[0]));
  });

  it("gives the same rows on one worker as on several", async () => {
    const one = await runCli("programme", folder, "--format", "json", "--as-of", "2015-03-01", "--workers", "1");
    const two = await runCli("programme", folder, "--format", "json", "--as-of", "2015-03-01", "--workers", "3");
    assert.deepEqual(JSON.parse(one.out), JSON.parse(two.out));
  });

  it("writes the summary as CSV and as a workbook, and refuses a bad --workers", async () => {
    const summary = join(await mkdtemp(join(tmpdir(), "kaste-summary-")), "summary.xlsx");
    const csv = await runCli("programme", folder, "--format", "csv", "--as-of", "2015-03-01", "--out", summary);
    assert.equal(csv.code, 1);
    const written = await readXlsx(await readFile(summary));
    assert.deepEqual(
      written.sheets.map((s) => [s.name, s.cells.length]),
      [
        ["Hankkeet", 6],
        ["Vuodet", 8],
      ],
    );
    assert.ok(csv.out.startsWith("\ufeffTiedosto;Hanke;Hallinnoija;"));
    assert.match(csv.out, /rikki\.xlsx(;){17}\/.*vioittunut/);
    const sv = await runCli("programme", folder, "--format", "csv", "--as-of", "2015-03-01", "--lang", "sv");
    assert.ok(sv.out.startsWith("\ufeffFil;Projekt;Förvaltare;Börjar;Slutar;Godtagbara €;"));
    assert.match(sv.out, /\nÅr;Projekt;Budget €;Förverkligat €/);
    assert.equal((await runCli("programme", folder, "--workers", "0")).code, 2);
  });
});
