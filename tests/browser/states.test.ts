/**
 * The pane's states a person understands, in headless Chromium at a task pane's 350 × 800 over
 * the fake Office host: a workbook that does not look like a KASTE one. Each state leaves a
 * screenshot under tests/output/ and is checked with axe (every impact) in Finnish, Swedish
 * and English.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { CANONICAL_SHEETS } from "../../src/ledger/canonical";
import type { CellValue } from "../../src/workbook/types";
import type { FakeBookInit } from "../support/fakeOffice/model";
import { OUTPUT, axeViolations, idle, paneSuite, sheetsOf } from "../support/paneBrowser";
import type { PaneLang } from "../support/paneBrowser";

/** Her own ledger: no KASTE table, the amount headed "Rahaa" (a near miss of Laskut at row 3). */
const KIRJANPITO: CellValue[][] = [
  ["Hankkeen kulut 2014"],
  [],
  ["Laskuttaja", "Laskun nro", "Kohdistuu", "Ajalta", "Rahaa", "Selite"],
  ["Verso", "V-1", "hanke", "1/2014", 4200, "Palkat"],
  ["Verso", "V-2", "hanke", "2/2014", 4300.5, "Palkat"],
];

describe("the pane's states in headless Chromium", function () {
  const pane = paneSuite();
  const openPane = (book: FakeBookInit, lang: PaneLang = "fi") => pane.open(book, { lang });

  async function check(page: Page): Promise<void> {
    await page.click('fluent-button[data-action="check"]');
    await page.waitForSelector("[data-verdict]");
    await idle(page);
  }

  describe("a workbook with no KASTE table", () => {
    const foreign: FakeBookInit = { date1904: false, sheets: [{ name: "Kirjanpito", cells: KIRJANPITO }] };
    const texts: Record<PaneLang, { title: string; nearest: string; matched: string; missing: string }> = {
      fi: {
        title: "Tämä ei näytä KASTE-työkirjalta",
        nearest: "Lähimpänä on välilehti Kirjanpito, otsikkorivi 3: se muistuttaa taulukkoa Laskut.",
        matched: "Tunnistettu: Laskuttaja, Laskun nro, Ajalta, Selite",
        missing: "Puuttuu: Summa (ALV 0) / Summa (sis. ALV)",
      },
      sv: {
        title: "Det här ser inte ut som en KASTE-arbetsbok",
        nearest: "Närmast är bladet Kirjanpito, rubrikrad 3: den liknar tabellen Fakturor.",
        matched: "Känns igen: Laskuttaja, Laskun nro, Ajalta, Selite",
        missing: "Saknas: Belopp (moms 0 %) / Belopp inkl. moms",
      },
      en: {
        title: "This does not look like a KASTE workbook",
        nearest: "The closest is sheet Kirjanpito, header row 3: it resembles the Invoices table.",
        matched: "Recognised: Laskuttaja, Laskun nro, Ajalta, Selite",
        missing: "Missing: Net amount / Amount incl. VAT",
      },
    };

    for (const lang of ["fi", "sv", "en"] as const) {
      it(`is one state in ${lang}, with the nearest table and two actions, instead of a missing table each`, async function () {
        this.timeout(60_000);
        assert.ok(checkWorkbook(foreign).findings.filter((f) => f.code === "TABLE_NOT_FOUND").length >= 5, "the core reports each table");
        const { page, errors } = await openPane(foreign, lang);
        await check(page);
        const want = texts[lang];
        assert.equal(await page.getAttribute("[data-verdict]", "data-verdict"), "foreign");
        assert.equal(await page.textContent("[data-verdict] h2"), want.title);
        assert.equal(await page.textContent("[data-nearest] > p"), want.nearest);
        assert.equal(await page.textContent("[data-matched]"), want.matched);
        assert.equal(await page.textContent("[data-missing]"), want.missing);
        assert.equal(await page.$$eval("li.finding", (items) => items.length), 0, "no list of TABLE_NOT_FOUND");
        assert.doesNotMatch((await page.textContent("#pane")) ?? "", /TABLE_NOT_FOUND|cofunding-plan/);
        assert.ok(await page.$('fluent-button[data-action="add-sheets"]'));
        assert.ok(await page.$('fluent-button[data-action="map-columns"]'));
        assert.equal(
          await page.evaluate(() => document.activeElement?.textContent),
          want.title,
          "the keyboard is on the verdict's heading after Check",
        );
        await page.screenshot({ path: join(OUTPUT, `state-not-kaste-${lang}.png`) });
        assert.deepEqual(await axeViolations(page), [], lang);
        assert.deepEqual(errors, []);
      });
    }

    it("adds only the standard sheets she lacks, never touching hers, and checks again", async function () {
      this.timeout(60_000);
      // Her own Laskut sheet (not a KASTE table): kept as it is, the other sheets added beside it
      const own: FakeBookInit = {
        date1904: false,
        sheets: [
          { name: "laskut", cells: KIRJANPITO },
          { name: "Muistiinpanot", cells: [["Kokous torstaina"]] },
        ],
      };
      const { page, errors } = await openPane(own);
      await check(page);
      assert.equal(await page.getAttribute("[data-verdict]", "data-verdict"), "foreign");
      const before = (await sheetsOf(page)).map((s) => JSON.stringify(s));
      await page.click('fluent-button[data-action="add-sheets"]');
      await page.waitForFunction(() => /Lisätty/.test(document.querySelector("#status")?.textContent ?? ""));
      await idle(page);
      const after = await sheetsOf(page);
      assert.deepEqual(
        after.slice(0, 2).map((s) => JSON.stringify(s)),
        before,
        "her sheets exactly as they were",
      );
      const added = after.slice(2).map((s) => s.name);
      assert.deepEqual(
        added,
        Object.values(CANONICAL_SHEETS).filter((name) => name !== "Laskut"),
      );
      assert.match((await page.textContent("#status")) ?? "", /Ennestään olleet välilehdet \(Laskut\) jätettiin ennalleen/);
      assert.notEqual(await page.getAttribute("[data-verdict]", "data-verdict"), "foreign", "a KASTE workbook now");
      assert.equal(
        await page.evaluate(() => document.activeElement?.matches("[data-verdict] h2")),
        true,
        "the keyboard on the new verdict",
      );
      assert.deepEqual(errors, []);
    });

    it("opens the Columns tab on her nearest table, and the mapping chosen there makes it the Laskut table", async function () {
      this.timeout(60_000);
      const { page, errors } = await openPane(foreign, "en");
      await check(page);
      await page.click('fluent-button[data-action="map-columns"]');
      await page.waitForSelector('#panel-mapping:not([hidden]) [data-table="invoices"] select[data-column="E"]');
      assert.equal(await page.getAttribute("#tab-mapping", "aria-selected"), "true");
      assert.equal(await page.evaluate(() => document.activeElement?.closest("#panel-mapping") !== null), true, "the keyboard in the tab");
      await page.screenshot({ path: join(OUTPUT, "state-not-kaste-map.png") });
      await page.selectOption('[data-table="invoices"] select[data-column="E"]', "net");
      await page.click('fluent-button[data-action="save-mapping"]');
      await page.waitForFunction(() => /Mapping saved/i.test(document.querySelector("#status")?.textContent ?? ""));
      const result = checkWorkbook({ sheets: await sheetsOf(page), date1904: false });
      assert.deepEqual(
        result.ledger.invoices.map((line) => line.net),
        [420_000, 430_050],
      );
      assert.deepEqual(errors, []);
    });
  });
});
