#!/usr/bin/env node
// `npm start`: run the add-in for development.
//
// Windows and Mac: office-addin-dev-certs makes sure a trusted localhost certificate exists
// (~/.office-addin-dev-certs, used by webpack.config.js), then office-addin-debugging starts the
// dev server (https://localhost:3000/) and sideloads manifest.xml into desktop Excel.
// Linux: desktop Excel does not exist and office-addin-debugging cannot sideload, so this
// builds and serves the add-in on https://localhost:3000/ (webpack-dev-server) and prints the
// steps to upload manifest.xml into Excel on the web by hand.
import { spawn } from "node:child_process";
import { get } from "node:https";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const PORT = 3000;
const BASE = `https://localhost:${PORT}/`;

/** Starts a node_modules/.bin command in the project root, passing the terminal and Ctrl+C through. */
function start(command, args) {
  const bin = join(root, "node_modules", ".bin", process.platform === "win32" ? `${command}.cmd` : command);
  const child = spawn(bin, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  const forward = (signal) => child.kill(signal);
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, forward);
  child.on("exit", () => {
    for (const signal of ["SIGINT", "SIGTERM"]) process.off(signal, forward);
  });
  return child;
}

/** Runs a command and exits with its code when it ends (the last step). */
function run(command, args) {
  start(command, args).on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/** Runs a command to its end; exits with its code if it fails. */
function step(command, args) {
  return new Promise((resolve) => {
    start(command, args).on("exit", (code, signal) => (code === 0 ? resolve() : process.exit(code ?? (signal ? 1 : 0))));
  });
}

/** Resolves once the dev server answers (its certificate is self-signed, so it is not checked here). */
function waitForServer(url, timeoutMs = 120_000) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const request = get(url, { rejectUnauthorized: false }, (response) => {
        response.resume();
        if (response.statusCode === 200) resolve();
        else retry();
      });
      request.on("error", retry);
      request.setTimeout(2_000, () => request.destroy());
    };
    const retry = () =>
      Date.now() - started > timeoutMs ? reject(new Error(`${url} did not answer in ${timeoutMs / 1000} s`)) : setTimeout(attempt, 500);
    attempt();
  });
}

export function linuxSteps(manifestPath) {
  return [
    "",
    "KASTE Ledger is served on " + BASE + " (Ctrl+C stops it).",
    "Excel on Linux is Excel on the web; sideload the add-in by hand:",
    "",
    `  1. Open ${BASE}taskpane.html in the browser you use for Excel. If it warns about the`,
    "     certificate, accept it (the dev server's certificate is self-signed), or trust the",
    "     Office dev CA once: npx office-addin-dev-certs install (uses sudo), then restart npm start.",
    "  2. Open Excel on the web (https://www.office.com > Excel) and open or create a workbook.",
    "  3. Home > Add-ins > More Add-ins (older menus: Insert > Add-ins > Office Add-ins),",
    "     then Upload My Add-in (on the My Add-ins tab) > Browse…, choose",
    `       ${manifestPath}`,
    "     and Upload. The KASTE Ledger button appears on the Home tab.",
    "  4. Type =KASTE.SHARE(1828204) in a cell: it gives 1371153.",
    "",
    "Edits rebuild automatically; reload the task pane (or the workbook) to pick them up.",
    "",
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.platform === "linux") {
    run("webpack", ["serve", "--mode", "development"]);
    waitForServer(`${BASE}manifest.xml`).then(
      () => console.log(linuxSteps(join(root, "manifest.xml"))),
      (error) => console.error(String(error)),
    );
  } else {
    await step("office-addin-dev-certs", ["install"]);
    run("office-addin-debugging", [
      "start",
      "manifest.xml",
      "desktop",
      "--app",
      "excel",
      "--dev-server",
      "npm run dev-server",
      "--dev-server-port",
      String(PORT),
    ]);
  }
}
