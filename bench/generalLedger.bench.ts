/**
 * A general-ledger export (Debet | Kredit, Tositepvm, Tilin nimi, Toimittaja) against the
 * canonical ledger of the same data: buildLedger + checkLedger on the generated LasSe-like
 * workbook of 100 000 rows, its Laskut sheet written again as a city's pääkirjaote
 * (tests/support/layouts/generalLedger.ts). Each layout runs in fresh child processes,
 * alternating, and the medians' ratio is shown. Target (issue 15): ≤ 1.2 ×.
 *
 *   npx tsx bench/generalLedger.bench.ts [--rows 100000] [--runs 5] [--strict]
 */
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { checkLedger } from "../src/check/checkWorkbook";
import { buildLedger } from "../src/ledger/build";
import { generalLedgerOf } from "../tests/support/layouts/generalLedger";
import { generateWorkbook } from "./generate";
import { median, ms, runChild } from "./util";

const TARGET_RATIO = 1.2;

interface Measurement {
  ms: number;
  lines: number;
  findings: number;
}

function child(layout: string, rows: number): void {
  const canonical = generateWorkbook(rows);
  const workbook =
    layout === "export" ? generalLedgerOf(canonical, { lang: "fi", rowsAbove: 2, colsLeft: 0, amountsAsText: false }) : canonical;
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
  if (ratio > TARGET_RATIO && values.strict) process.exitCode = 1;
}

main();
