/**
 * A copy of the LasSe example with one known instance of each problem the checks find.
 * `brokenExample().expected` lists them; a test asserts the checks report exactly these.
 */
import type { WritableCell, WritableSheet } from "../cli/writeXlsx";
import { buildLedger } from "../src/ledger/build";
import { rateOf } from "../src/ledger/settings";
import { stateShare } from "../src/money";
import type { Code } from "../src/findings/codes";
import { serialOf } from "../src/periods";
import type { OutCell } from "../src/workbook/cells";
import { CLAIMS_HEADERS, CLAIMS_SHEET, claimsRows, claimsSheetHead } from "../src/ledger/claims";
import { claimedCosts } from "../src/ledger/costs";
import { cellAddress, parseAddress } from "../src/workbook/address";
import type { CellValue, WorkbookData } from "../src/workbook/types";
import { lasseSheets } from "./lasse";
import { day, must } from "./must";

export type Expected = [Code, string];

type Rows = WritableCell[][];

const d = (text: string): { date: number } => ({ date: day(text) });

function sheet(sheets: WritableSheet[], name: string): Rows {
  return must(
    sheets.find((s) => s.name === name),
    `sheet ${name}`,
  ).rows as Rows;
}

function col(rows: Rows, header: string): number {
  const index = rows[0].indexOf(header);
  if (index < 0) throw new Error(`no column ${header}`);
  return index;
}

/** The first ledger row (1-based sheet row) matching partner, kind and line from a given start. */
function findLine(rows: Rows, partner: string, kind: string, line: string, nth = 0): number {
  const matches = rows.map((r, i) => [r, i] as const).filter(([r]) => r[1] === partner && r[5] === kind && r[6] === line);
  return matches[nth][1];
}

export function brokenSheets(): ExampleSheet[] {
  return brokenExample().sheets;
}

export function brokenExample(): { sheets: ExampleSheet[]; expected: Expected[] } {
  const sheets: ExampleSheet[] = lasseSheets();
  const expected: Expected[] = [];
  const at = (sheetName: string, row: number, col: number) => `${sheetName}!${cellAddress(row, col)}`;
  removeInvoices(sheets, expected);
  const hanke = sheet(sheets, "Hanke");
  const laskut = sheet(sheets, "Laskut");

  // Plan: 2 € over 75 % (and the municipal share 2 € under 25 %); other funding that breaks the split and the deficit
  const state = hanke.findIndex((r) => r[0] === "Valtionavustus");
  const municipal = hanke.findIndex((r) => r[0] === "Kuntaosuus");
  const other = hanke.findIndex((r) => r[0] === "Muu rahoitus");
  const eligible = hanke.findIndex((r) => r[0] === "Hyväksyttävät kustannukset");
  hanke[state][1] = (hanke[state][1] as number) + 2;
  hanke[municipal][1] = (hanke[municipal][1] as number) - 2;
  hanke[other][1] = Math.round((hanke[eligible][1] as number) * 0.3);
  expected.push(
    ["COFUND_STATE_OVER_RATE", at("Hanke", state, 1)],
    ["COFUND_MUNI_UNDER_MIN", at("Hanke", municipal, 1)],
    ["COFUND_SPLIT_MISMATCH", at("Hanke", eligible, 1)],
    ["COFUND_DEFICIT_EXCEEDED", at("Hanke", state, 1)],
  );

  // Ledger: a column nobody knows, a VAT-inclusive amount without VAT, depreciation marked eligible,
  // a #REF! and a text VAT, an impossible date, a kind outside the list
  laskut[0].push("Summa sis. ALV", "Projektikoodi");
  const net = col(laskut, "Summa (ALV 0)");
  const vat = col(laskut, "ALV");
  const gross = col(laskut, "Summa sis. ALV");
  const vatUnknown = findLine(laskut, "Pikassos", "kiinteä", "Vuokrat", 3);
  laskut[vatUnknown][gross] = laskut[vatUnknown][net];
  laskut[vatUnknown][net] = null;
  laskut[vatUnknown][vat] = null;
  expected.push(["VAT_UNKNOWN", at("Laskut", vatUnknown, gross)]);
  const depreciation = findLine(laskut, "Verso", "kiinteä", "Vuokrat", 2);
  laskut[depreciation][col(laskut, "Selite")] = "Kaluston poistot";
  expected.push(["COST_INELIGIBLE", at("Laskut", depreciation, col(laskut, "Hyväksyttävä"))]);
  const refError = findLine(laskut, "Verso", "kiinteä", "Vuokrat", 4);
  laskut[refError][vat] = { error: "#REF!" };
  expected.push(["CELL_FORMULA_ERROR", at("Laskut", refError, vat)]);
  const textVat = findLine(laskut, "Verso", "kiinteä", "Vuokrat", 5);
  laskut[textVat][vat] = "24 %";
  expected.push(["VALUE_NOT_A_NUMBER", at("Laskut", textVat, vat)]);
  const badDate = findLine(laskut, "Pikassos", "tasaus", "Palkat", 2);
  laskut[badDate][col(laskut, "Päivämäärä")] = "31.9.2014";
  expected.push(["VALUE_NOT_A_DATE", at("Laskut", badDate, col(laskut, "Päivämäärä"))]);
  const badKind = findLine(laskut, "Pikassos", "kiinteä", "Vuokrat", 7);
  laskut[badKind][col(laskut, "Laji")] = "ennakko";
  expected.push(["VALUE_NOT_UNDERSTOOD", at("Laskut", badKind, col(laskut, "Laji"))]);
  laskut[1][laskut[0].length - 1] = "P-77";
  expected.push(["COLUMN_NOT_UNDERSTOOD", at("Laskut", 0, laskut[0].length - 1)]);

  breakInvoicing(sheets, expected, at);
  breakBudgetSharesAndApplications(sheets, expected, at);
  changeSentClaims(sheets, expected, at);
  overpayUnder100(sheets, expected, at);
  return { sheets, expected };
}

