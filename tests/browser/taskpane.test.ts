/**
 * The task pane end to end in headless Chromium: the production build served from 127.0.0.1,
 * office.js replaced by the fake Office host (tests/support/fakeOffice) holding a workbook,
 * every other request refused. The pane runs over the real Office adapter (taskpane/office),
 * so what the fake records is what Excel would have been told. Needs Debian's chromium
 * (`apt-get install -y chromium`) or CHROMIUM_PATH.
 */
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { brokenSheets } from "../../examples/broken";
import { lasseSheets } from "../../examples/lasse";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { foldFindings } from "../../src/findings/fold";
import { CANONICAL_SHEETS } from "../../src/ledger/canonical";
import { MAPPING_SHEET } from "../../src/ledger/mapping";
import { formatAmount } from "../../src/money";
import { dayFromSerial, dayFromYmd, fiDateOf } from "../../src/periods";
import { CLAIMS_SHEET } from "../../src/ledger/claims";
import type { CellValue } from "../../src/workbook/types";
import { servedAddinSuite } from "../support/browser";
import { ROOT } from "../support/build";
import { workbookFromWritableSheets } from "../support/fakeOffice/fromWritable";
import type { FakeBookInit, SheetSnapshot } from "../support/fakeOffice/model";
import { fakeOfficeInitScript, fakeOfficeScript } from "../support/fakeOffice/script";
import { TOO_WIDE, oneSheetXlsx } from "../support/oneSheetXlsx";
import { xlsxFile } from "../support/xlsx";

/** A task pane is about this wide in Excel. */
const PANE_VIEWPORT = { width: 360, height: 900 };
const OUTPUT = join(ROOT, "tests", "output");
const SCREENSHOTS = join(ROOT, "assets", "screenshots");

/** A cell's value as its number format shows it in Finnish Excel. */
function shown(value: CellValue, format: string | undefined): string {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  if (typeof value !== "number" || !format) return String(value);
  if (format.includes("%")) return `${Math.round(value * 100)}\u00a0%`;
  if (/[dy]/i.test(format)) return fiDateOf(dayFromSerial(value, false) ?? 0);
  return format.includes("0.00") ? formatAmount(Math.round(value * 100), "fi") : String(value);
}

interface FakeWindow {
  __KASTE_FAKE__: {
    selected: { sheet: string; cell: string } | null;
    snapshot(): { sheets: SheetSnapshot[] };
    failNextSync(code?: string, message?: string): void;
  };
}

/** `[code, where]` of each line the pane should list: the library's findings, repeats of one cause folded into a range (`Laskut!H2:H517`). */
function expectedPairs(book: FakeBookInit): string[] {
  return foldFindings(checkWorkbook(book).findings)
    .map(({ first, range }) => `${first.code} ${first.sheet ? (range ? `${first.sheet}!${range}` : first.sheet) : ""}`.trim())
    .sort();
}

