import type { BudgetUseTable } from "../ledger/budgetUse";
import { formatParam } from "../findings/render";
import type { Lang } from "../findings/render";

const HEADERS: Readonly<Record<Lang, readonly string[]>> = {
  fi: ["Vuosi", "Kumppani", "Tilikohta", "Budjetti", "Toteuma", "Käyttö", "Kulunut", "Vauhti"],
  sv: ["År", "Partner", "Kostnadsslag", "Budget", "Utfall", "Användning", "Förflutet", "Takt"],
  en: ["Year", "Partner", "Cost line", "Budget", "Actual", "Use", "Elapsed", "Pace"],
};
const ALL: Readonly<Record<Lang, string>> = { fi: "kaikki", sv: "alla", en: "all" };
const COMMON: Readonly<Record<Lang, string>> = { fi: "yhteisosuus", sv: "gemensam andel", en: "common share" };

/** The budget-use table (year × partner × cost line with totals) as aligned text columns. */
export function renderBudgetText(table: BudgetUseTable, lang: Lang): string {
  const rows = table.rows.map((row) => [
    row.year === null ? ALL[lang] : String(row.year),
    row.partner === null ? ALL[lang] : row.partner || COMMON[lang],
    row.line === null ? ALL[lang] : row.line,
    row.budget === null ? "-" : formatParam({ cents: row.budget }, lang),
    formatParam({ cents: row.realised }, lang),
    row.use === null ? "-" : formatParam({ ratio: row.use }, lang),
    formatParam({ ratio: row.elapsed }, lang),
    row.pace === null ? "-" : row.pace.toFixed(2),
  ]);
  const all = [HEADERS[lang], ...rows];
  const widths = HEADERS[lang].map((_, c) => Math.max(...all.map((r) => r[c].length)));
  return all.map((r) => r.map((cell, c) => (c >= 3 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join("  ")).join("\n");
}
