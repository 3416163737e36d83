import assert from "node:assert/strict";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import type { Finding } from "../../src/findings/finding";
import { renderFinding } from "../../src/findings/render";
import type { CellValue } from "../../src/workbook/types";
import { book } from "../support/book";
import { assertMessages } from "../support/rendered";
import { LASKUT_HEADER, day, invoiceRow, project, sonetRows, administratorRows } from "../rulesVariety/support";

const HEADER: CellValue[] = [...LASKUT_HEADER, "Toteutuneet kulut"];
const AS_OF = "31.12.2014";
const MONTH_ENDS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31];

/** One ledger row with the realised costs its tasaus statement gives (null: none). */
function rowOf(
  date: string,
  number: string,
  from: string,
  to: string,
  kind: string,
  net: number,
  realised: number | null = null,
  partner = "Verso",
): CellValue[] {
  return [...invoiceRow(date, partner, number, from, to, kind, "Palkat", net, 0), realised];
}

/** Verso's fixed 4 000 € a month, January–October 2014 (V1–V10). */
function fixedRows(): CellValue[][] {
  return MONTH_ENDS.map((end, i) => rowOf(`5.${i + 2}.2014`, `V${i + 1}`, `1.${i + 1}.2014`, `${end}.${i + 1}.2014`, "kiinteä", 4000));
}

/** Verso's reconciliations: realised 12 600 €, 11 700 €, 12 000 € and 3 700 € against 12 000, 12 000, 12 000 and 4 000 € fixed. */
function reconciliationRows(first = 600): CellValue[][] {
  return [
    rowOf("15.4.2014", "VT1", "1.1.2014", "31.3.2014", "tasaus", first, 12_600),
    rowOf("15.7.2014", "VT2", "1.4.2014", "30.6.2014", "tasaus", -300, 11_700),
    rowOf("15.10.2014", "VT3", "1.7.2014", "30.9.2014", "tasaus", 0, 12_000),
    rowOf("15.11.2014", "VT4", "1.10.2014", "31.10.2014", "tasaus", -300, 3_700),
  ];
}

function others(): CellValue[][] {
  return [...sonetRows(), ...administratorRows()].map((row) => [...row, null]);
}

function sheetsWith(laskut: CellValue[][], extra: Record<string, CellValue[][]> = {}): Record<string, CellValue[][]> {
  const sheets: Record<string, CellValue[][]> = { ...project(), Laskut: [HEADER, ...laskut, ...others()], ...extra };
  return sheets;
}

function check(sheets: Record<string, CellValue[][]>): readonly Finding[] {
  const findings = checkWorkbook(book(sheets), { asOf: day(AS_OF) }).findings;
  assertMessages(findings);
  return findings;
}

function mismatches(sheets: Record<string, CellValue[][]>): [string, unknown, unknown][] {
  return check(sheets)
    .filter((f) => f.code === "RECONCILIATION_MISMATCH")
    .map((f) => [`${f.sheet}!${f.cell}`, f.expected, f.actual]);
}

