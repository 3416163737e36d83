/**
 * Checking speed on ledgers held in memory: buildLedger + checkLedger (every rule) on a
 * generated LasSe-like workbook of 10k, 100k and 1M ledger rows. Each size runs in fresh child
 * processes, as the CLI would, and the median run is shown with its peak RSS (the process's
 * maximum resident set, workbook included). Targets (issue 2): 1M rows in < 2 s and < 1 GB.
 *
 *   npx tsx bench/check.bench.ts [--sizes 10000,100000,1000000] [--runs 3] [--strict]
 *
 * --strict makes a missed target exit 1.
 */
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { checkLedger } from "../src/check/checkWorkbook";
import { buildLedger } from "../src/ledger/build";
import { generateWorkbook } from "./generate";
import { count, mb, median, ms, runChild, table } from "./util";

const TARGET_MS = 2_000;
const TARGET_BYTES = 1 << 30;

interface Measurement {
  rows: number;
  buildMs: number;
  checkMs: number;
  findings: number;
  notChecked: number;
  /** RSS with the workbook generated and held, before building. */
  heldRss: number;
  /** Peak RSS of the whole process (resourceUsage().maxRSS). */
  peakRss: number;
}

function child(rows: number): void {
  const workbook = generateWorkbook(rows);
  (globalThis as { gc?: () => void }).gc?.();
  const heldRss = process.memoryUsage.rss();
  const started = performance.now();
  const built = buildLedger(workbook);
  const builtAt = performance.now();
  const result = checkLedger(built.ledger);
  const checkedAt = performance.now();
  const measurement: Measurement = {
    rows: built.ledger.invoices.length,
    buildMs: builtAt - started,
    checkMs: checkedAt - builtAt,
    findings: built.findings.length + result.findings.length,
    notChecked: result.notChecked.length,
    heldRss,
    peakRss: process.resourceUsage().maxRSS * 1024,
  };
  process.stdout.write(`${JSON.stringify(measurement)}\n`);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "10000,100000,1000000" },
      runs: { type: "string", default: "3" },
      strict: { type: "boolean", default: false },
      child: { type: "string" },
    },
  });
  if (values.child) return child(Number(values.child));
  const sizes = values.sizes.split(",").map(Number);
  const runs = Number(values.runs);
  const script = fileURLToPath(import.meta.url);
  process.stderr.write(`buildLedger + checkLedger, ${runs} fresh processes per size (median shown); node ${process.version}\n`);
  const rows: string[][] = [];
  let failed = false;
  for (const size of sizes) {
    const measured = Array.from({ length: runs }, () => runChild<Measurement>(script, [String(size)], ["--expose-gc"]));
    const m = median(measured, (x) => x.buildMs + x.checkMs);
    const total = m.buildMs + m.checkMs;
    const peak = Math.max(...measured.map((x) => x.peakRss));
    const target = size >= 1_000_000 ? (total < TARGET_MS && peak < TARGET_BYTES ? "met" : "MISSED") : "";
    if (target === "MISSED") failed = true;
    rows.push([
      count(m.rows),
      ms(m.buildMs),
      ms(m.checkMs),
      ms(total),
      count((m.rows / total) * 1000),
      mb(m.heldRss),
      mb(peak),
      String(m.findings),
      target,
    ]);
    process.stderr.write(`  ${count(size)} rows: ${measured.map((x) => Math.round(x.buildMs + x.checkMs)).join(", ")} ms\n`);
  }
  process.stdout.write(
    `\n${table(["ledger rows", "build", "check", "total", "rows/s", "RSS, workbook held", "peak RSS", "findings", "target < 2 s, < 1 GB"], rows)}\n`,
  );
  if (failed && values.strict) process.exitCode = 1;
}

main();
