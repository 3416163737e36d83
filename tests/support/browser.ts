/**
 * What the browser tests share: Debian's Chromium launched headless (no browser download), the
 * add-in's build served from 127.0.0.1, and a context's requests routed so that office.js from
 * Microsoft's CDN is a script the test gives and every other request outside 127.0.0.1 is
 * refused and recorded; and a suite's hooks doing all of that (servedAddinSuite).
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { chromium } from "playwright-core";
import type { Browser, BrowserContext, BrowserContextOptions } from "playwright-core";
import { BUILD_TIMEOUT_MS, builtAddin } from "./build";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** The office.js the add-in's pages load (taskpane.html, functions.html). */
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const LAUNCH_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Chromium at CHROMIUM_PATH or /usr/bin/chromium, headless; fails the test saying how to get it when it is not there. */
export async function launchChromium(): Promise<Browser> {
  assert.ok(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  return chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
};

export interface Served {
  /** `http://127.0.0.1:<port>/` */
  readonly base: string;
  close(): Promise<void>;
}

/** Serves a folder on 127.0.0.1 on a free port. */
export async function serve(folder: string): Promise<Served> {
  const server = createServer((request, response) => {
    const path = normalize(join(folder, decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)));
    if (!path.startsWith(folder + sep) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" }).end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * Routes every request of `context`: OFFICE_JS is answered with `officeScript()` (asked at the
 * time of the request), 127.0.0.1 goes through, anything else is aborted. Returns the list the
 * aborted URLs are added to, for the test to assert empty.
 */
export async function routeRequests(context: BrowserContext, officeScript: () => string): Promise<string[]> {
  const refused: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ contentType: "text/javascript", body: officeScript() });
    if (new URL(url).hostname === "127.0.0.1") return route.continue();
    refused.push(url);
    return route.abort();
  });
  return refused;
}

export interface ServedAddinSuite {
  /** The build's folder (after the suite's `before`). */
  readonly outDir: string;
  /** `http://127.0.0.1:<port>/`, serving the build. */
  readonly base: string;
  /** A new browser context whose requests are routed (routeRequests); closed, and checked to have asked for nothing else, after the test. */
  newContext(officeScript: () => string, options?: BrowserContextOptions): Promise<BrowserContext>;
}

/**
 * Registers a browser suite's hooks: the shared build served and Chromium launched before its
 * tests and closed after them; after each test its last context is closed and must have asked
 * for nothing but office.js outside 127.0.0.1. Call it inside `describe`.
 */
export function servedAddinSuite(): ServedAddinSuite {
  let outDir = "";
  let server: Served | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let refused: string[] = [];

  before(async function () {
    this.timeout(BUILD_TIMEOUT_MS);
    outDir = await builtAddin();
    server = await serve(outDir);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
    assert.deepEqual(refused, [], "the pages ask for nothing but office.js outside 127.0.0.1");
  });

  return {
    get outDir() {
      return outDir;
    },
    get base() {
      assert.ok(server, "the build is served in the suite's before hook");
      return server.base;
    },
    async newContext(officeScript, options = {}) {
      assert.ok(browser, "Chromium is launched in the suite's before hook");
      context = await browser.newContext(options);
      refused = await routeRequests(context, officeScript);
      return context;
    },
  };
}
