import type { Finding } from "../findings/finding";
import { makeFinding } from "../findings/makeFinding";
import { fromEuros } from "../money";
import { parseDate } from "../periods";
import { monthOfText, parsePeriodText } from "../periods/parsePeriod";
import { cellAddress } from "../workbook/address";
import { normalizeHeader } from "../workbook/normalize";
import type { CellValue } from "../workbook/types";
import { asCount, asMoney, asPeriod, asRate, asText, isBlank, saysThousands } from "./coerce";
import type { CellProblem, Coerced } from "./coerce";
import type { KeyedValue, Project, Settings, TableKind, TableRef } from "./model";
import { EXACT_MATCH, HeaderMatcher } from "./recognize";
import type { SheetReader } from "./sheetReader";
import { validSettings } from "./settingBounds";
import { DEFAULT_SETTINGS } from "./settings";
import { PROJECT_KEYS, SETTINGS_KEYS } from "./vocabulary";
import type { KeyBlockSpec, KeySpec } from "./vocabulary";
import { KeyDateOrder } from "./keyDates";
import { yearOfHeader } from "./yearColumns";
import type { DateProof } from "./phases/dateOrders";
import type { ParamsOf } from "../findings/params";

/** Key cells are looked for in this many rows of each sheet outside its tables. */
const KEY_SEARCH_ROWS = 2000;
const MAX_KEY_WORDS = 4;
/** A key's value stands in one of the next cells to its right. */
const VALUE_REACH = 3;

/** A value found beside its key, not yet read as its type. */
interface Found {
  readonly sheet: string;
  readonly cell: string;
  readonly row: number;
  readonly key: KeySpec;
  readonly keyText: string;
  readonly raw: CellValue;
}

interface Candidate extends Found {
  readonly coerced: Coerced<number | string>;
  readonly assumed?: ParamsOf<"DATE_ORDER_ASSUMED">;
}

type Sheets = readonly { reader: SheetReader; rows: { has(row: number): boolean } }[];

/**
 * Finds the Hanke and Asetukset key/value rows by their keys, wherever they stand. Their text
 * dates are read in the order the blocks' own dates or else the tables' (`dateProofs`) show.
 */
export function readKeyBlocks(
  sheets: Sheets,
  date1904: boolean,
  findings: Finding[],
  tables: Record<TableKind, TableRef[]>,
  dateProofs: readonly DateProof[] = [],
): { project: Project; settings: Settings } {
  const projectFound = findKeys(PROJECT_KEYS, sheets);
  const settingsFound = findKeys(SETTINGS_KEYS, sheets);
  const keyDates = [...projectFound.values(), ...settingsFound.values()]
    .flat()
    .filter((found) => found.key.type === "date")
    .map((found) => ({ raw: found.raw, label: found.keyText }));
  const read: Reader = { date1904, dates: new KeyDateOrder(keyDates, dateProofs) };
  const project = chooseValues(PROJECT_KEYS, projectFound, read, findings, tables);
  const period = project.period as KeyedValue<number | string> | undefined;
  delete project.period;
  if (period && typeof period.value === "string") {
    const [start, end] = period.value.split("..").map(Number);
    project.start ??= { ...period, value: start };
    project.end ??= { ...period, value: end };
  }
  const settingsValues = validSettings(chooseValues(SETTINGS_KEYS, settingsFound, read, findings, tables), findings);
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, keyed] of Object.entries(settingsValues)) {
    settings[key] = key === "underusePace" ? (keyed.value as number) / 1_000_000 : keyed.value;
  }
  return { project, settings: settings as Settings };
}

/** How a found value is read: the workbook's date system and the key blocks' date order. */
interface Reader {
  readonly date1904: boolean;
  readonly dates: KeyDateOrder;
}

