import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import { lappiSheets } from "../../examples/lappi";
import { lasseSheets } from "../../examples/lasse";
import { LEDGER_SCHEMA_PATH, ledgerSchemaText } from "../../scripts/ledger-schema";
import { budgetUse } from "../../src/ledger/budgetUse";
import { buildLedger } from "../../src/ledger/build";
import { claimedCosts } from "../../src/ledger/costs";
import { dayFromYmd, parseDate } from "../../src/periods";
import { ledgerExport } from "../../src/report/ledgerExport";
import type { LedgerExport } from "../../src/report/ledgerExport";
import { book } from "../support/book";
import { throughXlsx } from "../support/xlsx";

function validator() {
  const ajv = new Ajv2020({ allErrors: true, formats: { date: /^\d{4}-\d{2}-\d{2}$/ } });
  return ajv.compile(JSON.parse(readFileSync(LEDGER_SCHEMA_PATH, "utf8")) as object);
}

/** A messy ledger: Finnish headers under a title, text amounts with no-break spaces and U+2212, dates typed as text. */
const messy = () =>
  book({
    Hanke: [
      ["Hanke", "Pieni hanke"],
      ["Alkaa", "1.1.2014"],
      ["Päättyy", "31.12.2014"],
    ],
    Maksatukset: [
      ["Hakemus", "Alkaa", "Päättyy", "Haettu", "Maksettu"],
      ["1/2014", "1.1.2014", "30.6.2014", 750, 750],
    ],
    Laskut: [
      ["Laskut 2014"],
      [
        "Päivämäärä",
        "Laskuttaja",
        "Laskun numero",
        "Ajalta alkaen",
        "Ajalta päättyen",
        "Tilikohta",
        "Summa (ALV 0)",
        "ALV",
        "Hyväksyttävä",
        "Selite",
      ],
      ["15.2.2014", "Verso", "V-1", "1.1.2014", "31.1.2014", "Palkat", "1\u00a0000,00 €", "0", "kyllä", '=HYPERLINK("x")'],
      ["15.8.2014", "Verso", "V-2", "1.7.2014", "31.7.2014", "Palkat", "\u2212200,50", "0", "kyllä", "hyvitys"],
      ["15.8.2014", "Verso", "V-3", "1.7.2014", "31.7.2014", "Kahvit", "30", "0", "ei", ""],
    ],
  });

describe("the structured ledger (kaste ledger --format json)", () => {
  it("ships a JSON Schema generated from the zod types, kept current", () => {
    assert.equal(readFileSync(LEDGER_SCHEMA_PATH, "utf8"), ledgerSchemaText(), "run: npx tsx scripts/ledger-schema.ts --write");
  });

  for (const [name, sheets] of [
    ["LasSe", lasseSheets],
    ["Lappi", lappiSheets],
  ] as const) {
    it(`${name}: validates against the shipped schema and keeps every row of the ledger`, async () => {
      const { ledger } = buildLedger(await throughXlsx(sheets()));
      const doc = JSON.parse(JSON.stringify(ledgerExport(ledger))) as LedgerExport;
      const validate = validator();
      assert.ok(validate(doc), JSON.stringify(validate.errors?.slice(0, 3)));
      assert.equal(doc.invoices.length, ledger.invoices.length);
      assert.equal(doc.budget.length, ledger.budget.length);
      assert.equal(doc.muniShares.length, ledger.muniShares.length);
      assert.equal(doc.applications.length, ledger.applications.length);
    });
  }

  it("LasSe: each application's lines add up to what its payment application claims, each year's to budget use", async () => {
    const { ledger } = buildLedger(await throughXlsx(lasseSheets()));
    const doc = ledgerExport(ledger);
    assert.ok(doc.applications.length >= 3);
    for (const application of doc.applications) {
      const start = parseDate(application.start ?? "");
      const end = parseDate(application.end ?? "");
      assert.ok(start !== null && end !== null);
      const lines = doc.invoices.filter((line) => line.application === application.number);
      const sum = lines.reduce((total, line) => total + (line.eligibleCents ?? 0), 0);
      assert.equal(sum, claimedCosts(ledger, { start, end }).total, `application ${application.number}`);
      assert.equal(application.eligibleCents, sum);
    }
    const use = budgetUse(ledger, dayFromYmd(2016, 1, 1));
    for (const row of use.rows.filter((r) => r.level === "project" && r.year !== null)) {
      const sum = doc.invoices.filter((line) => line.year === row.year).reduce((total, line) => total + (line.eligibleCents ?? 0), 0);
      assert.equal(sum, row.realised, `year ${row.year}`);
    }
  });

  it("gives each line its source cell, year, application and eligible cost, from messy cells", () => {
    const doc = ledgerExport(buildLedger(messy()).ledger);
    assert.deepEqual(
      doc.invoices.map((l) => [l.sheet, l.cell, l.netCents, l.eligibleCents, l.year, l.application, l.periodEnd]),
      [
        ["Laskut", "A3", 100_000, 100_000, 2014, "1/2014", "2014-01-31"],
        ["Laskut", "A4", -20_050, -20_050, 2014, null, "2014-07-31"],
        ["Laskut", "A5", 3_000, 0, 2014, null, "2014-07-31"],
      ],
    );
    assert.equal(doc.invoices[0]?.description, '=HYPERLINK("x")', "the JSON keeps text as typed");
    assert.deepEqual(doc.project.start, { value: "2014-01-01", sheet: "Hanke", cell: "B2" });
    assert.equal(doc.project.stateGrantCents, null);
    assert.equal(doc.applications[0]?.eligibleCents, 100_000);
  });
});
