import type { Application, Ledger, TableRef } from "../../ledger/model";
import { SheetReader } from "../../ledger/sheetReader";
import type { Cents } from "../../money";
import { fiDateOf } from "../../periods";
import type { Day, Interval } from "../../periods";
import { nameKey } from "../../workbook/normalize";
import type { WorkbookData } from "../../workbook/types";
import { appendPlace } from "../../ledger/append";
import { draftApplication } from "./application";
import type { ApplicationDraft, DraftOptions } from "./application";
import type { OutBlock, OutCell, OutSheet } from "../../workbook/cells";
import { addSheet, writeBlocks } from "../../workbook/cells";
import { CLAIMS_SHEET, claimsRows, claimsSheetHead } from "../../ledger/claims";
import type { ApplicationClaim, ClaimedApplication } from "../../ledger/model";

export interface MarkSentOptions extends DraftOptions {
  /** The day the application was sent; the as-of day (today) when not given. */
  readonly sent?: Day;
  /** The amount applied, when it differs from the draft's (and Maksatukset has no row for the period). */
  readonly applied?: Cents;
}

/** What marking an application as sent writes; nothing when `blocked` or `alreadySent`. */
export interface MarkSentPlan {
  readonly draft: ApplicationDraft;
  /** The checks found errors and there was no override. */
  readonly blocked: boolean;
  /** An application already marked as sent whose period overlaps this one. */
  readonly alreadySent: ClaimedApplication | null;
  readonly claim: ApplicationClaim;
  /** The hidden claims sheet to add, when the workbook has none yet. */
  readonly newSheet: OutSheet | null;
  /** Rows to append to the existing claims sheet, or the application's row to append to Maksatukset. */
  readonly blocks: readonly OutBlock[];
  /** Whether a Maksatukset row is appended (false when the table has the period already or has no table). */
  readonly addsApplicationRow: boolean;
}

/**
 * Marks a payment application as sent: freezes its period, totals and every ledger row it
 * claimed (values and fingerprints) on the hidden sheet KASTE-maksatukset, and appends the
 * application to Maksatukset when that table has no row for the period. From then on
 * `kaste check` reports CLAIMED_ROW_CHANGED, CLAIMED_ROW_DELETED and CLAIMED_TOTAL_CHANGED.
 * Pure: the adapter writes `newSheet` (hidden) and `blocks`.
 */
export function markSent(book: WorkbookData, asked: Interval, options: MarkSentOptions = {}): MarkSentPlan {
  const draft = draftApplication(book, asked, options);
  const { ledger } = draft.check;
  const { figures } = draft;
  // The period drafted: its part inside the project period
  const { period } = figures;
  const own = ledger.applications.find((a) => a.start === period.start && a.end === period.end);
  const claim: ApplicationClaim = {
    number: figures.number,
    start: period.start,
    end: period.end,
    sent: options.sent ?? own?.sent ?? draft.check.asOf,
    eligible: figures.eligible,
    stateShare: figures.stateShare,
    applied: options.applied ?? own?.applied ?? figures.applyNow,
  };
  const alreadySent = (ledger.claims ?? []).find((c) => c.start <= period.end && c.end >= period.start) ?? null;
  const rows = claimsRows(claim, figures.costs);
  const existing = book.sheets.find((s) => s.name === CLAIMS_SHEET);
  const blocks: OutBlock[] = [];
  let newSheet: OutSheet | null = null;
  if (existing) blocks.push({ sheet: CLAIMS_SHEET, row: new SheetReader(existing).rowCount, col: 0, rows });
  else newSheet = { name: CLAIMS_SHEET, rows: [...claimsSheetHead(), ...rows], boldRows: [1], hidden: true };
  const table = applicationsTable(ledger);
  const row = !own && table ? applicationRow(table, ledger, book, claim) : null;
  if (row) blocks.push(row);
  const addsApplicationRow = row !== null;
  return { draft, blocked: draft.blocked, alreadySent, claim, newSheet, blocks, addsApplicationRow };
}

/** The workbook as it is after marking as sent (pure; for tests and previews). */
export function applyMarkSent(book: WorkbookData, plan: MarkSentPlan): WorkbookData {
  const withSheet = plan.newSheet ? addSheet(book, plan.newSheet) : book;
  return writeBlocks(withSheet, plan.blocks);
}

function applicationsTable(ledger: Ledger): TableRef | undefined {
  const tables = ledger.tables.applications;
  return tables.find((t) => nameKey(t.sheet) === "maksatukset") ?? tables[0];
}

/** The application's row for Maksatukset, in the table's column order; null when another table leaves no room. */
function applicationRow(table: TableRef, ledger: Ledger, book: WorkbookData, claim: ApplicationClaim): OutBlock | null {
  const place = appendPlace(table, ledger, book);
  if (place.nextHeader && place.firstRow + 1 >= place.nextHeader.row) return null;
  const byCol = new Map(Object.entries(table.columns).map(([field, col]) => [col, field as keyof Application | "period"]));
  const hasStartEnd = table.columns.start !== undefined || table.columns.end !== undefined;
  const cells: OutCell[] = [];
  for (let col = place.firstCol; col <= place.lastCol; col++) {
    switch (byCol.get(col)) {
      case "number":
        cells.push(claim.number);
        break;
      case "start":
        cells.push({ date: claim.start });
        break;
      case "end":
        cells.push({ date: claim.end });
        break;
      case "period":
        cells.push(hasStartEnd ? null : `${fiDateOf(claim.start)}–${fiDateOf(claim.end)}`);
        break;
      case "applied":
        cells.push({ money: claim.applied });
        break;
      case "sent":
        cells.push(claim.sent === null ? null : { date: claim.sent });
        break;
      default:
        cells.push(null);
    }
  }
  return {
    sheet: table.sheet,
    row: place.firstRow,
    col: place.firstCol,
    rows: [cells],
    styleFromAbove: place.firstRow > table.headerRow + 1,
  };
}
