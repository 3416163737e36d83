/**
 * dist/demo.html in headless Chromium at a task pane's 350 × 800: the real pane over the fake
 * host and a bundled example, without office.js and without any request outside 127.0.0.1.
 * Each state leaves a screenshot under tests/output/; with KASTE_UPDATE_IMAGES=1 the verdicts of
 * the clean and the broken example are copied to docs/img/ for the README (a plain run never
 * changes the repository).
 */
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { brokenSheets } from "../../examples/broken";
import { lasseSheets } from "../../examples/lasse";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { paneVerdict } from "../../taskpane/ui/verdictView";
import { servedAddinSuite } from "../support/browser";
import { ROOT } from "../support/build";
import { workbookFromWritableSheets } from "../support/fakeOffice/fromWritable";

const VIEWPORT = { width: 350, height: 800 };
const OUTPUT = join(ROOT, "tests", "output");
const IMAGES = join(ROOT, "docs", "img");

function updateReadmeImage(screenshot: string, image: string): void {
  if (process.env.KASTE_UPDATE_IMAGES === "1") copyFileSync(join(OUTPUT, screenshot), join(IMAGES, image));
}

describe("the demo page (dist/demo.html)", function () {
  const suite = servedAddinSuite();

  before(() => {
    mkdirSync(OUTPUT, { recursive: true });
    mkdirSync(IMAGES, { recursive: true });
  });

  async function openDemo(query: string): Promise<{ page: Page; errors: string[] }> {
    // office.js is never asked for: the demo page does not load it
    const context = await suite.newContext(() => "throw new Error('office.js loaded by the demo')", { viewport: VIEWPORT });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    await page.goto(`${suite.base}demo.html?${query}`, { waitUntil: "load" });
    await page.waitForSelector('fluent-button[data-action="check"]');
    return { page, errors };
  }

  async function check(page: Page): Promise<void> {
    await page.click('fluent-button[data-action="check"]');
    await page.waitForSelector("[data-verdict]");
    await page.waitForFunction(() => document.querySelector("#pane")?.getAttribute("aria-busy") === "false");
  }

  /** Whether the element lies wholly inside the first screen, without scrolling. */
  const onFirstScreen = (page: Page, selector: string) =>
    page.$eval(selector, (element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
    });

  /** The text a person sees on the first screen: of visible elements inside the viewport. */
  const firstScreenText = (page: Page) =>
    page.evaluate(() => {
      const parts: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !node.textContent?.trim() || !parent.checkVisibility()) continue;
        const box = parent.getBoundingClientRect();
        if (box.bottom > 0 && box.top < window.innerHeight && box.width > 1 && box.height > 1) parts.push(node.textContent);
      }
      return parts.join(" ");
    });

  it("shows the broken example as not ready, with the errors counted and the key figures, on the first screen", async function () {
    this.timeout(60_000);
    const { page, errors } = await openDemo("book=broken");
    assert.match((await page.textContent(".demo-banner")) ?? "", /Esittely/);
    await check(page);
    const verdict = paneVerdict(checkWorkbook(workbookFromWritableSheets(brokenSheets())));
    assert.equal(await page.getAttribute("[data-verdict]", "data-verdict"), "blocked");
    assert.equal(await page.textContent("[data-verdict] h2"), `Ei valmis: ${verdict.errors} virhettä estää maksatushakemuksen`);
    assert.ok(await onFirstScreen(page, "[data-verdict]"), "the verdict without scrolling");
    assert.ok(await onFirstScreen(page, "[data-figures]"), "the key figures without scrolling");
    assert.ok(await page.$('[data-figure="state"].off'), "the state grant over its 75 % ceiling is marked");
    assert.ok(await page.$('[data-figure="municipal"].off'), "the municipal share under its 25 % floor is marked");
    // no-break spaces as plain ones: the amounts' own spacing is formatMoney's (tested there)
    const state = ((await page.textContent('[data-figure="state"] dd')) ?? "").replace(/[\u00a0\u202f]/g, " ");
    assert.equal(state, "349 667,00 € ⚠ yli rajanenintään 75 %: 349 665,00 €", "Finnish numbers");
    assert.equal((await page.$$("svg.budget-chart rect.chart-bar")).length, 3, "a bar per partner");
    assert.ok(await page.$("svg.budget-chart line.chart-elapsed"), "the elapsed-time marker");
    const seen = await firstScreenText(page);
    assert.match(seen, /Rahoitusosuudet/, "the findings start on the first screen, under their topic");
    assert.doesNotMatch(seen, /\b[A-Z]{2,}(?:_[A-Z0-9]+)+\b/, "no internal code on the first screen");
    await page.screenshot({ path: join(OUTPUT, "demo-broken.png") });
    updateReadmeImage("demo-broken.png", "pane-broken.png");
    assert.deepEqual(errors, []);
  });

  it("says the clean example is ready to send", async function () {
    this.timeout(60_000);
    const { page, errors } = await openDemo("book=lasse");
    await check(page);
    assert.equal(paneVerdict(checkWorkbook(workbookFromWritableSheets(lasseSheets()))).state, "ready");
    assert.equal(await page.textContent("[data-verdict] h2"), "Valmis lähetettäväksi ✓");
    assert.equal(await page.$(".figure.off"), null, "nothing off");
    assert.ok(await onFirstScreen(page, "[data-figures]"));
    await page.screenshot({ path: join(OUTPUT, "demo-ready.png") });
    updateReadmeImage("demo-ready.png", "pane-ready.png");
    assert.deepEqual(errors, []);
  });

  it("speaks Swedish and English with lang=, the tabs on one row", async function () {
    this.timeout(60_000);
    for (const [lang, ready] of [
      ["sv", "Klar att skicka ✓"],
      ["en", "Ready to send ✓"],
    ]) {
      const { page } = await openDemo(`book=lasse&lang=${lang}`);
      await check(page);
      assert.equal(await page.textContent("[data-verdict] h2"), ready);
      const tops = await page.$$eval("fluent-tab", (tabs) => tabs.map((tab) => Math.round(tab.getBoundingClientRect().top)));
      assert.equal(new Set(tops).size, 1, `one row of tabs in ${lang}: ${tops.join(", ")}`);
      const right = await page.$$eval("fluent-tab", (tabs) => Math.max(...tabs.map((tab) => tab.getBoundingClientRect().right)));
      assert.ok(right <= 350, `the tabs fit 350 px in ${lang}: ${right}`);
      await page.screenshot({ path: join(OUTPUT, `demo-ready-${lang}.png`) });
      await page.context().close();
    }
  });

  it("checks again as she types (not after its own writes), and walks the findings with 3 / 45", async function () {
    this.timeout(60_000);
    const { page, errors } = await openDemo("book=broken");
    await check(page);
    const total = await page.$$eval("li.finding", (items) => items.length);
    assert.equal(await page.textContent("[data-position]"), `0 / ${total}`);
    // Next walks to the first line: it is marked and its cell selected in Excel; the keyboard stays on Next
    await page.click('fluent-button[data-walk="next"]');
    await page.click('fluent-button[data-walk="next"]');
    await page.waitForFunction(() => document.querySelector("[data-position]")?.textContent?.startsWith("2 /"));
    const current = await page.$eval("li.finding.current button.finding-go", (b) => [
      b.getAttribute("data-sheet"),
      b.getAttribute("data-cell"),
    ]);
    await page.waitForFunction((want) => {
      const selected = (window as unknown as { __KASTE_FAKE__: { selected: { sheet: string; cell: string } | null } }).__KASTE_FAKE__
        .selected;
      return selected?.sheet === want[0] && selected?.cell === want[1];
    }, current);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("data-walk")), "next", "focus stays on Next");
    assert.equal(await page.$$eval('li.finding[aria-current="true"]', (items) => items.length), 1);
    await page.screenshot({ path: join(OUTPUT, "demo-walk.png") });

    // Her change in Excel: the state grant typed down to its ceiling; the pane checks again by itself
    await page.evaluate(() =>
      (window as unknown as { __KASTE_FAKE__: { userEdit(s: string, c: string, v: number): void } }).__KASTE_FAKE__.userEdit(
        "Hanke",
        "B7",
        349665,
      ),
    );
    await page.waitForFunction(
      () => !document.querySelector('li.finding[data-code="COFUND_STATE_OVER_RATE"][data-where="Hanke!B7"]'),
      undefined,
      {
        timeout: 10_000,
      },
    );
    assert.equal(await page.$('[data-figure="state"].off'), null, "the key figure follows");

    // The pane's own write (Korjaa) checks once, and its onChanged events start no second check
    const runs = () => page.evaluate(() => (window as unknown as { __KASTE_FAKE__: { runCount: number } }).__KASTE_FAKE__.runCount);
    await page.click('li.finding fluent-button[data-action="apply"]');
    await page.click('dialog.confirm fluent-button[data-confirm="ok"]');
    await page.waitForFunction(() => /korjattu/.test(document.querySelector("#status")?.textContent ?? ""));
    const after = await runs();
    await page.waitForTimeout(1_500);
    assert.equal(await runs(), after, "no re-check for the pane's own write");
    assert.deepEqual(errors, []);
  });
});
