/**
 * docs/json.md shows what a script gets: its `console` blocks are run on fresh examples (`$ ` lines, `npx kaste`
 * as the built bin/kaste.js, jq when installed) and their output compared with the lines the page shows; its
 * `js` block is the validate.js they run; its example envelope is checked against the real output.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildExamples } from "../../examples/build";
import type { CheckExport } from "../../src/report/checkExport";

const ROOT = resolve(__dirname, "..", "..");
const PAGE = readFileSync(join(ROOT, "docs", "json.md"), "utf8");

interface Shown {
  readonly command: string;
  readonly output: string;
}

/** The `$ command` lines of the page's console blocks, each with the output lines shown under it. */
function consoleCommands(markdown: string): Shown[] {
  const blocks = [...markdown.matchAll(/^```console\n([\s\S]*?)^```/gm)].map((m) => m[1]);
  const shown: { command: string; output: string[] }[] = [];
  for (const line of blocks.flatMap((block) => block.replace(/\n$/, "").split("\n"))) {
    if (line.startsWith("$ ")) shown.push({ command: line.slice(2), output: [] });
    else shown[shown.length - 1]?.output.push(line);
  }
  return shown.map(({ command, output }) => ({ command, output: output.map((l) => `${l}\n`).join("") }));
}

function run(command: string, cwd: string): { status: number | null; stdout: string; stderr: string } {
  const kaste = `"${process.execPath}" "${join(ROOT, "bin", "kaste.js")}"`;
  return spawnSync("sh", ["-c", command.replace(/^npx kaste\b/, kaste)], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, LANG: "C.UTF-8", NO_COLOR: "1", NODE_PATH: join(ROOT, "node_modules") },
  });
}

const hasJq = spawnSync("jq", ["--version"]).status === 0;

describe("docs/json.md", function () {
  this.timeout(120_000);

  it("its console blocks give the output they show (validate.js from its js block, jq when installed)", async function () {
    const commands = consoleCommands(PAGE);
    assert.ok(commands.length >= 5, `only ${commands.length} commands`);
    const script = /^```js\n([\s\S]*?)^```/m.exec(PAGE);
    assert.ok(script, "no js block");
    const folder = mkdtempSync(join(tmpdir(), "kaste-json-doc-"));
    try {
      await buildExamples(join(folder, "examples"));
      writeFileSync(join(folder, "validate.js"), script[1]);
      let ran = 0;
      for (const { command, output } of commands) {
        if (command.startsWith("jq ") && !hasJq) continue;
        const result = run(command, folder);
        assert.equal(result.stderr, "", `${command}: ${result.stderr}`);
        assert.equal(result.stdout, output, command);
        ran++;
      }
      if (ran < commands.length) this.skip(); // jq is not installed: what could run did
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("the console parser reads commands and their output", () => {
    assert.deepEqual(consoleCommands("```console\n$ a\nx\ny\n$ b\n```\n"), [
      { command: "a", output: "x\ny\n" },
      { command: "b", output: "" },
    ]);
  });

  it("its example envelope is the real one: the same fields in order, a finding as kaste writes it", async () => {
    const folder = mkdtempSync(join(tmpdir(), "kaste-json-doc-"));
    try {
      await buildExamples(join(folder, "examples"));
      const result = run("npx kaste check examples/broken.xlsx --format json --lang en", folder);
      assert.equal(result.status, 1);
      const report = JSON.parse(result.stdout) as CheckExport;
      const example = /^```json\n([\s\S]*?)^```/m.exec(PAGE)?.[1] ?? "";
      assert.deepEqual(
        [...example.matchAll(/^ {2}"(\w+)":/gm)].map((m) => m[1]),
        Object.keys(report),
      );
      for (const key of ["version", "file", "lang", "asOf", "asOfSource"] as const)
        assert.ok(example.includes(`"${key}": ${JSON.stringify(report[key])}`), key);
      const over = report.findings.find((f) => f.code === "COFUND_STATE_OVER_RATE");
      assert.ok(over?.expected && over.actual && over.fix);
      for (const text of [over.message, over.messages.fi, over.messages.sv, over.messages.en])
        assert.ok(example.includes(JSON.stringify(text)), text);
      // As the page writes an object on one line: { "cents": 34966500, "text": "€349,665.00" }
      const oneLine = (value: object) =>
        `{ ${Object.entries(value)
          .map(([key, v]) => `"${key}": ${JSON.stringify(v)}`)
          .join(", ")} }`;
      for (const value of [over.expected, over.actual, over.fix]) assert.ok(example.includes(oneLine(value)), oneLine(value));
      const first = report.verdict.blockers[0];
      assert.ok(example.includes(`"code": "${first.code}", "count": ${first.count}, "title": ${JSON.stringify(first.title)}`));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
