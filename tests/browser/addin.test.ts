/**
 * The built add-in in headless Chromium: the production bundles served from 127.0.0.1, the
 * Office CDN script replaced by a fake host, every other request refused. Needs Debian's
 * chromium (`apt-get install -y chromium`) or CHROMIUM_PATH.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { dayFromYmd, serialOf } from "../../src/periods";
import { servedAddinSuite } from "../support/browser";
import { ROOT } from "../support/build";

/** A fake of the custom-functions part of office.js: records associations, has Excel's errors. */
const FAKE_CUSTOM_FUNCTIONS = `
  window.__registered = {};
  window.CustomFunctions = {
    associate(id, fn) { window.__registered[id] = fn; },
    Error: class { constructor(code, message) { this.code = code; this.message = message; } },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!" },
  };`;

/** A fake Office global whose onReady reports `host` (null: a browser outside Office). */
function fakeOffice(host: string | null): string {
  return `
  window.Office = {
    HostType: { Excel: "Excel" },
    onReady(callback) { const info = { host: ${JSON.stringify(host)}, platform: ${host ? '"OfficeOnline"' : "null"} }; return Promise.resolve(info).then((i) => { if (callback) callback(i); return i; }); },
  };`;
}

function serial(year: number, month: number, day: number): number {
  return serialOf(dayFromYmd(year, month, day), false);
}

/** An error with the message Excel shows for it (#VALUE!, #N/A), or #DIV/0! alone (Excel shows none). */
type Expected = { value: unknown } | { error: string; message?: string };
interface Case {
  id: string;
  args: unknown[];
  expected: Expected;
}

const ok = (id: string, args: unknown[], value: unknown): Case => ({ id, args, expected: { value } });
function fails(id: string, args: unknown[], error: "#DIV/0!"): Case;
function fails(id: string, args: unknown[], error: "#VALUE!" | "#N/A", message: string): Case;
function fails(id: string, args: unknown[], error: string, message?: string): Case {
  return { id, args, expected: { error, message } };
}

