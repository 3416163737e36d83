import { cellAddress, columnLetter } from "../../../src/workbook/address";
import type { CellValue, WorkbookData } from "../../../src/workbook/types";
import { COL, SHEET_NAME, invoiceRowsIn, laskutOf, place } from "./invoiceSheet";
import type { Placement } from "./invoiceSheet";
import type { ProducedSheet } from "./xlsxProducers";

/**
 * The canonical ledger with its amounts as formulas, as a script or an export writes them:
 *
 * - `simple`: every amount typed as a sum (`=1000+234.5`), the VAT as the amount times its rate
 *   where that is exact (`=H2*0.24`), and a total row `=SUM(H2:H132)` under the table;
 * - `lookup`: every amount a VLOOKUP into a price sheet, which KASTE Ledger does not compute.
 *
 * The cells hold the values too: a producer that caches values (Excel, LibreOffice) writes them,
 * a script writes the formulas only.
 */
export interface FormulaVariant extends Placement {
  readonly style: "simple" | "lookup";
}

export interface FormulaLayout {
  readonly sheets: ProducedSheet[];
  readonly sheetName: string;
  /** The amount column's cells that hold formulas, as the finding names them ("H2:H132"). */
  readonly amountCells: string;
  readonly lines: number;
}

export function formulaCellsOf(canonical: WorkbookData, variant: FormulaVariant): FormulaLayout {
  const { header, rows } = invoiceRowsIn(laskutOf(canonical), variant.lang);
  const total: CellValue[] = Array<CellValue>(header.length).fill(null);
  total[0] = { fi: "Yhteensä", sv: "Totalt", en: "Total" }[variant.lang];
  total[COL.net] = Math.round(rows.reduce((sum, row) => sum + Math.round(Number(row[COL.net]) * 100), 0)) / 100;
  const placed = place([header, ...rows, total], variant);
  const at = (i: number, col: number) => cellAddress(placed.top + i, placed.left + col);
  const formulas: Record<string, string> = {};
  rows.forEach((row, r) => {
    const i = r + 1;
    const net = Number(row[COL.net]);
    const netCents = Math.round(net * 100);
    if (variant.style === "lookup") {
      formulas[at(i, COL.net)] = `VLOOKUP(${at(i, COL.number)},Hinnat!$A:$B,2,FALSE)`;
      return;
    }
    const whole = Math.trunc(netCents / 200) * 100; // about half, in whole euros
    formulas[at(i, COL.net)] = `${whole / 100}+${(netCents - whole) / 100}`.replace("+-", "-");
    const vatCents = Math.round(Number(row[COL.vat]) * 100);
    for (const rate of [24, 14, 10, 0])
      if (typeof row[COL.vat] === "number" && vatCents * 100 === netCents * rate) {
        formulas[at(i, COL.vat)] = `${at(i, COL.net)}*${rate / 100}`;
        break;
      }
  });
  if (variant.style === "simple") formulas[at(rows.length + 1, COL.net)] = `SUM(${at(1, COL.net)}:${at(rows.length, COL.net)})`;
  const sheetName = SHEET_NAME[variant.lang];
  const sheets = canonical.sheets.map((s): ProducedSheet =>
    s.name === "Laskut" ? { name: sheetName, cells: placed.cells, formulas } : { name: s.name, cells: s.cells },
  );
  const column = columnLetter(placed.left + COL.net);
  return {
    sheets,
    sheetName,
    amountCells: `${column}${placed.top + 2}:${column}${placed.top + rows.length + 1}`,
    lines: rows.length,
  };
}
