import { dayFromYmd, endOfMonth } from "../../periods";
import type { Day } from "../../periods";
import type { AcrossColumn, BudgetVersion, TableRef } from "../model";
import { specOf } from "./specs";

/** Each table's columns left to right, computed once rather than for every row. */
const columnLists = new WeakMap<TableRef, number[]>();

/** The table asked last and its columns: the rows of one table ask one after another, sparing a WeakMap lookup per row. */
let lastTable: TableRef | undefined;
let lastColumns: number[] = [];

export function columnsOf(table: TableRef): number[] {
  if (table === lastTable) return lastColumns;
  let cols = columnLists.get(table);
  if (!cols) {
    cols = [...Object.values(table.columns), ...amountViewColumns(table)].sort((a, b) => a - b);
    columnLists.set(table, cols);
  }
  lastTable = table;
  lastColumns = cols;
  return cols;
}

/** Each table's money columns (and year or version columns), computed once. */
const amountColumnSets = new WeakMap<TableRef, Set<number>>();

export function amountColumnsOf(table: TableRef): Set<number> {
  let cols = amountColumnSets.get(table);
  if (!cols) {
    cols = new Set(amountViewColumns(table));
    for (const { field, type } of specOf(table.kind).fields) {
      const col = table.columns[field];
      if (type === "money" && col !== undefined) cols.add(col);
    }
    amountColumnSets.set(table, cols);
  }
  return cols;
}

/** Each table's columns of free text (names, numbers, descriptions), computed once. */
const textColumnSets = new WeakMap<TableRef, Set<number>>();

export function textColumnsOf(table: TableRef): Set<number> {
  let cols = textColumnSets.get(table);
  if (!cols) {
    cols = new Set();
    for (const { field, type } of specOf(table.kind).fields) {
      const col = table.columns[field];
      if (type === "text" && col !== undefined) cols.add(col);
    }
    textColumnSets.set(table, cols);
  }
  return cols;
}

/** The columns of a wide or by-version table that each hold amounts of one year or version. */
function amountViewColumns(table: TableRef): number[] {
  return [...(table.yearColumns ?? []), ...(table.versionColumns ?? []), ...(table.acrossColumns ?? [])].map((c) => c.col);
}

/** Headers of a year or version column, for messages. */
const VERSION_LABELS: Readonly<Record<BudgetVersion, string>> = { applied: "haettu", confirmed: "vahvistettu", revised: "tarkistettu" };

export interface AmountView {
  /** The column's year; null when the row's Vuosi gives it. */
  readonly year: number | null;
  /** The column's budget version; null when the row's Versio gives it. */
  readonly version: BudgetVersion | null;
  /** A table laid out across: the column's partner and cost line, null when the row gives them. */
  readonly partner: string | null;
  readonly line: string | null;
  /** Municipal shares laid out across: the column's municipality. */
  readonly municipality: string | null;
  /** A monthly breakdown's column: the first and last day of its month. */
  readonly period: { readonly start: Day; readonly end: Day } | null;
  readonly table: TableRef;
}

/**
 * A wide table seen one year (or version) at a time: the column is its Summa. Records of
 * that year point at this view, so their findings name the cell of that year.
 */
const yearViews = new WeakMap<TableRef, AmountView[]>();

export function yearViewsOf(table: TableRef): AmountView[] {
  let views = yearViews.get(table);
  if (!views) {
    // A plain amount beside version columns ("Budjetti | Tarkistettu budjetti") is read too, without a version
    const plain =
      table.versionColumns && table.columns.amount !== undefined ? [{ col: table.columns.amount, year: null, version: null }] : [];
    const columns = [
      ...plain,
      ...(table.yearColumns ?? []).map(({ col, year, version }) => ({ col, year, version: version ?? null })),
      ...(table.versionColumns ?? []).map(({ col, version }) => ({ col, year: null, version })),
    ];
    views = columns.map(({ col, year, version }) => ({
      year,
      version,
      partner: null,
      line: null,
      municipality: null,
      period: null,
      table: {
        ...table,
        columns: { ...table.columns, amount: col },
        headers: {
          ...table.headers,
          amount: [version && VERSION_LABELS[version], year].filter(Boolean).join(" ") || (table.headers.amount ?? ""),
        },
      },
    }));
    views.push(...(table.acrossColumns ?? []).map((column) => acrossView(table, column)));
    yearViews.set(table, views);
  }
  return views;
}

/**
 * A table laid out across seen one column at a time: the column is the amount (a ledger's
 * Summa, a budget's Summa) and, for the cells findings name, its cost line, partner and period too.
 */
function acrossView(table: TableRef, column: AcrossColumn): AmountView {
  const { col, header } = column;
  const amount = table.kind === "invoices" ? "net" : "amount";
  const columns: Record<string, number> = { ...table.columns, [amount]: col };
  const headers: Record<string, string> = { ...table.headers, [amount]: header };
  if (column.line !== undefined) [columns.line, headers.line] = [col, header];
  if (column.partner !== undefined) [columns.partner, headers.partner] = [col, header];
  if (column.municipality !== undefined) [columns.municipality, headers.municipality] = [col, header];
  let period: AmountView["period"] = null;
  if (column.month !== undefined && column.year !== undefined) {
    const start = dayFromYmd(column.year, column.month, 1);
    period = { start, end: endOfMonth(start) };
    for (const field of ["periodStart", "periodEnd"]) [columns[field], headers[field]] = [col, header];
  }
  return {
    year: column.month === undefined ? (column.year ?? null) : null,
    version: null,
    partner: column.partner ?? null,
    line: column.line ?? null,
    municipality: column.municipality ?? null,
    period,
    table: { ...table, columns, headers },
  };
}
