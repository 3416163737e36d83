/**
 * The Import tab in headless Chromium at a task pane's 350 × 800, over the fake Office host and
 * the production build: the drop zone and picker, the partner chosen from Kumppanit, each
 * conflict beside the ledger row it meets (and the link that selects that row), the € totals
 * of each group, the file's technical details folded away, in Finnish, Swedish and English.
 * Each state leaves a screenshot under tests/output/.
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { lasseSheets } from "../../examples/lasse";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { formatMoney } from "../../src/money";
import { fiDateOf } from "../../src/periods";
import { servedAddinSuite } from "../support/browser";
import { ROOT } from "../support/build";
import { workbookFromWritableSheets } from "../support/fakeOffice/fromWritable";
import type { FakeBookInit, SheetSnapshot } from "../support/fakeOffice/model";
import { fakeOfficeInitScript, fakeOfficeScript } from "../support/fakeOffice/script";
import { HEADER_ROW, oneSheetXlsx } from "../support/oneSheetXlsx";
import { xlsxFile } from "../support/xlsx";

const VIEWPORT = { width: 350, height: 800 };
const OUTPUT = join(ROOT, "tests", "output");
const NBSP = "\u00a0";

interface FakeWindow {
  __KASTE_FAKE__: { selected: { sheet: string; cell: string } | null; snapshot(): { sheets: SheetSnapshot[] } };
}

type Row = Array<string | number | boolean | { date: number } | null>;

/** LasSe's ledger rows as the example builds them (row 0 is the header). */
function lasseLaskut(): Row[] {
  return lasseSheets().find((sheet) => sheet.name === "Laskut")?.rows as Row[];
}

const day = (cell: unknown) => fiDateOf((cell as { date: number }).date);
const euros = (cell: unknown) => String(cell).replace(".", ",");

/** A ledger row as a partner's CSV line (Finnish headers, semicolons). */
function csvLine(row: Row, change: { net?: string; line?: string } = {}): string {
  return [
    day(row[0]),
    row[1],
    row[2],
    day(row[3]),
    day(row[4]),
    row[5],
    change.line ?? row[6],
    change.net ?? euros(row[7]),
    row[8],
    row[12],
  ].join(";");
}

const CSV_HEADER = "Laskun pvm;Laskuttaja;Laskun numero;Ajalta alkaen;Ajalta päättyen;Laji;Tilikohta;Summa (ALV 0);ALV;Selite";

