/**
 * Writes docs/rules/ (one page per finding code and the index) with `--write`; without it, says
 * which pages are stale, missing or left over and exits 1. tests/docs/rulePages.test.ts checks the same.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { CODES } from "../../src/findings/codes";
import type { Code } from "../../src/findings/codes";
import { NOTES } from "./notes";
import { rulePage, rulesIndex } from "./page";
import type { PageContext } from "./page";
import { headingsOf } from "./markdown";

const ROOT = resolve(__dirname, "..", "..");
export const RULES_DIR = join(ROOT, "docs", "rules");

export function pageContext(): PageContext {
  const domainHeadings = headingsOf(readFileSync(join(ROOT, "docs", "domain.md"), "utf8"));
  return existsSync(join(ROOT, "docs", "codes.md")) ? { domainHeadings, codesPage: "../codes.md" } : { domainHeadings };
}

/** Every file docs/rules/ should hold, by name, with its text. */
export function expectedPages(context: PageContext = pageContext()): Map<string, string> {
  const pages = new Map<string, string>([["README.md", rulesIndex(context)]]);
  for (const code of Object.keys(CODES) as Code[]) pages.set(`${code}.md`, pageOf(code, context));
  return pages;
}

function pageOf<C extends Code>(code: C, context: PageContext): string {
  return rulePage(code, NOTES[code], context);
}

/** Files that differ from what they should be, are missing, or should not be there. */
export function stalePages(expected: ReadonlyMap<string, string>): string[] {
  const present = existsSync(RULES_DIR) ? readdirSync(RULES_DIR) : [];
  const stale = [...expected].filter(([name, text]) => !present.includes(name) || readFileSync(join(RULES_DIR, name), "utf8") !== text);
  const extra = present.filter((name) => !expected.has(name));
  return [...stale.map(([name]) => name), ...extra].sort();
}

if (process.argv[1] && /rule-pages[\\/]run\.ts$/.test(process.argv[1])) {
  const expected = expectedPages();
  if (process.argv.includes("--write")) {
    mkdirSync(RULES_DIR, { recursive: true });
    for (const name of readdirSync(RULES_DIR)) if (!expected.has(name)) rmSync(join(RULES_DIR, name));
    for (const [name, text] of expected) writeFileSync(join(RULES_DIR, name), text);
    process.stdout.write(`wrote ${expected.size} files to docs/rules/\n`);
  } else {
    const stale = stalePages(expected);
    process.stdout.write(
      stale.length > 0 ? `stale: ${stale.join(", ")}\nrun: npx tsx scripts/rule-pages/run.ts --write\n` : "docs/rules/ is up to date\n",
    );
    process.exitCode = stale.length > 0 ? 1 : 0;
  }
}
