/**
 * The Hakemus tab as steps, in headless Chromium at 350 × 800 over the fake Office host: the
 * period pre-filled with the next unclaimed one, readiness, the draft (an overridden one a
 * warning), opening its sheet, and marking it as sent only after a draft of that period. Each
 * state leaves a screenshot under tests/output/ and is checked with axe (every impact).
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { brokenSheets } from "../../examples/broken";
import { lasseSheets } from "../../examples/lasse";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import type { WritableCell } from "../../cli/writeXlsx";
import { CLAIMS_SHEET } from "../../src/ledger/claims";
import { dayFromYmd } from "../../src/periods";
import { draftApplication } from "../../src/sync/application/application";
import { workbookFromWritableSheets } from "../support/fakeOffice/fromWritable";
import type { FakeBookInit } from "../support/fakeOffice/model";
import { OUTPUT, axeViolations, idle, messageOf, messageShown, paneSuite, selectedOf, sheetsOf } from "../support/paneBrowser";

/** LasSe before its third application: the next unclaimed period is 1.1.2015–31.10.2015 (to the project's end). */
function lasseBeforeThird(): FakeBookInit {
  const sheets = lasseSheets();
  const applications = sheets.find((s) => s.name === "Maksatukset");
  assert.ok(applications);
  (applications.rows as WritableCell[][]).splice(3, 1);
  return workbookFromWritableSheets(sheets);
}

const stateOf = (page: Page, step: string) => page.getAttribute(`[data-step="${step}"]`, "data-state");
const valueOf = (page: Page, input: string) => page.$eval(`fluent-text-input[data-input="${input}"]`, (e) => (e as HTMLInputElement).value);
const disabled = (page: Page, action: string) =>
  page.$eval(`fluent-button[data-action="${action}"]`, (b) => (b as HTMLButtonElement).disabled === true);

async function openApplication(page: Page): Promise<void> {
  await page.click("#tab-application");
  // Opened before any check, the tab checks the workbook itself
  await page.waitForSelector("[data-readiness] [data-verdict]");
  await idle(page);
}

