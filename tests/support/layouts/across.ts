import type { CellRange, CellValue, SheetData, WorkbookData } from "../../../src/workbook/types";
import { COL, SHEET_NAME, invoiceRowsIn, laskutOf, place } from "./invoiceSheet";
import type { Lang, Placement } from "./invoiceSheet";

/**
 * The three-year project (examples/lasse.ts) with its tables laid out across (issue 15):
 * - the ledger with one amount column per cost line, one row per invoice (`costLinesAcrossOf`);
 * - the budget with a block of columns per partner over years or cost lines (`partnerBlocksOf`);
 * - the monthly invoices of the partners who invoice monthly as each partner's monthly
 *   breakdown, months as columns (`monthlyBreakdownOf`).
 * Each comes with the same data in the canonical layout (`canonicalIn`, `withoutNumbers`), so a
 * test can demand the same findings and totals.
 */

/** The cost lines of the project in each language, as a coordinator types them. */
const LINES: Readonly<Record<string, Readonly<Record<Exclude<Lang, "fi">, string>>>> = {
  Palkat: { sv: "Löner", en: "Salaries" },
  Vuokrat: { sv: "Hyror", en: "Rents" },
  "Muut palvelujen ostot": { sv: "Övriga köpta tjänster", en: "Other purchased services" },
  "Aineet, tarvikkeet ja tavarat": { sv: "Material, tillbehör och varor", en: "Materials, supplies and goods" },
};

export const lineIn = (line: string, lang: Lang): string => (lang === "fi" ? line : (LINES[line]?.[lang] ?? line));