/** Every value beside a key of `spec` outside the tables, per key, the preferred sheets first. */
function findKeys(spec: KeyBlockSpec, sheets: Sheets): Map<string, Found[]> {
  const keys = new Map(spec.keys.map((key) => [key.key, key]));
  const matcher = new HeaderMatcher(spec.keys.map((key) => ({ field: key.key, type: key.type, synonyms: key.synonyms })));
  /** A key is its synonym alone, or with a word or two more ("Valtionavustus (STM)"), never a sentence. */
  const keyOf = (text: string): KeySpec | null => {
    if (text.length > 60) return null;
    const match = matcher.match(text);
    if (!match || (match.score < EXACT_MATCH && normalizeHeader(text).split(" ").length > MAX_KEY_WORDS)) return null;
    return keys.get(match.field) ?? null;
  };
  const ordered = [...sheets].sort((a, b) => preference(spec, b.reader.sheet.name) - preference(spec, a.reader.sheet.name));
  const candidates = new Map<string, Found[]>();

  for (const { reader, rows } of ordered) {
    const last = Math.min(reader.rowCount, reader.rowOffset + KEY_SEARCH_ROWS);
    for (let row = reader.rowOffset; row < last; row++) {
      if (rows.has(row)) continue;
      const cells = reader.row(row);
      const keyCells = keyCellsOf(cells, keyOf);
      const horizontal = isKeyHeaderRow(cells, keyCells);
      for (const { index, key, keyText, inline } of keyCells) {
        let valueRow = row;
        let valueIndex = index;
        let raw: CellValue = inline === "" ? null : inline;
        for (let step = 1; raw === null && step <= VALUE_REACH; step++) {
          const next = horizontal ? (reader.row(row + step)[index] ?? null) : (cells[index + step] ?? null);
          if (isBlank(next)) continue;
          if (horizontal) valueRow = row + step;
          else valueIndex = index + step;
          raw = next;
        }
        // The first reconciliation month by its name ("helmikuu", "februari", "February"): its number
        if (key.key === "reconciliationFirstMonth" && typeof raw === "string") raw = monthOfText(raw) ?? raw;
        if (raw === null || isNoteForValue(key, raw)) continue;
        // A plan by year ("Valtionavustus | 38 940 | 173 925 | 136 800 | 349 665" under "| 2013 | 2014 | 2015 | Yhteensä"): its total, not its first year
        const planned = horizontal || key.type !== "money" ? null : plannedTotal(reader, row, cells, index, valueIndex, keyText);
        if (planned) [raw, valueIndex] = [planned.raw, planned.index];
        const list = candidates.get(key.key) ?? [];
        list.push({ sheet: reader.sheet.name, cell: cellAddress(valueRow, reader.colOf(valueIndex)), row, key, keyText, raw });
        candidates.set(key.key, list);
      }
    }
  }
  return candidates;
}

/** Each key's value: the first found that reads as its type, else the first found's problem as a finding. */
function chooseValues(
  spec: KeyBlockSpec,
  found: ReadonlyMap<string, readonly Found[]>,
  read: Reader,
  findings: Finding[],
  tables: Record<TableKind, TableRef[]>,
): Record<string, KeyedValue<number | string>> {
  const values: Record<string, KeyedValue<number | string>> = {};
  let first: Candidate | null = null;
  for (const [key, foundList] of found) {
    const list: Candidate[] = foundList.map((f) => ({ ...f, ...coerce(f.key, f.raw, f.keyText, read) }));
    const good = list.find((c) => c.coerced.value !== null);
    const chosen = good ?? list[0];
    const goodValue = good?.coerced.value;
    if (good && goodValue !== undefined && goodValue !== null) {
      values[key] = { value: goodValue, sheet: good.sheet, cell: good.cell };
      if (good.assumed) findings.push(makeFinding("DATE_ORDER_ASSUMED", { sheet: good.sheet, cell: good.cell }, good.assumed));
    } else if (chosen.coerced.problem) report(chosen, chosen.coerced.problem, findings);
    if (!first || chosen.sheet < first.sheet || (chosen.sheet === first.sheet && chosen.row < first.row)) first = chosen;
  }
  if (first && Object.keys(values).length > 0) {
    tables[spec.kind].push({ kind: spec.kind, sheet: first.sheet, headerRow: first.row, columns: {}, headers: {}, unknownColumns: [] });
  }
  return values;
}