describe("the Hakemus tab as steps in headless Chromium", function () {
  const pane = paneSuite();

  it("pre-fills the next unclaimed period, drafts, opens the draft and only then marks it as sent", async function () {
    this.timeout(90_000);
    const book = lasseBeforeThird();
    const { page, errors } = await pane.open(book);
    await openApplication(page);
    assert.equal(await valueOf(page, "period-start"), "1.1.2015");
    assert.equal(await valueOf(page, "period-end"), "31.10.2015");
    assert.equal(await page.textContent("[data-period-note]"), "Seuraava hakematon kausi on 1.1.2015–31.10.2015; voit muuttaa sitä.");
    assert.equal(await page.getAttribute("[data-readiness] [data-verdict]", "data-verdict"), "ready");
    assert.deepEqual(
      [
        await stateOf(page, "period"),
        await stateOf(page, "readiness"),
        await stateOf(page, "draft"),
        await stateOf(page, "open"),
        await stateOf(page, "send"),
      ],
      ["done", "done", "current", "locked", "locked"],
    );
    assert.equal(await disabled(page, "mark-sent"), true, "marking as sent waits for a draft");
    assert.equal(await disabled(page, "open-draft"), true);
    assert.equal(await page.isVisible("[data-override]"), false, "no errors: nothing to override");
    await page.screenshot({ path: join(OUTPUT, "application-steps-ready.png") });
    assert.deepEqual(await axeViolations(page), []);

    await page.click('fluent-button[data-action="draft"]');
    await messageShown(page, "success");
    await idle(page);
    const message = await messageOf(page);
    assert.match(message.text, /^Hakemusluonnos kirjoitettu välilehdelle Maksatushakemus 2015: haetaan [\d\u00a0]+,\d\d\u00a0€\.$/);
    assert.ok(await page.$('#status fluent-button[data-message-action="open-sheet"]'), "the message opens the sheet");
    assert.equal(await page.getAttribute("[data-draft-result] .step-result", "data-tone"), "success");
    assert.equal(await stateOf(page, "draft"), "done");
    assert.equal(await disabled(page, "mark-sent"), false, "a draft of this period: it may be marked as sent");
    assert.equal(await page.textContent('fluent-button[data-action="open-draft"]'), "Avaa Maksatushakemus 2015");
    assert.ok((await sheetsOf(page)).some((s) => s.name === "Maksatushakemus 2015"));
    await page.screenshot({ path: join(OUTPUT, "application-steps-drafted.png") });
    assert.deepEqual(await axeViolations(page), []);

    await page.click('fluent-button[data-action="open-draft"]');
    await idle(page);
    assert.deepEqual(await selectedOf(page), { sheet: "Maksatushakemus 2015", cell: "A1" });

    // Another period typed: the draft is of the old one, marking waits again
    await page.fill('fluent-text-input[data-input="period-end"] >> input', "30.9.2015");
    assert.equal(await disabled(page, "mark-sent"), true);
    assert.equal(await page.textContent("[data-send-note]"), "Kausi on muuttunut luonnoksen jälkeen: laadi luonnos uudelleen.");
    await page.fill('fluent-text-input[data-input="period-end"] >> input', "31.10.2015");
    assert.equal(await disabled(page, "mark-sent"), false);

    const withDraft = await sheetsOf(page);
    await page.fill('fluent-text-input[data-input="sent"] >> input', "30.11.2015");
    await page.click('fluent-button[data-action="mark-sent"]');
    await messageShown(page, "success");
    await page.waitForFunction(() => /merkitty lähetetyksi/.test(document.querySelector("#status")?.textContent ?? ""));
    assert.equal(await stateOf(page, "send"), "done");
    await page.screenshot({ path: join(OUTPUT, "application-steps-sent.png") });
    const sheets = await sheetsOf(page);
    assert.equal(sheets.find((s) => s.name === CLAIMS_SHEET)?.visibility, "Hidden");
    assert.equal(checkWorkbook({ sheets, date1904: false }).ledger.claims?.length, 1);
    assert.deepEqual(errors, []);

    // Opened again later with the draft in the workbook: it may be marked as sent without a new draft
    await page.context().close();
    const again = await pane.open({ date1904: false, sheets: withDraft.map((s) => ({ name: s.name, cells: s.cells })) });
    await openApplication(again.page);
    assert.equal(await disabled(again.page, "mark-sent"), false);
    assert.equal(await again.page.textContent('fluent-button[data-action="open-draft"]'), "Avaa Maksatushakemus 2015");
    assert.deepEqual(again.errors, []);
  });

  it("lists the blocking errors one click from their cells, tucks the override away and shows an overridden draft as a warning", async function () {
    this.timeout(90_000);
    const book = workbookFromWritableSheets(brokenSheets());
    const { page, errors } = await pane.open(book);
    await openApplication(page);
    const errorCount = checkWorkbook(book).findings.filter((f) => f.severity === "error").length;
    assert.equal(await page.getAttribute("[data-readiness] [data-verdict]", "data-verdict"), "blocked");
    assert.equal(await stateOf(page, "readiness"), "current");
    assert.equal(await page.$$eval("[data-blocking] li", (items) => items.length), 5, "the first five");
    assert.equal(await page.textContent('[data-action-link="all-errors"]'), `Kaikki ${errorCount} virhettä Tarkistus-välilehdellä`);
    assert.equal(await page.isVisible("[data-override] summary"), true);
    assert.equal(await page.$eval("[data-override]", (d) => (d as HTMLDetailsElement).open), false, "the override is tucked away");
    await page.screenshot({ path: join(OUTPUT, "application-steps-blocked.png") });
    assert.deepEqual(await axeViolations(page), []);

    // An error selects its cell
    const first = checkWorkbook(book).findings.find((f) => f.severity === "error" && f.sheet !== "");
    assert.ok(first);
    await page.click("[data-blocking] li:first-child button.finding-go");
    await idle(page);
    assert.deepEqual(await selectedOf(page), { sheet: first.sheet, cell: first.cell });

    await page.fill('fluent-text-input[data-input="period-start"] >> input', "1.1.2014");
    await page.fill('fluent-text-input[data-input="period-end"] >> input', "31.12.2014");
    await page.click('fluent-button[data-action="draft"]');
    await messageShown(page, "error");
    assert.match((await messageOf(page)).text, /löysivät \d+ virhettä: mitään ei kirjoitettu/);
    assert.ok(!(await sheetsOf(page)).some((s) => s.name.startsWith("Maksatushakemus")));
    assert.equal(await page.$eval("[data-override]", (d) => (d as HTMLDetailsElement).open), true, "blocked: the override is shown");

    await page.click('input[data-input="override"]');
    await page.click('fluent-button[data-action="draft"]');
    await messageShown(page, "warning");
    await idle(page);
    // the check's errors and the draft's own (its period 1.1.–31.12.2014 overlaps the broken book's application 2)
    const drafted = draftApplication(book, { start: dayFromYmd(2014, 1, 1), end: dayFromYmd(2014, 12, 31) }, { override: true });
    assert.ok(drafted.errors.length > errorCount && drafted.periodFindings.length > 0);
    assert.match((await messageOf(page)).text, new RegExp(`ohittaen ${drafted.errors.length} virhettä`));
    assert.equal(await page.getAttribute("[data-draft-result] .step-result", "data-tone"), "warning", "not success green");
    assert.ok((await sheetsOf(page)).some((s) => s.name === "Maksatushakemus 2014"));
    await page.screenshot({ path: join(OUTPUT, "application-steps-overridden.png") });
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
  });

  for (const [lang, next, open] of [
    ["sv", "Nästa period som inte sökts är 1.1.2015–31.10.2015; du kan ändra den.", "Öppna Utbetalningsansökan 2015"],
    ["en", "The next period not yet applied for is", "Open Payment application 2015"],
  ] as const) {
    it(`speaks ${lang} in every step`, async function () {
      this.timeout(60_000);
      const { page, errors } = await pane.open(lasseBeforeThird(), { lang });
      await openApplication(page);
      assert.ok(((await page.textContent("[data-period-note]")) ?? "").startsWith(next));
      await page.click('fluent-button[data-action="draft"]');
      await messageShown(page, "success");
      await idle(page);
      assert.equal(await page.textContent('fluent-button[data-action="open-draft"]'), open);
      assert.doesNotMatch((await page.textContent(".steps")) ?? "", /Hakemus|Luonnos|Kausi/);
      await page.screenshot({ path: join(OUTPUT, `application-steps-${lang}.png`) });
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(errors, []);
    });
  }

  it("says a workbook without KASTE tables is not one, instead of listing a missing table each as blocking", async function () {
    this.timeout(60_000);
    const foreign: FakeBookInit = {
      date1904: false,
      sheets: [
        {
          name: "Kirjanpito",
          cells: [
            ["Laskuttaja", "Rahaa"],
            ["Verso", 4200],
          ],
        },
      ],
    };
    const { page, errors } = await pane.open(foreign);
    await openApplication(page);
    assert.equal(await page.getAttribute("[data-readiness] [data-verdict]", "data-verdict"), "foreign");
    assert.equal(await page.textContent("[data-readiness] .verdict-head"), "Tämä ei näytä KASTE-työkirjalta");
    assert.equal(await page.$("[data-blocking]"), null, "no list of missing tables");
    assert.doesNotMatch((await page.textContent("#panel-application")) ?? "", /TABLE_NOT_FOUND|ei löytynyt/);
    await page.screenshot({ path: join(OUTPUT, "application-steps-not-kaste.png") });
    assert.deepEqual(await axeViolations(page), []);
    await page.click('[data-action-link="not-kaste"]');
    assert.equal(await page.getAttribute("#tab-check", "aria-selected"), "true");
    assert.deepEqual(errors, []);
  });
});
