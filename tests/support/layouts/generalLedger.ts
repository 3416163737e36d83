import type { CellValue, SheetData, WorkbookData } from "../../../src/workbook/types";

/**
 * Writes a workbook's Laskut sheet again as a city general-ledger export (pääkirjaote): one
 * voucher row per invoice line, debit for a cost and credit for a credit note, the account's
 * number and name, a cost centre, the export's own total row at the end. The same data as the
 * canonical ledger, so every finding and total must come out the same.
 */
export interface GeneralLedgerVariant {
  readonly lang: "fi" | "sv" | "en";
  /** Rows of titles above the header, and blank columns left of the table. */
  readonly rowsAbove: number;
  readonly colsLeft: number;
  /** Amounts as text the way the producer writes them ("1 234,50", U+00A0 and a comma) rather than numbers. */
  readonly amountsAsText: boolean;
  /** Leave out the columns an ERP export lacks: checker and approver. */
  readonly bare?: boolean;
  /** Leave out the account's name: the export names its accounts by number only. */
  readonly numbersOnly?: boolean;
}

const HEADERS = {
  fi: [
    "Tositenro",
    "Tositepvm",
    "Tili",
    "Tilin nimi",
    "Kustannuspaikka",
    "Toimittaja",
    "Laskun nro",
    "Ajalta alkaen",
    "Ajalta päättyen",
    "Laji",
    "Debet",
    "Kredit",
    "ALV",
    "Asiatarkastaja",
    "Hyväksyjä",
    "Selite",
  ],
  sv: [
    "Verifikationsnummer",
    "Verifikatdatum",
    "Konto",
    "Kontonamn",
    "Kostnadsställe",
    "Leverantör",
    "Fakturanummer",
    "Period från",
    "Period till",
    "Typ",
    "Debet",
    "Kredit",
    "Moms",
    "Granskare",
    "Godkännare",
    "Beskrivning",
  ],
  en: [
    "Voucher no",
    "Voucher date",
    "Account",
    "Account name",
    "Cost centre",
    "Supplier",
    "Invoice number",
    "Period start",
    "Period end",
    "Type",
    "Debit",
    "Credit",
    "VAT",
    "Checked by",
    "Approved by",
    "Description",
  ],
} as const;

const KINDS: Readonly<Record<"sv" | "en", Readonly<Record<string, string>>>> = {
  sv: { kiinteä: "fast", tasaus: "utjämning", käynnistys: "uppstart", toteuma: "utfall" },
  en: { kiinteä: "fixed", tasaus: "reconciliation", käynnistys: "startup", toteuma: "actual" },
};

const TOTAL_LABEL = { fi: "Yhteensä", sv: "Totalt", en: "Total" } as const;
/** Columns an ERP export lacks, by position in HEADERS. */
const BARE_LEFT_OUT = new Set([13, 14]);
/** The account's name, by position in HEADERS. */
const NAME_COLUMN = 3;

/** Canonical Laskut columns, as examples/lasse.ts writes them. */
const [DATE, PARTNER, NUMBER, START, END, KIND, LINE, NET, VAT, , CHECKER, APPROVER, NOTE] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

function textOf(value: CellValue | undefined): string {
  return typeof value === "string" ? value : "";
}

/** The account number the export books a cost line on. */
export function accountOf(line: string): number {
  let hash = 0;
  for (const ch of line) hash = (hash * 31 + ch.charCodeAt(0)) % 900;
  return 4000 + hash;
}

function amountCell(euros: number | null, asText: boolean): CellValue {
  if (euros === null) return null;
  if (!asText) return euros;
  const [whole, cents] = euros.toFixed(2).split(".");
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0")},${cents}`;
}

export function generalLedgerOf(canonical: WorkbookData, variant: GeneralLedgerVariant): WorkbookData {
  const sheets = canonical.sheets.map((sheet) => (sheet.name === "Laskut" ? exportOf(sheet, variant) : sheet));
  return { ...canonical, sheets };
}

function exportOf(sheet: SheetData, variant: GeneralLedgerVariant): SheetData {
  const { lang } = variant;
  const keep = (row: CellValue[]) =>
    row.filter((_, i) => !(variant.bare && BARE_LEFT_OUT.has(i)) && !(variant.numbersOnly && i === NAME_COLUMN));
  const pad = (row: CellValue[]) => [...Array<CellValue>(variant.colsLeft).fill(null), ...keep(row)];
  const rows: CellValue[][] = [];
  const titles = [["Pääkirjaote / Huvudbok / General ledger"], ["Tampereen kaupunki, kustannuspaikka 4711"], []];
  for (let i = 0; i < variant.rowsAbove; i++) rows.push(titles[i % titles.length].length ? pad(titles[i % titles.length]) : []);
  rows.push(pad([...HEADERS[lang]]));
  let debits = 0;
  let credits = 0;
  sheet.cells.slice(1).forEach((line, i) => {
    const net = Number(line[NET]);
    const kind = textOf(line[KIND]);
    const cost = textOf(line[LINE]);
    debits += net > 0 ? net : 0;
    credits += net < 0 ? -net : 0;
    rows.push(
      pad([
        100_000 + i,
        line[DATE],
        accountOf(cost),
        cost,
        "4711",
        line[PARTNER],
        line[NUMBER],
        line[START],
        line[END],
        lang === "fi" ? kind : (KINDS[lang][kind] ?? kind),
        amountCell(net >= 0 ? net : null, variant.amountsAsText),
        amountCell(net < 0 ? -net : null, variant.amountsAsText),
        amountCell(Number(line[VAT]), variant.amountsAsText),
        line[CHECKER],
        line[APPROVER],
        line[NOTE],
      ]),
    );
  });
  const total: CellValue[] = Array<CellValue>(HEADERS[lang].length).fill(null);
  total[0] = TOTAL_LABEL[lang];
  total[10] = amountCell(Math.round(debits * 100) / 100, variant.amountsAsText);
  total[11] = amountCell(Math.round(credits * 100) / 100, variant.amountsAsText);
  rows.push(pad(total));
  return { name: lang === "fi" ? "Pääkirja" : lang === "sv" ? "Huvudbok" : "General ledger", cells: rows };
}
