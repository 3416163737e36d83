/**
 * Checking speed on ledgers held in memory: buildLedger + checkLedger (every rule) on a
 * generated LasSe-like workbook of 10k, 100k and 1M ledger rows. Each size runs in fresh child
 * processes, as the CLI would, and the median run is shown with its peak RSS (the process's
 * maximum resident set, workbook included), and the CPU time of build + check (user + system,
 * all threads). Targets (issues 2 and 11): 1M rows in < 2 s CPU and < 1 GB.
 *
 *   npx tsx bench/check.bench.ts [--sizes 10000,100000,1000000] [--runs 3] [--strict] [--tsx]
 *
 * The children run the core as users run it, bundled by esbuild (as lib/kaste.cjs and the
 * pane's bundle are) into bench/out/check.bench.cjs; --tsx runs them through tsx instead, whose
 * per-module getters for imported functions cost a fifth more on a million rows.
 *
 * --strict makes a missed target exit 1.
 */
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { buildSync } from "esbuild";
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
  /** CPU time (user + system, all threads) of build + check: what issue 11 compares on a shared machine. */
  cpuMs: number;
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
  const cpu = process.cpuUsage();
  const started = performance.now();
  const built = buildLedger(workbook);
  const builtAt = performance.now();
  const result = checkLedger(built.ledger);
  const checkedAt = performance.now();
  const { user, system } = process.cpuUsage(cpu);
  const measurement: Measurement = {
    rows: built.ledger.invoices.length,
    buildMs: builtAt - started,
    checkMs: checkedAt - builtAt,
    cpuMs: (user + system) / 1000,
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
      tsx: { type: "boolean", default: false },
      child: { type: "string" },
    },
  });
  if (values.child) return child(Number(values.child));
  const sizes = values.sizes.split(",").map(Number);
  const runs = Number(values.runs);
  const script = fileURLToPath(import.meta.url);
  const bundle = values.tsx ? null : bundled(script);
  process.stderr.write(
    `buildLedger + checkLedger, ${runs} fresh processes per size (median shown), ${bundle ? "bundled" : "under tsx"}; node ${process.version}\n`,
  );
  const rows: string[][] = [];
  let failed = false;
  for (const size of sizes) {
    const measured = Array.from({ length: runs }, () =>
      bundle ? runBundled(bundle, size) : runChild<Measurement>(script, [String(size)], ["--expose-gc"]),
    );
    const m = median(measured, (x) => x.buildMs + x.checkMs);
    const total = m.buildMs + m.checkMs;
    const peak = Math.max(...measured.map((x) => x.peakRss));
    const target = size >= 1_000_000 ? (m.cpuMs < TARGET_MS && peak < TARGET_BYTES ? "met" : "MISSED") : "";
    if (target === "MISSED") failed = true;
    rows.push([
      count(m.rows),
      ms(m.buildMs),
      ms(m.checkMs),
      ms(total),
      ms(m.cpuMs),
      count((m.rows / total) * 1000),
      mb(m.heldRss),
      mb(peak),
      String(m.findings),
      target,
    ]);
    process.stderr.write(`  ${count(size)} rows: ${measured.map((x) => Math.round(x.buildMs + x.checkMs)).join(", ")} ms\n`);
  }
  process.stdout.write(
    `\n${table(["ledger rows", "build", "check", "total", "CPU", "rows/s", "RSS, workbook held", "peak RSS", "findings", "target < 2 s CPU, < 1 GB"], rows)}\n`,
  );
  if (failed && values.strict) process.exitCode = 1;
}

/** This script bundled as the CLI is (bench/out/check.bench.cjs), for the children to run in plain node. */
function bundled(script: string): string {
  const outfile = join(dirname(script), "out", "check.bench.cjs");
  buildSync({
    entryPoints: [script],
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    define: { "import.meta.url": JSON.stringify(pathToFileURL(script).href) },
    logLevel: "error",
  });
  return outfile;
}

function runBundled(bundle: string, rows: number): Measurement {
  const out = execFileSync(process.execPath, ["--expose-gc", bundle, "--child", String(rows)], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split("\n").pop() ?? "") as Measurement;
}

main();