/** At least one result and one error per function, as Excel would pass the arguments (null for omitted). */
const CASES: Case[] = [
  ok("SHARE", [1828204, null, null], 1371153),
  ok("SHARE", [1828204, "kunta", null], 457051),
  ok("SHARE", ["1\u00a0828\u00a0204,00\u00a0€", "municipal", 0.75], 457051),
  fails(
    "SHARE",
    [-1, null, null],
    "#VALUE!",
    "amount: ei voi olla negatiivinen; palautuksen jakaa KASTE.ALLOCATE / cannot be negative; split a refund with KASTE.ALLOCATE",
  ),
  fails("SHARE", [100, "kaupunki", null], "#VALUE!", 'party: "kaupunki" ei ole osapuoli / is not a party (valtio/state, kunta/municipal)'),
  fails(
    "SHARE",
    ["1,234", null, null],
    "#VALUE!",
    'amount: "1,234" on monitulkintainen (tuhaterotin vai desimaalit?) / is ambiguous (thousands or decimals?)',
  ),
  ok("CHECKSPLIT", [1828204, 1371152, 457052, null, null], "OK"),
  ok("CHECKSPLIT", [1828204, 1371155, 457049, null, null], "valtionosuus ylittää 75\u00a0% 2,00\u00a0€:lla"),
  ok("CHECKSPLIT", [1828204, 1371155, 457049, null, "en"], "state share exceeds 75% by €2.00"),
  fails(
    "CHECKSPLIT",
    [1000, -1, 1001, null, null],
    "#VALUE!",
    "state: ei voi olla negatiivinen; palautuksen jakaa KASTE.ALLOCATE / cannot be negative; split a refund with KASTE.ALLOCATE",
  ),
  fails("CHECKSPLIT", [1000, 750, 250, null, "de"], "#VALUE!", 'lang: "de" ei ole kieli / is not a language (fi, sv, en)'),
  ok("USE", [880, 1000], 0.88),
  fails("USE", [100, 0], "#DIV/0!"),
  fails("USE", [100, -5], "#VALUE!", "budget: ei voi olla negatiivinen / cannot be negative"),
  ok("PACE", [500, 1000, serial(2014, 1, 1), serial(2014, 1, 10), serial(2014, 1, 5)], 1),
  ok("PACE", [880, 1000, "1.4.2013", "31.10.2015", null], 0.88),
  fails(
    "PACE",
    [0, 1000, serial(2014, 1, 1), serial(2014, 1, 10), serial(2013, 12, 1)],
    "#N/A",
    "as_of: jakso ei ole vielä alkanut / the period has not started yet",
  ),
  fails("PACE", [0, 0, serial(2014, 1, 1), serial(2014, 1, 10), null], "#DIV/0!"),
  ok("ELAPSED", [serial(2014, 1, 1), serial(2014, 1, 10), serial(2014, 1, 5)], 0.5),
  fails("ELAPSED", [serial(2014, 1, 10), serial(2014, 1, 1), null], "#VALUE!", "end: ennen alkua / is before the start"),
  fails("ELAPSED", ["1.1.2014", "31.2.2014", null], "#VALUE!", 'end: "31.2.2014" ei ole päivämäärä / is not a date (31.10.2015)'),
  ok("PERIOD", [serial(2014, 3, 20), "tertial"], "2014-T1"),
  ok("PERIOD", ["31.10.2015", "neljännes"], "2015-Q4"),
  fails(
    "PERIOD",
    [serial(2014, 3, 20), "viikko"],
    "#VALUE!",
    'scheme: "viikko" ei ole jaksotus / is not a scheme (kuukausi/month, neljännes/quarter, kolmannes/tertial)',
  ),
  ok("PERIODSTART", [serial(2014, 5, 20), "kolmannes"], serial(2014, 5, 1)),
  fails("PERIODSTART", [0, "month"], "#VALUE!", "date: 0 ei ole päivämäärä / is not a date serial"),
  ok("PERIODEND", [serial(2014, 5, 20), "kolmannes"], serial(2014, 8, 31)),
  fails("PERIODEND", ["eilen", "month"], "#VALUE!", 'date: "eilen" ei ole päivämäärä / is not a date (31.10.2015)'),
  ok(
    "PERIODS",
    ["1.12.2013", "30.4.2014", "tertial"],
    [
      ["2013-T3", serial(2013, 12, 1), serial(2013, 12, 31)],
      ["2014-T1", serial(2014, 1, 1), serial(2014, 4, 30)],
    ],
  ),
  fails("PERIODS", ["30.4.2014", "1.12.2013", "tertial"], "#VALUE!", "end: ennen alkua / is before the start"),
  ok(
    "ALLOCATE",
    [
      142000,
      [
        [20000],
        [20000],
        [20000],
        [20000],
        [20000],
        [20000],
        [2000],
        [2000],
        [2000],
        [2000],
        [2000],
        [2000],
        [2000],
        [2000],
        [2000],
        [2000],
        [2000],
      ],
    ],
    [
      [20000],
      [20000],
      [20000],
      [20000],
      [20000],
      [20000],
      [2000],
      [2000],
      [2000],
      [2000],
      [2000],
      [2000],
      [2000],
      [2000],
      [2000],
      [2000],
      [2000],
    ],
  ),
  ok("ALLOCATE", [10.03, [[50], [50]]], [[5.02], [5.01]]),
  ok("ALLOCATE", [100, [["1/5"], ["4/5"]]], [[20], [80]]),
  fails("ALLOCATE", [100, [[0], [0]]], "#DIV/0!"),
  fails("ALLOCATE", [100, [[1], [-1]]], "#VALUE!", 'weights 2: "-1" on negatiivinen tai ääretön / is negative or infinite'),
  fails("ALLOCATE", [100, [[1], [""]]], "#VALUE!", "weights 2: tyhjä solu / is an empty cell"),
  ok("AMOUNT", ["1\u00a0828\u00a0204,50\u00a0€"], 1828204.5),
  ok("AMOUNT", ["\u2212250,00"], -250),
  fails(
    "AMOUNT",
    ["1,234"],
    "#VALUE!",
    'text: "1,234" on monitulkintainen (tuhaterotin vai desimaalit?) / is ambiguous (thousands or decimals?)',
  ),
  ok("FINALREPORTDUE", [serial(2015, 10, 31), null], serial(2015, 12, 31)),
  ok("FINALREPORTDUE", ["31.12.2011", 2], serial(2012, 2, 29)),
  fails("FINALREPORTDUE", [serial(2015, 10, 31), -1], "#VALUE!", "months: -1 ei ole kokonaisluku 0–1200 / is not a whole number 0–1200"),
];

