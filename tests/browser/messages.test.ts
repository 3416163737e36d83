/**
 * The pane's message bar, its progress with Cancel, and its theme, in headless Chromium at
 * 350 × 800 over the fake Office host: a failed write says why with Yritä uudelleen, a written
 * sheet offers Avaa välilehti; a long read shows its rows and stops on Cancel, keeping the last
 * result; the pane is dark when Office's theme is (or, without Office, the browser's). Each state
 * leaves a screenshot under tests/output/ and is checked with axe (every impact, contrast too).
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { brokenSheets } from "../../examples/broken";
import { lasseSheets } from "../../examples/lasse";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { fiDateOf } from "../../src/periods";
import { workbookFromWritableSheets } from "../support/fakeOffice/fromWritable";
import { OUTPUT, axeViolations, idle, messageOf, messageShown, paneSuite, selectedOf, sheetsOf } from "../support/paneBrowser";

const DARK_OFFICE = {
  bodyBackgroundColor: "#262626",
  bodyForegroundColor: "#ffffff",
  controlBackgroundColor: "#3b3b3b",
  controlForegroundColor: "#ffffff",
};
const LIGHT_OFFICE = {
  bodyBackgroundColor: "#ffffff",
  bodyForegroundColor: "#262626",
  controlBackgroundColor: "#ffffff",
  controlForegroundColor: "#262626",
};

interface FakeWindow {
  __KASTE_FAKE__: {
    failNextSync(code?: string, message?: string): void;
    syncDelayMs: number;
    userEdit(sheet: string, cell: string, value: string | number): void;
  };
}

async function check(page: Page): Promise<void> {
  await page.click('fluent-button[data-action="check"]');
  await page.waitForSelector("[data-verdict]");
  await idle(page);
}

/** Her change in Excel, and the re-check the pane runs by itself after it, done: a new verdict is shown. */
async function editAndRecheck(page: Page, cell: string, value: string | number): Promise<void> {
  // A moment after the pane's last write: Excel's events just after it are taken for the write's own (OWN_EVENTS_MS)
  await page.waitForTimeout(800);
  await page.$eval("#panel-check [data-verdict]", (verdict) => verdict.setAttribute("data-before-edit", ""));
  await page.evaluate(([c, v]) => (window as unknown as FakeWindow).__KASTE_FAKE__.userEdit("Hanke", c, v), [cell, value] as const);
  await page.waitForSelector("#panel-check [data-verdict]:not([data-before-edit])", { timeout: 10_000 });
  await idle(page);
}

/** The page's background and text colour as painted. */
const colours = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return { theme: document.documentElement.dataset.theme, background: style.backgroundColor, color: style.color };
  });

