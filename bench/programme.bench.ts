/**
 * The programme view over a national programme's worth of workbooks: N generated project
 * workbooks (default 200 × 10 000 ledger rows; every 10th broken, one unreadable), checked by
 * `kaste programme` on 1 worker and on every core. Prints wall times and the speed-up.
 *
 *   npx tsx bench/programme.bench.ts [PROJECTS] [ROWS]
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { generate, writeGeneratedXlsx } from "./generate";
import { seconds } from "./util";

const projects = Number(process.argv[2] ?? 200);
const rows = Number(process.argv[3] ?? 10_000);
const folder = join(__dirname, "out", `programme-${projects}x${rows}`);

async function generateProgramme(): Promise<void> {
  if (existsSync(join(folder, "done"))) return;
  await mkdir(folder, { recursive: true });
  const started = Date.now();
  for (let i = 0; i < projects; i++) {
    const generated = generate(rows, 1000 + i);
    if (i % 10 === 9) {
      // Broken: an amount nobody can read and a ledger row without its partner
      const ledger = generated.sheets.find((sheet) => sheet.name === "Laskut");
      const [, second, third] = ledger?.rows ?? [];
      if (second) second[7] = "noin 1000";
      if (third) third[1] = null;
    }
    await writeGeneratedXlsx(join(folder, `alue-${i % 5}`, `hanke-${String(i).padStart(3, "0")}.xlsx`), generated);
  }
  await writeFile(join(folder, "alue-0", "rikki.xlsx"), "PK\u0003\u0004 this file was cut short");
  await writeFile(join(folder, "done"), "");
  process.stdout.write(`generated ${projects} workbooks × ${rows} rows in ${seconds(Date.now() - started)}\n`);
}

function wall(workers: number): number {
  const started = Date.now();
  try {
    execFileSync(
      process.execPath,
      [
        join(__dirname, "..", "bin", "kaste.js"),
        "programme",
        folder,
        "--format",
        "json",
        "--workers",
        String(workers),
        "--as-of",
        "2015-03-01",
      ],
      {
        stdio: ["ignore", "ignore", "inherit"],
        maxBuffer: 1 << 28,
      },
    );
  } catch (error) {
    // Exit 1: broken projects were found, as they should be
    if ((error as { status?: number }).status !== 1) throw error;
  }
  return Date.now() - started;
}

async function main(): Promise<void> {
  await generateProgramme();
  const cores = availableParallelism();
  const one = wall(1);
  const all = wall(cores);
  process.stdout.write(
    `${projects} workbooks × ${rows} rows: 1 worker ${seconds(one)}, ${cores} workers ${seconds(all)}, speed-up ${(one / all).toFixed(2)}×\n`,
  );
}

void main();
