import type { Finding } from "../findings/finding";
import type { ParamsOf } from "../findings/params";
import { makeFinding } from "../findings/makeFinding";
import type { Ledger } from "../ledger/model";
import { mappingCandidatesOf } from "../ledger/mappingCandidates";
import type { MappingCandidate } from "../ledger/mappingCandidates";
import { parseAmount } from "../money";
import { columnIndex } from "../workbook/address";
import type { WorkbookData } from "../workbook/types";
import { SheetReader } from "../ledger/sheetReader";
import { TABLES } from "../ledger/vocabulary";
import { isQuantityOrUnitPrice } from "../ledger/recognize";

type Lang = "fi" | "sv" | "en";

const WORDS: Readonly<
  Record<
    Lang,
    {
      near: string;
      sheet: string;
      row: string;
      matched: string;
      missing: string;
      map: string;
      pane: string;
      noTotal: (columns: string) => string;
    }
  >
> = {
  fi: {
    near: "Lähimpänä on",
    sheet: "välilehti",
    row: "otsikkorivi",
    matched: "tunnistettu",
    missing: "puuttuu",
    map: "Kohdista puuttuva sarake komennolla",
    pane: "tai tehtäväruudun Sarakkeet-välilehdellä",
    noTotal: (columns) => `${columns} ovat määrä ja yksikköhinta, eivät summa: lisää laskurivin summa omaksi sarakkeekseen.`,
  },
  sv: {
    near: "Närmast är",
    sheet: "bladet",
    row: "rubrikrad",
    matched: "känns igen",
    missing: "saknas",
    map: "Mappa den saknade kolumnen med",
    pane: "eller på fliken Kolumner i åtgärdsfönstret",
    noTotal: (columns) => `${columns} är antal och enhetspris, inte ett belopp: lägg till radens belopp som en egen kolumn.`,
  },
  en: {
    near: "The closest is",
    sheet: "sheet",
    row: "header row",
    matched: "recognised",
    missing: "missing",
    map: "Map the missing column with",
    pane: "or on the task pane's Columns tab",
    noTotal: (columns) => `${columns} are a quantity and a unit price, not an amount: add the line's amount as a column of its own.`,
  },
};

/** A sheet name as the shell takes it. */
function quoted(text: string): string {
  return /^[\p{L}\d_./-]+$/u.test(text) ? text : `"${text.replace(/(["\\$`])/g, "\\$1")}"`;
}

/** Data rows looked at under a header to tell which column not understood holds amounts. */
const SAMPLE_ROWS = 5;

/**
 * The column not understood that the first missing field most likely is: for an amount, the
 * first whose cells under the header hold amounts; else the first column not understood.
 */
function likelyColumn(candidate: MappingCandidate, book: WorkbookData): string | undefined {
  const field = candidate.missing[0]?.fields[0];
  const money = field !== undefined && fieldChoiceType(candidate, field) === "money";
  const sheet = book.sheets.find((s) => s.name === candidate.sheet);
  if (money && sheet) {
    const reader = new SheetReader(sheet);
    const holdsAmounts = (letter: string) => {
      const col = columnIndex(letter);
      for (let row = candidate.headerRow; row < candidate.headerRow + SAMPLE_ROWS; row++) {
        const value = reader.cell(row, col);
        if (typeof value === "number" || (typeof value === "string" && value.trim() !== "" && parseAmount(value).ok)) return true;
      }
      return false;
    };
    // a quantity or a unit price holds numbers too, but mapped as the amount it would read pieces or hours as euros
    const amounts = candidate.unknownColumns.find((c) => !isQuantityOrUnitPrice(c.header) && holdsAmounts(c.column));
    if (amounts) return amounts.column;
  }
  return candidate.unknownColumns.find((c) => !money || !isQuantityOrUnitPrice(c.header))?.column;
}