describe("the pane's messages, progress and theme in headless Chromium", function () {
  const pane = paneSuite();

  it("says a failed write in the message bar with Yritä uudelleen, and a written sheet with Avaa välilehti", async function () {
    this.timeout(60_000);
    const { page, errors } = await pane.open(workbookFromWritableSheets(lasseSheets()));
    await check(page);
    assert.equal((await messageOf(page)).tone, null, "no message: the verdict says it");
    await page.evaluate(() => (window as unknown as FakeWindow).__KASTE_FAKE__.failNextSync("AccessDenied", "The sheet is protected."));
    await page.click('fluent-button[data-action="report"]');
    await messageShown(page, "error");
    await idle(page);
    assert.match((await messageOf(page)).text, /^Välilehden kirjoittaminen ei onnistunut|^.*Mitään ei kirjoitettu\.$/);
    assert.equal(await page.textContent('#status fluent-button[data-message-action="retry"]'), "Yritä uudelleen");
    const bar = await page.$eval("#status", (b) => {
      const box = b.getBoundingClientRect();
      const tabs = document.querySelector("fluent-tablist")?.getBoundingClientRect();
      return { top: box.top, belowTabs: tabs ? box.top >= tabs.bottom - 1 : false };
    });
    assert.ok(bar.belowTabs && bar.top < 100, "at the top, under the tabs");
    await page.screenshot({ path: join(OUTPUT, "message-error.png") });
    assert.deepEqual(await axeViolations(page), []);

    await page.click('#status fluent-button[data-message-action="retry"]');
    await messageShown(page, "success");
    await idle(page);
    const written = (await sheetsOf(page)).find((s) => s.name.startsWith("KASTE-tarkistus"));
    assert.ok(written, "the retry wrote the report");
    assert.equal((await messageOf(page)).text, `Raportti kirjoitettu välilehdelle ${written.name}.`);
    await page.screenshot({ path: join(OUTPUT, "message-success.png") });
    assert.deepEqual(await axeViolations(page), []);
    await page.click('#status fluent-button[data-message-action="open-sheet"]');
    await idle(page);
    assert.deepEqual(await selectedOf(page), { sheet: written.name, cell: "A1" });

    await page.click("#status .message-dismiss");
    assert.equal((await messageOf(page)).tone, null, "dismissed");
    assert.equal(
      await page.evaluate(() => document.activeElement?.closest("#panel-check") !== null),
      true,
      "the keyboard goes to the tab, not the page",
    );
    assert.deepEqual(errors, []);
  });

  it("keeps her last action's message when she opens Hakemus, Tuonti or Asetukset, which check or read by themselves", async function () {
    this.timeout(60_000);
    const { page, errors } = await pane.open(workbookFromWritableSheets(lasseSheets()));
    // Before any check: Asetukset reads the workbook, says so in the footer, and her saved settings' message stays
    await page.click("#tab-settings");
    await page.waitForFunction(() => /Asetukset luettu/.test(document.querySelector("#note")?.textContent ?? ""));
    await idle(page);
    assert.equal((await messageOf(page)).tone, null, "the tab's own read says nothing in the bar");
    await page.fill('fluent-text-input[data-setting="monthGraceDays"] >> input', "45");
    await page.click('fluent-button[data-action="save-settings"]');
    await messageShown(page, "success");
    await idle(page);
    const saved = await messageOf(page);
    assert.match(saved.text, /tallennettu/);
    // Hakemus checks the workbook by itself (no check yet) and Tuonti reads its partners: the message stays
    await page.click("#tab-application");
    // Its check done: the Tarkistus tab shows the verdict
    await page.waitForSelector("#panel-check [data-verdict]", { state: "attached" });
    await idle(page);
    assert.deepEqual(await messageOf(page), saved, "Hakemus keeps it");
    await page.click("#tab-check");
    await page.click('fluent-button[data-action="report"]');
    await messageShown(page, "success");
    await idle(page);
    const written = await messageOf(page);
    assert.match(written.text, /^Raportti kirjoitettu/);
    for (const tab of ["import", "application", "settings"]) {
      await page.click(`#tab-${tab}`);
      await idle(page);
      assert.deepEqual(await messageOf(page), written, tab);
    }
    assert.deepEqual(errors, []);
  });

  it("reads Asetukset from the workbook when she opens the tab after changing it in Excel, before the re-check after it has run", async function () {
    this.timeout(60_000);
    const { page, errors } = await pane.open(workbookFromWritableSheets(lasseSheets()));
    await check(page);
    const before = checkWorkbook({ sheets: await sheetsOf(page), date1904: false }).ledger.settings.asOf;
    assert.ok(before !== null);
    // A moment after the pane's last write: Excel's events just after it are taken for the write's own (OWN_EVENTS_MS)
    await page.waitForTimeout(800);
    await page.$eval("#panel-check [data-verdict]", (verdict) => verdict.setAttribute("data-before-edit", ""));
    // Her change, and the tab opened at once: the check's findings are of the workbook before it until the re-check runs a while later
    await page.evaluate(async () => {
      (window as unknown as FakeWindow).__KASTE_FAKE__.userEdit("Asetukset", "B1", "1.12.2015");
      await new Promise((resolve) => setTimeout(resolve, 50));
      document.querySelector<HTMLElement>("#tab-settings")?.click();
    });
    // The re-check done too: no read after it fills the form again
    await page.waitForSelector("#panel-check [data-verdict]:not([data-before-edit])", { state: "attached", timeout: 10_000 });
    await idle(page);
    const after = checkWorkbook({ sheets: await sheetsOf(page), date1904: false }).ledger.settings.asOf;
    assert.ok(after !== null && after !== before);
    assert.equal(
      await page.inputValue('fluent-text-input[data-setting="asOf"] >> input'),
      fiDateOf(after),
      "her as-of date, not the check's",
    );
    assert.deepEqual(errors, []);
  });

  it("keeps her last action's message (a write, an error) through the re-check after her change; a failed re-check's own error goes with the next one", async function () {
    this.timeout(60_000);
    const { page, errors } = await pane.open(workbookFromWritableSheets(lasseSheets()));
    await check(page);

    // A written report's message, with Avaa välilehti, outlives the check after her next change
    await page.click('fluent-button[data-action="report"]');
    await messageShown(page, "success");
    await idle(page);
    const written = await messageOf(page);
    assert.match(written.text, /^Raportti kirjoitettu välilehdelle /);
    await editAndRecheck(page, "D1", "muistiinpano");
    assert.deepEqual(await messageOf(page), written, "the write's message stays");
    assert.equal(await page.isVisible('#status fluent-button[data-message-action="open-sheet"]'), true, "with its button");

    // So does an error of hers, with Yritä uudelleen
    await page.evaluate(() => (window as unknown as FakeWindow).__KASTE_FAKE__.failNextSync("AccessDenied", "The sheet is protected."));
    await page.click('fluent-button[data-action="report"]');
    await messageShown(page, "error");
    await idle(page);
    const failed = await messageOf(page);
    await editAndRecheck(page, "D1", "toinen muistiinpano");
    assert.deepEqual(await messageOf(page), failed, "the write's error stays");
    assert.equal(await page.isVisible('#status fluent-button[data-message-action="retry"]'), true, "with its button");

    // A re-check that fails with her message up leaves the message, and says so in the footer, its verdict dimmed
    await page.evaluate(() => (window as unknown as FakeWindow).__KASTE_FAKE__.failNextSync("GeneralException", "Excel is busy."));
    await page.evaluate(() => (window as unknown as FakeWindow).__KASTE_FAKE__.userEdit("Hanke", "D1", "kolmas"));
    await page.waitForFunction(
      () => /^Työkirjan lukeminen ei onnistunut/.test(document.querySelector("#note")?.textContent ?? ""),
      undefined,
      { timeout: 10_000 },
    );
    await idle(page);
    assert.deepEqual(await messageOf(page), failed, "her error stays over the re-check's");
    assert.equal(
      (await page.$("#panel-check [data-verdict][data-rechecking]")) !== null,
      true,
      "the verdict stays dimmed: it is of the workbook before",
    );

    // Dismissed, the bar is free: a failed re-check's error shows there, and the next re-check that works takes it away
    await page.click("#status .message-dismiss");
    await page.evaluate(() => (window as unknown as FakeWindow).__KASTE_FAKE__.failNextSync("GeneralException", "Excel is busy."));
    await page.evaluate(() => (window as unknown as FakeWindow).__KASTE_FAKE__.userEdit("Hanke", "D1", "neljäs"));
    await messageShown(page, "error");
    await idle(page);
    assert.match((await messageOf(page)).text, /^Työkirjan lukeminen ei onnistunut/);
    await editAndRecheck(page, "D1", "viides");
    assert.equal((await messageOf(page)).tone, null, "the re-check's own error is gone with the check that worked");
    assert.deepEqual(errors, []);
  });

  for (const lang of ["sv", "en"] as const) {
    it(`speaks ${lang} in the message bar`, async function () {
      this.timeout(60_000);
      const { page, errors } = await pane.open(workbookFromWritableSheets(lasseSheets()), { lang });
      await check(page);
      await page.evaluate(() => (window as unknown as FakeWindow).__KASTE_FAKE__.failNextSync("AccessDenied", "The sheet is protected."));
      await page.click('fluent-button[data-action="report"]');
      await messageShown(page, "error");
      assert.equal(
        await page.textContent('#status fluent-button[data-message-action="retry"]'),
        lang === "sv" ? "Försök igen" : "Try again",
      );
      assert.equal(await page.getAttribute("#status .message-dismiss", "aria-label"), lang === "sv" ? "Stäng meddelandet" : "Dismiss");
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(errors, []);
    });
  }

  it("shows a long read's rows with Keskeytä, and Keskeytä keeps the last result", async function () {
    this.timeout(60_000);
    const { page, errors } = await pane.open(workbookFromWritableSheets(lasseSheets()));
    await check(page);
    const verdict = await page.getAttribute("[data-verdict]", "data-verdict");
    // Each round trip to Excel now takes a while
    await page.evaluate(() => ((window as unknown as FakeWindow).__KASTE_FAKE__.syncDelayMs = 3000));
    await page.click('fluent-button[data-action="check"]');
    await page.waitForSelector('fluent-button[data-action="cancel-read"]:not([hidden])');
    await page.waitForFunction(() => /^Luetaan… 0 \/ [\d\u00a0]+ riviä$/.test(document.querySelector("#note")?.textContent ?? ""));
    assert.equal(await page.textContent('fluent-button[data-action="cancel-read"]'), "Keskeytä");
    assert.equal(
      await page.$eval('fluent-button[data-action="cancel-read"]', (b) => (b as HTMLButtonElement).disabled === true),
      false,
      "Cancel stays usable while the other buttons wait",
    );
    assert.equal(await page.$eval('fluent-button[data-action="check"]', (b) => (b as HTMLButtonElement).disabled === true), true);
    await page.screenshot({ path: join(OUTPUT, "progress-reading.png") });
    assert.deepEqual(await axeViolations(page), []);
    await page.click('fluent-button[data-action="cancel-read"]');
    await messageShown(page, "info");
    await idle(page);
    assert.equal((await messageOf(page)).text, "Keskeytetty. Työkirjaan ei kirjoitettu mitään; aiempi tulos on ennallaan.");
    assert.equal(await page.getAttribute("[data-verdict]", "data-verdict"), verdict, "the last check stays");
    assert.equal(await page.isVisible('fluent-button[data-action="cancel-read"]'), false);
    await page.screenshot({ path: join(OUTPUT, "progress-cancelled.png") });
    assert.deepEqual(errors, []);
  });

  it("is dark in Office's dark theme, axe clean (contrast included) on the verdict, the findings and a message", async function () {
    this.timeout(60_000);
    // Office's theme decides, whatever the browser prefers
    const { page, errors } = await pane.open(workbookFromWritableSheets(brokenSheets()), {
      fake: { officeTheme: DARK_OFFICE },
      context: { colorScheme: "light" },
    });
    await check(page);
    const dark = await colours(page);
    assert.equal(dark.theme, "dark");
    assert.equal(dark.background, "rgb(41, 41, 41)", "Fluent's dark neutral background");
    await page.screenshot({ path: join(OUTPUT, "theme-dark-check.png") });
    assert.deepEqual(await axeViolations(page), []);
    await page.click("#tab-application");
    await idle(page);
    await page.screenshot({ path: join(OUTPUT, "theme-dark-application.png") });
    assert.deepEqual(await axeViolations(page), []);
    for (const tab of ["import", "mapping", "settings"]) {
      await page.click(`#tab-${tab}`);
      await idle(page);
      assert.deepEqual(await axeViolations(page), [], tab);
    }
    await page.click("#tab-check");
    await page.evaluate(() => (window as unknown as FakeWindow).__KASTE_FAKE__.failNextSync("AccessDenied", "The sheet is protected."));
    await page.click('fluent-button[data-action="report"]');
    await messageShown(page, "error");
    await idle(page);
    await page.screenshot({ path: join(OUTPUT, "theme-dark-message.png") });
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
  });

  it("is light in Office's light theme even when the browser prefers dark", async function () {
    this.timeout(60_000);
    const { page } = await pane.open(workbookFromWritableSheets(lasseSheets()), {
      fake: { officeTheme: LIGHT_OFFICE },
      context: { colorScheme: "dark" },
    });
    assert.deepEqual(await colours(page), { theme: "light", background: "rgb(255, 255, 255)", color: "rgb(36, 36, 36)" });
  });

  it("without Office's theme (the demo page), follows the browser's dark preference", async function () {
    this.timeout(60_000);
    const { page, errors } = await pane.open(workbookFromWritableSheets(lasseSheets()), { context: { colorScheme: "dark" } });
    await check(page);
    assert.equal((await colours(page)).theme, "dark");
    await page.screenshot({ path: join(OUTPUT, "theme-dark-ready.png") });
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
  });

  for (const lang of ["fi", "sv", "en"] as const) {
    it(`the demo page in the browser's dark theme (${lang}): banner, verdict and figures axe clean`, async function () {
      this.timeout(60_000);
      const { page, errors } = await pane.openDemo(`book=broken&lang=${lang}`, { colorScheme: "dark" });
      await check(page);
      assert.equal((await colours(page)).theme, "dark");
      await page.screenshot({ path: join(OUTPUT, `theme-dark-demo-${lang}.png`) });
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(errors, []);
    });
  }
});
