/**
 * The real `kaste` command in a child process, its stdout piped: output of several megabytes
 * arrives whole (the CLI sets exitCode and lets Node flush instead of calling process.exit),
 * and an error nobody expected is one line and exit 3.
 */
import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { closeSync, existsSync, openSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { lasseSheets } from "../../examples/lasse";
import { xlsxFile } from "../support/xlsx";

const exec = promisify(execFile);

/** A CSV folder whose ledger has one bad amount per row: thousands of findings. */
async function bigBrokenFolder(rows: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "kaste-pipe-"));
  const lines = ["Päivämäärä;Laskuttaja;Laskun numero;Ajalta;Tilikohta;Summa (ALV 0);ALV;Selite"];
  for (let i = 0; i < rows; i++) lines.push(`5.2.2014;Pikassos;P-${i};1/2014;Palkat;n/a;0;rivi ${i} selite joka on pitkä`);
  await writeFile(join(dir, "Laskut.csv"), lines.join("\n"));
  await writeFile(join(dir, "Hanke.csv"), "Hanke;Testi\nAlkaa;1.4.2013\nPäättyy;31.10.2015\n");
  return dir;
}

/** The exit code and stderr of a child process, whether it succeeded or not. */
async function exitOf(run: Promise<{ stderr: string }>): Promise<{ code: number; stderr: string }> {
  return run.then(
    ({ stderr }) => ({ code: 0, stderr }),
    (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
  );
}

/** Runs bin/kaste.js with its stdout (or stderr) a pipe whose reader has gone away before it writes (as `| head -0` does). */
async function readerGone(
  args: readonly string[],
  gone: "stdout" | "stderr" = "stdout",
): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  const child = spawn(process.execPath, ["bin/kaste.js", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  child[gone].destroy();
  let stderr = "";
  if (gone === "stdout") child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
  return new Promise((done, fail) => {
    child.on("error", fail);
    child.on("close", (code, signal) => done({ code, signal, stderr }));
  });
}

describe("kaste's output through a pipe", function () {
  this.timeout(120_000);

  it("gives complete, parseable JSON of several megabytes and the exit code of the check", async () => {
    const dir = await bigBrokenFolder(14_000);
    const out = join(dir, "out.json");
    const result = await exec("sh", ["-c", `node bin/kaste.js check "${dir}" --format json | cat > "${out}"; echo "$?"`]);
    const text = await readFile(out, "utf8");
    assert.ok(text.length > 2_000_000, `only ${text.length} bytes`);
    const json = JSON.parse(text) as { findings: unknown[] };
    assert.ok(json.findings.length >= 14_000);
    assert.equal(result.stdout.trim(), "0"); // the pipe's status is cat's
    await assert.rejects(
      exec("node", ["bin/kaste.js", "check", dir, "--format", "json"], { maxBuffer: 1 << 30 }),
      (error: { code: number; stdout: string }) => {
        assert.equal(error.code, 1);
        assert.doesNotThrow(() => JSON.parse(error.stdout));
        return true;
      },
    );
  });

  it("ends quietly with the command's own exit code when the pipe's reader has gone away", async () => {
    const dir = await bigBrokenFolder(50);
    const lasse = await xlsxFile(lasseSheets(), "lasse.xlsx");
    for (const [args, code] of [
      [["check", dir], 1],
      [["check", dir, "--format", "json"], 1],
      [["ledger", lasse], 0],
      [["schema"], 0],
    ] as const) {
      const run = await readerGone(args);
      assert.equal(run.stderr, "", `kaste ${args.join(" ")} said on stderr: ${run.stderr}`);
      assert.deepEqual([run.code, run.signal], [code, null], `kaste ${args.join(" ")}`);
    }
    // the one line of a wrong call has nobody to read it either: still exit 2, not a crash
    const missing = await readerGone(["check", join(dir, "missing.xlsx")], "stderr");
    assert.deepEqual([missing.code, missing.signal], [2, null]);
  });

  it("ends with one line in the user's language and exit 2 when its output cannot be written (a full disk)", async function () {
    // Linux's /dev/full: every write fails with ENOSPC, as a redirect to a full disk does
    if (!existsSync("/dev/full")) this.skip();
    const dir = await bigBrokenFolder(50);
    const lasse = await xlsxFile(lasseSheets(), "lasse.xlsx");
    const full = openSync("/dev/full", "w");
    const toFullDisk = (args: readonly string[], lang: string, stderr: "pipe" | "full" = "pipe") => {
      const child = spawn(process.execPath, ["bin/kaste.js", ...args], {
        stdio: ["ignore", full, stderr === "full" ? full : "pipe"],
        env: { ...process.env, LANG: lang, KASTE_DEBUG: "" },
      });
      let said = "";
      child.stderr?.setEncoding("utf8").on("data", (text: string) => (said += text));
      return new Promise<{ code: number | null; signal: string | null; stderr: string }>((done, fail) => {
        child.on("error", fail);
        child.on("close", (code, signal) => done({ code, signal, stderr: said }));
      });
    };
    try {
      for (const [args, lang, line] of [
        [["check", dir], "fi_FI.UTF-8", "kaste: tulostetta ei voitu kirjoittaa (levy on täynnä, ENOSPC); tuloste on vajaa.\n"],
        [
          ["check", dir, "--format", "json", "--lang", "sv"],
          "C.UTF-8",
          "kaste: utdata kunde inte skrivas (disken är full, ENOSPC); utdata är ofullständig.\n",
        ],
        [["ledger", lasse], "en_GB.UTF-8", "kaste: could not write the output (the disk is full, ENOSPC); the output is incomplete.\n"],
      ] as const) {
        const run = await toFullDisk(args, lang);
        // one line, no stack trace, no internal error; 2 even where the check itself would exit 1 (or the ledger 0)
        assert.equal(run.stderr, line, `kaste ${args.join(" ")}`);
        assert.deepEqual([run.code, run.signal], [2, null], `kaste ${args.join(" ")}`);
      }
      // stderr on the full disk too: nowhere to say it, still exit 2 and no crash
      const silent = await toFullDisk(["check", dir], "fi_FI.UTF-8", "full");
      assert.deepEqual([silent.code, silent.signal], [2, null]);
    } finally {
      closeSync(full);
    }
  });

  it("prints its version", async () => {
    const { stdout } = await exec("node", ["bin/kaste.js", "--version"]);
    assert.match(stdout, /^kaste \d+\.\d+\.\d+\n$/);
  });

  it("turns an unexpected error into one line and exit 3, with the stack only under KASTE_DEBUG=1", async () => {
    const script = 'const m=require("./cli/main.ts"); process.exitCode = m.internalError(new TypeError("boom\\n    at x"));';
    const quiet = await exitOf(exec("node", ["--import", "tsx", "-e", script]));
    assert.equal(quiet.code, 3);
    assert.equal(quiet.stderr.trim().split("\n").length, 1);
    assert.match(quiet.stderr, /^kaste: sisäinen virhe \/ internal error: boom \(please report/);
    const debug = await exitOf(exec("node", ["--import", "tsx", "-e", script], { env: { ...process.env, KASTE_DEBUG: "1" } }));
    assert.match(debug.stderr, /TypeError: boom/);
  });
});
