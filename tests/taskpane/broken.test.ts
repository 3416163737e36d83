import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildExamples } from "../../examples/build";
import { brokenSheets } from "../../examples/broken";
import { lasseSheets } from "../../examples/lasse";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { budgetUse } from "../../src/ledger/budgetUse";
import { buildReportSheet } from "../../src/report/reportSheet";
import { parseDate } from "../../src/periods";
import { verdictOf } from "../../src/check/verdict";
import { checkExport } from "../../src/report/checkExport";
import { officeHost } from "../../taskpane/office";
import { installFakeOffice, workbookFromWritableSheets } from "../support/fakeOffice";
import { runCli } from "../support/cli";

const AS_OF = "2015-12-15";

/** Fake host → Office adapter → checkWorkbook, rendered as `kaste check --format json` renders. */
async function checkThroughPane(sheets: Parameters<typeof workbookFromWritableSheets>[0]): Promise<unknown> {
  const { uninstall } = installFakeOffice(workbookFromWritableSheets(sheets));
  try {
    const data = await officeHost().read();
    const result = checkWorkbook(data, { asOf: parseDate(AS_OF)! });
    const { findings, notChecked, summary, verdict } = checkExport({
      file: "",
      version: "",
      lang: "fi",
      result,
      verdict: verdictOf(result, "flag"),
      budget: null,
    });
    return JSON.parse(JSON.stringify({ findings, notChecked, summary, verdict }));
  } finally {
    uninstall();
  }
}

describe("the task pane's read gives the CLI's findings", () => {
  let folder = "";
  before(async function () {
    this.timeout(60_000);
    folder = await mkdtemp(join(tmpdir(), "kaste-pane-"));
    await buildExamples(folder);
  });
  after(() => rm(folder, { recursive: true, force: true }));

  for (const [file, sheets] of [
    ["broken.xlsx", brokenSheets],
    ["lasse.xlsx", lasseSheets],
  ] as const) {
    it(`${file}: fake host → adapter → checkWorkbook equals kaste check --format json`, async function () {
      this.timeout(60_000);
      const cli = await runCli("check", join(folder, file), "--format", "json", "--as-of", AS_OF);
      assert.equal(cli.err, "");
      const { findings, notChecked, summary, verdict } = JSON.parse(cli.out) as { findings: unknown[]; [key: string]: unknown };
      const expected = { findings, notChecked, summary, verdict };
      const actual = (await checkThroughPane(sheets())) as { findings: unknown[] };
      assert.ok(expected.findings.length > (file === "broken.xlsx" ? 30 : -1));
      assert.deepEqual(actual, expected);
    });
  }

  it("the report sheet of broken.xlsx, written through the adapter and read back, changes no finding", async () => {
    const { fake, uninstall } = installFakeOffice(workbookFromWritableSheets(brokenSheets()));
    try {
      const host = officeHost();
      const asOf = parseDate(AS_OF)!;
      const first = checkWorkbook(await host.read(), { asOf });
      const report = buildReportSheet(first, budgetUse(first.ledger, first.asOf), "fi");
      await host.writeSheet(report);
      await host.writeSheet(report);
      const sheet = fake.sheet("KASTE-tarkistus")!;
      assert.equal(sheet.hyperlinks.size, report.links.length);
      assert.deepEqual(fake.brokenLinks, [], "every link goes to a sheet of the workbook");
      assert.equal(sheet.charts.length, 1);
      const again = checkWorkbook(await host.read(), { asOf });
      assert.deepEqual(again.findings, first.findings);
    } finally {
      uninstall();
    }
  });
});