/** A sheet of an example; `hidden` sheets are written hidden (examples/build.ts), as `kaste mark-sent` writes its claims. */
export type ExampleSheet = WritableSheet & { readonly hidden?: boolean };

/** The sheets as the checks see them once written and read back: days become 1900-system serials. */
export function workbookOfSheets(sheets: readonly WritableSheet[]): WorkbookData {
  const value = (cell: WritableCell): CellValue => {
    if (typeof cell !== "object" || cell === null) return cell;
    if ("date" in cell) return serialOf(cell.date, false);
    if ("formula" in cell) throw new Error("workbookOfSheets: formulas have no value before Excel computes them");
    return cell;
  };
  return { date1904: false, sheets: sheets.map((s) => ({ name: s.name, cells: s.rows.map((row) => row.map(value)) })) };
}

/** What `kaste mark-sent` writes, as example cells: money as euros, dates as dates. */
function writableOf(cell: OutCell): WritableCell {
  if (typeof cell !== "object" || cell === null || "date" in cell || "error" in cell) return cell;
  if ("money" in cell) return cell.money / 100;
  throw new Error(`writableOf: no example cell for ${JSON.stringify(cell)}`);
}

/**
 * The first payment application was marked as sent (its claims frozen on the hidden sheet
 * KASTE-maksatukset, as `kaste mark-sent` writes them) and then two of its rows were edited:
 * a salary line raised by 500 € (CLAIMED_ROW_CHANGED at its amount) and a rent line deleted
 * (CLAIMED_ROW_DELETED at its row on the claims sheet), so the period's eligible total is no
 * longer the one sent (CLAIMED_TOTAL_CHANGED). Done after every other change, whose cells it renumbers.
 */
function changeSentClaims(sheets: ExampleSheet[], expected: Expected[], at: At): void {
  const applications = sheet(sheets, "Maksatukset");
  const first = must(
    applications.find((r) => r[0] === 1),
    "application 1",
  );
  const period = { start: (first[1] as { date: number }).date, end: (first[2] as { date: number }).date };
  const { ledger } = buildLedger(workbookOfSheets(sheets));
  const { total, costs } = claimedCosts(ledger, period);
  const claim = {
    number: "1",
    ...period,
    sent: (first[5] as { date: number }).date,
    eligible: total,
    stateShare: stateShare(total, rateOf(ledger.project)),
    applied: Math.round((first[3] as number) * 100),
  };
  const claimRows = [...claimsSheetHead(), ...claimsRows(claim, costs)];
  sheets.push({ name: CLAIMS_SHEET, rows: claimRows.map((row) => row.map(writableOf)), boldRows: [1], hidden: true });
  expected.push(["CLAIMED_TOTAL_CHANGED", at(CLAIMS_SHEET, 2, 5)]);

  const laskut = sheet(sheets, "Laskut");
  const NET = col(laskut, "Summa (ALV 0)");
  const inPeriod = (row: number) => {
    const end = (laskut[row][col(laskut, "Ajalta päättyen")] as { date: number }).date;
    if (end < period.start || end > period.end) throw new Error(`Laskut row ${row + 1} is not in the first application`);
    return row;
  };
  const raised = inPeriod(findLine(laskut, "Pikassos", "kiinteä", "Palkat", 1));
  laskut[raised][NET] = (laskut[raised][NET] as number) + 500;
  expected.push(["CLAIMED_ROW_CHANGED", at("Laskut", raised, NET)]);
  // The rent line of October 2013: the row below it (November's salary) is claimed and unchanged,
  // so nothing else can pass for the deleted row
  const deleted = inPeriod(findLine(laskut, "Pikassos", "kiinteä", "Vuokrat", 2));
  const origin = `Laskut!${cellAddress(deleted, 0)}`;
  const claimRow = claimRows.findIndex((r) => r[CLAIMS_HEADERS.indexOf("Solu")] === origin);
  if (claimRow < 0) throw new Error(`the first application does not claim ${origin}`);
  expected.push(["CLAIMED_ROW_DELETED", at(CLAIMS_SHEET, claimRow, 0)]);
  laskut.splice(deleted, 1);
  // Findings below the deleted row move up one row
  expected.forEach((entry, i) => {
    const [sheetName, cell] = entry[1].split("!");
    const place = parseAddress(cell);
    if (sheetName === "Laskut" && place && place.row > deleted) expected[i] = [entry[0], at("Laskut", place.row - 1, place.col)];
  });
}