interface KeyCell {
  readonly index: number;
  readonly key: KeySpec;
  readonly keyText: string;
  /** A value typed into the key's own cell after a colon ("Alkaa: 1.4.2013"). */
  readonly inline: string;
}

/**
 * Keys side by side with no value between them ("Hanke | Alkaa | Päättyy"): they head columns,
 * and each value stands below its key. "Alkaa | 1.4.2013 | Päättyy | 31.10.2015" is two pairs.
 */
function isKeyHeaderRow(cells: ReadonlyArray<CellValue>, keyCells: readonly KeyCell[]): boolean {
  if (keyCells.length < 2 || keyCells.some((k) => k.inline !== "")) return false;
  // A row of headers names each key once: "Hanke | Pieni hanke" is a key and its value
  if (new Set(keyCells.map((k) => k.key.key)).size < keyCells.length) return false;
  const keyIndexes = new Set(keyCells.map((k) => k.index));
  for (let i = keyCells[0].index; i <= keyCells[keyCells.length - 1].index; i++) {
    if (!keyIndexes.has(i) && !isBlank(cells[i] ?? null)) return false;
  }
  return true;
}

/** A colon that ends a key: not one before an acronym's case ending ("STM:n osuus", "AVI:lle"). */
const KEY_COLON = /(?<!\b\p{Lu}{2,}):|:(?!\p{Ll}{1,4}(?![\p{L}\d]))/u;

function keyCellsOf(cells: ReadonlyArray<CellValue>, keyOf: (text: string) => KeySpec | null): KeyCell[] {
  const keys: KeyCell[] = [];
  cells.forEach((value, index) => {
    if (typeof value !== "string") return;
    // "STM:n osuus", "AVI:lle": a case ending after a colon is part of the key
    const colon = value.includes(":") ? value.search(KEY_COLON) : -1;
    const keyText = colon > 0 ? value.slice(0, colon) : value;
    const key = keyOf(keyText);
    if (key) keys.push({ index, key, keyText: keyText.trim(), inline: colon > 0 ? value.slice(colon + 1).trim() : "" });
  });
  return keys;
}

/**
 * Words without a digit where an amount, date or rate belongs ("Kuntaosuus | katso välilehti
 * Kunnat", "Valtionavustus | haetaan helmikuussa"): a note beside the key, not a value.
 */
function isNoteForValue(key: KeySpec, raw: CellValue): boolean {
  return key.type !== "text" && typeof raw === "string" && !/\d/.test(raw);
}

/** Rows a plan's year header may stand above its amount rows (its cost lines, a blank, a "Rahoitus" title between). */
const PLAN_HEADER_REACH = 30;
const TOTAL_HEADER = /^(?:kaikki )?(?:yhteensa|yht|total|totalt|sammanlagt|summa)$/;

/**
 * The whole plan's amount of a key whose row holds one amount per year, under a header row of years
 * (and maybe a total column): the total column's cell, else the years' sum (at the key's cell).
 * Null when no such header stands above the value, or a year's cell is no amount (reported as read).
 */
function plannedTotal(
  reader: SheetReader,
  row: number,
  cells: ReadonlyArray<CellValue>,
  keyIndex: number,
  valueIndex: number,
  label: string,
): { raw: CellValue; index: number } | null {
  for (let above = row - 1; above >= Math.max(reader.rowOffset, row - PLAN_HEADER_REACH); above--) {
    const header = reader.row(above);
    const years: number[] = [];
    let total = -1;
    for (let i = keyIndex + 1; i < header.length; i++) {
      const value = header[i];
      if (yearOfHeader(value) !== null) years.push(i);
      else if (total < 0 && typeof value === "string" && TOTAL_HEADER.test(normalizeHeader(value))) total = i;
    }
    if (years.length < 2) continue;
    if (!years.includes(valueIndex) && valueIndex !== total) return null;
    if (total >= 0 && !isBlank(cells[total] ?? null)) return { raw: cells[total], index: total };
    let cents = 0;
    for (const i of years) {
      const money = asMoney(cells[i] ?? null, label);
      if (money.problem) return null;
      cents += money.value ?? 0;
    }
    return { raw: cents / 100, index: keyIndex };
  }
  return null;
}

