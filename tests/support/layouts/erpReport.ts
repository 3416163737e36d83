import type { CellValue, WorkbookData } from "../../../src/workbook/types";
import { COL, SHEET_NAME, invoiceRowsIn, laskutOf, place } from "./invoiceSheet";
import type { Lang, Placement } from "./invoiceSheet";

/**
 * The canonical ledger as an ERP prints a report and a person pastes it into a sheet: pages of
 * `pageRows` invoice lines, each page after the first under the header again, each page ending
 * in its page total and a page footer ("Sivu 2/5"), each next page opening with the carried-
 * forward total ("Siirto"). The same data, so every finding and total must be the canonical's.
 */
export interface ErpVariant extends Placement {
  readonly pageRows: number;
  /** Where the footer's label stands: in the first column, or in the amount column's left neighbour. */
  readonly labelAt: "first" | "beforeAmount";
}

const WORDS: Readonly<
  Record<Lang, { page: (n: number, of: number) => string; pageTotal: string; carried: string; broughtForward: string }>
> = {
  fi: { page: (n, of) => `Sivu ${n}/${of}`, pageTotal: "Sivun summa", carried: "Yhteensä siirto", broughtForward: "Siirto" },
  sv: { page: (n, of) => `Sida ${n} av ${of}`, pageTotal: "Sidans summa", carried: "Summa transport", broughtForward: "Transport" },
  en: { page: (n, of) => `Page ${n} of ${of}`, pageTotal: "Page total", carried: "Carried forward", broughtForward: "Brought forward" },
};

export interface ErpLayout {
  readonly book: WorkbookData;
  /** The noise rows written, by kind: repeated headers, page footers, page and carried totals. */
  readonly noise: { readonly headers: number; readonly footers: number; readonly totals: number };
}

export function erpReportOf(canonical: WorkbookData, variant: ErpVariant): ErpLayout {
  const { header, rows } = invoiceRowsIn(laskutOf(canonical), variant.lang);
  const words = WORDS[variant.lang];
  const pages = Math.ceil(rows.length / variant.pageRows);
  const out: CellValue[][] = [header];
  const noise = { headers: 0, footers: 0, totals: 0 };
  const labelled = (label: string, euros: number | null): CellValue[] => {
    const row = Array<CellValue>(header.length).fill(null);
    row[variant.labelAt === "first" ? 0 : COL.net - 1] = label;
    if (euros !== null) row[COL.net] = Math.round(euros * 100) / 100;
    return row;
  };
  let running = 0;
  for (let page = 0; page < pages; page++) {
    const lines = rows.slice(page * variant.pageRows, (page + 1) * variant.pageRows);
    if (page > 0) {
      out.push([...header]);
      out.push(labelled(words.broughtForward, running));
      noise.headers++;
      noise.totals++;
    }
    out.push(...lines);
    const pageSum = lines.reduce((sum, line) => sum + Number(line[COL.net]), 0);
    running += pageSum;
    out.push(labelled(words.pageTotal, pageSum));
    noise.totals++;
    if (page < pages - 1) {
      out.push(labelled(words.carried, running));
      noise.totals++;
    }
    out.push(labelled(words.page(page + 1, pages), null));
    noise.footers++;
  }
  const sheet = { name: SHEET_NAME[variant.lang], cells: place(out, variant).cells };
  return { book: { ...canonical, sheets: canonical.sheets.map((s) => (s.name === "Laskut" ? sheet : s)) }, noise };
}