describe("the add-in in headless Chromium", function () {
  const suite = servedAddinSuite();
  let context: BrowserContext;
  let officeScript = "";

  beforeEach(async () => {
    context = await suite.newContext(() => officeScript);
  });

  /** Opens a page of the build and collects its uncaught errors and console warnings. */
  async function open(file: string): Promise<{ page: Page; errors: string[]; warnings: string[] }> {
    const page = await context.newPage();
    const errors: string[] = [];
    const warnings: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    page.on("console", (message) => {
      if (message.type() === "warning" || message.type() === "error") warnings.push(message.text());
    });
    await page.goto(suite.base + file, { waitUntil: "load" });
    return { page, errors, warnings };
  }

  it("registers every id of functions.json and every call gives the expected result or Excel error", async () => {
    officeScript = FAKE_CUSTOM_FUNCTIONS;
    const { page, errors, warnings } = await open("functions.html");
    const metadata = JSON.parse(readFileSync(join(suite.outDir, "functions.json"), "utf8")) as { functions: { id: string }[] };
    const ids = metadata.functions.map((fn) => fn.id).sort();
    assert.deepEqual(await page.evaluate(() => Object.keys((window as unknown as { __registered: object }).__registered).sort()), ids);
    assert.deepEqual([...new Set(CASES.map((c) => c.id))].sort(), ids, "every function has a case");

    const results = await page.evaluate((cases) => {
      const registered = (window as unknown as { __registered: Record<string, (...args: unknown[]) => unknown> }).__registered;
      return cases.map(({ id, args }) => {
        try {
          return { value: registered[id](...args) };
        } catch (error) {
          const { code, message } = error as { code?: string; message?: string };
          return code ? { error: code, message } : { thrown: String(error) };
        }
      });
    }, CASES);
    results.forEach((result, index) => {
      const { id, args, expected } = CASES[index];
      const label = `${id}(${JSON.stringify(args)})`;
      if ("error" in expected) {
        assert.equal("error" in result ? result.error : JSON.stringify(result), expected.error, label);
        assert.equal("message" in result ? result.message : undefined, expected.message, `${label}'s message`);
      } else {
        assert.deepEqual(result, { value: expected.value }, label);
      }
    });
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings, []);
  });

  it("runs the functions and the task pane in one page in Excel (shared runtime)", async () => {
    officeScript = FAKE_CUSTOM_FUNCTIONS + fakeOffice("Excel");
    const { page, errors } = await open("taskpane.html");
    await page.waitForSelector('#status[data-state="excel"]', { state: "attached" });
    await page.waitForSelector('fluent-button[data-action="check"]');
    assert.equal(
      await page.$eval("h1", (h1) => h1.getBoundingClientRect().width <= 1),
      true,
      "no visible heading repeating Office's title bar",
    );
    assert.equal((await page.textContent("#status"))?.trim(), "", "no developer tip as the first thing read");
    assert.equal(await page.evaluate(() => Object.keys((window as unknown as { __registered: object }).__registered).length), 12);
    assert.deepEqual(errors, []);
  });

  it("tells in Finnish and English that it must run in Excel when opened in a browser", async () => {
    officeScript = fakeOffice(null);
    const { page, errors, warnings } = await open("taskpane.html");
    await page.waitForSelector('#status[data-state="not-excel"]');
    const lines = await page.$$eval("#status p", (ps) => ps.map((p) => [p.getAttribute("lang") ?? "", p.textContent]));
    assert.deepEqual(lines, [
      ["", "KASTE Ledger toimii Excelissä. Lisää se Exceliin lisäosana (manifest.xml) ja avaa se sieltä."],
      ["en", "KASTE Ledger runs in Excel. Add it to Excel as an add-in (manifest.xml) and open it there."],
    ]);
    assert.deepEqual(errors, [], "no ReferenceError for the missing CustomFunctions host");
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /not registered/);
  });

  it("says the same when office.js cannot load at all", async () => {
    officeScript = "";
    const { page, errors } = await open("taskpane.html");
    await page.waitForSelector('#status[data-state="not-excel"]');
    assert.match((await page.textContent("#status")) ?? "", /toimii Excelissä.*runs in Excel/s);
    assert.deepEqual(errors, []);
  });

  it("has no accessibility violations axe-core can find in the pane opened outside Excel", async function () {
    this.timeout(30_000);
    officeScript = fakeOffice(null);
    const { page } = await open("taskpane.html");
    await page.waitForSelector('#status[data-state="not-excel"]');
    await page.addScriptTag({ path: join(ROOT, "node_modules", "axe-core", "axe.min.js") });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run()).violations.map((violation) => violation.id);
    });
    assert.deepEqual(violations, []);
  });
});