/**
 * The third application was paid 50 € more than the rate of all eligible costs allows: less
 * than 100 €, so it need not be returned (REPAYMENT_UNDER_100, at the last Maksettu).
 */
function overpayUnder100(sheets: ExampleSheet[], expected: Expected[], at: At): void {
  const applications = sheet(sheets, "Maksatukset");
  const PAID = col(applications, "Maksettu");
  const { ledger } = buildLedger(workbookOfSheets(sheets));
  const { start, end } = ledger.project;
  const realised = claimedCosts(ledger, { start: must(start, "project start").value, end: must(end, "project end").value }).total;
  const allowed = Math.min(stateShare(realised, rateOf(ledger.project)), must(ledger.project.stateGrant, "state grant").value);
  const paidSoFar = applications.slice(1).reduce((sum, r) => sum + Math.round(((r[PAID] as number | null) ?? 0) * 100), 0);
  const third = applications.findIndex((r) => r[0] === 3);
  applications[third][PAID] = (allowed - paidSoFar + 5_000) / 100;
  const lastPaid = applications.map((r, i) => (i > 0 && r[PAID] !== null ? i : -1)).reduce((a, b) => Math.max(a, b));
  expected.push(["REPAYMENT_UNDER_100", at("Maksatukset", lastPaid, PAID)]);
}

type At = (sheetName: string, row: number, col: number) => string;

/** Lines of one invoice (same partner and number), as 0-based sheet rows. */
function invoiceRows(rows: Rows, partner: string, kind: string, nth: number): number[] {
  const numbers = [...new Set(rows.filter((r) => r[1] === partner && r[5] === kind).map((r) => r[2]))];
  const number = numbers[nth];
  return rows
    .map((r, i) => [r, i] as const)
    .filter(([r]) => r[1] === partner && r[2] === number)
    .map(([, i]) => i);
}

function copyLine(rows: Rows, row: number, changes: Record<number, WritableCell>): WritableCell[] {
  const copy = [...rows[row]];
  for (const [col, value] of Object.entries(changes)) copy[Number(col)] = value;
  return copy;
}

