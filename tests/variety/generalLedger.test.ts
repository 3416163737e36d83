import assert from "node:assert/strict";
import { workbookOfSheets } from "../../examples/broken";
import { lasseSheets } from "../../examples/lasse";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import type { CheckResult } from "../../src/check/checkWorkbook";
import { keyFiguresOf } from "../../src/report/keyFigures";
import { readXlsx } from "../../cli/readXlsx";
import { planAccounts } from "../../src/ledger/mapping";
import { addSheet } from "../../src/workbook/cells";
import { accountOf, generalLedgerOf } from "../support/layouts/generalLedger";
import { producedSheetsOf, xlsxOf } from "../support/layouts/xlsxProducers";
import type { Producer } from "../support/layouts/xlsxProducers";
import type { GeneralLedgerVariant } from "../support/layouts/generalLedger";

/** What a check concluded, wherever the cells stand: each finding's code and severity, and the key figures. */
function outcome(result: CheckResult) {
  const { ledger } = result;
  return {
    findings: result.findings.map((f) => `${f.severity} ${f.code}`).sort(),
    lines: ledger.invoices.map((l) => [l.partner, l.number, l.date, l.periodStart, l.periodEnd, l.kind, l.line, l.net, l.vat]),
    figures: JSON.stringify(keyFiguresOf(result)),
  };
}

describe("variety: a city general-ledger export (pääkirjaote) as the expense list", () => {
  const canonical = workbookOfSheets(lasseSheets());
  const expected = outcome(checkWorkbook(canonical));
  const variants: (GeneralLedgerVariant & { producer: Producer | "memory" })[] = [
    { lang: "fi", rowsAbove: 2, colsLeft: 1, amountsAsText: true, producer: "memory" },
    { lang: "fi", rowsAbove: 0, colsLeft: 0, amountsAsText: false, producer: "excel" },
    { lang: "sv", rowsAbove: 3, colsLeft: 0, amountsAsText: true, producer: "libreoffice" },
    { lang: "en", rowsAbove: 1, colsLeft: 2, amountsAsText: false, producer: "script" },
  ];

  it("the canonical three-year project has credit notes and is clean (the comparison means something)", () => {
    assert.ok(expected.lines.some(([, , , , , , , net]) => typeof net === "number" && net < 0));
    assert.deepEqual(expected.findings, []);
  });

  for (const variant of variants) {
    it(`reads a ${variant.lang} export (${variant.producer}, ${variant.rowsAbove} title rows, ${variant.colsLeft} columns left, amounts as ${variant.amountsAsText ? "text" : "numbers"}) as the same ledger`, async () => {
      const exported = generalLedgerOf(canonical, variant);
      const book = variant.producer === "memory" ? exported : await readXlsx(xlsxOf(producedSheetsOf(exported), variant.producer));
      const result = checkWorkbook(book);
      const got = outcome(result);
      assert.deepEqual(got.findings, expected.findings);
      assert.deepEqual(got.lines, expected.lines);
      assert.equal(got.figures, expected.figures);
    });
  }

  it("takes the amount from Debet and the cost line from the account's name, not its number", () => {
    const result = checkWorkbook(generalLedgerOf(canonical, variants[0]));
    const [table] = result.ledger.tables.invoices;
    assert.equal(table.headers.net, "Debet");
    assert.equal(table.headers.line, "Tilin nimi");
    assert.ok(result.ledger.invoices.every((l) => !/^\d+$/.test(l.line)));
  });

  it("reports missing checker and approver columns once for the table, not once per row", () => {
    const result = checkWorkbook(generalLedgerOf(canonical, { lang: "fi", rowsAbove: 0, colsLeft: 0, amountsAsText: false, bare: true }));
    assert.deepEqual(
      result.findings.map((f) => [f.code, f.cell, f.params.scope]),
      [
        ["INVOICE_UNCHECKED", "B1", "column"],
        ["INVOICE_UNAPPROVED", "B1", "column"],
      ],
    );
  });

  it("names its accounts by number only: the mapping sheet's account rows give their cost lines, as the canonical ledger's", () => {
    const exported = generalLedgerOf(canonical, { lang: "fi", rowsAbove: 1, colsLeft: 0, amountsAsText: false, numbersOnly: true });
    const unmapped = outcome(checkWorkbook(exported));
    assert.ok(
      unmapped.lines.every(([, , , , , , line]) => /^\d+$/.test(String(line))),
      "without the mapping the lines are account numbers",
    );
    assert.notDeepEqual(unmapped.findings, expected.findings);
    const lines = [...new Set(expected.lines.map(([, , , , , , line]) => String(line)))];
    const { sheet } = planAccounts(
      exported,
      lines.map((line) => ({ account: String(accountOf(line)), line })),
    );
    const got = outcome(checkWorkbook(addSheet(exported, sheet)));
    assert.deepEqual(got.findings, expected.findings);
    assert.deepEqual(got.lines, expected.lines);
    assert.equal(got.figures, expected.figures);
  });
});
