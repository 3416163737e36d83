import { asDate, asMoney, asText } from "./coerce";
import type { ApplicationClaim, ClaimedApplication, ClaimedRow, InvoiceLine, TableRef } from "./model";
import type { Cents } from "../money";
import type { Day } from "../periods";
import { cellAddress } from "../workbook/address";
import type { CellValue, SheetData } from "../workbook/types";
import type { OutCell } from "../workbook/cells";
import type { ClaimedCost } from "./costs";
import { fingerprintRow } from "./fingerprint";
import { GENERATED_MARK } from "./generated";
import { KIND_OF_WORD, KIND_WORDS, NO, YES } from "./words";

/**
 * The frozen claims: when a payment application is marked as sent, the workbook keeps its
 * period, its totals and every ledger row it claimed (values and fingerprint) on a hidden
 * sheet. `kaste check` (rules/claims.ts) compares the ledger against it from then on.
 *
 * Layout (one table, appended to by each application marked as sent):
 *   A1  "KASTE Ledger: …" (the generated-sheet mark)
 *   row 2  the headers below
 *   then per application one `hakemus` row (period, sent, totals) and its `rivi` rows (claimed values).
 * Amounts are euros, dates are dates: an auditor can unhide the sheet and read it.
 */
export const CLAIMS_SHEET = "KASTE-maksatukset";

const CLAIMS_TITLE = `${GENERATED_MARK} lähetettyjen maksatushakemusten rivit – älä muokkaa / rows of sent payment applications – do not edit`;

const APPLICATION = "hakemus";
const ROW = "rivi";

export const CLAIMS_HEADERS = [
  "Hakemus",
  "Tietue",
  "Alkaa",
  "Päättyy",
  "Lähetetty",
  "Hyväksyttävät yhteensä",
  "Valtionavustus enintään",
  "Haettu",
  "Rivejä",
  "Laskuttaja",
  "Laskun numero",
  "Päivämäärä",
  "Ajalta alkaen",
  "Ajalta päättyen",
  "Laji",
  "Tilikohta",
  "Summa (ALV 0)",
  "ALV",
  "Summa (sis. ALV)",
  "Hyväksyttävä",
  "Hyväksyttävä summa",
  "Solu",
  "Sormenjälki",
] as const;

type Header = (typeof CLAIMS_HEADERS)[number];

/** The first two rows of a new claims sheet: the generated-sheet mark and the headers. */
export function claimsSheetHead(): OutCell[][] {
  return [[CLAIMS_TITLE], [...CLAIMS_HEADERS]];
}

const dateOrNull = (day: Day | null): OutCell => (day === null ? null : { date: day });
const moneyOrNull = (cents: Cents | null): OutCell => (cents === null ? null : { money: cents });

const firstColumns = new WeakMap<TableRef, number>();

/** Where a ledger row stands, as "Laskut!A12" (its table's first column). */
export function originOf(line: InvoiceLine): string {
  const table = line.at.table;
  let col = firstColumns.get(table);
  if (col === undefined) firstColumns.set(table, (col = Math.min(...Object.values(table.columns))));
  return `${table.sheet}!${cellAddress(line.at.row, col)}`;
}

/** The rows that record one application and the ledger rows it claimed, in the CLAIMS_HEADERS order. */
export function claimsRows(application: ApplicationClaim, costs: readonly ClaimedCost[]): OutCell[][] {
  const rows: OutCell[][] = [
    [
      application.number,
      APPLICATION,
      { date: application.start },
      { date: application.end },
      dateOrNull(application.sent),
      { money: application.eligible },
      { money: application.stateShare },
      { money: application.applied },
      costs.length,
    ],
  ];
  for (const { line, cents } of costs) {
    const origin = originOf(line);
    rows.push([
      application.number,
      ROW,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      line.partner,
      line.number,
      dateOrNull(line.date),
      dateOrNull(line.periodStart),
      dateOrNull(line.periodEnd),
      line.kind === null ? null : KIND_WORDS[line.kind],
      line.line,
      moneyOrNull(line.net),
      moneyOrNull(line.vat),
      moneyOrNull(line.gross),
      line.eligible ? YES : NO,
      { money: cents },
      origin,
      fingerprintRow(line),
    ]);
  }
  return rows;
}

