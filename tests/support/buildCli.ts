import { execFileSync } from "node:child_process";

/**
 * Mocha's global setup: the tests that run bin/kaste.js run the bundle of the code under test, not a stale one;
 * and the CLI speaks Finnish, its default, as the tests expect: C.UTF-8 names no language, whatever LANG the machine has.
 */
export function mochaGlobalSetup(): void {
  process.env.LANG = "C.UTF-8";
  execFileSync(process.execPath, ["scripts/build-cli.mjs"], { stdio: "inherit" });
}
