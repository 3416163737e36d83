/**
 * One production build of the Excel add-in per test process, shared by the add-in and
 * browser tests. It runs the real `npm run build -- --env url=…` (the command the README
 * gives), into a temporary folder so parallel test runs and a running dev server never see
 * each other's dist/. The folder is removed when the process exits.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

/** The base URL the shared build is given; its dist/manifest.xml must point there. */
export const BUILD_URL = "https://example.org/kaste/";

/** The project root (where package.json and webpack.config.js are). */
export const ROOT = resolve(__dirname, "..", "..");

/** Enough for a cold webpack build on a slow CI machine. */
export const BUILD_TIMEOUT_MS = 180_000;

let build: Promise<string> | undefined;

/** The folder of the production build, building it on the first call. */
export function builtAddin(): Promise<string> {
  build ??= runBuild();
  return build;
}

async function runBuild(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "kaste-addin-"));
  process.once("exit", () => rmSync(outDir, { recursive: true, force: true }));
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  try {
    await promisify(execFile)(npm, ["run", "build", "--", "--env", `url=${BUILD_URL}`, "--env", `outDir=${outDir}`], {
      cwd: ROOT,
      timeout: BUILD_TIMEOUT_MS,
      maxBuffer: 16 * 1024 * 1024,
      shell: process.platform === "win32",
    });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm run build failed:\n${stdout}\n${stderr}`, { cause: error });
  }
  return outDir;
}
