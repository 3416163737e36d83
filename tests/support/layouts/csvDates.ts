import { dayFromSerial, ymdOf } from "../../../src/periods";
import { parseCsv, toCsv } from "../../../src/workbook/csv";
import type { CsvField } from "../../../src/workbook/csv";
import type { CellValue, WorkbookData } from "../../../src/workbook/types";
import { COL, SHEET_NAME, invoiceRowsIn, laskutOf } from "./invoiceSheet";
import type { Lang } from "./invoiceSheet";

/**
 * The canonical ledger saved as a CSV and read back (src/workbook/csv.ts, as the CLI reads a
 * folder of CSV files), its dates as text in the order a spreadsheet's locale writes them:
 * `monthFirst` as en-US (9/2/2013, `,` and a decimal point), `dayFirst` as en-GB (02/09/2013),
 * `iso` (2013-09-02), `dots` as Finnish Excel (2.9.2013, `;` and a decimal comma).
 */
export type DateStyle = "monthFirst" | "dayFirst" | "iso" | "dots";

export interface CsvDatesVariant {
  readonly lang: Lang;
  readonly style: DateStyle;
}

const DATE_COLUMNS = [COL.date, COL.start, COL.end];

export function csvDatesOf(canonical: WorkbookData, variant: CsvDatesVariant): { book: WorkbookData; csv: string } {
  const { header, rows } = invoiceRowsIn(laskutOf(canonical), variant.lang);
  const field = (value: CellValue, col: number): CsvField => {
    const day = DATE_COLUMNS.includes(col) && typeof value === "number" ? dayFromSerial(value, canonical.date1904) : null;
    if (day === null) return typeof value === "object" && value !== null ? null : value;
    const { year, month, day: d } = ymdOf(day);
    const two = (n: number) => String(n).padStart(2, "0");
    if (variant.style === "monthFirst") return `${month}/${d}/${year}`;
    if (variant.style === "dayFirst") return `${two(d)}/${two(month)}/${year}`;
    if (variant.style === "iso") return `${year}-${two(month)}-${two(d)}`;
    return `${d}.${month}.${year}`;
  };
  const csv = toCsv(
    [header.map((h) => (typeof h === "string" ? h : null)), ...rows.map((row) => row.map(field))],
    variant.style === "dots" ? { delimiter: ";", decimal: "," } : { delimiter: ",", decimal: "." },
  );
  const sheet = parseCsv(csv, SHEET_NAME[variant.lang]);
  return {
    book: { ...canonical, sheets: canonical.sheets.map((s) => (s.name === "Laskut" ? { name: sheet.name, cells: sheet.cells } : s)) },
    csv,
  };
}
