/**
 * The structured ledger as one sheet, `KASTE-kirjanpito`, for the pane's "Kirjoita kirjanpito":
 * the tables of ledgerTables.ts one under another, each to be an Excel Table, every row ending in
 * a HYPERLINK to the cell it came from. A1 carries the generated-sheet mark, so the ledger builder
 * never reads the sheet back as a second ledger. Pure: the pane's Office adapter writes it.
 */
import type { Lang } from "../findings/render";
import { GENERATED_MARK } from "../ledger/generated";
import { sheetRef } from "../workbook/address";
import type { OutCell, OutSheet } from "../workbook/cells";
import type { LedgerExport } from "./ledgerExport";
import { ledgerTables, rowsWithSources } from "./ledgerTables";
import type { LedgerTableId } from "./ledgerTables";

export const LEDGER_SHEET_NAME = "KASTE-kirjanpito";

/** A block of the sheet to make an Excel Table: its header row (0-based), data rows and columns from A. */
export interface SheetTable {
  /** Which of the ledger's tables (ledgerTables.ts) the block holds; absent on a table of another sheet. */
  readonly id?: LedgerTableId;
  readonly name: string;
  readonly headerRow: number;
  readonly rows: number;
  readonly columns: number;
}

export interface LedgerSheetModel extends OutSheet {
  readonly tables: readonly SheetTable[];
}

const TITLE = { fi: "kirjanpito", sv: "bokföring", en: "ledger" } as const;
const LINK = { fi: "Linkki", sv: "Länk", en: "Link" } as const;

/** `HYPERLINK("#'Laskut'!A5";"Laskut!A5")` in the comma form OOXML and Office.js formulas use. */
export function sourceLink(sheet: string, cell: string): OutCell {
  const shown = `${sheet}!${cell}`;
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  return { formula: `HYPERLINK(${quote(`#${sheetRef(sheet)}!${cell}`)},${quote(shown)})`, result: shown };
}

/**
 * @example
 * buildLedgerSheet(ledgerExport(ledger), "fi").tables.map((t) => t.name) //=> ["kaste_hanke", …, "kaste_laskut"]
 */
export function buildLedgerSheet(doc: LedgerExport, lang: Lang): LedgerSheetModel {
  const rows: OutCell[][] = [[`${GENERATED_MARK} ${TITLE[lang]}`], []];
  const boldRows = [0];
  const tables: SheetTable[] = [];
  for (const table of ledgerTables(doc, lang)) {
    const headerRow = rows.length;
    boldRows.push(headerRow);
    rows.push([...table.header, LINK[lang]]);
    // The rows of `kaste ledger --format xlsx`, each with its link after them
    rowsWithSources(table).forEach((row, i) => {
      const source = table.sources[i];
      rows.push([...row, source ? sourceLink(source.sheet, source.cell) : null]);
    });
    // An Excel Table needs a data row: an empty table keeps one blank row
    if (table.rows.length === 0) rows.push([]);
    tables.push({
      id: table.id,
      name: `kaste_${table.name}`,
      headerRow,
      rows: Math.max(1, table.rows.length),
      columns: table.header.length + 1,
    });
    rows.push([]);
  }
  return { name: LEDGER_SHEET_NAME, rows, boldRows, tables };
}