function sheetOf(book: WorkbookData, name: string): SheetData {
  const sheet = book.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no ${name} sheet`);
  return sheet;
}

/**
 * The canonical workbook with its cost lines named in `lang` (Budjetti and Laskut alike) and
 * its ledger's headers and words in `lang`: the same data the layouts across write in that language.
 */
export function canonicalIn(canonical: WorkbookData, lang: Lang): WorkbookData {
  if (lang === "fi") return canonical;
  const { header, rows } = invoiceRowsIn(laskutOf(canonical), lang);
  const laskut = rows.map((row) => row.map((v, i) => (i === COL.line && typeof v === "string" ? lineIn(v, lang) : v)));
  const budget = sheetOf(canonical, "Budjetti");
  const lineCol = budget.cells[0].indexOf("Tilikohta");
  return {
    ...canonical,
    sheets: canonical.sheets.map((s) =>
      s.name === "Laskut"
        ? { name: SHEET_NAME[lang], cells: [header, ...laskut] }
        : s.name === "Budjetti"
          ? {
              ...s,
              cells: s.cells.map((row, r) =>
                r === 0 ? row : row.map((v, i) => (i === lineCol && typeof v === "string" ? lineIn(v, lang) : v)),
              ),
            }
          : s,
    ),
  };
}

export interface LayoutBook {
  readonly book: WorkbookData;
  /** The sheet laid out across, and its header row (0-based, in sheet coordinates). */
  readonly sheetName: string;
  readonly headerRow: number;
}

const TOTAL = { fi: "Yhteensä", sv: "Totalt", en: "Total" } as const;

/**
 * Laskut with a column per cost line: one row per invoice (a line with VAT on a row of its own,
 * the way a bookkeeper keeps VAT per row), Selite left out (it differs line by line), a total
 * column at the end. The lines of a row come out in the cost columns' order, as the canonical ones.
 */
export function costLinesAcrossOf(canonical: WorkbookData, placement: Placement): LayoutBook {
  const { lang } = placement;
  const source = canonicalIn(canonical, lang);
  const sheetName = SHEET_NAME[lang];
  const { header, rows } = invoiceRowsIn(sheetOf(source, sheetName), "fi");
  const lines = [...new Set(rows.map((row) => String(row[COL.line])))];
  const keyCols = [COL.date, COL.partner, COL.number, COL.start, COL.end, COL.kind];
  const tailCols = [COL.vat, COL.eligible, COL.checker, COL.approver];
  const out: CellValue[][] = [[...keyCols.map((c) => header[c]), ...lines, ...tailCols.map((c) => header[c]), TOTAL[lang]]];
  let current: { key: string; row: CellValue[] } | null = null;
  for (const row of rows) {
    const key = JSON.stringify([...keyCols, ...tailCols.slice(1)].map((c) => row[c]));
    const at = keyCols.length + lines.indexOf(String(row[COL.line]));
    const vat = Number(row[COL.vat]);
    const fits =
      current !== null &&
      current.key === key &&
      vat === 0 &&
      current.row[at] === null &&
      Number(current.row[keyCols.length + lines.length]) === 0;
    if (!fits) {
      current = { key, row: [...keyCols.map((c) => row[c]), ...lines.map(() => null), ...tailCols.map((c) => row[c]), 0] };
      out.push(current.row);
    }
    const target = current as { row: CellValue[] };
    target.row[at] = row[COL.net];
    const totalAt = target.row.length - 1;
    target.row[totalAt] = Math.round((Number(target.row[totalAt]) + Number(row[COL.net])) * 100) / 100;
  }
  const placed = place(out, placement);
  return {
    book: { ...source, sheets: source.sheets.map((s) => (s.name === sheetName ? { name: sheetName, cells: placed.cells } : s)) },
    sheetName,
    headerRow: placed.top,
  };
}

export interface BlocksVariant extends Placement {
  /** What the columns of a partner's block are: its years, or its cost lines (then a row per year). */
  readonly under: "years" | "lines";
  /** Partner names merged over their blocks (as Excel's Merge & Center leaves them). */
  readonly merge: boolean;
}

const BUDGET_WORDS = {
  fi: { sheet: "Budjetti", title: "Vahvistettu budjetti 2013–2015", line: "Tilikohta", year: "Vuosi" },
  sv: { sheet: "Budget", title: "Fastställd budget 2013–2015", line: "Kostnadsslag", year: "År" },
  en: { sheet: "Budget", title: "Confirmed budget 2013–2015", line: "Cost line", year: "Year" },
} as const;

/** Budjetti with a block of columns per partner, the partners' names on a row over their blocks, a total block at the end. */
export function partnerBlocksOf(canonical: WorkbookData, variant: BlocksVariant): LayoutBook {
  const { lang } = variant;
  const source = canonicalIn(canonical, lang);
  const budget = sheetOf(source, "Budjetti");
  const [head, ...rows] = budget.cells;
  const [yearCol, partnerCol, lineCol, amountCol] = ["Vuosi", "Kumppani", "Tilikohta", "Summa"].map((h) => head.indexOf(h));
  const entries = rows.map((r) => ({
    year: Number(r[yearCol]),
    partner: String(r[partnerCol]),
    line: String(r[lineCol]),
    amount: r[amountCol],
  }));
  const partners = [...new Set(entries.map((e) => e.partner))];
  const years = [...new Set(entries.map((e) => e.year))].sort();
  const lines = [...new Set(entries.map((e) => e.line))];
  const amountOf = (partner: string, line: string, year: number) =>
    entries.find((e) => e.partner === partner && e.line === line && e.year === year)?.amount ?? null;
  const sub = variant.under === "years" ? years : lines;
  const words = BUDGET_WORDS[lang];
  const upper: CellValue[] = [null];
  const lower: CellValue[] = [variant.under === "years" ? words.line : words.year];
  for (const name of [...partners, TOTAL[lang]]) sub.forEach((s, i) => [upper.push(i === 0 ? name : null), lower.push(s)]);
  const body = (variant.under === "years" ? lines : years).map((key) => {
    const cells: CellValue[] = [key];
    let totals = sub.map(() => 0);
    for (const partner of partners)
      sub.forEach((s, i) => {
        const amount = variant.under === "years" ? amountOf(partner, String(key), Number(s)) : amountOf(partner, String(s), Number(key));
        cells.push(amount);
        totals = totals.map((t, j) => (j === i ? t + Number(amount ?? 0) : t));
      });
    return [...cells, ...totals];
  });
  const placed = place([[words.title], [], upper, lower, ...body], variant);
  const top = placed.top + 2;
  const merged: CellRange[] = variant.merge
    ? [...partners, TOTAL[lang]].map((_, k) => ({
        top,
        bottom: top,
        left: placed.left + 1 + k * sub.length,
        right: placed.left + k * sub.length + sub.length,
      }))
    : [];
  const sheet = { name: words.sheet, cells: placed.cells, ...(merged.length > 0 ? { merged } : {}) };
  return {
    book: { ...source, sheets: source.sheets.map((s) => (s.name === "Budjetti" ? sheet : s)) },
    sheetName: words.sheet,
    headerRow: top + 1,
  };
}

export interface MonthsVariant extends Placement {
  /**
   * How the months say their year: `row` a year over each year's months (merged over them),
   * `header` in each header ("1/2014", "tammi 2014"), `sheet` a sheet per partner and year
   * ("Pikassos 2014") with the months' names only.
   */
  readonly years: "row" | "header" | "sheet";
}

const MONTH_NAMES = {
  fi: ["tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu"],
  sv: ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
} as const;
const BREAKDOWN_WORDS = {
  fi: { title: "kuukausierittely", kind: "Laji", line: "Tilikohta", checker: "Asiatarkastaja", approver: "Hyväksyjä" },
  sv: { title: "månadsspecifikation", kind: "Typ", line: "Kostnadsslag", checker: "Granskare", approver: "Godkännare" },
  en: { title: "monthly breakdown", kind: "Type", line: "Cost line", checker: "Checked by", approver: "Approved by" },
} as const;

/** A Day's year and month (days since 1.1.1970). */
function yearMonthOf(day: number): [number, number] {
  const date = new Date(day * 86_400_000);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1];
}

/**
 * The canonical workbook with the invoice number, date and VAT of its monthly (kiinteä, one month)
 * lines left blank: what a monthly breakdown keeps of them, in the canonical layout.
 */
export function withoutNumbers(canonical: WorkbookData, lang: Lang): WorkbookData {
  const source = canonicalIn(canonical, lang);
  const sheetName = SHEET_NAME[lang];
  const [header, ...rows] = sheetOf(source, sheetName).cells;
  const monthly = (row: readonly CellValue[]) => isMonthLine(row);
  const cells = [
    header,
    ...rows.map((row) => (monthly(row) ? row.map((v, i) => (i === COL.number || i === COL.date || i === COL.vat ? null : v)) : row)),
  ];
  return { ...source, sheets: source.sheets.map((s) => (s.name === sheetName ? { name: sheetName, cells } : s)) };
}

const SERIAL_OF_1970 = 25_569;
const FIXED = new Set(["kiinteä", "fast", "fixed"]);

/**
 * A kiinteä line over exactly one calendar month from 1/2014 on (dates as Excel serials): the
 * partners send a monthly breakdown from 1/2014, 2013 is invoiced as the ledger has it (DOMAIN.md §5).
 */
function isMonthLine(row: readonly CellValue[]): boolean {
  if (!FIXED.has(String(row[COL.kind]))) return false;
  const [start, end] = [Number(row[COL.start]) - SERIAL_OF_1970, Number(row[COL.end]) - SERIAL_OF_1970];
  const [y, m] = yearMonthOf(start);
  if (y < 2014) return false;
  const [ey, em] = yearMonthOf(end);
  return y === ey && m === em && new Date(start * 86_400_000).getUTCDate() === 1 && yearMonthOf(end + 1)[1] !== em;
}

/**
 * The monthly lines of each partner moved from the ledger to its own breakdown sheet: a row per
 * (Laji, Tilikohta, checker, approver), a column per month; the other lines stay in the ledger.
 */
export function monthlyBreakdownOf(canonical: WorkbookData, variant: MonthsVariant): LayoutBook & { sheets: string[] } {
  const { lang } = variant;
  const source = canonicalIn(canonical, lang);
  const sheetName = SHEET_NAME[lang];
  const [header, ...rows] = sheetOf(source, sheetName).cells;
  const moved = rows.filter(isMonthLine);
  const kept = rows.filter((row) => !isMonthLine(row));
  const words = BREAKDOWN_WORDS[lang];
  const sheets: SheetData[] = [];
  let headerRow = 0;
  const partners = [...new Set(moved.map((row) => String(row[COL.partner])))];
  for (const partner of partners) {
    const own = moved.filter((row) => row[COL.partner] === partner);
    const months = [...new Set(own.map((row) => yearMonthOf(Number(row[COL.start]) - SERIAL_OF_1970).join("-")))].map((t) =>
      t.split("-").map(Number),
    );
    const groups =
      variant.years === "sheet" ? [...new Set(months.map(([y]) => y))].map((y) => months.filter(([my]) => my === y)) : [months];
    for (const group of groups) {
      const keys = [...new Set(own.map((row) => JSON.stringify([row[COL.kind], row[COL.line], row[COL.checker], row[COL.approver]])))];
      const headers: CellValue[] = [words.kind, words.line, words.checker, words.approver];
      const years: CellValue[] = [null, null, null, null];
      let lastYear = 0;
      for (const [y, m] of group) {
        const name = MONTH_NAMES[lang][m - 1];
        headers.push(variant.years === "header" ? (lang === "fi" ? `${m}/${y}` : `${name} ${y}`) : name);
        years.push(variant.years === "row" && y !== lastYear ? y : null);
        lastYear = y;
      }
      const body = keys.map((key) => {
        const [kind, line, checker, approver] = JSON.parse(key) as string[];
        return [
          kind,
          line,
          checker,
          approver,
          ...group.map(([y, m]) => {
            const row = own.find(
              (r) =>
                r[COL.line] === line &&
                r[COL.kind] === kind &&
                yearMonthOf(Number(r[COL.start]) - SERIAL_OF_1970).join("-") === `${y}-${m}`,
            );
            return row ? row[COL.net] : null;
          }),
        ];
      });
      const year = variant.years === "sheet" ? group[0][0] : null;
      const title = `${partner} – ${words.title}${year ? ` ${year}` : ""}`;
      const placed = place([[title], ...(variant.years === "row" ? [years] : []), headers, ...body], variant);
      headerRow = placed.top + (variant.years === "row" ? 2 : 1);
      const merged: CellRange[] = [];
      if (variant.years === "row") {
        const yearRow = headerRow - 1;
        let from = -1;
        years.forEach((v, i) => {
          if (v === null) return;
          if (from >= 0) merged.push({ top: yearRow, bottom: yearRow, left: placed.left + from, right: placed.left + i - 1 });
          from = i;
        });
        merged.push({ top: yearRow, bottom: yearRow, left: placed.left + from, right: placed.left + years.length - 1 });
      }
      sheets.push({ name: year ? `${partner} ${year}` : partner, cells: placed.cells, ...(merged.length > 0 ? { merged } : {}) });
    }
  }
  const ledger = { name: sheetName, cells: [header, ...kept] };
  return {
    book: { ...source, sheets: [...source.sheets.map((s) => (s.name === sheetName ? ledger : s)), ...sheets] },
    sheetName: sheets[0].name,
    headerRow,
    sheets: sheets.map((s) => s.name),
  };
}
