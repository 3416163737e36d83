/**
 * The pane's "Kirjoita kirjanpito" and "Kirjoita loppuselvitys" end to end in headless Chromium:
 * the production build over the fake Office host (tests/support/fakeOffice), as in
 * taskpane.test.ts. The sheets the fake holds afterwards are what Excel would have been told.
 * Needs Debian's chromium (`apt-get install -y chromium`) or CHROMIUM_PATH.
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { lasseSheets } from "../../examples/lasse";
import { buildLedger } from "../../src/ledger/build";
import { formatMoney } from "../../src/money";
import { finalReportOnLedgerSheet } from "../../src/report/finalReportBook";
import { FINAL_SHEET_NAME } from "../../src/report/finalReportSheet";
import { LEDGER_SHEET_NAME } from "../../src/report/ledgerSheet";
import { servedAddinSuite } from "../support/browser";
import { ROOT } from "../support/build";
import { workbookFromWritableSheets } from "../support/fakeOffice/fromWritable";
import type { FakeBookInit, SheetSnapshot } from "../support/fakeOffice/model";
import { fakeOfficeInitScript, fakeOfficeScript } from "../support/fakeOffice/script";

const VIEWPORT = { width: 350, height: 800 };
const OUTPUT = join(ROOT, "tests", "output");

interface FakeWindow {
  __KASTE_FAKE__: { snapshot(): { sheets: SheetSnapshot[] } };
}

describe("the pane writes the ledger and the final report sheets (headless Chromium)", function () {
  const suite = servedAddinSuite();
  let context: BrowserContext;
  let officeScript = "";

  before(async function () {
    this.timeout(60_000);
    officeScript = await fakeOfficeScript();
    mkdirSync(OUTPUT, { recursive: true });
  });

  async function openPane(book: FakeBookInit, displayLanguage = "fi-FI"): Promise<{ page: Page; errors: string[] }> {
    context = await suite.newContext(() => officeScript, { viewport: VIEWPORT });
    await context.addInitScript({ content: fakeOfficeInitScript(book, { displayLanguage }) });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    await page.goto(suite.base + "taskpane.html", { waitUntil: "load" });
    await page.waitForSelector("#tab-application");
    await page.click("#tab-application");
    // Opened before a check, the tab checks first
    await page.waitForSelector("[data-readiness] [data-verdict]");
    await page.waitForFunction(() => document.querySelector("#pane")?.getAttribute("aria-busy") === "false");
    return { page, errors };
  }

  const sheets = (page: Page): Promise<SheetSnapshot[]> =>
    page.evaluate<SheetSnapshot[]>(() => (window as unknown as FakeWindow).__KASTE_FAKE__.snapshot().sheets);
  /** The message bar's text without its buttons. */
  const statusText = (page: Page) => page.textContent("#status .message-text").then((text) => (text ?? "").trim());
  /** Clicks a button and waits until the pane is idle again with a status of that tone. */
  async function press(page: Page, action: string, tone: "success" | "error"): Promise<string> {
    await page.click(`fluent-button[data-action="${action}"]`);
    await page.waitForFunction(
      (want) =>
        document.querySelector("#pane")?.getAttribute("aria-busy") === "false" &&
        document.querySelector("#status")?.getAttribute("data-tone") === want,
      tone,
    );
    return statusText(page);
  }

  it("writes KASTE-kirjanpito as Excel Tables with a link per row, then the final report over it, and writes them again in place", async function () {
    this.timeout(90_000);
    const book = workbookFromWritableSheets(lasseSheets());
    const { page, errors } = await openPane(book);
    const before = await sheets(page);
    const library = finalReportOnLedgerSheet(buildLedger(book).ledger, "fi");

    await page.locator('fluent-button[data-action="write-ledger"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUTPUT, "ledger-pane.png") });
    const said = await press(page, "write-ledger", "success");
    assert.equal(
      said,
      `Kirjanpito kirjoitettu välilehdelle ${LEDGER_SHEET_NAME}: ${library.doc.invoices.length} laskuriviä, 6 Excel-taulukkoa.`,
    );
    let after = await sheets(page);
    assert.deepEqual(
      after.filter((s) => s.name !== LEDGER_SHEET_NAME),
      before,
      "only its own sheet is written",
    );
    const ledger = after.find((s) => s.name === LEDGER_SHEET_NAME);
    assert.ok(ledger);
    assert.deepEqual(
      ledger.tables.map((t) => t.name),
      library.ledgerSheet.tables.map((t) => t.name),
    );
    const invoices = library.ledgerSheet.tables.find((t) => t.id === "invoices");
    assert.ok(invoices);
    const first = library.doc.invoices[0];
    assert.ok(first);
    assert.equal(
      ledger.formulas[`${invoices.headerRow + 1},${invoices.columns - 1}`],
      `=HYPERLINK("#'${first.sheet}'!${first.cell}","${first.sheet}!${first.cell}")`,
    );

    // The final report: its sheet and the ledger's, figures in the status line
    const report = await press(page, "write-final-report", "success");
    const stillDue = library.report.settlement.stillDue;
    assert.equal(
      report,
      `Loppuselvitys kirjoitettu välilehdelle ${FINAL_SHEET_NAME} ja kirjanpito välilehdelle ${LEDGER_SHEET_NAME}: hyväksyttävät kustannukset ${formatMoney(library.report.total, "fi")}, ${
        stillDue > 0 ? `vielä maksettava hankkeelle ${formatMoney(stillDue, "fi")}` : "maksettu vastaa valtionavustusta"
      }.`,
    );
    after = await sheets(page);
    const final = after.find((s) => s.name === FINAL_SHEET_NAME);
    assert.ok(final);
    assert.ok(Object.values(final.formulas).some((f) => f.startsWith(`=ROUND(SUMIFS('${LEDGER_SHEET_NAME}'!`)));
    assert.equal(after.length, before.length + 2);

    // Written again: the same sheets, one set of tables, and a reminder that the report reads the old rows
    const again = await press(page, "write-ledger", "success");
    assert.match(again, new RegExp(`Kirjoita myös loppuselvitys uudelleen, jotta välilehden ${FINAL_SHEET_NAME} kaavat`));
    after = await sheets(page);
    assert.equal(after.length, before.length + 2);
    assert.equal(after.find((s) => s.name === LEDGER_SHEET_NAME)?.tables.length, 6);
    await page.screenshot({ path: join(OUTPUT, "ledger-pane-written.png") });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("in Swedish, never writes over a sheet of hers with that name, and says so", async function () {
    this.timeout(60_000);
    const book = workbookFromWritableSheets([...lasseSheets(), { name: FINAL_SHEET_NAME, rows: [["Mina egna anteckningar"]] }]);
    const { page, errors } = await openPane(book, "sv-FI");
    const before = await sheets(page);
    assert.equal(await page.textContent('fluent-button[data-action="write-final-report"]'), "Skriv slutrapporten");
    const said = await press(page, "write-final-report", "error");
    assert.equal(
      said,
      `Arbetsboken har redan en egen flik ${FINAL_SHEET_NAME} som KASTE Ledger inte har skrivit. Inget skrevs: byt namn på fliken och försök sedan igen.`,
    );
    assert.deepEqual(await sheets(page), before, "nothing written, not even the ledger's sheet");
    // The ledger's own sheet is not in her way: that button still writes
    assert.match(
      await press(page, "write-ledger", "success"),
      /^Bokföringen skrevs på fliken KASTE-kirjanpito: \d+ fakturarader, 6 Excel-tabeller\.$/,
    );
    assert.deepEqual(errors, []);
    await context.close();
  });
});
