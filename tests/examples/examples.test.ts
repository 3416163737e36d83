import assert from "node:assert/strict";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { brokenExample } from "../../examples/broken";
import type { Expected } from "../../examples/broken";
import { brokenEarlyExample } from "../../examples/brokenEarly";
import { buildExamples } from "../../examples/build";
import { lappiSheets } from "../../examples/lappi";
import { lasseSheets } from "../../examples/lasse";
import { CODES } from "../../src/findings/codes";
import type { Code } from "../../src/findings/codes";
import { throughXlsx } from "../support/xlsx";

const where = (f: { sheet: string; cell: string }) => `${f.sheet}!${f.cell}`;
const sorted = (list: readonly (readonly string[])[]) => list.map((x) => x.join(" ")).sort();

describe("the bundled examples", () => {
  it("the LasSe example passes every check", async () => {
    const result = checkWorkbook(await throughXlsx(lasseSheets()));
    assert.deepEqual(
      result.findings.map((f) => [f.code, where(f)]),
      [],
    );
    assert.deepEqual(result.notChecked, []);
  });

  it("the broken example yields exactly its known findings", async () => {
    const { sheets, expected } = brokenExample();
    const result = checkWorkbook(await throughXlsx(sheets));
    const actual = result.findings.map((f) => [f.code, where(f)]);
    assert.deepEqual(sorted(actual), sorted(expected));
    assert.deepEqual(result.notChecked, []);
  });

  it("the LasSe workbook 16 days before its end yields exactly its known findings", async () => {
    const { sheets, expected } = brokenEarlyExample();
    const result = checkWorkbook(await throughXlsx(sheets));
    assert.deepEqual(sorted(result.findings.map((f) => [f.code, where(f)])), sorted(expected));
  });

  it("between them the broken examples show every code a checked book can yield", () => {
    const shownElsewhere = new Set<string>([
      "TABLE_NOT_FOUND", // the Lapland example above: a plan without a ledger
      "MAPPING_IGNORED", // a stale column mapping: tests/ledger/mapping.test.ts
      "APPLICATION_FORMULA_MISMATCH", // drafting an application, not checking a book: tests/sync
      "SETTING_INVALID", // a setting out of its bounds: tests/ledger/settingBounds.test.ts
      "CLAIMS_ROW_INVALID", // an edited claims sheet: tests/ledger/claimsSheet.test.ts
      "ROWS_SKIPPED_NOISE", // a report pasted from an ERP: tests/variety/erpReport.test.ts
      "TABLE_NOT_READ", // a monthly table left unread: tests/ledger/across.test.ts
      "FORMULA_NOT_CALCULATED", // formulas a script wrote without values: tests/variety/formulaCells.test.ts
      "FORMULA_COMPUTED", // the same, simple formulas: tests/variety/formulaCells.test.ts
      "DATE_ORDER_ASSUMED", // a CSV whose dates read both ways: tests/variety/csvDates.test.ts
      "RECONCILIATION_MISMATCH", // the examples' ledgers state no realised costs: tests/rules/reconciliations.test.ts
      "COFUND_RATE_OVER_MAX", // the examples type no rate over 75 %: tests/rules/cofunding.test.ts
    ]);
    // IMPORT_* come from importing a partner file, not from checking a book: tests/sync
    const notHere = (code: string) => code.startsWith("IMPORT_") || shownElsewhere.has(code);
    const shown = new Set([...brokenExample().expected, ...brokenEarlyExample().expected].map(([code]: Expected) => code));
    const missing = Object.keys(CODES).filter((code) => !notHere(code) && !shown.has(code as Code));
    assert.deepEqual(missing, []);
  });

  it("examples/build.ts writes the broken example's claims sheet hidden, as kaste mark-sent does", async () => {
    const folder = await mkdtemp(join(tmpdir(), "kaste-examples-"));
    const written = await buildExamples(folder);
    assert.deepEqual(
      written.map((path) => basename(path)),
      ["lasse.xlsx", "lappi.xlsx", "broken.xlsx", "brokenEarly.xlsx", "kirjanpito.xlsx", "verso-2015-10.xlsx", "pikassos-2015-10.csv"],
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(folder, "broken.xlsx"));
    assert.equal(workbook.getWorksheet("KASTE-maksatukset")?.state, "hidden");
    assert.equal(workbook.getWorksheet("Laskut")?.state, "visible");
  });

  it("the Lapland plan passes and the checks it cannot run are listed as not checked", async () => {
    const result = checkWorkbook(await throughXlsx(lappiSheets()));
    const codes = result.findings.map((f) => f.code);
    assert.ok(!codes.some((c) => c.startsWith("COFUND_")), `unexpected ${codes.join(", ")}`);
    assert.ok(result.findings.some((f) => f.code === "TABLE_NOT_FOUND" && f.params.kind === "invoices"));
    assert.ok(result.notChecked.some((n) => n.missing.includes("Laskut")));
    assert.equal(result.ledger.project.eligible?.value, 182_820_400);
    assert.equal(result.ledger.project.stateGrant?.value, 137_115_200);
  });
});
