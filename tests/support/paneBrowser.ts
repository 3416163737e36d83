/**
 * What the pane's browser tests of states share: the pane opened at a task pane's 350 × 800
 * over the fake Office host, waiting for it to be idle, the fake's workbook, and axe's
 * violations of every impact. Call `paneSuite()` inside `describe`.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { servedAddinSuite } from "./browser";
import { ROOT } from "./build";
import type { FakeOptions } from "./fakeOffice";
import type { FakeBookInit, SheetSnapshot } from "./fakeOffice/model";
import { fakeOfficeInitScript, fakeOfficeScript } from "./fakeOffice/script";

export const PANE_VIEWPORT = { width: 350, height: 800 };
export const OUTPUT = join(ROOT, "tests", "output");
export const DISPLAY = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" } as const;
export type PaneLang = keyof typeof DISPLAY;

export interface PaneSuite {
  /** dist/demo.html?`query` (no Office at all), in a context with `options`. */
  openDemo(query: string, options?: BrowserContextOptions): Promise<{ page: Page; errors: string[] }>;
  /** The pane over `book` in Office's `lang`; page errors are collected in `errors`. */
  open(
    book: FakeBookInit,
    options?: { lang?: PaneLang; fake?: Omit<FakeOptions, "calculate" | "displayLanguage">; context?: BrowserContextOptions },
  ): Promise<{ page: Page; errors: string[] }>;
}

export function paneSuite(): PaneSuite {
  const suite = servedAddinSuite();
  let officeScript = "";
  let context: BrowserContext;
  before(async function () {
    this.timeout(60_000);
    officeScript = await fakeOfficeScript();
    mkdirSync(OUTPUT, { recursive: true });
  });
  return {
    async openDemo(query, options = {}) {
      context = await suite.newContext(() => "throw new Error('office.js loaded by the demo')", { viewport: PANE_VIEWPORT, ...options });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(String(error)));
      await page.goto(`${suite.base}demo.html?${query}`, { waitUntil: "load" });
      await page.waitForSelector('fluent-button[data-action="check"]');
      return { page, errors };
    },
    async open(book, options = {}) {
      context = await suite.newContext(() => officeScript, { viewport: PANE_VIEWPORT, ...options.context });
      const init = fakeOfficeInitScript(book, { displayLanguage: DISPLAY[options.lang ?? "fi"], ...options.fake });
      await context.addInitScript({ content: init });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(String(error)));
      await page.goto(suite.base + "taskpane.html", { waitUntil: "load" });
      await page.waitForSelector('fluent-button[data-action="check"]');
      return { page, errors };
    },
  };
}

/** Waits until no action of the pane runs, and its buttons have been painted enabled again. */
export async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector("#pane")?.getAttribute("aria-busy") === "false");
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** The fake's workbook as it is now. */
export const sheetsOf = (page: Page): Promise<SheetSnapshot[]> =>
  page.evaluate(
    () => (window as unknown as { __KASTE_FAKE__: { snapshot(): { sheets: SheetSnapshot[] } } }).__KASTE_FAKE__.snapshot().sheets,
  );

/** The cell Excel has selected, as the fake recorded it. */
export const selectedOf = (page: Page): Promise<{ sheet: string; cell: string } | null> =>
  page.evaluate(
    () => (window as unknown as { __KASTE_FAKE__: { selected: { sheet: string; cell: string } | null } }).__KASTE_FAKE__.selected,
  );

/** The message bar's text (without its buttons) and tone. */
export async function messageOf(page: Page): Promise<{ text: string; tone: string | null }> {
  return page.$eval("#status", (bar) => ({
    text: (bar.querySelector(".message-text")?.textContent ?? "").trim(),
    tone: bar.hasAttribute("data-has-message") ? bar.getAttribute("data-tone") : null,
  }));
}

/** Waits for a message of this tone in the message bar. */
export const messageShown = (page: Page, tone: string) =>
  page.waitForFunction((want) => {
    const bar = document.querySelector("#status");
    return bar?.hasAttribute("data-has-message") && bar.getAttribute("data-tone") === want;
  }, tone);

/** axe's violations of every impact, as lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: join(ROOT, "node_modules", "axe-core", "axe.min.js") });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: () => Promise<{ violations: { id: string; impact: string; nodes: { target: unknown; failureSummary?: string }[] }[] }>;
        };
      }
    ).axe;
    return (await axe.run()).violations.map(
      (v) => `${v.impact} ${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => [n.target, n.failureSummary]))}`,
    );
  });
}
