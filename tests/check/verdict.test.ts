import assert from "node:assert/strict";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { asOfSourceOf, blockersOf, verdictOf } from "../../src/check/verdict";
import { makeFinding } from "../../src/findings/makeFinding";
import { dayFromYmd } from "../../src/periods";
import { brokenExample } from "../../examples/broken";
import { lasseSheets } from "../../examples/lasse";
import { book } from "../support/book";
import { throughXlsx } from "../support/xlsx";

describe("the verdict", () => {
  it("says ready for the clean example, with the as-of day from Asetukset", async () => {
    const result = checkWorkbook(await throughXlsx(lasseSheets()));
    const verdict = verdictOf(result, asOfSourceOf(undefined, result.ledger));
    assert.equal(verdict.state, "ready");
    assert.equal(verdict.errors, 0);
    assert.deepEqual(verdict.blockers, []);
    assert.equal(verdict.asOf, result.asOf);
  });

  it("says blocked for the broken example, every error counted once under its cause", async () => {
    const result = checkWorkbook(await throughXlsx(brokenExample().sheets));
    const verdict = verdictOf(result, "today");
    assert.equal(verdict.state, "blocked");
    const errors = result.findings.filter((f) => f.severity === "error").length;
    assert.equal(verdict.errors, errors);
    assert.equal(
      verdict.blockers.reduce((sum, b) => sum + b.count, 0),
      errors,
    );
  });

  it("calls an empty workbook incomplete, not ready: its tables hold no rows or are missing", () => {
    const result = checkWorkbook(
      book({ Hanke: [["Hanke", "Testi"]], Laskut: [["Laskuttaja", "Laskun numero", "Summa (ALV 0)", "Päivämäärä"]] }),
    );
    const verdict = verdictOf(result, "today");
    assert.notEqual(verdict.state, "ready");
  });

  it("calls a workbook whose Hanke lacks Alkaa or Päättyy incomplete, naming the checks that could not run", async () => {
    const without = (labels: string[], relabel: Record<string, string> = {}) =>
      lasseSheets().map((sheet) =>
        sheet.name === "Hanke"
          ? {
              ...sheet,
              rows: sheet.rows
                .filter((row) => !labels.includes(String(row[0])))
                .map((row) => [relabel[String(row[0])] ?? row[0], ...row.slice(1)]),
            }
          : sheet,
      );
    const noDates = checkWorkbook(await throughXlsx(without(["Alkaa", "Päättyy"])));
    assert.equal(verdictOf(noDates, "setting").state, "incomplete");
    assert.deepEqual(
      noDates.notChecked.map((n) => [n.rule, n.missing]),
      [
        ["invoice-outside-project", ["Hanke: Alkaa", "Hanke: Päättyy"]],
        ["application-closing", ["Hanke: Päättyy"]],
        ["deadlines", ["Hanke: Päättyy"]],
      ],
    );
    assert.deepEqual(noDates.notChecked[2].missingWords, [{ fi: "Hanke: Päättyy", sv: "Projekt: Slutar", en: "Project: End" }]);
    // The labels a plan uses for them are its start and end: the clean example stays ready
    const labelled = checkWorkbook(await throughXlsx(without([], { Alkaa: "Hankkeen alkamispäivä", Päättyy: "Hankkeen päättymispvm" })));
    assert.equal(verdictOf(labelled, "setting").state, "ready");
  });

  it("puts a missing table first, then the cause with most errors", () => {
    const at = { sheet: "Laskut", cell: "A1" };
    const cents = { cents: 100 };
    const overRate = { scope: "plan", state: cents, rate: { ratio: 0.75 }, eligible: cents, max: cents, over: cents } as const;
    const findings = [
      makeFinding("VALUE_NOT_A_NUMBER", at, { value: "x", field: "Netto", why: "invalid" }),
      makeFinding("COFUND_STATE_OVER_RATE", at, overRate),
      makeFinding("COFUND_STATE_OVER_RATE", at, overRate),
      makeFinding("TABLE_NOT_FOUND", at, { table: "Laskut", headers: "Netto" }),
      makeFinding("VAT_UNKNOWN", at, { partner: "Lasse" }),
    ];
    assert.deepEqual(
      blockersOf(findings).map((b) => [b.code, b.count]),
      [
        ["TABLE_NOT_FOUND", 1],
        ["COFUND_STATE_OVER_RATE", 2],
        ["VALUE_NOT_A_NUMBER", 1],
      ],
    );
  });

  it("names where the as-of day came from", async () => {
    const result = checkWorkbook(await throughXlsx(lasseSheets()));
    assert.equal(asOfSourceOf(dayFromYmd(2014, 1, 1), result.ledger), "flag");
    assert.equal(asOfSourceOf(undefined, result.ledger), result.ledger.settings.asOf === null ? "today" : "setting");
  });
});
