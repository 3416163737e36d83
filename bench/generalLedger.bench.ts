/**
 * A general-ledger export (Debet | Kredit, Tositepvm, Tilin nimi, Toimittaja) against the
 * canonical ledger of the same data: buildLedger + checkLedger on the generated LasSe-like
 * workbook of 100 000 rows, its Laskut sheet written again as a city's pääkirjaote
 * (tests/support/layouts/generalLedger.ts). Each layout runs in fresh child processes,
 * alternating, and the medians' ratio is shown. Target (issue 15): ≤ 1.2 ×.
 *
 * With --xlsx, both are also written as .xlsx (bench/out/, as Excel writes its XML:
 * tests/support/layouts/xlsxProducers.ts) and checked end to end by the CLI bundle
 * (`node bin/kaste.js check FILE --format json`, after `npm run -s build:cli`), CPU time of
 * each child (user + sys), the two files taking turns.
 *
 *   npx tsx bench/generalLedger.bench.ts [--rows 100000] [--runs 5] [--xlsx] [--strict]
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { checkLedger } from "../src/check/checkWorkbook";
import { buildLedger } from "../src/ledger/build";
import { generalLedgerOf } from "../tests/support/layouts/generalLedger";
import { producedSheetsOf, xlsxOf } from "../tests/support/layouts/xlsxProducers";
import { generateWorkbook } from "./generate";
import { median, ms, runChild } from "./util";

const TARGET_RATIO = 1.2;

interface Measurement {
  ms: number;
  lines: number;
  findings: number;
}

function workbookOf(layout: string, rows: number) {
  const canonical = generateWorkbook(rows);
  return layout === "export" ? generalLedgerOf(canonical, { lang: "fi", rowsAbove: 2, colsLeft: 0, amountsAsText: false }) : canonical;
}

function child(layout: string, rows: number): void {
  const workbook = workbookOf(layout, rows);
  const started = performance.now();
  const built = buildLedger(workbook);
  const result = checkLedger(built.ledger);
  const measurement: Measurement = {
    ms: performance.now() - started,
    lines: built.ledger.invoices.length,
    findings: built.findings.length + result.findings.length,
  };
  process.stdout.write(`${JSON.stringify(measurement)}\n`);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      rows: { type: "string", default: "100000" },
      runs: { type: "string", default: "5" },
      strict: { type: "boolean", default: false },
      xlsx: { type: "boolean", default: false },
      child: { type: "string" },
    },
  });
  const rows = Number(values.rows);
  if (values.child) return child(values.child, rows);
  const script = fileURLToPath(import.meta.url);
  const runs = Number(values.runs);
  const measured: Record<"canonical" | "export", Measurement[]> = { canonical: [], export: [] };
  for (let i = 0; i < runs; i++)
    for (const layout of ["canonical", "export"] as const)
      measured[layout].push(runChild<Measurement>(script, [layout, "--rows", String(rows)]));
  const canonical = median(measured.canonical, (m) => m.ms);
  const exported = median(measured.export, (m) => m.ms);
  const ratio = exported.ms / canonical.ms;
  process.stdout.write(
    [
      `buildLedger + checkLedger, ${rows} ledger rows, median of ${runs} fresh processes each; node ${process.version}`,
      `  canonical Laskut:        ${ms(canonical.ms)} (${canonical.lines} lines, ${canonical.findings} findings)`,
      `  Debet/Kredit export:     ${ms(exported.ms)} (${exported.lines} lines, ${exported.findings} findings)`,
      `  ratio: ${ratio.toFixed(2)} × (target ≤ ${TARGET_RATIO} ×)`,
      "",
    ].join("\n"),
  );
  let missed = ratio > TARGET_RATIO;
  if (values.xlsx) missed = endToEnd(rows, runs) > TARGET_RATIO || missed;
  if (missed && values.strict) process.exitCode = 1;
}

/** kaste check on the two layouts written as .xlsx: the CPU time of each run (user + sys, ms) and the ratio of the medians. */
function endToEnd(rows: number, runs: number): number {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const files = (["canonical", "export"] as const).map((layout) => {
    const path = join(root, "bench", "out", `general-ledger-${layout}-${rows}.xlsx`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, xlsxOf(producedSheetsOf(workbookOf(layout, rows)), "excel"));
    return path;
  });
  const cpu: number[][] = [[], []];
  for (let i = 0; i < runs; i++)
    files.forEach((file, f) => cpu[f].push(cpuMsOf(root, [join(root, "bin", "kaste.js"), "check", file, "--format", "json"])));
  const [canonical, exported] = cpu.map((times) => median(times, (t) => t));
  const ratio = exported / canonical;
  process.stdout.write(
    [
      `kaste check FILE --format json on the .xlsx, median of ${runs} runs each`,
      `  canonical Laskut:        ${ms(canonical)}`,
      `  Debet/Kredit export:     ${ms(exported)}`,
      `  ratio: ${ratio.toFixed(2)} × (target ≤ ${TARGET_RATIO} ×)`,
      "",
    ].join("\n"),
  );
  return ratio;
}

/** A command's CPU time (user + sys) in ms, as /usr/bin/time reads it; kaste check exits 0 or 1 (findings), anything else is a failure. */
function cpuMsOf(cwd: string, args: readonly string[]): number {
  const run = spawnSync("/usr/bin/time", ["-f", "@@%U %S", process.execPath, ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 26 });
  const match = /@@([\d.]+) ([\d.]+)\s*$/.exec(run.stderr ?? "");
  if (!match || (run.status !== 0 && run.status !== 1)) throw new Error(`${args.join(" ")} exited ${run.status}: ${run.stderr}`);
  return (Number(match[1]) + Number(match[2])) * 1000;
}

main();
