import type { Finding } from "../../findings/finding";
import type { InvoiceLine } from "../../ledger/model";
import type { OutCell } from "../../workbook/cells";

/** Where an import comes from, as the provenance columns record it. */
export interface ImportSource {
  /** The partner file's name as the user knows it (written in Lähdetiedosto). */
  readonly file: string;
  /** When the import runs, as written in Tuotu (e.g. "2014-03-05 14:03"). */
  readonly importedAt: string;
  /** The biller for rows that name none: a partner's own breakdown often has no Laskuttaja column. */
  readonly partner?: string;
}

/** A row of the partner file. */
export interface IncomingRow {
  /** The row as read from the partner file (its `at` is the partner file's sheet and row), with the biller filled in. */
  readonly line: InvoiceLine;
  /** The row as a person finds it in the partner file: "12", or "Sheet1!12" in a workbook of several sheets. */
  readonly source: string;
}

/** A row to append: its cells in the order of the target's columns (`AppendTarget.headers`). */
export interface RowToAdd extends IncomingRow {
  readonly cells: readonly OutCell[];
}

/** A row the ledger already has (the same invoice, period, cost line and amounts). */
export interface PresentRow extends IncomingRow {
  readonly existing: InvoiceLine;
}

export type ConflictKind = "amount" | "line" | "period" | "duplicate";

/** A row of an invoice the ledger has, which the ledger's rows of that invoice do not match. */
export interface ConflictRow extends IncomingRow {
  /** Every ledger row of the same partner and invoice number. */
  readonly existing: readonly InvoiceLine[];
  /** The ledger row it is closest to, and how it differs from it ("duplicate": the file has the row more often than the ledger). */
  readonly closest: InvoiceLine;
  readonly differs: readonly ConflictKind[];
}

/** A row that cannot be imported as it is, with the reasons (findings at its cells in the partner file). */
export interface BadRow {
  readonly sheet: string;
  /** 0-based row in the partner file's sheet. */
  readonly row: number;
  readonly source: string;
  readonly findings: readonly Finding[];
}

/** Where the rows go: below the ledger table, from its first column. */
export interface AppendTarget {
  readonly sheet: string;
  /** 0-based row of the table's header. */
  readonly headerRow: number;
  /** 0-based column of the first cell of each row to append. */
  readonly firstCol: number;
  /** 0-based row where the first new row goes: the row after the table's last non-blank row. */
  readonly firstRow: number;
  /** The header of each column written, from `firstCol`: the table's own, then any new provenance headers. */
  readonly headers: readonly string[];
  /** Provenance headers the table lacks, to write into its header row first (0-based columns). */
  readonly newHeaders: readonly { readonly col: number; readonly text: string }[];
}

export interface ImportPreview {
  readonly source: ImportSource;
  /** null when the workbook has no ledger table (TABLE_NOT_FOUND is among the findings). */
  readonly target: AppendTarget | null;
  readonly toAdd: readonly RowToAdd[];
  readonly alreadyPresent: readonly PresentRow[];
  readonly conflicts: readonly ConflictRow[];
  readonly bad: readonly BadRow[];
  /**
   * Everything to tell the user, in the partner file's row order (render with renderFinding):
   * the reasons of bad rows, IMPORT_CONFLICT for each conflict, IMPORT_COLUMN_DROPPED,
   * a table not found, IMPORT_TARGET_FULL.
   */
  readonly findings: readonly Finding[];
  /** Whether `rowsToAppend` can be written: there is a target with room for the rows. */
  readonly canAppend: boolean;
}
