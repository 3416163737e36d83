import { buildLedger } from "../../ledger/build";
import type { ClaimedApplication } from "../../ledger/model";
import { dayFromSerial } from "../../periods";
import type { Interval } from "../../periods";
import { projectPart } from "./figures";
import type { OutCell, OutSheet } from "../../workbook/cells";
import { cellText } from "../../workbook/types";
import type { CellValue, WorkbookData } from "../../workbook/types";

/** What undoing `mark-sent` writes: the claims sheet without the application's rows; nothing when `claim` is null. */
export interface UnmarkPlan {
  /** The application marked as sent for exactly this period; null when there is none. */
  readonly claim: ClaimedApplication | null;
  /** The claims sheet written again without its rows. */
  readonly sheet: OutSheet | null;
  /** How many rows of the claims sheet go (its `hakemus` row and its `rivi` rows). */
  readonly removed: number;
}

const DATE_HEADERS = new Set<string>(["Alkaa", "Päättyy", "Lähetetty", "Päivämäärä", "Ajalta alkaen", "Ajalta päättyen"]);
const MONEY_HEADERS = new Set<string>([
  "Hyväksyttävät yhteensä",
  "Valtionavustus enintään",
  "Haettu",
  "Summa (ALV 0)",
  "ALV",
  "Summa (sis. ALV)",
  "Hyväksyttävä summa",
]);

/**
 * Undoes `kaste mark-sent` for one period: the application's `hakemus` row and the `rivi` rows
 * after it are taken off the hidden claims sheet KASTE-maksatukset, so kaste check no longer
 * compares the ledger with them and the period can be marked again. The other applications'
 * rows stay as they were (dates stay dates, amounts money). A row mark-sent appended to
 * Maksatukset is the user's table and stays: the caller says so. Pure: the adapter writes `sheet`.
 */
export function unmarkSent(book: WorkbookData, period: Interval): UnmarkPlan {
  const { ledger } = buildLedger(book);
  // Marked as typed, or as the draft was: its part inside the project period
  const part = projectPart(ledger, period);
  const claim =
    (ledger.claims ?? []).find(
      (c) => (c.start === period.start && c.end === period.end) || (c.start === part.start && c.end === part.end),
    ) ?? null;
  const stored = claim ? book.sheets.find((s) => s.name === claim.sheet) : undefined;
  if (!claim || !stored || stored.origin) return { claim: null, sheet: null, removed: 0 };
  const header = stored.cells[1] ?? [];
  const col = (name: string) => header.findIndex((cell) => typeof cell === "string" && cell.trim() === name);
  const record = col("Tietue");
  const number = col("Hakemus");
  // its hakemus row and every row after it up to the next application's
  let end = claim.row + 1;
  while (end < stored.cells.length) {
    const cells = stored.cells[end] ?? [];
    const kind = cellText(cells[record] ?? null)
      .trim()
      .toLowerCase();
    if (kind === "hakemus" || (kind === "rivi" && cellText(cells[number] ?? null).trim() !== claim.number)) break;
    end++;
  }
  const kinds = header.map((cell) =>
    typeof cell === "string" && DATE_HEADERS.has(cell.trim())
      ? "date"
      : typeof cell === "string" && MONEY_HEADERS.has(cell.trim())
        ? "money"
        : null,
  );
  const typed = (cells: readonly CellValue[], r: number): OutCell[] =>
    cells.map((cell, c) => {
      if (r < 2 || typeof cell !== "number") return cell;
      if (kinds[c] === "date") {
        const day = dayFromSerial(cell, book.date1904);
        return day === null ? cell : { date: day };
      }
      return kinds[c] === "money" ? { money: Math.round(cell * 100) } : cell;
    });
  const rows = stored.cells.map(typed).filter((_, r) => r < claim.row || r >= end);
  return { claim, sheet: { name: stored.name, rows, boldRows: [1], hidden: true }, removed: end - claim.row };
}
