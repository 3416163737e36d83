/**
 * `kaste check`'s text as a person reads it: repeats of one cause fold into one line with the cells they cover and
 * their count in the language's own format; colour and wrapping only on a terminal (or when asked for).
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { layoutFor } from "../../cli/terminal";
import { runCli } from "../support/cli";
import { xlsxFile } from "../support/xlsx";

const exec = promisify(execFile);
const ESC = "\u001b";
const HEADER = ["Päivämäärä", "Laskuttaja", "Laskun numero", "Ajalta", "Tilikohta", "Summa (ALV 0)", "ALV", "Selite"];
const PROJECT = [
  ["Hanke", "Testi"],
  ["Alkaa", "1.4.2013"],
  ["Päättyy", "31.10.2015"],
];

/** Invoice rows whose amount is "n/a", except the row numbers (1-based, as Excel shows them) in `good`. */
function invoiceRows(count: number, good: readonly number[] = []): string[][] {
  return Array.from({ length: count }, (_, i) => [
    "5.2.2014",
    "Pikassos",
    `P-${i}`,
    "1/2014",
    "Palkat",
    good.includes(i + 2) ? "100" : "n/a",
    "0",
    `rivi ${i}`,
  ]);
}

async function csvFolder(rows: readonly string[][]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "kaste-text-"));
  await writeFile(join(dir, "Laskut.csv"), [HEADER, ...rows].map((row) => row.join(";")).join("\n"));
  await writeFile(join(dir, "Hanke.csv"), PROJECT.map((row) => row.join(";")).join("\n"));
  return dir;
}

async function xlsxBook(rows: readonly string[][]): Promise<string> {
  return xlsxFile([
    { name: "Laskut", rows: [HEADER, ...rows] },
    { name: "Hanke", rows: PROJECT },
  ]);
}

const notANumber = (out: string) => out.split("\n").filter((line) => line.includes("VALUE_NOT_A_NUMBER"));

describe("kaste check's text report", function () {
  this.timeout(60_000);

  for (const [format, make] of [
    ["xlsx", xlsxBook],
    ["a CSV folder", csvFolder],
  ] as const)
    it(`folds 500 cells of one cause into one line with their range and count (${format})`, async () => {
      const { out } = await runCli("check", await make(invoiceRows(500)));
      const lines = notANumber(out);
      assert.equal(lines.length, 1, lines.join("\n"));
      assert.match(lines[0] ?? "", /Laskut!F2:F501\s+VALUE_NOT_A_NUMBER\s+500 solua: "n\/a" ei ole luku/);
    });

  it("names each run of rows when the cells are not contiguous, and counts in Finnish format", async () => {
    const { out } = await runCli("check", await csvFolder(invoiceRows(1_201, [100])));
    assert.match(notANumber(out)[0] ?? "", /Laskut!F2:F99,F101:F1202 .* 1\u00a0200 solua:/);
  });

  it("counts in each language's own format", async () => {
    const folder = await csvFolder(invoiceRows(1_200));
    assert.match(notANumber((await runCli("check", folder, "--lang", "en")).out)[0] ?? "", /1,200 cells: /);
    assert.match(notANumber((await runCli("check", folder, "--lang", "sv")).out)[0] ?? "", /1\u00a0200 celler: /);
  });

  it("prints no colour codes through a pipe, and colours when asked with --color (even under NO_COLOR)", async () => {
    const folder = await csvFolder(invoiceRows(3));
    const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
      exec("node", ["bin/kaste.js", "check", folder, ...args], { env: { ...process.env, ...env } }).catch(
        (error: { stdout: string; code: number }) => error,
      );
    const piped = await run([]);
    assert.match(piped.stdout, /VALUE_NOT_A_NUMBER/);
    assert.ok(!piped.stdout.includes(ESC), "colour codes in piped output");
    const coloured = await run(["--color"], { NO_COLOR: "1" });
    assert.ok(coloured.stdout.includes(`${ESC}[31;1mVALUE_NOT_A_NUMBER${ESC}[0m`), coloured.stdout);
    assert.ok(coloured.stdout.includes(`${ESC}[31;1mEI VALMIS`), coloured.stdout);
  });

  it("refuses --color with --no-color", async () => {
    const { code, err } = await runCli("check", "examples/lasse.xlsx", "--color", "--no-color");
    assert.equal(code, 2);
    assert.match(err, /--color/);
  });
});

describe("the terminal's layout", () => {
  const terminal = { isTTY: true, columns: 100 };
  const coloured = (layout: ReturnType<typeof layoutFor>) => layout.paint("error", "x") !== "x";

  it("wraps to a terminal's width and colours it", () => {
    const layout = layoutFor(terminal, {}, "auto");
    assert.equal(layout.width, 100);
    assert.ok(coloured(layout));
  });

  it("neither wraps nor colours a pipe", () => {
    const layout = layoutFor({ isTTY: false }, {}, "auto");
    assert.equal(layout.width, undefined);
    assert.ok(!coloured(layout));
  });

  it("follows NO_COLOR and TERM=dumb on a terminal, and --color / --no-color over both", () => {
    assert.ok(!coloured(layoutFor(terminal, { NO_COLOR: "1" }, "auto")));
    assert.ok(!coloured(layoutFor(terminal, { TERM: "dumb" }, "auto")));
    assert.ok(coloured(layoutFor({ isTTY: false }, { NO_COLOR: "1" }, "always")));
    assert.ok(!coloured(layoutFor(terminal, {}, "never")));
  });
});
