/**
 * The fake Office host as one browser script (an IIFE string), to serve in place of
 * `https://appsforoffice.microsoft.com/lib/1/hosted/office.js`:
 *
 *   await context.addInitScript({ content: fakeOfficeInitScript(book, { displayLanguage: "sv-FI" }) });
 *   const office = await fakeOfficeScript();
 *   await context.route(OFFICE_JS, (route) => route.fulfill({ contentType: "text/javascript", body: office }));
 *
 * Node-only (esbuild); the fake it bundles has no Node APIs.
 */
import { join } from "node:path";
import { build } from "esbuild";
import type { FakeOptions } from "./fakeOffice";
import type { FakeBookInit } from "./model";

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

/**
 * The script that hands the fake its starting workbook and options in the page, to run before
 * office.js (playwright's addInitScript). Options must be JSON: `calculate` cannot cross.
 */
export function fakeOfficeInitScript(book: FakeBookInit, options: Omit<FakeOptions, "calculate"> = {}): string {
  return `window.__KASTE_FAKE_WORKBOOK__ = ${JSON.stringify(book)};\nwindow.__KASTE_FAKE_OPTIONS__ = ${JSON.stringify(options)};\n`;
}
