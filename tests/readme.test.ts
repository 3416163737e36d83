import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { CODES } from "../src/findings/codes";
import { END, START, codesTable } from "../scripts/codes-table";

const readme = readFileSync("README.md", "utf8");

describe("the README", () => {
  it("documents every finding code", () => {
    const undocumented = Object.keys(CODES).filter((code) => !readme.includes(`\`${code}\``));
    assert.deepEqual(undocumented, [], "run: npx tsx scripts/codes-table.ts --write");
  });

  it("has the codes table as the registry gives it", () => {
    const table = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END)).trim();
    assert.equal(table, codesTable(), "run: npx tsx scripts/codes-table.ts --write");
  });

  it("gives the test command that CI runs", () => {
    const ci = readFileSync(".ci/run", "utf8");
    assert.match(readme, /^npm test$/m);
    assert.match(ci, /^npm test$/m);
  });
});
