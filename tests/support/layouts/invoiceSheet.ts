import type { CellValue, SheetData, WorkbookData } from "../../../src/workbook/types";

/**
 * The canonical Laskut sheet (as examples/lasse.ts writes it) in another language and at another
 * place on its sheet: the base the layouts of merged cells, ERP reports and formulas build on.
 */
export type Lang = "fi" | "sv" | "en";

export interface Placement {
  readonly lang: Lang;
  /** Rows of titles above the header, and blank columns left of the table. */
  readonly rowsAbove: number;
  readonly colsLeft: number;
}

/** Canonical Laskut columns. */
export const COL = {
  date: 0,
  partner: 1,
  number: 2,
  start: 3,
  end: 4,
  kind: 5,
  line: 6,
  net: 7,
  vat: 8,
  eligible: 9,
  checker: 10,
  approver: 11,
  note: 12,
};

const HEADERS: Readonly<Record<Exclude<Lang, "fi">, readonly string[]>> = {
  sv: [
    "Datum",
    "Fakturerare",
    "Fakturanummer",
    "Period från",
    "Period till",
    "Typ",
    "Kostnadsslag",
    "Belopp (moms 0)",
    "Moms",
    "Godtagbar",
    "Granskare",
    "Godkännare",
    "Beskrivning",
  ],
  en: [
    "Date",
    "Partner",
    "Invoice number",
    "Period start",
    "Period end",
    "Type",
    "Cost line",
    "Amount (VAT 0)",
    "VAT",
    "Eligible",
    "Checked by",
    "Approved by",
    "Description",
  ],
};

const WORDS: Readonly<Record<Exclude<Lang, "fi">, Readonly<Record<string, string>>>> = {
  sv: { kiinteä: "fast", tasaus: "utjämning", käynnistys: "uppstart", toteuma: "utfall", kyllä: "ja", ei: "nej" },
  en: { kiinteä: "fixed", tasaus: "reconciliation", käynnistys: "startup", toteuma: "actual", kyllä: "yes", ei: "no" },
};

export const SHEET_NAME: Readonly<Record<Lang, string>> = { fi: "Laskut", sv: "Fakturor", en: "Invoices" };

const TITLES: readonly CellValue[][] = [["Osaamiskeskusten laskut / Fakturor / Invoices"], ["Tampereen kaupunki, LasSe"], []];

/** The canonical Laskut's header and rows, in `lang`. */
export function invoiceRowsIn(laskut: SheetData, lang: Lang): { header: CellValue[]; rows: CellValue[][] } {
  const [header, ...rows] = laskut.cells.map((row) => [...row]);
  if (lang === "fi") return { header, rows };
  const words = WORDS[lang];
  return {
    header: [...HEADERS[lang]],
    rows: rows.map((row) =>
      row.map((value, i) => (typeof value === "string" && (i === COL.kind || i === COL.eligible) ? (words[value] ?? value) : value)),
    ),
  };
}

/** Rows placed on the sheet: titles above, blank columns left. Returns the rows and where row 0 of `rows` went. */
export function place(rows: readonly CellValue[][], placement: Placement): { cells: CellValue[][]; top: number; left: number } {
  const pad = (row: readonly CellValue[]) => (row.length === 0 ? [] : [...Array<CellValue>(placement.colsLeft).fill(null), ...row]);
  const titles = Array.from({ length: placement.rowsAbove }, (_, i) => pad(TITLES[i % TITLES.length]));
  return { cells: [...titles, ...rows.map(pad)], top: placement.rowsAbove, left: placement.colsLeft };
}

/** The canonical workbook with its Laskut sheet replaced. */
export function withInvoiceSheet(canonical: WorkbookData, sheet: SheetData): WorkbookData {
  return { ...canonical, sheets: canonical.sheets.map((s) => (s.name === "Laskut" ? sheet : s)) };
}

export function laskutOf(canonical: WorkbookData): SheetData {
  const sheet = canonical.sheets.find((s) => s.name === "Laskut");
  if (!sheet) throw new Error("no Laskut sheet");
  return sheet;
}