describe("rules: a reconciliation bills the realised costs less the fixed invoices", () => {
  it("passes a year of reconciliations that add up, with no other finding", () => {
    const findings = check(sheetsWith([...fixedRows(), ...reconciliationRows()]));
    assert.deepEqual(
      findings.filter((f) => f.severity !== "info").map((f) => f.code),
      [],
    );
  });

  it("reports a reconciliation 100 € short at its amount, expected and actual in cents", () => {
    const laskut = [...fixedRows(), ...reconciliationRows(500)];
    // VT1 is the 11th row of the ledger: Laskut!H12
    assert.deepEqual(mismatches(sheetsWith(laskut)), [["Laskut!H12", { cents: 60_000 }, { cents: 50_000 }]]);
  });

  it("says what the reconciliation should be in Finnish, Swedish and English, in each one's formats", () => {
    const found = check(sheetsWith([...fixedRows(), ...reconciliationRows(500)])).find((f) => f.code === "RECONCILIATION_MISMATCH");
    assert.ok(found);
    assert.equal(
      renderFinding(found, "fi").message,
      "Kumppanin Verso tasauslasku VT1 jaksolta 1.1.2014–31.3.2014 on 500,00\u00a0€, mutta toteutuneet kulut 12\u00a0600,00\u00a0€ − jakson kiinteät laskut 12\u00a0000,00\u00a0€ = 600,00\u00a0€ (ero \u2212100,00\u00a0€).",
    );
    assert.equal(
      renderFinding(found, "sv").message,
      "Utjämningsfakturan VT1 från Verso för perioden 1.1.2014–31.3.2014 är 500,00\u00a0€, men de verkliga kostnaderna 12\u00a0600,00\u00a0€ − periodens fasta fakturor 12\u00a0000,00\u00a0€ = 600,00\u00a0€ (skillnad \u2212100,00\u00a0€).",
    );
    assert.equal(
      renderFinding(found, "en").message,
      "Verso's reconciliation invoice VT1 for 1 Jan 2014–31 Mar 2014 is €500.00, but the actual costs €12,600.00 − the period's fixed invoices €12,000.00 = €600.00 (difference -€100.00).",
    );
  });

  it("lets the difference be the Asetukset tolerance and no more", () => {
    const laskut = [...fixedRows(), ...reconciliationRows(599.5)];
    assert.deepEqual(mismatches(sheetsWith(laskut, { Asetukset: [["Toleranssi", 1]] })), []);
    assert.deepEqual(mismatches(sheetsWith(laskut, { Asetukset: [["Toleranssi", 0.25]] })), [
      ["Laskut!H12", { cents: 60_000 }, { cents: 59_950 }],
    ]);
  });

  it("subtracts a fixed credit note and counts a reconciliation credited and billed again as one", () => {
    const fixed = fixedRows();
    // February billed 400 € too much, then credited: the quarter's fixed invoices are 11 600 €
    fixed.splice(2, 0, rowOf("20.3.2014", "V2H", "1.2.2014", "28.2.2014", "kiinteä", -400));
    const reconciliations = reconciliationRows(1000);
    // VT1 (1 000 €, stating 12 600 €) credited in full and billed again as VT1B
    reconciliations.splice(
      1,
      0,
      rowOf("20.4.2014", "VT1H", "1.1.2014", "31.3.2014", "tasaus", -1000),
      rowOf("21.4.2014", "VT1B", "1.1.2014", "31.3.2014", "tasaus", 1000, 12_600),
    );
    assert.deepEqual(mismatches(sheetsWith([...fixed, ...reconciliations])), []);
    // billed again at 600 € the sum is 600 € against 1 000 €: reported at the invoice that states the costs
    reconciliations[2] = rowOf("21.4.2014", "VT1B", "1.1.2014", "31.3.2014", "tasaus", 600, 12_600);
    assert.deepEqual(mismatches(sheetsWith([...fixed, ...reconciliations])), [["Laskut!H15", { cents: 100_000 }, { cents: 60_000 }]]);
  });

  it("checks a tertial's reconciliation as well as a quarter's", () => {
    const laskut = [
      ...fixedRows(),
      rowOf("15.5.2014", "VT1", "1.1.2014", "30.4.2014", "tasaus", 800, 16_800),
      rowOf("15.9.2014", "VT2", "1.5.2014", "31.8.2014", "tasaus", 0, 16_500),
      rowOf("15.11.2014", "VT3", "1.9.2014", "31.10.2014", "tasaus", 0, 8_000),
    ];
    assert.deepEqual(mismatches(sheetsWith(laskut)), [["Laskut!H13", { cents: 50_000 }, { cents: 0 }]]);
  });

  it("counts a fixed invoice reaching beyond the block for its days inside it", () => {
    // December 2013 and January 2014 on one fixed invoice of 8 000 €: 31 of its 62 days are in Q1
    const laskut = fixedRows().slice(1);
    laskut.unshift(rowOf("5.2.2014", "V1", "1.12.2013", "31.1.2014", "kiinteä", 8000));
    laskut.push(...reconciliationRows());
    assert.deepEqual(mismatches(sheetsWith(laskut)), []);
  });

  it("reads the realised costs in Swedish and English headers", () => {
    for (const header of ["Utfall", "Verkliga kostnader", "Actual costs", "Realised costs"]) {
      const sheets = sheetsWith([...fixedRows(), ...reconciliationRows(500)]);
      sheets.Laskut[0] = [...LASKUT_HEADER, header];
      assert.deepEqual(mismatches(sheets), [["Laskut!H12", { cents: 60_000 }, { cents: 50_000 }]], header);
    }
  });

  it("leaves alone a reconciliation that states no realised costs, and a ledger without the column", () => {
    const laskut = [...fixedRows(), ...reconciliationRows(500)];
    laskut[10] = laskut[10].slice(0, -1).concat([null]);
    assert.deepEqual(mismatches(sheetsWith(laskut)), []);
    assert.deepEqual(mismatches(project()), []);
  });
});
