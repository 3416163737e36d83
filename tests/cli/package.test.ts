/**
 * `npm pack` makes a package with what a user of `kaste` needs (the command, its compiled bundle, the JSON schemas,
 * the example workbooks and partner files the guides use, the docs) and none of the sources, tests or tooling.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const exec = promisify(execFile);

describe("the npm package", function () {
  this.timeout(120_000);
  let files: string[] = [];

  before(async () => {
    // the examples are built, not committed; --ignore-scripts keeps prepack from rebuilding what is here
    await exec("npx", ["tsx", "examples/build.ts"]);
    const { stdout } = await exec("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"]);
    files = (JSON.parse(stdout) as { files: { path: string }[] }[])[0]?.files.map((file) => file.path) ?? [];
  });

  it("holds the command, its bundle, the schemas, the examples and the docs", () => {
    for (const needed of [
      "bin/kaste.js",
      "lib/kaste.cjs",
      "lib/programmeWorker.cjs",
      "schema/check.schema.json",
      "schema/ledger.schema.json",
      "examples/lasse.xlsx",
      "examples/broken.xlsx",
      "examples/pikassos-2015-10.csv",
      "examples/verso-2015-10.xlsx",
      "docs/cli.md",
      "docs/opas.md",
      "README.md",
      "LICENSE",
    ])
      assert.ok(files.includes(needed), `${needed} is missing from the package`);
  });

  it("leaves out sources, tests, tooling and source maps", () => {
    const extra = files.filter((path) => /^(src|cli|tests|taskpane|functions|bench|scripts|\.ci)\/|\.ts$|\.map$/.test(path));
    assert.deepEqual(extra, []);
  });
});
