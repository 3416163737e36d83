import { execFileSync } from "node:child_process";

/** Mocha's global setup: the tests that run bin/kaste.js run the bundle of the code under test, not a stale one. */
export function mochaGlobalSetup(): void {
  execFileSync(process.execPath, ["scripts/build-cli.mjs"], { stdio: "inherit" });
}
