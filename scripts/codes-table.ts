/**
 * Prints the table of finding codes from the registry, or with `--write` puts it between the codes
 * markers of docs/codes.md. A test (tests/readme.test.ts) fails when the table there is out of date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { CODE_DOCS } from "../src/findings/codeDocs";
import { CODES } from "../src/findings/codes";
import type { Code } from "../src/findings/codes";

/** Where the table lives, relative to the project root. */
export const CODES_DOC = "docs/codes.md";

export function codesTable(): string {
  // each code links its page in docs/rules/ (scripts/rule-pages/run.ts writes them), relative to docs/codes.md
  const rows = Object.entries(CODES).map(
    ([code, { severity }]) => `| [\`${code}\`](rules/${code}.md) | ${severity} | ${CODE_DOCS[code as Code]} |`,
  );
  return ["| code | severity | what it means |", "|---|---|---|", ...rows].join("\n");
}

export const START = "<!-- codes:start -->";
export const END = "<!-- codes:end -->";

if (process.argv[1] && /codes-table\.ts$/.test(process.argv[1])) {
  if (process.argv.includes("--write")) {
    const doc = readFileSync(CODES_DOC, "utf8");
    const before = doc.slice(0, doc.indexOf(START) + START.length);
    const after = doc.slice(doc.indexOf(END));
    writeFileSync(CODES_DOC, `${before}\n${codesTable()}\n${after}`);
  } else {
    process.stdout.write(`${codesTable()}\n`);
  }
}
