import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import Ajv2020 from "ajv/dist/2020";
import type { ValidateFunction } from "ajv";
import { CHECK_SCHEMA_PATH, checkSchemaText } from "../../scripts/check-schema";
import { LEDGER_SCHEMA_PATH } from "../../scripts/ledger-schema";
import { EXAMPLES, ROUTINE_BOOKS } from "../../examples/build";
import { brokenExample } from "../../examples/broken";
import { CHECK_SCHEMA_VERSION } from "../../src/report/checkExport";
import type { CheckExport } from "../../src/report/checkExport";
import { runCli } from "../support/cli";
import { xlsxFile } from "../support/xlsx";

function validator(): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true, formats: { date: /^\d{4}-\d{2}-\d{2}$/ } });
  return ajv.compile(JSON.parse(checkSchemaText()) as object);
}

/** `kaste check … --format json`, parsed, after the shipped schema has accepted it. */
async function checked(validate: ValidateFunction, ...args: string[]): Promise<unknown> {
  const { code, out, err } = await runCli("check", ...args, "--format", "json");
  assert.ok(code === 0 || code === 1, `${args.join(" ")}: ${err}`);
  const json = JSON.parse(out) as unknown;
  assert.ok(validate(json), `${args.join(" ")}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  return json;
}

describe("kaste check --format json: one stable envelope with a shipped schema (issue 13)", () => {
  let validate: ValidateFunction;
  const files = new Map<string, string>();
  before(async () => {
    validate = validator();
    for (const [name, sheets] of [...Object.entries(EXAMPLES), ...Object.entries(ROUTINE_BOOKS)])
      files.set(name, await xlsxFile(sheets(), name));
  });

  it("ships schema/check.schema.json generated from the zod types, kept current", async () => {
    assert.equal(await readFile(CHECK_SCHEMA_PATH, "utf8"), checkSchemaText(), "run: npx tsx scripts/check-schema.ts --write");
  });

  it("kaste schema prints it (and kaste schema ledger the ledger's), from the bundle too", async () => {
    const check = await runCli("schema");
    assert.equal(check.code, 0);
    assert.equal(check.out, await readFile(CHECK_SCHEMA_PATH, "utf8"));
    assert.equal((await runCli("schema", "ledger")).out, await readFile(LEDGER_SCHEMA_PATH, "utf8"));
    const bundled = await promisify(execFile)("node", ["bin/kaste.js", "schema", "check"]);
    assert.equal(bundled.stdout, check.out);
    const wrong = await runCli("schema", "budget", "--lang", "en");
    assert.equal(wrong.code, 2);
    assert.equal(wrong.err, "kaste: unknown schema budget (check, ledger)\nHelp: kaste schema --help\n");
  });

  it("every example's output validates, in every language, with --budget and --as-of", async () => {
    for (const [name, path] of files) {
      for (const lang of ["fi", "sv", "en"]) {
        const json = (await checked(validate, path, "--lang", lang)) as CheckExport;
        assert.equal(json.file, path, name);
        assert.equal(json.lang, lang);
      }
      const withBudget = (await checked(validate, path, "--budget", "--as-of", "31.12.2014")) as CheckExport;
      assert.equal(withBudget.asOf, "2014-12-31");
      assert.equal(withBudget.asOfSource, "flag");
      assert.ok(withBudget.budget, name);
    }
  });

  it("the envelope: schema and tool version, file, as-of day, verdict, summary, findings, not checked", async () => {
    const path = files.get("broken.xlsx") ?? "";
    const json = (await checked(validate, path, "--as-of", "2015-06-30")) as CheckExport;
    const pkg = JSON.parse(await readFile("package.json", "utf8")) as { version: string };
    assert.deepEqual(Object.keys(json), [
      "schemaVersion",
      "tool",
      "version",
      "file",
      "lang",
      "asOf",
      "asOfSource",
      "verdict",
      "summary",
      "findings",
      "notChecked",
    ]);
    assert.equal(json.schemaVersion, CHECK_SCHEMA_VERSION);
    assert.equal(json.version, pkg.version);
    assert.equal(json.verdict.state, "blocked");
    assert.equal(json.verdict.errors, json.findings.filter((f) => f.severity === "error").length);
    assert.equal(json.verdict.errors, json.summary.errors);
    assert.equal(
      json.verdict.blockers.reduce((sum, b) => sum + b.count, 0),
      json.summary.errors,
    );
    // The first blocker's cell is its first error's
    const first = json.verdict.blockers[0];
    assert.ok(json.findings.some((f) => f.code === first.code && f.sheet === first.sheet && f.cell === first.cell));
  });

  it("money is integer cents with its text, messages in three languages, no display string for a number", async () => {
    const path = files.get("broken.xlsx") ?? "";
    const json = (await checked(validate, path)) as CheckExport;
    const over = json.findings.find((f) => f.code === "COFUND_STATE_OVER_RATE");
    assert.ok(over);
    assert.equal(over.sheet, "Hanke");
    assert.ok(over.expected && "cents" in over.expected && Number.isInteger(over.expected.cents));
    assert.ok(over.fix && "cents" in over.fix);
    assert.equal(over.fix.cents, over.expected.cents);
    // The text is the Finnish one (no-break spaces, comma decimals); the cents are the same figure
    assert.equal(over.expected.text.replace(/[\u00a0 €]/g, "").replace(",", ""), String(over.expected.cents));
    assert.equal(over.message, over.messages.fi);
    assert.notEqual(over.messages.fi, over.messages.en);
    assert.notEqual(over.messages.sv, over.messages.en);
    assert.ok(over.messages.en.includes("€"));
    const en = (await checked(validate, path, "--lang", "en")) as CheckExport;
    const overEn = en.findings.find((f) => f.code === "COFUND_STATE_OVER_RATE");
    assert.equal(overEn?.message, over.messages.en);
    assert.equal(overEn?.expected && "cents" in overEn.expected ? overEn.expected.cents : null, over.expected.cents);
  });

  it("an empty template is incomplete, naming its empty tables; a workbook without tables lists what was not checked", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kaste-json-"));
    const template = join(dir, "uusi.xlsx");
    assert.equal((await runCli("template", template)).code, 0);
    const json = (await checked(validate, template, "--lang", "en")) as CheckExport;
    assert.equal(json.verdict.state, "incomplete");
    assert.ok(json.verdict.emptyTables.some((t) => t.table === "invoices" && t.name.length > 0));
    const csv = join(dir, "csv");
    await import("node:fs/promises").then((fs) => fs.mkdir(csv));
    await writeFile(
      join(csv, "hanke.csv"),
      "Hanke;LasSe\nHyväksyttävät kustannukset;1 828 204\nValtionavustus;1 371 154\nKuntaosuus;457 050\n",
    );
    const folder = (await checked(validate, csv)) as CheckExport;
    assert.ok(folder.notChecked.length > 0);
    assert.ok(folder.notChecked.every((n) => n.missingWords.length === n.missing.length));
  });

  it("several files give an array of envelopes, which validates too", async () => {
    const a = files.get("lasse.xlsx") ?? "";
    const b = await xlsxFile(brokenExample().sheets, "broken-2.xlsx");
    const json = (await checked(validate, a, b)) as CheckExport[];
    assert.deepEqual(
      json.map((report) => report.file),
      [a, b],
    );
  });

  it("the schema refuses what is not a report (it can fail)", () => {
    assert.equal(validate({ findings: [], notChecked: [], summary: { errors: 0, warnings: 0, infos: 0, byCode: {} } }), false);
  });
});
