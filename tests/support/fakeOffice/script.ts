/**
 * The fake Office host as one browser script (an IIFE string), to serve in place of
 * `https://appsforoffice.microsoft.com/lib/1/hosted/office.js`:
 *
 *   await context.addInitScript((book) => { window.__KASTE_FAKE_WORKBOOK__ = book; }, book);
 *   const office = await fakeOfficeScript();
 *   await context.route(OFFICE_JS, (route) => route.fulfill({ contentType: "text/javascript", body: office }));
 *
 * Node-only (esbuild); the fake it bundles has no Node APIs.
 */
import { join } from "node:path";
import { build } from "esbuild";

let script: Promise<string> | undefined;

export function fakeOfficeScript(): Promise<string> {
  script ??= build({
    entryPoints: [join(__dirname, "browser.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    logLevel: "silent",
  }).then((result) => result.outputFiles[0].text);
  return script;
}
