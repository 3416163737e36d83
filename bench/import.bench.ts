/**
 * `kaste import` of a 12-row partner CSV into a big ledger workbook, against `kaste check` on the
 * same workbook (issue 14: the import at most 1.5 × the check). The import reads the book once,
 * previews the rows, splices them into the Laskut sheet's XML, compresses that one part again,
 * copies every other zip entry as it is, and reads the written file back to compare it with
 * what it meant before it keeps it. Both commands run from the bundle in fresh processes; wall
 * time and peak RSS through /usr/bin/time, median of --runs.
 *
 *   npx tsx bench/import.bench.ts [--rows 100000] [--runs 3] [--fresh]
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generate, writeGeneratedXlsx } from "./generate";
import { count, mb, median, ms, table } from "./util";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const out = join(here, "out");
/** Issue 14: the import of a 12-row file into the 100k-row workbook within 1.5 × kaste check on it. */
const TARGET_RATIO = 1.5;

function timed(args: readonly string[]): {
  ms: number;
  cpuMs: number | null;
  peakRss: number | null;
  status: number | null;
  stdout: string;
} {
  const command = process.execPath;
  const useTime = existsSync("/usr/bin/time");
  const started = performance.now();
  const result = useTime
    ? spawnSync("/usr/bin/time", ["-f", "@@%e %M %U %S", command, ...args], { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 })
    : spawnSync(command, args, { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 });
  const elapsed = performance.now() - started;
  const match = /@@([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(result.stderr ?? "");
  return {
    ms: elapsed,
    cpuMs: match ? (Number(match[3]) + Number(match[4])) * 1000 : null,
    peakRss: match ? Number(match[2]) * 1024 : null,
    status: result.status,
    stdout: result.stdout ?? "",
  };
}

/** Twelve new Pikassos invoice lines (invoice numbers the generated book does not have), as Finnish Excel saves a CSV. */
function partnerCsv(): Buffer {
  const lines = ["Päivämäärä;Laskuttaja;Laskun numero;Ajalta alkaen;Ajalta päättyen;Laji;Tilikohta;Summa (ALV 0);ALV;Hyväksyttävä;Selite"];
  for (let i = 0; i < 12; i++) {
    lines.push(
      `5.11.2015;Pikassos;BENCH-${100 + (i >> 2)};1.10.2015;31.10.2015;kiinteä;${["Palkat", "Vuokrat", "Aineet"][i % 3]};${(1000 + i * 37.5).toFixed(2).replace(".", ",")};0,00;kyllä;rivi ${i + 1}`,
    );
  }
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "latin1");
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: "string", default: "100000" },
      runs: { type: "string", default: "3" },
      fresh: { type: "boolean", default: false },
    },
  });
  const rows = Number(values.rows);
  const runs = Number(values.runs);
  const book = join(out, `ledger-${rows >= 1000 ? `${rows / 1000}k` : rows}.xlsx`);
  if (values.fresh || !existsSync(book) || statSync(book).mtimeMs < statSync(join(here, "generate.ts")).mtimeMs) {
    process.stderr.write(`writing ${book}\n`);
    await writeGeneratedXlsx(book, generate(rows));
  }
  const csv = join(out, "partner-12.csv");
  writeFileSync(csv, partnerCsv());
  const kaste = join(root, "bin/kaste.js");
  const target = join(out, "imported.xlsx");
  const inPlace = join(out, "in-place.xlsx");

  const check = Array.from({ length: runs }, () => timed([kaste, "check", book]));
  const imports = Array.from({ length: runs }, () => {
    const run = timed([kaste, "import", csv, "--into", book, "--out", target, "--force"]);
    if (run.status !== 0) throw new Error(`kaste import exited ${run.status}:\n${run.stdout}`);
    return run;
  });
  const inPlaces = Array.from({ length: runs }, () => {
    copyFileSync(book, inPlace);
    const run = timed([kaste, "import", csv, "--into", inPlace, "--in-place"]);
    if (run.status !== 0) throw new Error(`kaste import --in-place exited ${run.status}:\n${run.stdout}`);
    for (const name of readdirSync(out)) if (name.startsWith("in-place.backup-")) unlinkSync(join(out, name));
    return run;
  });
  const checked = median(check, (r) => r.ms);
  const imported = median(imports, (r) => r.ms);
  const replaced = median(inPlaces, (r) => r.ms);
  const peak = (list: readonly { peakRss: number | null }[]) => {
    const most = Math.max(...list.map((r) => r.peakRss ?? 0));
    return most > 0 ? mb(most) : "–";
  };
  const ratio = (r: { ms: number }) => (r.ms / checked.ms).toFixed(2);
  // CPU time (user + system) moves less than wall time on a shared machine
  const cpu = (list: readonly { cpuMs: number | null }[]) => median(list, (r) => r.cpuMs ?? 0).cpuMs ?? 0;
  const cpuRatio = (list: readonly { cpuMs: number | null }[]) => (cpu(check) > 0 ? (cpu(list) / cpu(check)).toFixed(2) : "–");
  process.stdout.write(
    `${table(
      [
        "command",
        `${count(rows)} ledger rows, ${mb(statSync(book).size)} file`,
        "wall (median)",
        "× check",
        "CPU (median)",
        "× check",
        "peak RSS",
      ],
      [
        ["kaste check BOOK", "", ms(checked.ms), "1.00", ms(cpu(check)), "1.00", peak(check)],
        [
          "kaste import 12 rows --out NEW",
          `${mb(statSync(target).size)} written`,
          ms(imported.ms),
          ratio(imported),
          ms(cpu(imports)),
          cpuRatio(imports),
          peak(imports),
        ],
        [
          "kaste import 12 rows --in-place",
          "backup + verify + rename",
          ms(replaced.ms),
          ratio(replaced),
          ms(cpu(inPlaces)),
          cpuRatio(inPlaces),
          peak(inPlaces),
        ],
      ],
    )}\n\ntarget: import ≤ ${TARGET_RATIO} × check (wall) — ${imported.ms / checked.ms <= TARGET_RATIO ? "met" : "MISSED"} (--out), ${replaced.ms / checked.ms <= TARGET_RATIO ? "met" : "MISSED"} (--in-place)\n`,
  );
}

void main();