describe("the Import tab in headless Chromium", function () {
  const suite = servedAddinSuite();
  let context: BrowserContext;
  let officeScript = "";

  before(async function () {
    this.timeout(60_000);
    officeScript = await fakeOfficeScript();
    mkdirSync(OUTPUT, { recursive: true });
  });

  async function openImport(book: FakeBookInit, displayLanguage = "fi-FI"): Promise<{ page: Page; errors: string[] }> {
    context = await suite.newContext(() => officeScript, { viewport: VIEWPORT });
    await context.addInitScript({ content: fakeOfficeInitScript(book, { displayLanguage }) });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    await page.goto(suite.base + "taskpane.html", { waitUntil: "load" });
    await page.waitForSelector('fluent-button[data-action="check"]');
    await page.click("#tab-import");
    // The tab reads the workbook's partners when it opens
    await idle(page);
    return { page, errors };
  }

  const idle = (page: Page) => page.waitForFunction(() => document.querySelector("#pane")?.getAttribute("aria-busy") === "false");

  const snapshot = (page: Page) => page.evaluate(() => (window as unknown as FakeWindow).__KASTE_FAKE__.snapshot());

  async function preview(page: Page, name: string, csv: string): Promise<void> {
    await page.setInputFiles('input[data-input="partner-file"]', { name, mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await page.click('fluent-button[data-action="preview-import"]');
    await page.waitForSelector('h2[data-group="add"]');
    await idle(page);
  }

  const headings = (page: Page) => page.$$eval("h2[data-group]", (hs) => hs.map((h) => h.textContent ?? ""));

  /** Runs axe over the whole page: every impact counts, moderate and minor too. */
  async function axeViolations(page: Page): Promise<string[]> {
    await page.addScriptTag({ path: join(ROOT, "node_modules", "axe-core", "axe.min.js") });
    return page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } }
      ).axe;
      return (await axe.run()).violations.map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
    });
  }

  afterEach(async () => {
    await context?.close();
  });

  it("shows each conflict beside the ledger row with a link that selects it, and € totals per group, in Finnish", async function () {
    this.timeout(60_000);
    const laskut = lasseLaskut();
    const [present, conflicting] = [laskut[1], laskut[2]];
    const csv = [
      CSV_HEADER,
      csvLine(present),
      csvLine(conflicting, { net: "4 100,00" }),
      "5.11.2015;Pikassos;PIK-TESTI-1;1.10.2015;31.10.2015;toteuma;Palkat;1 250,00;0;uusi rivi",
      "6.11.2015;Pikassos;PIK-TESTI-2;1.10.2015;31.10.2015;toteuma;Palkat;2 000,50;0;toinen uusi",
    ].join("\r\n");
    const { page, errors } = await openImport(workbookFromWritableSheets(lasseSheets()));
    assert.equal(await page.textContent("[data-chosen]"), "Tiedostoa ei ole valittu.");
    await preview(page, "pikassos-11-2015.csv", csv);

    const presentCents = Math.round(Number(present[7]) * 100);
    assert.deepEqual(await headings(page), [
      `Lisätään: 2 riviä · 3${NBSP}250,50${NBSP}€`,
      `Jo kirjanpidossa (ohitetaan): 1 rivi · ${formatMoney(presentCents, "fi")}`,
      `Ristiriidat (ei tuoda): 1 rivi · 4${NBSP}100,00${NBSP}€`,
      "Virheelliset rivit (ei tuoda): 0 riviä",
    ]);
    assert.match(await page.textContent("#status").then((s) => s ?? ""), /^Esikatselu: 2 lisättävää, 1 jo kirjanpidossa, 1 ristiriitaa/);

    // The conflict: the file's values beside the ledger's, the differing ones marked
    const conflict = "li.conflict";
    assert.equal(await page.getAttribute(conflict, "data-conflict"), "3", "the file's row 3");
    const rows = await page.$$eval(`${conflict} tbody tr`, (trs) =>
      trs.map((tr) => [
        tr.getAttribute("data-field"),
        tr.classList.contains("differs"),
        ...Array.from(tr.children).map((c) => c.textContent),
      ]),
    );
    assert.deepEqual(rows, [
      ["amount", true, "Summa (ALV 0) (eroaa)", `4${NBSP}100,00${NBSP}€`, formatMoney(Math.round(Number(conflicting[7]) * 100), "fi")],
      ["line", false, "Tilikohta", String(conflicting[6]), String(conflicting[6])],
      ["period", false, "Jakso", `${day(conflicting[3])}–${day(conflicting[4])}`, `${day(conflicting[3])}–${day(conflicting[4])}`],
    ]);
    assert.equal(await page.textContent(`${conflict} .link-button`), "Näytä kirjanpidon rivi Laskut!A3");
    await page.click(`${conflict} .link-button`);
    await page.waitForFunction(() => (window as unknown as FakeWindow).__KASTE_FAKE__.selected !== null);
    assert.deepEqual(await page.evaluate(() => (window as unknown as FakeWindow).__KASTE_FAKE__.selected), {
      sheet: "Laskut",
      cell: "A3:M3",
    });

    // The CSV's encoding and delimiter only in folded details
    assert.equal(await page.$eval("details.file-details", (d) => (d as HTMLDetailsElement).open), false);
    assert.equal(await page.$eval("details.file-details p", (p) => p.checkVisibility()), false, "utf-8 is not shown");
    assert.match((await page.textContent("details.file-details p")) ?? "", /utf-8, erotin ”;”/);
    await page.screenshot({ path: join(OUTPUT, "import-conflict.png") });

    // Accept writes the two new rows; the same file again adds nothing
    const before = (await snapshot(page)).sheets.find((s) => s.name === "Laskut")?.cells.length ?? 0;
    await page.click('fluent-button[data-action="accept-import"]');
    await page.waitForFunction(() => /2 riviä tuotu/.test(document.querySelector("#status")?.textContent ?? ""));
    const after = (await snapshot(page)).sheets;
    assert.equal(after.find((s) => s.name === "Laskut")?.cells.length, before + 2);
    await page.click('fluent-button[data-action="preview-import"]');
    await page.waitForSelector('h2[data-group="add"]');
    await idle(page);
    assert.equal(await page.textContent('h2[data-group="add"]'), "Lisätään: 0 riviä");
    assert.match((await page.textContent('h2[data-group="present"]')) ?? "", /^Jo kirjanpidossa \(ohitetaan\): 3 riviä · /);
    assert.equal(await page.$('fluent-button[data-action="accept-import"]'), null, "nothing to write");
    assert.equal(
      checkWorkbook({ sheets: after, date1904: false }).ledger.invoices.filter((l) => l.number.startsWith("PIK-TESTI")).length,
      2,
    );
    assert.deepEqual(errors, []);
  });

  it("says in Finnish why a damaged partner .xlsx cannot be read, with no English reason of the reader's", async function () {
    this.timeout(60_000);
    const whole = await readFile(await xlsxFile(lasseSheets(), "kumppani.xlsx"));
    const damaged: Array<[name: string, bytes: Uint8Array, said: string]> = [
      // cut short as a broken download is: no zip directory at its end
      [
        "kumppani-katkennut.xlsx",
        whole.subarray(0, Math.floor(whole.length / 2)),
        "Tiedostoa kumppani-katkennut.xlsx ei voi lukea: zip-hakemistoa ei löydy: se ei ole zip-tiedosto tai on katkennut.",
      ],
      // a whole zip whose sheet ends inside a row
      [
        "kumppani-rivi.xlsx",
        oneSheetXlsx(`${HEADER_ROW}<row r="2"><c r="A2"><v>1</v></c>`),
        "Tiedostoa kumppani-rivi.xlsx ei voi lukea: välilehden rivi on katkennut.",
      ],
    ];
    const { page, errors } = await openImport(workbookFromWritableSheets(lasseSheets()));
    for (const [name, bytes, said] of damaged) {
      await page.setInputFiles('input[data-input="partner-file"]', {
        name,
        mimeType: "application/octet-stream",
        buffer: Buffer.from(bytes),
      });
      await page.click('fluent-button[data-action="preview-import"]');
      await idle(page);
      const bar = await page.$eval("#status", (status) => ({
        text: (status.querySelector(".message-text")?.textContent ?? "").trim(),
        tone: status.getAttribute("data-tone"),
      }));
      assert.deepEqual(bar, { text: said, tone: "error" }, name);
      const seen = await page.evaluate(() => document.body.innerText);
      assert.doesNotMatch(seen, /zip directory|cut short|cut off|not a zip|worksheet row|Unexpected|Odottamaton/, name);
      assert.equal(await page.$('h2[data-group="add"]'), null, `${name}: no preview`);
    }
    await page.screenshot({ path: join(OUTPUT, "import-damaged-fi.png") });
    assert.deepEqual(errors, []);
  });

  it("takes the partner for a file without a biller column from Kumppanit, in Swedish", async function () {
    this.timeout(60_000);
    const csv = [
      "Laskun pvm;Laskun numero;Ajalta alkaen;Ajalta päättyen;Tilikohta;Summa (ALV 0);ALV",
      "5.11.2015;VER-TESTI-1;1.10.2015;31.10.2015;Palkat;980,50;0",
    ].join("\r\n");
    const { page, errors } = await openImport(workbookFromWritableSheets(lasseSheets()), "sv-FI");
    const options = await page.$$eval('select[data-input="partner"] option', (os) =>
      os.map((o) => [(o as HTMLOptionElement).value, o.textContent]),
    );
    assert.deepEqual(options, [
      ["", "Enligt filen"],
      ["Pikassos", "Pikassos"],
      ["Verso", "Verso"],
      ["SONet BOTNIA", "SONet BOTNIA"],
    ]);
    assert.equal(await page.textContent('label[for] >> text="Partner för rader utan fakturerare"'), "Partner för rader utan fakturerare");
    await page.selectOption('select[data-input="partner"]', "Verso");
    await preview(page, "kulut-10-2015.csv", csv);
    assert.equal(await page.textContent('h2[data-group="add"]'), `Läggs till: 1 rad · 980,50${NBSP}€`);
    assert.match((await page.textContent(".import-preview")) ?? "", /rad 2: Verso VER-TESTI-1, 980,50/);
    assert.equal(await page.$("[data-partner-from-file]"), null, "chosen, not guessed from the file");
    await page.screenshot({ path: join(OUTPUT, "import-partner-sv.png") });
    await page.click('fluent-button[data-action="accept-import"]');
    await page.waitForFunction(() => /1 rad importerad/.test(document.querySelector("#status")?.textContent ?? ""));
    const written = checkWorkbook({ sheets: (await snapshot(page)).sheets, date1904: false }).ledger.invoices.find(
      (l) => l.number === "VER-TESTI-1",
    );
    assert.equal(written?.partner, "Verso");
    assert.deepEqual(errors, []);
  });

  it("takes a dropped file, shows no browser file text, and has no accessibility violations of any impact, in English", async function () {
    this.timeout(60_000);
    const { page, errors } = await openImport(workbookFromWritableSheets(lasseSheets()), "en-GB");
    // The native input is there for the keyboard and screen readers, but not seen
    const box = await page.$eval('input[data-input="partner-file"]', (input) => {
      const r = input.getBoundingClientRect();
      return { width: r.width, height: r.height, label: (input as HTMLInputElement).labels?.[0]?.textContent };
    });
    assert.ok(box.width <= 1 && box.height <= 1, JSON.stringify(box));
    assert.equal(box.label, "Choose a file");
    await page.focus('input[data-input="partner-file"]');
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute("data-input")),
      "partner-file",
      "reachable by the keyboard",
    );
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: join(OUTPUT, "import-empty-en.png") });

    const laskut = lasseLaskut();
    const csv = [
      CSV_HEADER,
      csvLine(laskut[2], { net: "1,00" }),
      "5.11.2015;Verso;VER-TESTI-9;1.10.2015;31.10.2015;toteuma;Palkat;10,00;0;x",
    ].join("\n");
    const drop = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], "verso-11-2015.csv", { type: "text/csv" }));
      return transfer;
    }, csv);
    await page.dispatchEvent("[data-drop]", "dragover", { dataTransfer: drop });
    assert.ok(await page.$(".drop-zone.dragging"), "the zone shows it takes the file");
    await page.dispatchEvent("[data-drop]", "drop", { dataTransfer: drop });
    assert.equal(await page.textContent("[data-chosen]"), "Chosen: verso-11-2015.csv");
    await page.click('fluent-button[data-action="preview-import"]');
    await page.waitForSelector('h2[data-group="add"]');
    await idle(page);
    assert.deepEqual(await headings(page), [
      "To add: 1 row · €10.00",
      "Already in the ledger (skipped): 0 rows",
      "Conflicts (not imported): 1 row · €1.00",
      "Bad rows (not imported): 0 rows",
    ]);
    assert.equal(await page.textContent("li.conflict th[scope=col]:nth-child(2)"), "In the file");
    assert.ok(
      !/Choose File|No file chosen|utf-8/.test(await page.evaluate(() => document.body.innerText)),
      "no browser or technical text seen",
    );
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: join(OUTPUT, "import-preview-en.png"), fullPage: false });
    assert.deepEqual(errors, []);
  });
});