function fieldChoiceType(candidate: MappingCandidate, field: string): string | undefined {
  return TABLES.find((spec) => spec.kind === candidate.table)?.fields.find((f) => f.field === field)?.type;
}

/**
 * The `kaste map` command that makes the candidate a table: its likeliest column not understood
 * (or the column the user picks, COLUMN) as its first missing field.
 */
export function mapCommand(candidate: MappingCandidate, workbook: WorkbookData, book = "KIRJA.xlsx"): string {
  const column = likelyColumn(candidate, workbook) ?? "COLUMN";
  const field = candidate.missing[0]?.fields[0] ?? "FIELD";
  return `kaste map ${quoted(book)} --table ${candidate.table} --sheet ${quoted(candidate.sheet)} --row ${candidate.headerRow} --column ${column} --field ${field} --in-place`;
}

function sentence(candidate: MappingCandidate, lang: Lang, workbook: WorkbookData, book: string | undefined): string {
  const w = WORDS[lang];
  const fieldsOf = (c: MappingCandidate) => c.columns.filter((col) => col.field !== null && col.header !== "").map((col) => col.header);
  const missing = candidate.missing.map((m) => m.labels[lang]).join(", ");
  const quantities = candidate.unknownColumns.filter((c) => isQuantityOrUnitPrice(c.header)).map((c) => c.header);
  const noTotal = candidate.table === "invoices" && quantities.length > 0 && candidate.missing.some((m) => m.fields.includes("net"));
  return (
    ` ${w.near} ${w.sheet} ${candidate.sheet}, ${w.row} ${candidate.headerRow} (${w.matched}: ${fieldsOf(candidate).join(", ")}; ${w.missing}: ${missing}).` +
    (noTotal ? ` ${w.noTotal(quantities.join(", "))}` : "") +
    ` ${w.map} ${mapCommand(candidate, workbook, book)} ${w.pane}.`
  );
}

/**
 * TABLE_NOT_FOUND pointing at the header row that came closest to the missing table, with
 * what it matched, what it lacks and the command that maps it; as it was when no row came close.
 */
export function withNearMisses(findings: readonly Finding[], book: WorkbookData, ledger: Ledger, bookName?: string): Finding[] {
  if (!findings.some((f) => f.code === "TABLE_NOT_FOUND")) return [...findings];
  const candidates = mappingCandidatesOf(book, ledger).tables.filter((c) => !c.recognised);
  return findings.map((finding) => {
    if (finding.code !== "TABLE_NOT_FOUND") return finding;
    const candidate = candidates.find((c) => c.table === finding.params.kind);
    if (!candidate) return finding;
    const first = candidate.columns[0]?.column ?? "A";
    const near = {
      fi: sentence(candidate, "fi", book, bookName),
      sv: sentence(candidate, "sv", book, bookName),
      en: sentence(candidate, "en", book, bookName),
    };
    return makeFinding(
      "TABLE_NOT_FOUND",
      { sheet: candidate.sheet, cell: `${first}${candidate.headerRow}` },
      // The finding was built as TABLE_NOT_FOUND (its code says so): its parameters are that code's
      { ...(finding.params as ParamsOf<"TABLE_NOT_FOUND">), near: { words: near }, command: mapCommand(candidate, book, bookName) },
    );
  });
}

/**
 * The header row that came closest to any KASTE table (most columns recognised, then the
 * fewest missing, then the first), for a workbook whose tables were not recognised; null
 * when no row came close.
 */
export function nearestTable(book: WorkbookData, ledger: Ledger): MappingCandidate | null {
  const matched = (c: MappingCandidate) => c.columns.filter((col) => col.field !== null).length;
  let best: MappingCandidate | null = null;
  for (const candidate of mappingCandidatesOf(book, ledger).tables) {
    if (candidate.recognised) continue;
    if (
      !best ||
      matched(candidate) > matched(best) ||
      (matched(candidate) === matched(best) && candidate.missing.length < best.missing.length)
    )
      best = candidate;
  }
  return best;
}