/** Partner invoicing: one known instance of each invoicing code. */
function breakInvoicing(sheets: WritableSheet[], expected: Expected[], at: At): void {
  const laskut = sheet(sheets, "Laskut");
  const [NUMBER, START, END, KIND, LINE, NET, CHECKER, APPROVER] = [
    "Laskun numero",
    "Ajalta alkaen",
    "Ajalta päättyen",
    "Laji",
    "Tilikohta",
    "Summa (ALV 0)",
    "Asiatarkastaja",
    "Hyväksyjä",
  ].map((h) => col(laskut, h));
  const appended: WritableCell[][] = [];
  const append = (line: WritableCell[], code: Code, column: number) => {
    appended.push(line);
    expected.push([code, at("Laskut", laskut.length + appended.length - 1, column)]);
  };

  // Approval trail on single lines
  const unchecked = invoiceRows(laskut, "Pikassos", "kiinteä", 10);
  for (const row of unchecked) laskut[row][CHECKER] = null;
  expected.push(["INVOICE_UNCHECKED", at("Laskut", unchecked[0], CHECKER)]);
  const unapproved = invoiceRows(laskut, "Verso", "kiinteä", 10);
  for (const row of unapproved) laskut[row][APPROVER] = null;
  expected.push(["INVOICE_UNAPPROVED", at("Laskut", unapproved[0], APPROVER)]);
  const selfApproved = findLine(laskut, "Pikassos", "kiinteä", "Palkat", 12);
  laskut[selfApproved][APPROVER] = laskut[selfApproved][CHECKER];
  expected.push(["INVOICE_SAME_CHECKER_APPROVER", at("Laskut", selfApproved, APPROVER)]);

  // A second fixed invoice for a month Verso already invoiced, and a start-up invoice late in the project
  const versoMonth = findLine(laskut, "Verso", "kiinteä", "Vuokrat", 8);
  append(copyLine(laskut, versoMonth, { [NUMBER]: "VER-900", [NET]: 10 }), "INVOICE_MONTH_OVERLAP", START);
  append(
    copyLine(laskut, versoMonth, { [NUMBER]: "VER-901", [KIND]: "käynnistys", [LINE]: "Palkat", [NET]: 50 }),
    "STARTUP_NOT_FIRST",
    KIND,
  );
  // A second SONet BOTNIA invoice for a tertial already invoiced
  const tertial = findLine(laskut, "SONet BOTNIA", "toteuma", "Palkat", 4);
  append(copyLine(laskut, tertial, { [NUMBER]: "SB-900", [NET]: 10 }), "INVOICE_TERTIAL_OVERLAP", START);
  // An exact copy of a reconciliation line
  const reconciliation = findLine(laskut, "Pikassos", "tasaus", "Palkat", 5);
  append([...laskut[reconciliation]], "INVOICE_DUPLICATE", NET);
  // Costs before Verso's window, and costs after the project
  const firstMonth = findLine(laskut, "Verso", "kiinteä", "Vuokrat", 0);
  append(
    copyLine(laskut, firstMonth, { [NUMBER]: "VER-902", [START]: d("1.11.2013"), [END]: d("30.11.2013"), [NET]: 10 }),
    "INVOICE_OUTSIDE_PARTNER_WINDOW",
    START,
  );
  const lastMonth = findLine(laskut, "Pikassos", "kiinteä", "Palkat", 26);
  append(
    copyLine(laskut, lastMonth, { [NUMBER]: "PIK-900", [KIND]: "toteuma", [START]: d("1.11.2015"), [END]: d("30.11.2015"), [NET]: 10 }),
    "INVOICE_OUTSIDE_PROJECT",
    END,
  );
  // A biller that is not a partner
  append(copyLine(laskut, versoMonth, { 1: "Konsulttitoimisto Oy", [NUMBER]: "K-1", [NET]: 10 }), "INVOICE_UNKNOWN_PARTNER", 1);
  expected.push(["BUDGET_NO_LINE", at("Laskut", laskut.length + appended.length - 1, 1)]);

  // A fixed invoice for half a month
  const misaligned = invoiceRows(laskut, "Pikassos", "kiinteä", 20);
  for (const row of misaligned) laskut[row][END] = { date: (laskut[row][END] as { date: number }).date - 15 };
  expected.push(["INVOICE_PERIOD_MISALIGNED", at("Laskut", misaligned[0], END)]);
  laskut.push(...appended);
}

/**
 * Invoices never sent: a Verso month, a Verso reconciliation and SONet BOTNIA's last tertial.
 * Removed first, so that every other cell named in `expected` is where the final sheet has it.
 * The third payment application, drafted before, now claims more than 75 % of what was realised
 * (APPLICATION_OVER_RATE, expected with the applications below).
 */
function removeInvoices(sheets: WritableSheet[], expected: Expected[]): void {
  const laskut = sheet(sheets, "Laskut");
  const missingMonth = invoiceRows(laskut, "Verso", "kiinteä", 14);
  const missingReconciliation = invoiceRows(laskut, "Verso", "tasaus", 3);
  const missingTertial = invoiceRows(laskut, "SONet BOTNIA", "toteuma", 6);
  const removed = new Set([...missingMonth, ...missingReconciliation, ...missingTertial]);
  const kept = laskut.filter((_, i) => !removed.has(i));
  laskut.length = 0;
  laskut.push(...kept);
  expected.push(
    ["INVOICE_MONTH_MISSING", "Kumppanit!A3"],
    ["RECONCILIATION_MISSING", "Kumppanit!A3"],
    ["INVOICE_TERTIAL_MISSING", "Kumppanit!A4"],
  );
}