/**
 * Reads the claims sheet back (from an .xlsx, where amounts are numbers and dates serials, or
 * from a CSV folder, where both are text). Rows that cannot be read are skipped.
 */
export function readClaims(sheet: SheetData, date1904: boolean): ClaimedApplication[] {
  const header = sheet.cells[1] ?? [];
  const index = (name: Header): number => header.findIndex((cell) => typeof cell === "string" && cell.trim() === name);
  // Each column by its header, in the CLAIMS_HEADERS order (Rivejä is not read back)
  const [
    number,
    record,
    start,
    end,
    sent,
    eligible,
    state,
    applied /* Rivejä */,
    ,
    partner,
    invoice,
    date,
    periodStart,
    periodEnd,
    kind,
    line,
    net,
    vat,
    gross,
    eligibleFlag,
    eligibleCents,
    origin,
    fingerprint,
  ] = CLAIMS_HEADERS.map(index);
  const applications: (Omit<ClaimedApplication, "rows"> & { rows: ClaimedRow[] })[] = [];
  const byNumber = new Map<string, Omit<ClaimedApplication, "rows"> & { rows: ClaimedRow[] }>();
  for (let r = 2; r < sheet.cells.length; r++) {
    const cells = sheet.cells[r];
    const kindText = textAt(cells, record).toLowerCase();
    const numberText = textAt(cells, number);
    if (kindText === ROW) {
      const application = byNumber.get(numberText);
      if (!application) continue;
      application.rows.push({
        partner: textAt(cells, partner),
        number: textAt(cells, invoice),
        date: dateAt(cells, date, date1904),
        periodStart: dateAt(cells, periodStart, date1904),
        periodEnd: dateAt(cells, periodEnd, date1904),
        kind: KIND_OF_WORD.get(textAt(cells, kind).toLowerCase()) ?? null,
        line: textAt(cells, line),
        net: moneyAt(cells, net),
        vat: moneyAt(cells, vat),
        gross: moneyAt(cells, gross),
        eligible: textAt(cells, eligibleFlag).toLowerCase() !== NO,
        eligibleCents: moneyAt(cells, eligibleCents) ?? 0,
        origin: textAt(cells, origin),
        fingerprint: textAt(cells, fingerprint),
        row: r,
      });
    } else if (kindText === APPLICATION) {
      const from = dateAt(cells, start, date1904);
      const to = dateAt(cells, end, date1904);
      if (from === null || to === null) continue;
      const application = {
        number: numberText,
        start: from,
        end: to,
        sent: dateAt(cells, sent, date1904),
        eligible: moneyAt(cells, eligible) ?? 0,
        stateShare: moneyAt(cells, state) ?? 0,
        applied: moneyAt(cells, applied) ?? 0,
        sheet: sheet.name,
        row: r,
        rows: [] as ClaimedRow[],
      };
      applications.push(application);
      byNumber.set(numberText, application);
    }
  }
  return applications;
}

function cellAt(cells: ReadonlyArray<CellValue>, i: number): CellValue {
  return i < 0 ? null : (cells[i] ?? null);
}

function textAt(cells: ReadonlyArray<CellValue>, i: number): string {
  return asText(cellAt(cells, i)).value ?? "";
}

function dateAt(cells: ReadonlyArray<CellValue>, i: number, date1904: boolean): Day | null {
  return asDate(cellAt(cells, i), "", date1904).value;
}

function moneyAt(cells: ReadonlyArray<CellValue>, i: number): Cents | null {
  return asMoney(cellAt(cells, i), "").value;
}
