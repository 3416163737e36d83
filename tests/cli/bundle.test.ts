import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";

const exec = promisify(execFile);

/** Runs bin/kaste.js in a plain Node and reports every module it asked for, so a test sees what the CLI loads. */
const RECORD_REQUIRES = `
const Module = require("node:module");
const load = Module._load;
const asked = [];
Module._load = function (request, ...rest) { asked.push(request); return load.call(this, request, ...rest); };
process.argv = [process.argv[0], "kaste", ...JSON.parse(process.env.KASTE_ARGS)];
process.on("exit", () => process.stderr.write("\\nREQUIRED " + JSON.stringify(asked) + "\\n"));
require("./bin/kaste.js");
`;

async function requiredBy(args: string[]): Promise<{ stdout: string; asked: string[] }> {
  const { stdout, stderr } = await exec("node", ["-e", RECORD_REQUIRES], { env: { ...process.env, KASTE_ARGS: JSON.stringify(args) } });
  const line = stderr.split("\n").find((l) => l.startsWith("REQUIRED "));
  assert.ok(line, stderr);
  return { stdout, asked: JSON.parse(line.slice("REQUIRED ".length)) as string[] };
}

describe("the compiled CLI (issue 13: no TypeScript compiler at run time)", () => {
  it("bin/kaste.js runs the esbuild bundle, and neither asks for tsx", async () => {
    const { stdout, asked } = await requiredBy(["--version"]);
    assert.match(stdout, /^kaste \d+\.\d+\.\d+\n$/);
    assert.ok(
      asked.some((request) => request.endsWith("lib/kaste.cjs")),
      asked.join(", "),
    );
    assert.deepEqual(
      asked.filter((request) => /tsx|typescript/.test(request)),
      [],
    );
  });

  it("the bundle needs no exceljs at all: every workbook is written by src/workbook/xlsxWrite/", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { dependencies: Record<string, string> };
    assert.equal(pkg.dependencies.exceljs, undefined);
    assert.doesNotMatch(readFileSync("lib/kaste.cjs", "utf8"), /require\(["']exceljs["']\)/);
  });

  it("a check runs from the bundle too, without loading exceljs", async () => {
    const { asked } = await requiredBy(["check", "tests/no-such-file.xlsx"]).catch((error: { stderr: string; stdout: string }) => {
      const line = error.stderr.split("\n").find((l) => l.startsWith("REQUIRED "));
      return { stdout: error.stdout, asked: JSON.parse(line?.slice("REQUIRED ".length) ?? "[]") as string[] };
    });
    assert.ok(asked.length > 0);
    assert.deepEqual(
      asked.filter((request) => /tsx|exceljs/.test(request)),
      [],
    );
  });

  it("npm run build and npm's prepare both write the bundle bin/kaste.js runs, so `npm ci` on a fresh clone does", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
    assert.match(pkg.scripts.prepare, /scripts\/build-cli\.mjs/);
    assert.match(pkg.scripts.build, /scripts\/build-cli\.mjs/);
    assert.match(readFileSync("scripts/build-cli.mjs", "utf8"), /kaste: "cli\/main\.ts"/);
  });
});
