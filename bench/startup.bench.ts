/**
 * How long `kaste` takes to start against a bare Node (issue 13: `kaste --version` within 2 × `node -e 0`).
 *   npx tsx bench/startup.bench.ts [--runs 21] [--strict]
 * Builds the bundle first, then runs each command --runs times in fresh processes and compares the medians
 * of wall-clock time and of CPU time (user + system, which other work on the machine disturbs less).
 */
import { execFileSync, spawnSync } from "node:child_process";

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1] ?? 21) || 21;
const strict = args.includes("--strict");
const LIMIT = 2;

interface Run {
  wallMs: number;
  cpuMs: number;
}

function timed(command: readonly string[]): Run {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, command, { stdio: ["ignore", "ignore", "inherit"] });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`node ${command.join(" ")} exited ${result.status}`);
  return { wallMs, cpuMs: childCpuMs() };
}

let lastChildTicks = 0;
/** CPU time (ms) of children that ended since the previous call: /proc/PID/stat's cutime + cstime (100 Hz ticks), which Node does not report. */
function childCpuMs(): number {
  const fields = execFileSync("cat", [`/proc/${process.pid}/stat`], { encoding: "utf8" })
    .split(") ")[1]
    .split(" ");
  const ticks = Number(fields[13]) + Number(fields[14]);
  const delta = ticks - lastChildTicks;
  lastChildTicks = ticks;
  return delta * 10;
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function measure(command: readonly string[]): Run {
  timed(command); // warm the file cache
  childCpuMs();
  const all: Run[] = [];
  for (let i = 0; i < runs; i++) {
    const run = timed(command);
    all.push(run);
    childCpuMs(); // the `cat` above is a child too: leave it out of the next run
  }
  return { wallMs: medianOf(all.map((r) => r.wallMs)), cpuMs: medianOf(all.map((r) => r.cpuMs)) };
}

execFileSync(process.execPath, ["scripts/build-cli.mjs"], { stdio: "inherit" });
childCpuMs();
const bare = measure(["-e", "0"]);
const version = measure(["bin/kaste.js", "--version"]);
const help = measure(["bin/kaste.js", "--help"]);

const row = (name: string, r: Run) =>
  `| ${name} | ${r.wallMs.toFixed(0)} ms | ${(r.wallMs / bare.wallMs).toFixed(2)} × | ${r.cpuMs.toFixed(0)} ms |`;
console.log(`Median of ${runs} runs, Node ${process.version}\n`);
console.log("| command | wall | against node -e 0 | CPU (user + sys) |\n|---|---:|---:|---:|");
console.log(row("node -e 0", bare));
console.log(row("kaste --version", version));
console.log(row("kaste --help", help));
const ratio = version.wallMs / bare.wallMs;
console.log(`\nkaste --version: ${ratio.toFixed(2)} × node -e 0 (target ≤ ${LIMIT} ×)${ratio <= LIMIT ? "" : "  MISSED"}`);
if (strict && ratio > LIMIT) process.exitCode = 1;