/** Budget, municipal shares and applications: one known instance of each of their codes. */
function breakBudgetSharesAndApplications(sheets: WritableSheet[], expected: Expected[], at: At): void {
  const budget = sheet(sheets, "Budjetti");
  const budgetRow = (year: number, partner: string, line: string) =>
    budget.findIndex((r) => r[0] === year && r[1] === partner && r[2] === line);
  const AMOUNT = 4;
  const shift = (row: number, euros: number) => {
    budget[row][AMOUNT] = (budget[row][AMOUNT] as number) + euros;
  };

  // Moves within a year keep the year's total (and so its municipal share) unchanged
  const rent = budgetRow(2014, "Pikassos", "Vuokrat");
  shift(rent, -600);
  shift(budgetRow(2014, "Pikassos", "Palkat"), 600);
  expected.push(["BUDGET_LINE_OVERRUN", at("Budjetti", rent, AMOUNT)]);
  const versoSalaries = budgetRow(2015, "Verso", "Palkat");
  shift(versoSalaries, -5_500);
  shift(budgetRow(2015, "SONet BOTNIA", "Palkat"), 5_500);
  expected.push(["BUDGET_LINE_OVERRUN", at("Budjetti", versoSalaries, AMOUNT)], ["BUDGET_TOTAL_OVERRUN", at("Budjetti", versoSalaries, 1)]);
  // A second confirmed amount for one line (10 € more, taken from another line of the year)
  shift(budgetRow(2013, "Pikassos", "Muut palvelujen ostot"), -10);
  const twice = budgetRow(2013, "Verso", "Vuokrat");
  budget.push([2013, "Verso", "Vuokrat", "vahvistettu", (budget[twice][AMOUNT] as number) + 10]);
  expected.push(["BUDGET_VERSION_AMBIGUOUS", at("Budjetti", budget.length - 1, AMOUNT)]);
  // A budget line with no amount
  budget.push([2015, "SONet BOTNIA", "Matkat", "vahvistettu", null]);
  expected.push(["REQUIRED_MISSING", at("Budjetti", budget.length - 1, AMOUNT)]);
  // Verso's first month budgeted far above its use, the municipal shares not updated to the new total
  const versoFirstYear = budgetRow(2013, "Verso", "Palkat");
  shift(versoFirstYear, 3_100);
  expected.push(["BUDGET_UNDERUSE", at("Budjetti", versoFirstYear, 1)]);

  // Municipal shares: a municipality twice in a year; one missing in 2015 (its share paid by Vaasa)
  const shares = sheet(sheets, "Kuntaosuudet");
  const duplicate: WritableCell[] = [2014, "Vaasa", "Vaasa", "lisärivi", 0];
  shares.push(duplicate);
  const narpio = shares.findIndex((r) => r[0] === 2015 && r[1] === "Närpiö");
  const vaasa = shares.findIndex((r) => r[0] === 2015 && r[1] === "Vaasa");
  shares[vaasa][4] = (shares[vaasa][4] as number) + (shares[narpio][4] as number);
  shares.splice(narpio, 1);
  const lastOf2013 = shares.map((r) => r[0]).lastIndexOf(2013);
  expected.push(
    ["MUNI_DUPLICATE", at("Kuntaosuudet", shares.indexOf(duplicate), 1)],
    [
      "MUNI_MISSING",
      at(
        "Kuntaosuudet",
        shares.findIndex((r) => r[0] === 2015),
        1,
      ),
    ],
    ["MUNI_SHARES_MISMATCH", at("Kuntaosuudet", lastOf2013, 4)],
  );

  // Applications: the second starts a day late, the third a day early and stands above the second;
  // the last ends a month early (October's costs are never claimed) and has no sent date, so the final report is due
  const applications = sheet(sheets, "Maksatukset");
  const [, first, second, third] = applications;
  void first;
  second[1] = { date: (second[1] as { date: number }).date + 1 };
  third[1] = { date: (third[1] as { date: number }).date - 1 };
  third[2] = d("30.9.2015");
  third[5] = null;
  applications[2] = third;
  applications[3] = second;
  expected.push(
    ["APPLICATION_OVER_RATE", "Maksatukset!D3"],
    ["APPLICATION_ORDER", "Maksatukset!B4"],
    ["APPLICATION_PERIOD_GAP", "Maksatukset!B4"],
    ["APPLICATION_PERIOD_OVERLAP", "Maksatukset!B3"],
    ["APPLICATION_COSTS_OUTSIDE", "Maksatukset!C3"],
    ["FINAL_REPORT_DUE", "Hanke!B4"],
  );
}