describe("the task pane in headless Chromium", function () {
  const suite = servedAddinSuite();
  let context: BrowserContext;
  let officeScript = "";

  before(async function () {
    this.timeout(60_000);
    officeScript = await fakeOfficeScript();
    mkdirSync(OUTPUT, { recursive: true });
  });

  /** Opens the pane with the fake host holding `book` (no host at all with `office: ""`). */
  async function openPane(
    book: FakeBookInit,
    options: { office?: string; displayLanguage?: string } = {},
  ): Promise<{ page: Page; errors: string[] }> {
    const office = options.office ?? officeScript;
    context = await suite.newContext(() => office, { viewport: PANE_VIEWPORT });
    await context.addInitScript({ content: fakeOfficeInitScript(book, { displayLanguage: options.displayLanguage ?? "fi-FI" }) });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    await page.goto(suite.base + "taskpane.html", { waitUntil: "load" });
    return { page, errors };
  }

  const fake = <T>(page: Page, read: (fake: FakeWindow["__KASTE_FAKE__"]) => T): Promise<T> =>
    page.evaluate<T>(`(${read.toString()})(window.__KASTE_FAKE__)`);

  /** The message bar's text without its buttons (the page's own line outside Excel). */
  const statusText = (page: Page) =>
    page.$eval("#status", (bar) => (bar.querySelector(".message-text") ?? bar).textContent ?? "").then((text) => text.trim());

  /** Clicks Check and waits for the findings. */
  async function check(page: Page): Promise<void> {
    await page.click('fluent-button[data-action="check"]');
    await page.waitForSelector("[data-summary]");
    await page.waitForFunction(() => document.querySelector("#pane")?.getAttribute("aria-busy") === "false");
  }

  /** `[code, where]` of each finding the pane lists. */
  const shownPairs = (page: Page) =>
    page.$$eval("li.finding", (items) =>
      items.map((li) => `${li.getAttribute("data-code")} ${li.getAttribute("data-where")}`.trim()).sort(),
    );

  it("checks the broken example, selects a finding's cell, applies a fix after confirming, and writes the report sheet", async function () {
    this.timeout(60_000);
    const book = workbookFromWritableSheets(brokenSheets());
    const { page, errors } = await openPane(book);
    await page.waitForSelector('fluent-button[data-action="check"]');
    assert.equal(await page.textContent('fluent-tab[id="tab-check"]'), "Tarkistus", "Finnish, as Office's display language");

    await check(page);
    assert.deepEqual(await shownPairs(page), expectedPairs(book), "every finding of the library, none more");
    const errorCount = checkWorkbook(book).findings.filter((f) => f.severity === "error").length;
    assert.equal(await page.textContent("#note"), `Ei valmis: ${errorCount} virhettä estää maksatushakemuksen`, "read out from the footer");
    assert.equal(await page.getAttribute("[data-verdict]", "data-verdict"), "blocked");
    await page.screenshot({ path: join(OUTPUT, "taskpane.png") });

    // A finding selects its cell in Excel
    const target = await page.$eval('li.finding[data-code="INVOICE_DUPLICATE"] button.finding-go', (b) => [
      b.getAttribute("data-sheet"),
      b.getAttribute("data-cell"),
    ]);
    await page.click('li.finding[data-code="INVOICE_DUPLICATE"] button.finding-go');
    await page.waitForFunction(() => (window as unknown as FakeWindow).__KASTE_FAKE__.selected !== null);
    assert.deepEqual(await fake(page, (f) => f.selected), { sheet: target[0], cell: target[1] });

    // Apply asks first (Cancel writes nothing), then writes the one cell and checks again
    const fixed = 'li.finding[data-code="COFUND_STATE_OVER_RATE"]';
    const where = await page.getAttribute(fixed, "data-where");
    await page.click(`${fixed} fluent-button[data-action="apply"]`);
    await page.waitForSelector("dialog.confirm[open]");
    assert.match((await page.textContent("dialog.confirm")) ?? "", new RegExp(`Korjataanko solu\\?.*${where}`));
    await page.keyboard.press("Escape");
    await page.waitForSelector("dialog.confirm", { state: "detached" });
    assert.ok(await page.$(fixed), "cancelled: nothing written, the finding stays");
    await page.click(`${fixed} fluent-button[data-action="apply"]`);
    await page.click('dialog.confirm fluent-button[data-confirm="ok"]');
    await page.waitForFunction((w) => (document.querySelector("#status")?.textContent ?? "").includes(`${w} korjattu`), where);
    assert.equal(await page.$(fixed), null, "the fixed finding is gone after the re-check");
    assert.ok(
      await page.evaluate(() => document.activeElement?.matches("li.finding button.finding-go")),
      "the keyboard is on the first finding, not lost with the Apply button",
    );
    const [sheet, cell] = where!.split("!");
    const hanke = (await fake(page, (f) => f.snapshot())).sheets.find((s) => s.name === sheet)!;
    const row = Number(cell.slice(1)) - 1;
    assert.equal(typeof hanke.cells[row][1], "number", `${where} holds the right amount`);

    // The report sheet
    await page.click('fluent-button[data-action="report"]');
    await page.waitForFunction(() => /KASTE-tarkistus/.test(document.querySelector("#status")?.textContent ?? ""));
    const report = (await fake(page, (f) => f.snapshot())).sheets.find((s) => s.name === "KASTE-tarkistus");
    assert.ok(report, "the report sheet is in the workbook");
    assert.ok(report.cells.length > 10);

    await reportScreenshot(page, report);
    // The README's pictures change only when asked: a test run leaves the checkout as it was
    if (process.env.KASTE_UPDATE_SCREENSHOTS === "1") {
      copyFileSync(join(OUTPUT, "taskpane.png"), join(SCREENSHOTS, "taskpane.png"));
      copyFileSync(join(OUTPUT, "report-sheet.png"), join(SCREENSHOTS, "report-sheet.png"));
    }
    assert.deepEqual(errors, []);
  });

  /** The report sheet as Excel would show it (values in their number formats, bold rows, links), as an HTML table. */
  async function reportScreenshot(page: Page, sheet: SheetSnapshot): Promise<void> {
    const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
    const rows = sheet.cells.slice(0, 24).map((row, r) => {
      const cells = row.map((value, c) => {
        const key = `${r},${c}`;
        const style = [
          sheet.bold.includes(key) && "font-weight:600",
          sheet.hyperlinks[key] && "color:#0f6cbd;text-decoration:underline",
          typeof value === "number" && "text-align:right",
        ];
        return `<td style="${style.filter(Boolean).join(";")}">${escape(shown(value, sheet.numberFormats[key]))}</td>`;
      });
      return `<tr>${cells.join("")}</tr>`;
    });
    await page.setViewportSize({ width: 900, height: 520 });
    await page.setContent(
      `<html><body style="margin:0;font:12px 'Segoe UI',sans-serif"><table style="border-collapse:collapse">${rows.join("")}</table>` +
        `<style>td{border:1px solid #d4d4d4;padding:2px 6px;white-space:nowrap;max-width:380px;overflow:hidden;text-overflow:ellipsis}</style></body></html>`,
    );
    await page.screenshot({ path: join(OUTPUT, "report-sheet.png") });
  }

  it("offers a new, empty workbook the canonical sheets, as Excel tables", async function () {
    this.timeout(30_000);
    const { page, errors } = await openPane({ sheets: [{ name: "Taul1", cells: [] }], date1904: false });
    await check(page);
    await page.click('[data-offer="template"] fluent-button');
    await page.waitForFunction(() => /Lisätty/.test(document.querySelector("#status")?.textContent ?? ""));
    const sheets = (await fake(page, (f) => f.snapshot())).sheets;
    for (const name of Object.values(CANONICAL_SHEETS))
      assert.ok(
        sheets.some((s) => s.name === name),
        name,
      );
    assert.equal(sheets.find((s) => s.name === "Laskut")!.tables.length, 1);
    assert.equal(await page.$("[data-offer]"), null, "no longer empty");
    assert.deepEqual(errors, []);
  });

  it("says what went wrong when Excel refuses, and writes nothing", async function () {
    this.timeout(30_000);
    const book = workbookFromWritableSheets(brokenSheets());
    const { page } = await openPane(book, { displayLanguage: "en-US" });
    await check(page);
    const before = await fake(page, (f) => JSON.stringify(f.snapshot()));
    await fake(page, (f) => f.failNextSync("AccessDenied", "The sheet is protected."));
    await page.click('fluent-button[data-action="report"]');
    await page.waitForSelector('#status[data-tone="error"]');
    assert.match(await statusText(page), /protected.*Nothing was written\.$/);
    assert.equal(await fake(page, (f) => JSON.stringify(f.snapshot())), before);
  });

  it("in Swedish names the tables a check could not run without, and what Excel refused", async function () {
    this.timeout(30_000);
    const book = workbookFromWritableSheets(brokenSheets().filter((sheet) => sheet.name !== "Kuntaosuudet"));
    const { page } = await openPane(book, { displayLanguage: "sv-FI" });
    await check(page);
    const lines = await page.$$eval(".verdict-lines li", (items) => items.map((li) => li.textContent ?? ""));
    const notChecked = checkWorkbook(book).notChecked.length;
    assert.ok(notChecked > 0);
    assert.ok(
      lines.includes(`Inte kontrollerat: Kommunandelar saknas (${notChecked} ${notChecked === 1 ? "kontroll" : "kontroller"})`),
      lines.join("\n"),
    );
    await fake(page, (f) => f.failNextSync("AccessDenied", "The sheet is protected."));
    await page.click('fluent-button[data-action="report"]');
    await page.waitForSelector('#status[data-tone="error"]');
    assert.match(await statusText(page), /^Det gick inte att skriva fliken: .*skyddad.*Inget skrevs\.$/);
  });

  it("reads the settings when the tab opens and saves a changed one into the Asetukset sheet", async function () {
    this.timeout(30_000);
    const book = workbookFromWritableSheets(brokenSheets());
    const { page } = await openPane(book);
    await page.click("#tab-settings");
    // Said in the footer: the pane read them by itself, the message bar is for what her actions did
    await page.waitForFunction(() => /Asetukset luettu/.test(document.querySelector("#note")?.textContent ?? ""));
    assert.equal(
      await page.inputValue('fluent-text-input[data-setting="asOf"] >> input'),
      "15.12.2015",
      "read from the workbook when the tab opens",
    );
    await page.fill('fluent-text-input[data-setting="monthGraceDays"] >> input', "45");
    await page.click('fluent-button[data-action="save-settings"]');
    await page.waitForFunction(() => /tallennettu/.test(document.querySelector("#status")?.textContent ?? ""));
    const after = (await fake(page, (f) => f.snapshot())).sheets;
    const settings = checkWorkbook({ sheets: after, date1904: false }).ledger.settings;
    assert.equal(settings.monthGraceDays, 45);
    assert.equal(settings.asOf, checkWorkbook(book).ledger.settings.asOf, "the others as they were");
  });

  it("previews a partner's CSV against the ledger and appends only its new rows, after the user accepts", async function () {
    this.timeout(30_000);
    const lasse = lasseSheets();
    const first = lasse.find((sheet) => sheet.name === "Laskut")!.rows[1] as Array<string | number | { date: number }>;
    const day = (cell: unknown) => fiDateOf((cell as { date: number }).date);
    const csv = [
      "Laskun pvm;Laskuttaja;Laskun numero;Ajalta alkaen;Ajalta päättyen;Laji;Tilikohta;Summa (ALV 0);ALV;Selite",
      [
        day(first[0]),
        first[1],
        first[2],
        day(first[3]),
        day(first[4]),
        first[5],
        first[6],
        String(first[7]).replace(".", ","),
        first[8],
        first[12],
      ].join(";"),
      "5.11.2015;Pikassos;PIK-TESTI-1;1.10.2015;31.10.2015;toteuma;Palkat;1 250,00;0;uusi rivi",
      "5.11.2015;Pikassos;PIK-TESTI-2;1.10.2015;31.10.2015;toteuma;Palkat;12,3,4;0;rikki",
    ].join("\r\n");
    const { page, errors } = await openPane(workbookFromWritableSheets(lasse));
    await check(page);
    await page.click("#tab-import");
    await page.setInputFiles('input[data-input="partner-file"]', {
      name: "pikassos-11-2015.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv, "utf8"),
    });
    const rowsBefore = (await fake(page, (f) => f.snapshot())).sheets.find((s) => s.name === "Laskut")!.cells.length;
    await page.click('fluent-button[data-action="preview-import"]');
    await page.waitForSelector('fluent-button[data-action="accept-import"]');
    const counts = await page.$$eval("h2[data-group]", (hs) => hs.map((h) => h.textContent));
    assert.deepEqual(counts, [
      "Lisätään: 1 rivi · 1\u00a0250,00\u00a0€",
      `Jo kirjanpidossa (ohitetaan): 1 rivi · ${formatAmount(Math.round(Number(first[7]) * 100), "fi")}\u00a0€`,
      "Ristiriidat (ei tuoda): 0 riviä",
      "Virheelliset rivit (ei tuoda): 1 rivi",
    ]);
    assert.match((await page.textContent(".import-preview")) ?? "", /rivi 4: .*"12,3,4"/);
    const unchanged = (await fake(page, (f) => f.snapshot())).sheets.find((s) => s.name === "Laskut")!;
    assert.equal(unchanged.cells.length, rowsBefore, "nothing written by the preview");

    await page.click('fluent-button[data-action="accept-import"]');
    await page.waitForFunction(() => /1 rivi tuotu/.test(document.querySelector("#status")?.textContent ?? ""));
    const laskut = (await fake(page, (f) => f.snapshot())).sheets.find((s) => s.name === "Laskut")!;
    assert.equal(laskut.cells.length, rowsBefore + 1);
    assert.ok(laskut.cells[rowsBefore].includes("PIK-TESTI-1"));
    assert.ok(laskut.cells[0].includes("Lähdetiedosto"));
    await page.click("#tab-check");
    await page.waitForSelector("[data-stale]");
    assert.match((await page.textContent("[data-stale]")) ?? "", /tarkista se uudelleen/);
    assert.deepEqual(errors, []);
  });

  it("reads a partner's .xlsx in the browser, and refuses an old .xls or a damaged .xlsx with a clear message", async function () {
    this.timeout(30_000);
    const partner = await readFile(
      await xlsxFile(
        [
          {
            name: "Laskut",
            rows: [
              ["Laskuttaja", "Laskun numero", "Ajalta alkaen", "Ajalta päättyen", "Tilikohta", "Summa (ALV 0)", "ALV"],
              ["Verso", "VER-TESTI-1", { date: dayFromYmd(2015, 10, 1) }, { date: dayFromYmd(2015, 10, 31) }, "Palkat", 980.5, 0],
            ],
          },
        ],
        "verso.xlsx",
      ),
    );
    const { page, errors } = await openPane(workbookFromWritableSheets(lasseSheets()));
    await page.click("#tab-import");
    // Opening the tab reads the workbook's partners first
    await page.waitForSelector('select[data-input="partner"] option[value="Verso"]', { state: "attached" });
    await page.waitForFunction(() => document.querySelector("#pane")?.getAttribute("aria-busy") === "false");
    await page.setInputFiles('input[data-input="partner-file"]', {
      name: "verso-10-2015.xls",
      mimeType: "application/vnd.ms-excel",
      buffer: Buffer.from("old"),
    });
    await page.click('fluent-button[data-action="preview-import"]');
    await page.waitForSelector('#status[data-tone="error"]');
    assert.match(await statusText(page), /Tuo CSV- tai XLSX-tiedosto/);
    // a damaged file naming a cell past Excel's last column is refused with a message, in Finnish
    await page.setInputFiles('input[data-input="partner-file"]', {
      name: "verso-rikki.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from(oneSheetXlsx(TOO_WIDE)),
    });
    await page.click('fluent-button[data-action="preview-import"]');
    await page.waitForFunction(() => /soluviittaus ZZZZZZ3/.test(document.querySelector("#status")?.textContent ?? ""));
    assert.match(
      await statusText(page),
      /^Tiedostoa verso-rikki\.xlsx ei voi lukea: soluviittaus ZZZZZZ3 taulukossa Laskut on Excelin rajojen ulkopuolella/,
    );
    await page.setInputFiles('input[data-input="partner-file"]', {
      name: "verso-10-2015.xlsx",
      mimeType: "application/octet-stream",
      buffer: partner,
    });
    await page.click('fluent-button[data-action="preview-import"]');
    await page.waitForSelector('fluent-button[data-action="accept-import"]');
    assert.equal(await page.textContent('h2[data-group="add"]'), "Lisätään: 1 rivi · 980,50\u00a0€");
    assert.match((await page.textContent(".import-preview")) ?? "", /Verso VER-TESTI-1, 980,50/);
    // read by what it holds, whatever its name says: a CSV saved under an .xlsx name, then the .xlsx under a .csv one
    const csv = "Laskuttaja;Laskun numero;Ajalta;Tilikohta;Summa (ALV 0)\nVerso;VER-TESTI-2;11/2015;Palkat;1 200,00\n";
    for (const [name, buffer, shown, gone] of [
      ["verso-11-2015.xlsx", Buffer.from(csv), "VER-TESTI-2", "VER-TESTI-1"],
      ["verso-10-2015.csv", partner, "VER-TESTI-1", "VER-TESTI-2"],
    ] as const) {
      await page.setInputFiles('input[data-input="partner-file"]', { name, mimeType: "application/octet-stream", buffer });
      await page.click('fluent-button[data-action="preview-import"]');
      await page.waitForFunction(
        ([want, not]) => {
          const text = document.querySelector(".import-preview")?.textContent ?? "";
          return text.includes(want) && !text.includes(not);
        },
        [shown, gone] as const,
      );
      assert.match((await page.textContent('h2[data-group="add"]')) ?? "", /^Lisätään: 1 rivi/, name);
    }
    assert.deepEqual(errors, []);
  });

  it("drafts the payment application only when the checks pass or the user overrides, and marks it as sent", async function () {
    this.timeout(60_000);
    // The broken example: errors block the draft until overridden
    const broken = await openPane(workbookFromWritableSheets(brokenSheets()));
    let page = broken.page;
    await page.click("#tab-application");
    // Opened before a check, the tab checks first
    await page.waitForSelector("[data-readiness] [data-verdict]");
    await page.waitForFunction(() => document.querySelector("#pane")?.getAttribute("aria-busy") === "false");
    await page.fill('fluent-text-input[data-input="period-start"] >> input', "1.1.2014");
    await page.fill('fluent-text-input[data-input="period-end"] >> input', "31.12.2014");
    await page.click('fluent-button[data-action="draft"]');
    await page.waitForSelector('#status[data-tone="error"]');
    assert.match(await statusText(page), /löysivät \d+ virhettä: mitään ei kirjoitettu/);
    assert.ok((await page.$$("[data-blocking] li")).length > 0, "the blocking errors are listed");
    assert.ok(!(await fake(page, (f) => f.snapshot())).sheets.some((s) => s.name.startsWith("Maksatushakemus")));
    await page.click('input[data-input="override"]');
    await page.click('fluent-button[data-action="draft"]');
    await page.waitForFunction(() => /Maksatushakemus 2014/.test(document.querySelector("#status")?.textContent ?? ""));
    assert.match((await page.textContent(".application-result")) ?? "", /ohittaen \d+ virhettä/);
    await context.close();

    // LasSe passes: drafted, then marked as sent (the frozen rows on a hidden sheet)
    page = (await openPane(workbookFromWritableSheets(lasseSheets()))).page;
    await page.click("#tab-application");
    await page.waitForSelector("[data-readiness] [data-verdict]");
    await page.waitForFunction(() => document.querySelector("#pane")?.getAttribute("aria-busy") === "false");
    await page.fill('fluent-text-input[data-input="period-start"] >> input', "1.1.2014");
    await page.fill('fluent-text-input[data-input="period-end"] >> input', "31.12.2014");
    await page.click('fluent-button[data-action="draft"]');
    await page.waitForFunction(() => /Maksatushakemus 2014/.test(document.querySelector("#status")?.textContent ?? ""));
    await page.fill('fluent-text-input[data-input="sent"] >> input', "27.2.2015");
    await page.click('fluent-button[data-action="mark-sent"]');
    await page.waitForFunction(() => /merkitty lähetetyksi/.test(document.querySelector("#status")?.textContent ?? ""));
    const sheets = (await fake(page, (f) => f.snapshot())).sheets;
    assert.equal(sheets.find((s) => s.name === CLAIMS_SHEET)?.visibility, "Hidden");
    const result = checkWorkbook({ sheets, date1904: false });
    assert.equal(result.ledger.claims?.length, 1);
    assert.ok(!result.findings.some((f) => f.code.startsWith("CLAIMED_")));
  });

  it("maps a column the checks did not recognise, kept on the hidden mapping sheet", async function () {
    this.timeout(30_000);
    const sheets = lasseSheets();
    const laskut = sheets.find((s) => s.name === "Laskut")!.rows[0] as string[];
    laskut[laskut.indexOf("Summa (ALV 0)")] = "Rahaa";
    const { page } = await openPane(workbookFromWritableSheets(sheets));
    await page.click("#tab-mapping");
    await page.click('fluent-button[data-action="find-columns"]');
    await page.waitForSelector('[data-table="invoices"] select[data-column="H"]');
    await page.selectOption('[data-table="invoices"] select[data-column="H"]', "net");
    await page.click('fluent-button[data-action="save-mapping"]');
    await page.waitForFunction(() => /Kohdistus tallennettu/.test(document.querySelector("#status")?.textContent ?? ""));
    const after = (await fake(page, (f) => f.snapshot())).sheets;
    assert.equal(after.find((s) => s.name === MAPPING_SHEET)?.visibility, "Hidden");
    const result = checkWorkbook({ sheets: after, date1904: false });
    assert.deepEqual(
      result.findings.filter((f) => f.code === "REQUIRED_MISSING" || f.code === "TABLE_NOT_FOUND"),
      [],
    );
    assert.ok(result.ledger.invoices.every((line) => line.net !== null));
  });

  it("speaks Office's display language, switches language keeping the findings, and works from the keyboard", async function () {
    this.timeout(30_000);
    const { page } = await openPane(workbookFromWritableSheets(brokenSheets()), { displayLanguage: "sv-FI" });
    await page.waitForSelector('fluent-button[data-action="check"]');
    assert.equal(await page.textContent('fluent-button[data-action="check"]'), "Kontrollera arbetsboken");
    // Keyboard only: Tab to Check, Enter, then down the findings and Enter selects the cell
    await page.focus("#tab-check");
    for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.getAttribute("data-action") === "check")); i++)
      await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.waitForSelector("[data-summary]");
    await page.waitForFunction(() => document.querySelector("#pane")?.getAttribute("aria-busy") === "false");
    await page.focus("li.finding button.finding-go");
    await page.keyboard.press("ArrowDown");
    const second = await page.evaluate(() => [
      document.activeElement?.getAttribute("data-sheet"),
      document.activeElement?.getAttribute("data-cell"),
    ]);
    const listed = await page.$$eval("li.finding button.finding-go", (bs) =>
      bs.slice(0, 2).map((b) => [b.getAttribute("data-sheet"), b.getAttribute("data-cell")]),
    );
    assert.deepEqual(second, listed[1]);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (window as unknown as FakeWindow).__KASTE_FAKE__.selected !== null);
    assert.deepEqual(Object.values((await fake(page, (f) => f.selected))!), second);

    await page.selectOption('select[data-input="language"]', "en");
    await page.waitForSelector('fluent-button[data-action="check"] >> text=Check workbook');
    assert.equal(await page.getAttribute("html", "lang"), "en");
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute("data-input")),
      "language",
      "the keyboard stays on the language picker",
    );
    assert.match((await page.textContent("[data-summary] h2")) ?? "", /^Not ready: \d+ errors block the payment application$/);
    assert.equal(await page.textContent(".finding-group summary .group-label"), "Funding shares", "the topics in English too");
  });

  it("tells in Finnish and English that it must run in Excel when Office is not there", async function () {
    this.timeout(30_000);
    const { page, errors } = await openPane({ sheets: [], date1904: false }, { office: "" });
    await page.waitForSelector('#status[data-state="not-excel"]');
    assert.match(await statusText(page), /toimii Excelissä.*runs in Excel/s);
    assert.equal(await page.$("fluent-button"), null);
    assert.deepEqual(errors, []);
  });

  it("has no serious accessibility violations axe-core can find, with the findings listed", async function () {
    this.timeout(60_000);
    const { page } = await openPane(workbookFromWritableSheets(brokenSheets()));
    await check(page);
    await page.addScriptTag({ path: join(ROOT, "node_modules", "axe-core", "axe.min.js") });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } }
      ).axe;
      return (await axe.run()).violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
    });
    assert.deepEqual(violations, []);
  });
});
