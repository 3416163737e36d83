import { netOf } from "../../ledger/fingerprint";
import type { InvoiceLine } from "../../ledger/model";
import { cellAddress } from "../../workbook/address";
import type { ConflictRow, ImportPreview, IncomingRow } from "./importTypes";

/** A group's size and what its rows come to. */
export interface GroupTotal {
  readonly rows: number;
  /** Net amounts (ALV 0) summed in cents; a row that gives only a VAT-inclusive amount counts with it. */
  readonly cents: number;
  /** Rows that give no amount at all (not in `cents`). */
  readonly withoutAmount: number;
}

/** The amount a row counts for in a group's total: its net, else its VAT-inclusive amount; null when it has neither. */
export function rowAmount(line: Pick<InvoiceLine, "net" | "vat" | "gross">): number | null {
  return netOf(line) ?? line.gross;
}

/**
 * Each group of the preview with its € total: the rows to add, those the ledger has, and the
 * conflicts (what the file says, not the ledger).
 *
 * @example
 * previewTotals(preview).add //=> { rows: 3, cents: 248_000, withoutAmount: 0 }
 */
export function previewTotals(preview: Pick<ImportPreview, "toAdd" | "alreadyPresent" | "conflicts">): {
  readonly add: GroupTotal;
  readonly present: GroupTotal;
  readonly conflicts: GroupTotal;
} {
  return { add: totalOf(preview.toAdd), present: totalOf(preview.alreadyPresent), conflicts: totalOf(preview.conflicts) };
}

function totalOf(rows: readonly IncomingRow[]): GroupTotal {
  let cents = 0;
  let withoutAmount = 0;
  for (const { line } of rows) {
    const amount = rowAmount(line);
    if (amount === null) withoutAmount++;
    else cents += amount;
  }
  return { rows: rows.length, cents, withoutAmount };
}

/** One value of a conflicting row, as the file and the ledger have it. */
export type ConflictSide =
  | { readonly field: "amount" | "vat"; readonly file: number | null; readonly ledger: number | null; readonly differs: boolean }
  | { readonly field: "line"; readonly file: string; readonly ledger: string; readonly differs: boolean }
  | {
      readonly field: "period";
      readonly file: { readonly start: number | null; readonly end: number | null };
      readonly ledger: { readonly start: number | null; readonly end: number | null };
      readonly differs: boolean;
    };

/** The VAT of a row as compared: its own, else gross − net, else 0 € when the net is known (a blank VAT). */
function vatOf(line: Pick<InvoiceLine, "net" | "vat" | "gross">): number | null {
  if (line.vat !== null) return line.vat;
  if (line.gross !== null && line.net !== null) return line.gross - line.net;
  return netOf(line) === null ? null : 0;
}

/**
 * A conflicting row beside the ledger row it is closest to, value by value: the amount (ALV 0),
 * the VAT when either has one, the cost line and the period, each marked where they differ (the
 * same fields that make a row already present).
 *
 * @example
 * conflictSides(conflict) //=> [{ field: "amount", file: 125000, ledger: 120500, differs: true }, { field: "line", … }, { field: "period", … }]
 */
export function conflictSides(conflict: Pick<ConflictRow, "line" | "closest" | "differs">): ConflictSide[] {
  const { line, closest, differs } = conflict;
  const sides: ConflictSide[] = [];
  const amountDiffers = differs.includes("amount");
  const fileAmount = rowAmount(line);
  const ledgerAmount = rowAmount(closest);
  const fileVat = vatOf(line);
  const ledgerVat = vatOf(closest);
  const vatDiffers = amountDiffers && fileVat !== ledgerVat;
  // The same figure read once as net and once as VAT-inclusive still differs: the amount is marked
  sides.push({
    field: "amount",
    file: fileAmount,
    ledger: ledgerAmount,
    differs: amountDiffers && (fileAmount !== ledgerAmount || !vatDiffers),
  });
  if ((fileVat ?? 0) !== 0 || (ledgerVat ?? 0) !== 0 || fileVat !== ledgerVat)
    sides.push({ field: "vat", file: fileVat, ledger: ledgerVat, differs: vatDiffers });
  sides.push({ field: "line", file: line.line, ledger: closest.line, differs: differs.includes("line") });
  sides.push({
    field: "period",
    file: { start: line.periodStart, end: line.periodEnd },
    ledger: { start: closest.periodStart, end: closest.periodEnd },
    differs: differs.includes("period"),
  });
  return sides;
}

/**
 * The ledger row a person looks at for a conflict: its sheet and the range from its first to
 * its last recognised column ("A14:M14"), to select in Excel.
 *
 * @example
 * ledgerRowRange(conflict.closest) //=> { sheet: "Laskut", range: "A14:M14" }
 */
export function ledgerRowRange(line: Pick<InvoiceLine, "at">): { readonly sheet: string; readonly range: string } {
  const { table, row } = line.at;
  const cols = Object.values(table.columns);
  const first = cols.length > 0 ? Math.min(...cols) : 0;
  const last = cols.length > 0 ? Math.max(...cols) : 0;
  const range = first === last ? cellAddress(row, first) : `${cellAddress(row, first)}:${cellAddress(row, last)}`;
  return { sheet: table.sheet, range };
}