/** Sheets of a sub-project's own facts ("Osahanke Pohjanmaa"): the project's are elsewhere when the workbook has both. */
const SUB_PROJECT = /\b(?:osahanke\w*|osaprojekt\w*|delprojekt\w*|sub ?projects?)\b/;

/**
 * How strongly a sheet's name says it holds the block: named just so ("Hanke"), then naming it
 * ("Hankkeen tiedot"), then any other sheet, then a sub-project's sheet ("Osahanke Pohjanmaa").
 */
function preference(spec: KeyBlockSpec, sheetName: string): number {
  const name = normalizeHeader(sheetName);
  const titles =
    spec.kind === "project" ? ["hanke", "project", "projekt", "perustiedot", "rahoitus"] : ["asetukset", "settings", "installningar"];
  if (spec.kind === "project" && SUB_PROJECT.test(name)) return -1;
  if (titles.includes(name)) return 2;
  return titles.some((t) => name.includes(t)) ? 1 : 0;
}

function coerce(
  key: KeySpec,
  raw: CellValue,
  label: string,
  { date1904, dates }: Reader,
): { coerced: Coerced<number | string>; assumed?: ParamsOf<"DATE_ORDER_ASSUMED"> } {
  const extended = key.key === "end" || key.key === "period" ? extendedEnd(raw) : null;
  if (extended !== null) {
    // "31.10.2015 (jatkoaika 31.12.2015)": the project ends when its extension does
    if (key.key === "end") return { coerced: { value: extended } };
    const period = coerceOther(key, (raw as string).replace(EXTENSION, ""), label, date1904);
    const start = typeof period.value === "string" ? Number(period.value.split("..")[0]) : null;
    if (start !== null && start <= extended) return { coerced: { value: `${start}..${extended}` } };
  }
  if (key.type !== "date") return { coerced: coerceOther(key, raw, label, date1904) };
  // The project's Alkaa and Päättyy typed as months ("4/2013", "lokakuu 2015"): the first and the last day
  if ((key.key === "start" || key.key === "end") && typeof raw === "string" && parseDate(raw) === null) {
    const period = parsePeriodText(raw);
    if (period) return { coerced: { value: period[key.key] } };
  }
  return dates.read(raw, label, date1904);
}

/** A remark in brackets naming an extension and its last day ("(jatkoaika 31.12.2015)", "(jatkettu 31.12.2015 asti)", "(förlängd till 31.12.2015)"). */
const EXTENSION =
  /\s*\((?=[^()]*(?:jatko|jatket|pidenn|förläng|forlang|extend|extension))[^()]*?(\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})[^()]*\)/iu;

/** The day an extension remarked after the project's end or period runs to, else null. */
function extendedEnd(raw: CellValue): number | null {
  if (typeof raw !== "string") return null;
  const match = EXTENSION.exec(raw);
  return match ? parseDate(match[1]) : null;
}

function coerceOther(key: KeySpec, raw: CellValue, label: string, date1904: boolean): Coerced<number | string> {
  switch (key.type) {
    case "money": {
      // "Valtionavustus (1000 €)", "Hyväksyttävät kustannukset, t€": the value in thousands
      const money = asMoney(raw, label);
      if (money.value === null || !saysThousands(label)) return money;
      const exact = typeof raw === "number" ? fromEuros(raw * 1000) : null;
      return { value: exact ?? money.value * 1000 };
    }
    case "rate":
      return asRate(raw, label);
    case "period": {
      // Kept as "start..end" until readKeyBlocks splits it into the project's start and end
      const interval = asPeriod(raw, label, date1904);
      return interval.value
        ? { value: `${interval.value.start}..${interval.value.end}` }
        : interval.problem
          ? { value: null, problem: interval.problem }
          : { value: null };
    }
    case "year":
      return asCount(raw, label);
    default:
      return asText(raw);
  }
}

function report(candidate: Candidate, problem: CellProblem, findings: Finding[]): void {
  findings.push(makeFinding(problem.code, { sheet: candidate.sheet, cell: candidate.cell }, problem.params));
}
