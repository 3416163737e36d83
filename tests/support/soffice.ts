/**
 * LibreOffice (headless) as a second spreadsheet engine for the recompute tests: find it,
 * strip a workbook's cached formula results so that only a recalculation can fill them, and
 * convert it (LibreOffice loads, recalculates and saves it again as .xlsx).
 * CI installs it: apt-get install -y --no-install-recommends libreoffice-calc-nogui.
 * Without soffice a recompute test is skipped, unless KASTE_REQUIRE_SOFFICE=1 makes that a failure.
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { readXlsx } from "../../cli/readXlsx";
import type { WorkbookData } from "../../src/workbook/types";

const run = promisify(execFile);

/** The LibreOffice command on this machine, or null. */
export async function soffice(): Promise<string | null> {
  for (const name of ["soffice", "libreoffice"]) {
    try {
      await run(name, ["--version"], { timeout: 60_000 });
      return name;
    } catch {
      // not this one
    }
  }
  return null;
}

/**
 * For a mocha `before`: the engine, or the suite skipped (with a line saying why) when there is
 * none; with KASTE_REQUIRE_SOFFICE=1 a missing engine is a failure instead.
 */
export async function sofficeOrSkip(context: Mocha.Context, what: string): Promise<string> {
  const engine = await soffice();
  if (engine) return engine;
  if (process.env.KASTE_REQUIRE_SOFFICE === "1")
    throw new Error("soffice not found: apt-get install -y --no-install-recommends libreoffice-calc-nogui");
  process.stderr.write(`    (LibreOffice not installed: skipping ${what})\n`);
  context.skip();
}

/** Removes every formula's cached result, so only a recalculation can fill the cells. */
export async function stripCachedResults(path: string, out: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as ExcelJS.CellFormulaValue | null;
        if (value && typeof value === "object" && "formula" in value) cell.value = { formula: value.formula };
      }),
    ),
  );
  await workbook.xlsx.writeFile(out);
}

/**
 * The workbook at `path` recomputed by LibreOffice: its cached results stripped, converted in
 * `dir` (its own profile there, so parallel runs do not share one), read back.
 */
export async function recomputed(engine: string, path: string, dir: string): Promise<WorkbookData> {
  const name = basename(path, ".xlsx");
  const stripped = join(dir, `${name}-stripped.xlsx`);
  await stripCachedResults(path, stripped);
  const outDir = join(dir, `${name}-lo`);
  await run(
    engine,
    [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "xlsx", "--outdir", outDir, stripped],
    { timeout: 150_000 },
  );
  return readXlsx(await readFile(join(outDir, `${name}-stripped.xlsx`)));
}
