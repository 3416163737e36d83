import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { lappiSheets } from "../../examples/lappi";
import { lasseSheets } from "../../examples/lasse";
import { buildLedger } from "../../src/ledger/build";
import { ledgerExport } from "../../src/report/ledgerExport";
import type { LedgerExport } from "../../src/report/ledgerExport";
import { ledgerJournal } from "../../src/report/ledgerJournal";
import { fromEuros } from "../../src/money";
import { book } from "../support/book";
import { throughXlsx } from "../support/xlsx";

/**
 * The journal is read by hledger itself: `hledger check --strict` must accept it and
 * `hledger balance` must give the JSON's eligible costs per cost line and partner.
 * CI installs hledger (Debian package); without it the test is skipped unless KASTE_REQUIRE_HLEDGER=1.
 */
const run = promisify(execFile);

async function hledger(journal: string, ...args: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "kaste-hledger-"));
  const path = join(dir, "ledger.journal");
  await writeFile(path, journal);
  return (await run("hledger", ["-f", path, ...args], { timeout: 60_000 })).stdout;
}

/** `hledger balance PREFIX` as account → cents. */
async function balances(journal: string, prefix: string): Promise<Map<string, number>> {
  const csv = await hledger(journal, "balance", prefix, "--flat", "--no-total", "-O", "csv");
  const result = new Map<string, number>();
  for (const line of csv.trim().split("\n").slice(1)) {
    const match = /^"(.*)","(-?[\d.]+) EUR"$/.exec(line);
    assert.ok(match, line);
    result.set(match[1] ?? "", fromEuros(Number(match[2])) ?? Number.NaN);
  }
  return result;
}

/** The JSON's eligible costs by `kulut:<cost line>:<partner>`, without the zero sums hledger leaves out. */
function expectedCosts(doc: LedgerExport): Map<string, number> {
  const sums = new Map<string, number>();
  for (const line of doc.invoices) {
    if (!line.markedEligible || line.eligibleCents === null) continue;
    const key = `kulut:${line.costLine}:${line.partner}`;
    sums.set(key, (sums.get(key) ?? 0) + line.eligibleCents);
  }
  return new Map([...sums].filter(([, cents]) => cents !== 0));
}

describe("the structured ledger as an hledger journal", function () {
  this.timeout(60_000);
  before(async function () {
    try {
      await run("hledger", ["--version"]);
    } catch {
      if (process.env.KASTE_REQUIRE_HLEDGER === "1") throw new Error("hledger not found: apt-get install -y hledger");
      process.stderr.write("    (hledger not installed: skipping the journal tests)\n");
      this.skip();
    }
  });

  for (const [name, sheets] of [
    ["LasSe", lasseSheets],
    ["Lappi", lappiSheets],
  ] as const) {
    it(`${name}: hledger check --strict accepts it and its balances are the JSON's eligible costs per cost line and partner`, async () => {
      const doc = ledgerExport(buildLedger(await throughXlsx(sheets())).ledger);
      const journal = ledgerJournal(doc);
      await hledger(journal, "check", "--strict");
      const costs = await balances(journal, "kulut");
      assert.deepEqual(costs, expectedCosts(doc));
      const total = doc.invoices.reduce((sum, line) => sum + (line.markedEligible ? (line.eligibleCents ?? 0) : 0), 0);
      const funding = await balances(journal, "rahoitus");
      assert.equal(
        [...funding.values()].reduce((a, b) => a + b, total),
        0,
        "the funding side balances the costs",
      );
      assert.equal((journal.match(/^\d{4}-\d\d-\d\d /gm) ?? []).length, doc.invoices.length, "one transaction per invoice line");
    });
  }

  it("keeps awkward names one account, lines not eligible outside the costs, and says which lines it cannot post", async () => {
    const doc = ledgerExport(
      buildLedger(
        book({
          Laskut: [
            ["Päivämäärä", "Laskuttaja", "Tilikohta", "Summa (ALV 0)", "ALV", "Hyväksyttävä", "Selite"],
            [41729, "Verso:  Oy", "Palkat; muut", 1000, 0, "kyllä", "a; b"],
            [41729, "Verso:  Oy", "Kahvit", 30, 0, "ei", ""],
            [41729, "Verso:  Oy", "Palkat; muut", "ei tiedossa", 0, "kyllä", ""],
          ],
        }),
      ).ledger,
    );
    const journal = ledgerJournal(doc);
    await hledger(journal, "check", "--strict");
    assert.deepEqual(await balances(journal, "kulut"), new Map([["kulut:Palkat- muut:Verso- Oy", 100_000]]));
    assert.deepEqual(await balances(journal, "ei-hyväksyttävät"), new Map([["ei-hyväksyttävät:Kahvit:Verso- Oy", 3_000]]));
    assert.match(journal, /^; Laskut!A4: summa puuttuu/m);
  });

  it("splits the costs at 75 % when the ledger's rate is over it, as the checks do", () => {
    const journalAt = (rate: string) =>
      ledgerJournal(
        ledgerExport(
          buildLedger(
            book({
              Hanke: [
                ["Hanke", "Pieni"],
                ["Valtionavustus-%", rate],
              ],
              Laskut: [
                ["Päivämäärä", "Laskuttaja", "Tilikohta", "Summa (ALV 0)", "ALV", "Hyväksyttävä"],
                [41729, "Verso", "Palkat", 1000, 0, "kyllä"],
              ],
            }),
          ).ledger,
        ),
      );
    assert.equal(journalAt("90 %"), journalAt("75 %"));
    assert.notEqual(journalAt("70 %"), journalAt("75 %"), "a lower rate still splits at its own rate");
  });
});
