/**
 * `kaste check` on the 100k-row ledger .xlsx against the floor (bench/floor.mjs: read the file,
 * inflate every part, scan every byte once) and against `hledger check` on the same lines as a
 * journal, in ONE run on the same machine, as ratios of CPU time (user + sys of each child
 * process, from /usr/bin/time), so a machine shared with other work moves all three alike.
 * The three commands take turns, run after run, and each figure is the median of `--runs`.
 *
 * Targets (issue 11): kaste check ≤ 2.5 × the floor, and ≤ 0.15 × hledger check.
 *
 *   npx tsx bench/ratios.bench.ts [--rows 100000] [--runs 3] [--fresh] [--strict] [--before DIR]
 *
 * --before DIR also times `kaste check` of another checkout (its bin/kaste.js, bundle built) in
 * the same turns, e.g. an older commit unpacked with `git archive`, so a change is measured
 * against what it changed under the same load.
 *
 * Needs the CLI bundle (npm run -s build:cli) and /usr/bin/time; without hledger (apt-get
 * install -y hledger) it says so and gives the floor ratio only.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generate, writeGeneratedXlsx } from "./generate";
import { writeJournal } from "./journal";
import { count, mb, median, ms, table } from "./util";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const out = join(here, "out");

/** Issue 11's targets: kaste check's CPU time against the floor's and hledger's. */
export const TARGETS = { floor: 2.5, hledger: 0.15 } as const;

/** One run of a command: CPU time (user + sys), wall time, peak RSS and exit status. */
export interface Timing {
  readonly cpuMs: number;
  readonly wallMs: number;
  readonly peakRss: number;
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command under /usr/bin/time -f and reads its user, sys and maximum resident set back. */
export function cpuTimed(command: string, args: readonly string[]): Timing {
  const started = performance.now();
  const result = spawnSync("/usr/bin/time", ["-f", "@@%U %S %M", command, ...args], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const wallMs = performance.now() - started;
  const stderr = result.stderr ?? "";
  const match = /@@([\d.]+) ([\d.]+) (\d+)\s*$/.exec(stderr);
  if (!match) throw new Error(`/usr/bin/time gave no figures for ${command}: ${stderr.trim()}`);
  return {
    cpuMs: (Number(match[1]) + Number(match[2])) * 1000,
    wallMs,
    peakRss: Number(match[3]) * 1024,
    status: result.status,
    stdout: result.stdout ?? "",
    stderr: stderr.slice(0, match.index).trim(),
  };
}

function hledgerVersion(): string | null {
  try {
    return execFileSync("hledger", ["--version"], { encoding: "utf8" }).trim();
  } catch {
    return null;
  }
}

/** The ratio a / b as "0.42 ×". */
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)} ×`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: "string", default: "100000" },
      runs: { type: "string", default: "3" },
      fresh: { type: "boolean", default: false },
      strict: { type: "boolean", default: false },
      before: { type: "string" },
    },
  });
  const rows = Number(values.rows);
  const runs = Number(values.runs);
  if (!existsSync("/usr/bin/time")) throw new Error("this bench needs /usr/bin/time (apt-get install -y time)");
  if (!existsSync(join(root, "lib/kaste.cjs"))) throw new Error("lib/kaste.cjs is missing: npm run -s build:cli first");

  const label = rows % 1000 === 0 ? `${rows / 1000}k` : String(rows);
  const xlsx = join(out, `ledger-${label}.xlsx`);
  const journal = join(out, `ledger-${label}.journal`);
  const generator = statSync(join(here, "generate.ts")).mtimeMs;
  const stale = (path: string) => values.fresh || !existsSync(path) || statSync(path).mtimeMs < generator;
  if (stale(xlsx) || stale(journal)) {
    const generated = generate(rows);
    await writeGeneratedXlsx(xlsx, generated);
    await writeJournal(journal, generated);
    process.stderr.write(`wrote ${xlsx.slice(root.length + 1)} and ${journal.slice(root.length + 1)}\n`);
  }

  const hledger = hledgerVersion();
  const commands: { name: string; command: string; args: string[] }[] = [
    { name: `kaste check ${xlsx.slice(root.length + 1)}`, command: process.execPath, args: [join(root, "bin/kaste.js"), "check", xlsx] },
    { name: `node bench/floor.mjs ${xlsx.slice(root.length + 1)}`, command: process.execPath, args: [join(here, "floor.mjs"), xlsx] },
  ];
  if (values.before)
    commands.push({
      name: `kaste check (${values.before}) ${xlsx.slice(root.length + 1)}`,
      command: process.execPath,
      args: [join(values.before, "bin/kaste.js"), "check", xlsx],
    });
  if (hledger)
    commands.push({ name: `hledger check -f ${journal.slice(root.length + 1)}`, command: "hledger", args: ["check", "-f", journal] });

  process.stderr.write(`node ${process.version}${hledger ? `, ${hledger}` : ""}; ${runs} turns of each (median shown)\n`);
  const timings = commands.map((): Timing[] => []);
  for (let run = 0; run < runs; run++) {
    commands.forEach(({ command, args }, i) => {
      const timing = cpuTimed(command, args);
      if (timing.status !== 0) throw new Error(`${commands[i].name} failed (exit ${timing.status}): ${timing.stderr || timing.stdout}`);
      timings[i].push(timing);
    });
  }
  const medians = timings.map((t) => median(t, (x) => x.cpuMs));
  const [kaste, floor] = medians;
  const ledger = hledger ? medians[medians.length - 1] : undefined;
  for (const [i, { name }] of commands.entries())
    process.stderr.write(`  ${name}: ${timings[i].map((t) => Math.round(t.cpuMs)).join(", ")} ms CPU\n`);

  process.stdout.write(`\nkaste check on ${count(rows)} ledger rows (${mb(statSync(xlsx).size)} .xlsx): CPU time, median of ${runs}\n`);
  process.stdout.write(
    `${table(
      ["command", "CPU (user + sys)", "wall", "peak RSS", "kaste check against it"],
      commands.map(({ name }, i) => [
        name,
        ms(medians[i].cpuMs),
        ms(medians[i].wallMs),
        mb(medians[i].peakRss),
        i === 0 ? "" : ratio(kaste.cpuMs, medians[i].cpuMs),
      ]),
    )}\n\n`,
  );
  const verdicts: boolean[] = [];
  const floorRatio = kaste.cpuMs / floor.cpuMs;
  verdicts.push(floorRatio <= TARGETS.floor);
  process.stdout.write(
    `kaste check / floor: ${ratio(kaste.cpuMs, floor.cpuMs)} (target ≤ ${TARGETS.floor} ×): ${verdicts[0] ? "met" : "MISSED"}\n`,
  );
  if (ledger) {
    verdicts.push(kaste.cpuMs / ledger.cpuMs <= TARGETS.hledger);
    process.stdout.write(
      `kaste check / hledger check: ${ratio(kaste.cpuMs, ledger.cpuMs)} (target ≤ ${TARGETS.hledger} ×): ${verdicts[1] ? "met" : "MISSED"}\n`,
    );
  } else {
    process.stdout.write("hledger is not installed (apt-get install -y hledger): no comparison\n");
  }
  if (values.strict && verdicts.includes(false)) process.exitCode = 1;
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
