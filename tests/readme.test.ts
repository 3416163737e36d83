import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { CODES } from "../src/findings/codes";
import { buildExamples } from "../examples/build";
import { CODES_DOC, END, START, codesTable } from "../scripts/codes-table";

const ROOT = resolve(__dirname, "..");
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const readme = read("README.md");

/** README, CONTRIBUTING and every page under docs/, as paths relative to the root. */
function pages(): string[] {
  const under = (folder: string): string[] =>
    readdirSync(join(ROOT, folder)).flatMap((name) => {
      const path = join(folder, name);
      if (statSync(join(ROOT, path)).isDirectory()) return under(path);
      return name.endsWith(".md") ? [path] : [];
    });
  return ["README.md", "CONTRIBUTING.md", ...under("docs")];
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, each space a hyphen. */
function slugOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[`*]/g, "")
    .replace(/[^\p{L}\p{N} _-]/gu, "")
    .replace(/ /g, "-");
}

function anchorsOf(markdown: string): Set<string> {
  const withoutCode = markdown.replace(/^```[\s\S]*?^```/gm, "");
  return new Set([...withoutCode.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slugOf(m[1])));
}

/** The relative links and image sources of a page (code blocks and inline code left out). */
function linksOf(markdown: string): string[] {
  const text = markdown.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");
  const links = [...text.matchAll(/\]\(([^)\s]+)\)/g), ...text.matchAll(/<img [^>]*src="([^"]+)"/g)].map((m) => m[1]);
  return links.filter((link) => !/^[a-z][a-z0-9+.-]*:/i.test(link));
}

/** The commands of a page's `sh` blocks, one per line (`a && b` is two), with the exit code a trailing `# exit N` expects. */
function commandsOf(markdown: string): { command: string; exit: number }[] {
  const blocks = [...markdown.matchAll(/^ *```(?:sh|bash|shell)\n([\s\S]*?)^ *```/gm)].map((m) => m[1]);
  return blocks.flatMap((block) =>
    block
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "" && !line.startsWith("#"))
      .flatMap((line) => {
        const exit = /#\s*exit (\d)\b/.exec(line);
        const command = line.replace(/\s+#.*$/, "");
        return command.split(/\s*&&\s*/).map((part) => ({ command: part, exit: exit ? Number(exit[1]) : 0 }));
      }),
  );
}

describe("the README and the docs", () => {
  it("the README is at most 8 KB", () => {
    assert.ok(Buffer.byteLength(readme) <= 8192, `README.md is ${Buffer.byteLength(readme)} bytes`);
  });

  it("gives the set-up command that builds and runs the example, and the test command that CI runs", () => {
    const ci = read(".ci/run");
    assert.match(readme, /^npm ci && npm run example$/m);
    assert.match(readme, /^npm test$/m);
    assert.match(ci, /^npm test$/m);
    const scripts = (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts;
    assert.match(scripts.example, /examples\/build\.ts/);
  });

  it(`${CODES_DOC} documents every finding code`, () => {
    const doc = read(CODES_DOC);
    const undocumented = Object.keys(CODES).filter((code) => !doc.includes(`\`${code}\``));
    assert.deepEqual(undocumented, [], "run: npx tsx scripts/codes-table.ts --write");
    assert.match(readme, /\]\(docs\/codes\.md\)/, "the README links the codes");
  });

  it(`${CODES_DOC} has the codes table as the registry gives it`, () => {
    const doc = read(CODES_DOC);
    assert.ok(doc.includes(START) && doc.includes(END));
    const table = doc.slice(doc.indexOf(START) + START.length, doc.indexOf(END)).trim();
    assert.equal(table, codesTable(), "run: npx tsx scripts/codes-table.ts --write");
  });

  it("every relative link and image resolves, anchors included", () => {
    const broken: string[] = [];
    // docs/rules/CODE.md, one page per finding code, is being written: until the folder exists, links into it wait
    const pending = (page: string, link: string) =>
      !existsSync(join(ROOT, "docs", "rules")) && resolve(ROOT, dirname(page), link).startsWith(join(ROOT, "docs", "rules"));
    for (const page of pages()) {
      for (const link of linksOf(read(page)).filter((link) => !pending(page, link))) {
        const [path, anchor] = link.split("#");
        const target = path === "" ? join(ROOT, page) : resolve(ROOT, dirname(page), decodeURI(path));
        if (!existsSync(target)) broken.push(`${page}: ${link}`);
        else if (anchor !== undefined && target.endsWith(".md") && !anchorsOf(readFileSync(target, "utf8")).has(anchor))
          broken.push(`${page}: ${link} (no such heading)`);
      }
    }
    assert.deepEqual(broken, []);
  });

  it("cites no DOMAIN.md outside the repository", () => {
    for (const page of pages()) assert.doesNotMatch(read(page), /DOMAIN\.md/, page);
  });

  describe("every command shown in a sh block works", function () {
    this.timeout(240_000);
    const scripts = (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts;
    for (const page of pages()) {
      const commands = commandsOf(read(page));
      if (commands.length === 0) continue;
      it(`${page}: ${commands.length} commands, in order, on fresh examples`, async () => {
        const folder = mkdtempSync(join(tmpdir(), "kaste-docs-"));
        try {
          await buildExamples(join(folder, "examples"));
          for (const { command, exit } of commands) {
            const words = command.split(/\s+/);
            if (words[0] === "kaste" || (words[0] === "npx" && words[1] === "kaste")) {
              assert.ok(!/["'|<>$;*]/.test(command), `${page}: keep kaste commands free of shell syntax: ${command}`);
              const args = words.slice(words[0] === "kaste" ? 1 : 2);
              const run = spawnSync(process.execPath, [join(ROOT, "bin", "kaste.js"), ...args], {
                cwd: folder,
                encoding: "utf8",
                env: { ...process.env, LANG: "C.UTF-8", NO_COLOR: "1" },
              });
              assert.equal(
                run.status,
                exit,
                `${page}: \`${command}\` exited ${String(run.status)}, expected ${exit}\n${run.stderr}${run.stdout.slice(0, 2000)}`,
              );
            } else if (words[0] === "npm" && words[1] === "run") {
              assert.ok(scripts[words[2]] !== undefined, `${page}: no npm script ${words[2]}`);
            } else if (words[0] === "npm") {
              assert.ok(["ci", "test", "link"].includes(words[1]), `${page}: unexpected npm command ${command}`);
            } else if (words[0] === "npx" && ["mocha", "tsx"].includes(words[1])) {
              // A test or script to run: its file (or a glob's folder) exists
              const path = words[2].replace(/['"]/g, "").replace(/\/\*\*.*$/, "");
              assert.ok(existsSync(join(ROOT, path)), `${page}: ${path} does not exist`);
            } else {
              assert.fail(`${page}: a sh block shows a command the docs test does not know: ${command}`);
            }
          }
        } finally {
          rmSync(folder, { recursive: true, force: true });
        }
      });
    }
  });

  it("the docs test itself: finds the commands of a page and their expected exit codes", () => {
    const page = "```sh\nnpm ci && npm run example\nnpx kaste check a.xlsx   # exit 1: errors\n```\n```text\nkaste check FILE\n```\n";
    assert.deepEqual(commandsOf(page), [
      { command: "npm ci", exit: 0 },
      { command: "npm run example", exit: 0 },
      { command: "npx kaste check a.xlsx", exit: 1 },
    ]);
    assert.equal(slugOf("13. The 100 € rule"), "13-the-100--rule");
    assert.equal(slugOf("Node.js version"), "nodejs-version");
  });
});
