/**
 * Walking to each problem, in headless Chromium at 350 × 800 over the fake Office host: the
 * finding clicked (or reached with Next) has its cell selected in Excel and marked with a
 * conditional format's fill, one mark at a time, removed again when the walk moves on, the
 * workbook is checked again or another tab is opened; her own formats are never touched.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { brokenSheets } from "../../examples/broken";
import { workbookFromWritableSheets } from "../support/fakeOffice/fromWritable";
import type { SheetSnapshot } from "../support/fakeOffice/model";
import { OUTPUT, axeViolations, idle, paneSuite, selectedOf, sheetsOf } from "../support/paneBrowser";

/** Every conditional format in the workbook, as `Sheet!A1 fill`. */
const marksOf = (sheets: readonly SheetSnapshot[]) =>
  sheets.flatMap((s) => s.conditionalFormats.map((f) => `${s.name}!${f.address} ${f.formula} ${f.fill}`));

/** The workbook without its conditional formats: what she sees as her own data and formats. */
const herOwn = (sheets: readonly SheetSnapshot[]) => sheets.map(({ conditionalFormats: _marks, ...rest }) => rest);

async function check(page: Page): Promise<void> {
  await page.click('fluent-button[data-action="check"]');
  await page.waitForSelector("[data-verdict]");
  await idle(page);
}

describe("walking to each problem in headless Chromium", function () {
  const pane = paneSuite();

  it("marks the cell of the finding walked to, one at a time, and takes the mark away again", async function () {
    this.timeout(60_000);
    const { page, errors } = await pane.open(workbookFromWritableSheets(brokenSheets()));
    await check(page);
    const before = await sheetsOf(page);
    assert.deepEqual(marksOf(before), []);

    await page.click("li.finding button.finding-go");
    await idle(page);
    const first = await selectedOf(page);
    assert.ok(first);
    assert.deepEqual(marksOf(await sheetsOf(page)), [`${first.sheet}!${first.cell} =TRUE #FFEB9C`], "the cell selected is marked");
    assert.deepEqual(herOwn(await sheetsOf(page)), herOwn(before), "her values and formats as they were");
    await page.screenshot({ path: join(OUTPUT, "walk-marked.png") });

    await page.click('fluent-button[data-walk="next"]');
    await idle(page);
    const second = await selectedOf(page);
    assert.ok(second);
    assert.notDeepEqual(second, first);
    assert.deepEqual(marksOf(await sheetsOf(page)), [`${second.sheet}!${second.cell} =TRUE #FFEB9C`], "the last mark went");
    assert.equal(await page.textContent("[data-position]"), "2 / 45");
    assert.deepEqual(await axeViolations(page), []);

    // Checked again: the mark goes
    await check(page);
    assert.deepEqual(marksOf(await sheetsOf(page)), []);

    // Another tab: the mark goes
    await page.click("li.finding button.finding-go");
    await idle(page);
    assert.equal(marksOf(await sheetsOf(page)).length, 1);
    await page.click("#tab-settings");
    await page.waitForFunction(() => document.querySelector("#pane")?.getAttribute("aria-busy") === "false");
    await page.waitForTimeout(200);
    assert.deepEqual(marksOf(await sheetsOf(page)), []);
    assert.deepEqual(herOwn(await sheetsOf(page)), herOwn(before));
    assert.deepEqual(errors, []);
  });

  it("marks nothing on a host without ExcelApi 1.6, and still selects", async function () {
    this.timeout(60_000);
    const { page, errors } = await pane.open(workbookFromWritableSheets(brokenSheets()), { fake: { excelApi: "1.5" } });
    await check(page);
    await page.click("li.finding button.finding-go");
    await idle(page);
    assert.ok(await selectedOf(page));
    assert.deepEqual(marksOf(await sheetsOf(page)), []);
    assert.deepEqual(errors, []);
  });
});
