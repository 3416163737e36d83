/**
 * dist/demo.html in headless Chromium at a task pane's 350 × 800: the real pane over the fake
 * host and a bundled example, without office.js and without any request outside 127.0.0.1.
 * Each state leaves a screenshot under tests/output/; with KASTE_UPDATE_IMAGES=1 the verdicts of
 * the clean and the broken example are copied to docs/img/ for the README (a plain run never
 * changes the repository).
 */
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { brokenSheets } from "../../examples/broken";
import { lasseSheets } from "../../examples/lasse";
import { writeXlsx } from "../../cli/writeXlsx";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { paneVerdict } from "../../taskpane/ui/verdictView";
import { servedAddinSuite } from "../support/browser";
import { runCli } from "../support/cli";
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

  it("shows a workbook of her own making (?book=foreign) as not a KASTE workbook, with its nearest table", async function () {
    this.timeout(60_000);
    const { page, errors } = await openDemo("book=foreign&lang=en");
    await check(page);
    assert.equal(await page.getAttribute("[data-verdict]", "data-verdict"), "foreign");
    assert.equal(await page.textContent("[data-verdict] h2"), "This does not look like a KASTE workbook");
    assert.equal(await page.getAttribute("[data-nearest]", "data-nearest"), "Kirjanpito!3");
    assert.doesNotMatch(await firstScreenText(page), /\b[A-Z]{2,}(?:_[A-Z0-9]+)+\b/, "no internal code");
    await page.screenshot({ path: join(OUTPUT, "demo-foreign.png") });
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

  it("has no accessibility violations axe-core finds, of any impact, with the findings listed and a group and a fold open", async function () {
    this.timeout(60_000);
    for (const lang of ["fi", "en"]) {
      const { page } = await openDemo(`book=broken&lang=${lang}`);
      await check(page);
      const closed = await page.$("details.finding-group:not([open]) > summary");
      if (closed) await closed.click();
      await page.$eval("details.repeats", (d) => ((d as HTMLDetailsElement).open = true)).catch(() => undefined);
      await page.addScriptTag({ path: join(ROOT, "node_modules", "axe-core", "axe.min.js") });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> };
          }
        ).axe;
        return (await axe.run()).violations.map((v) => `${v.impact} ${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
      });
      assert.deepEqual(violations, [], lang);
      await page.context().close();
    }
  });

  it("shows the verdict and the findings `kaste check --format json` gives, on both examples", async function () {
    this.timeout(90_000);
    const folder = mkdtempSync(join(tmpdir(), "kaste-demo-"));
    try {
      for (const [book, sheets] of [
        ["broken", brokenSheets()],
        ["lasse", lasseSheets()],
      ] as const) {
        const file = join(folder, `${book}.xlsx`);
        await writeXlsx(file, sheets);
        const cli = await runCli("check", file, "--format", "json");
        const json = JSON.parse(cli.out) as {
          findings: { code: string; severity: string; sheet: string; cell: string; message: string }[];
          summary: { errors: number; warnings: number; infos: number };
          verdict?: { state: string; errors: number; warnings: number; infos: number };
        };
        const { page } = await openDemo(`book=${book}`);
        await check(page);
        const state = await page.getAttribute("[data-verdict]", "data-verdict");
        const lines = await page.$$eval("li.finding", (items) =>
          items.map((li) => ({
            code: li.getAttribute("data-code") ?? "",
            where: li.getAttribute("data-where") ?? "",
            count: Number(li.getAttribute("data-count")),
            severity: li.getAttribute("data-severity") ?? "",
            message: li.querySelector(".message")?.textContent ?? "",
          })),
        );
        if (json.verdict) {
          assert.equal(state, json.verdict.state, `${book}: the CLI's verdict`);
          assert.equal(json.verdict.errors, json.summary.errors);
        }
        assert.equal(state === "ready", json.summary.errors === 0 && book === "lasse", book);
        // The counts per severity, and per code and sheet
        const bySeverity = (severity: string) => lines.filter((l) => l.severity === severity).reduce((sum, l) => sum + l.count, 0);
        assert.deepEqual(
          [bySeverity("error"), bySeverity("warning"), bySeverity("info")],
          [json.summary.errors, json.summary.warnings, json.summary.infos],
          book,
        );
        const tally = (entries: [string, number][]) => {
          const map = new Map<string, number>();
          for (const [key, n] of entries) map.set(key, (map.get(key) ?? 0) + n);
          return [...map].sort();
        };
        assert.deepEqual(
          tally(lines.map((l) => [`${l.code} ${l.where.split("!")[0]}`, l.count])),
          tally(json.findings.map((f) => [`${f.code} ${f.sheet}`, 1])),
          `${book}: the same findings`,
        );
        // A single finding's line says what the CLI says, at the same cell
        for (const line of lines.filter((l) => l.count === 1)) {
          const same = json.findings.find((f) => f.code === line.code && (f.cell ? `${f.sheet}!${f.cell}` : f.sheet) === line.where);
          assert.ok(same, `${book}: ${line.code} ${line.where}`);
          assert.equal(line.message, same.message);
        }
        await page.context().close();
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
