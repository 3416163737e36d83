/**
 * Prints the README's table of finding codes from the registry, or with `--write` puts it
 * between the README's codes markers. A test fails when the README's table is out of date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { CODES } from "../src/findings/codes";

export function codesTable(): string {
  const rows = Object.entries(CODES).map(([code, { severity, doc }]) => `| \`${code}\` | ${severity} | ${doc} |`);
  return ["| code | severity | what it means |", "|---|---|---|", ...rows].join("\n");
}

export const START = "<!-- codes:start -->";
export const END = "<!-- codes:end -->";

if (process.argv[1] && /codes-table\.ts$/.test(process.argv[1])) {
  if (process.argv.includes("--write")) {
    const readme = readFileSync("README.md", "utf8");
    const before = readme.slice(0, readme.indexOf(START) + START.length);
    const after = readme.slice(readme.indexOf(END));
    writeFileSync("README.md", `${before}\n${codesTable()}\n${after}`);
  } else {
    process.stdout.write(`${codesTable()}\n`);
  }
}
