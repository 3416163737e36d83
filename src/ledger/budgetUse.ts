import type { Cents } from "../money";
import { dayFromYmd, elapsedShare, periodOf, ymdOf } from "../periods";
import type { Day, Interval } from "../periods";
import { eligibleCents } from "./eligible";
import type { BudgetRow, BudgetVersion, InvoiceLine, Ledger, Partner } from "./model";
import { isAdministratorKey, nameKey, nameKeys } from "./names";
import { partnersSpanning } from "./realised";
import { COST_LINE_SYNONYMS } from "./vocabulary";

/**
 * Budget use (käyttö %): realised eligible costs against the budget, per year × partner ×
 * cost line, with totals per partner, per cost line and for the project, each year and over
 * the whole project. For `kaste check --budget`, the task pane and the budget rules.
 *
 * Which budget: for each year, partner and cost line the latest *revised* (tarkistettu) row,
 * else the *confirmed* (vahvistettu) one, else the *applied* (haettu) one; a row with an empty
 * Versio counts as confirmed. Two confirmed rows with different amounts are ambiguous
 * (BUDGET_VERSION_AMBIGUOUS): the later row is used. A Budjetti table without a Versio column
 * is one version: its rows with the same year, partner and line are added up; the same cell
 * with the same amount in another such table is the budget shown twice, counted once.
 *
 * Which partner: a budget row with no partner, or one named like the common share
 * (yhteisosuus, yhteiset kulut, hallinnoija or the administrator's name), is the common share
 * (partner ""). A ledger row counts for the budget partner of the same name; a row of a
 * Kumppanit partner without any budget counts for that partner (BUDGET_NO_LINE says so); any
 * other biller's row (the administrator's own costs, suppliers) counts for the common share.
 * When the budget names no partner at all, every row counts for the project as a whole.
 * When a partner's budget for a year has no cost lines, its rows count on the partner level.
 * A ledger row's cost line that the partner's budget for the year does not name counts for its one
 * budget line of the same meaning ("Palkat" and "Henkilöstökulut" for "Palkkamenot", see
 * COST_LINE_SYNONYMS); with none or two such lines, for a line of its own (BUDGET_NO_LINE).
 *
 * Which year: a row whose period lies within one calendar year counts for that year. A period
 * spanning two years (a reconciliation for 12/2013–2/2014) counts for the year of its invoice
 * date when that date falls within the period's years, else for the year the period ends in.
 * A row without a period counts for its invoice date's year. (Splitting by days would put
 * cents of one invoice into two years and make the table disagree with the invoices.)
 *
 * Time: the elapsed share is the part of the year's project period (1.4.–31.12.2013 for a
 * project starting 1.4.2013) passed on the as-of date; for a partner, the part of its own
 * window within it, so a partner starting in December is not behind in November.
 * Every cost in the ledger counts, also one for a period after the as-of date.
 */

export type BudgetUseLevel = "line" | "partner" | "costLine" | "project";

export interface BudgetUseRow {
  /** line: a partner's cost line; partner: a partner's total; costLine: a cost line over partners; project: the project's total. */
  readonly level: BudgetUseLevel;
  /** null on the rows over the whole project period. */
  readonly year: number | null;
  /** The partner as the budget names it; "" for the common share (yhteisosuus); null on rows over partners. */
  readonly partner: string | null;
  /** The cost line as the budget names it; "" when the budget has none; null on rows over lines. */
  readonly line: string | null;
  /** null when no budget row covers this cell. */
  readonly budget: Cents | null;
  readonly realised: Cents;
  /** realised ÷ budget; null when there is no budget or it is 0. */
  readonly use: number | null;
  /**
   * The share passed on the as-of date of that year's part of the project period (or of the
   * whole period); on a partner's rows, of the partner's window (Kumppanit) within it.
   */
  readonly elapsed: number;
  /** use ÷ elapsed: 1 is spending in step with time; null before the period starts or without a use. */
  readonly pace: number | null;
  /**
   * The share passed by the day up to which the costs can be invoiced by now: on a partner's
   * rows, the end of its last month (kuukausi+tasaus) or tertial (kolmannes) whose invoice is
   * due (period end + Asetukset's grace before the as-of date); on the project's rows, its
   * partners' weighted by their budgets; elsewhere `elapsed`. A partner invoicing per tertial
   * is four months behind the calendar by design, not under budget.
   */
  readonly invoicedElapsed: number;
  /** The budget rows behind `budget`, in table order. */
  readonly budgetRows: readonly BudgetRow[];
  /** The first ledger row counted here, if any. */
  readonly firstLine: InvoiceLine | null;
}

export interface BudgetUseTable {
  readonly asOf: Day;
  /** Each year's line rows, partner by partner with each partner's total after its lines, then the year's cost-line totals and its project total; then the same over all years. */
  readonly rows: readonly BudgetUseRow[];
}

/** One cell of the chosen budget. */
export interface BudgetCell {
  amount: Cents;
  version: BudgetVersion | null;
  rows: BudgetRow[];
  /** Confirmed rows that disagree with an earlier confirmed row of the same cell. */
  conflicts: { row: BudgetRow; other: BudgetRow }[];
}

export interface ChosenBudget {
  /** year → partner key → line key → the chosen cell. Partner key "" is the common share. */
  readonly cells: ReadonlyMap<number, ReadonlyMap<string, ReadonlyMap<string, BudgetCell>>>;
  /** Whether any budget row names a partner other than the common share. */
  readonly namedPartners: boolean;
  readonly partnerNames: ReadonlyMap<string, string>;
  readonly lineNames: ReadonlyMap<string, string>;
  /** Keys of the names that mean the common share. */
  readonly isCommon: (key: string) => boolean;
  readonly keyOf: (text: string) => string;
}

/** Partner names that mean the common share run by the project director (as nameKey leaves them). */
const COMMON_SHARE = new Set([
  "",
  "yhteisosuus",
  "yhteiset",
  "yhteiset kulut",
  "yhteiset kustannukset",
  "yhteinen",
  "yhteinen osuus",
  "hallinnoija",
  "hanke",
  "koko hanke",
  "common",
  "common share",
  "common costs",
  "shared",
  "gemensam",
  "gemensam andel",
  "gemensamma kostnader",
]);

/** Whether a name is one of the common share's ("Yhteiset kulut", "Hallinnoija", "Common costs"). */
export function isCommonShareName(text: string): boolean {
  return text.trim() !== "" && COMMON_SHARE.has(nameKey(text));
}

/** An account number before or after a cost line's name ("4000 Palkat", "Palkat (4000)"), as its key shows it. */
const ACCOUNT_NUMBER = /^\d{3,6} (?=\D)|(?<=\D) \d{3,6}$/g;

/**
 * A cost line's key without its account number, so that a budget of "4000 Palkat" meets the
 * ledger's "Palkat"; a line that is a number only keeps it.
 */
function lineKeyOf(key: string): string {
  const name = key.replace(ACCOUNT_NUMBER, "");
  return name === "" ? key : name;
}

/** Each cost-line key of a group of synonyms, and its group. */
const LINE_GROUP = new Map<string, number>(COST_LINE_SYNONYMS.flatMap((names, group) => names.map((name) => [name, group] as const)));

/** Per budget of a year and partner, each cost-line key it has no line of and the key it is met by (see budgetedLine). */
const budgetedLines = new WeakMap<ReadonlyMap<string, BudgetCell>, Map<string, string>>();

/**
 * The budget's line a ledger line that the budget does not name counts for: the one budget line of
 * its year and partner that means the same (the budget's "Palkkamenot" for the ledger's "Palkat" or
 * "Henkilöstökulut", see COST_LINE_SYNONYMS); else its own key. Looked up once per distinct key.
 */
function budgetedLine(budgeted: ReadonlyMap<string, BudgetCell>, key: string): string {
  let known = budgetedLines.get(budgeted);
  if (!known) budgetedLines.set(budgeted, (known = new Map<string, string>()));
  let line = known.get(key);
  if (line === undefined) {
    const group = LINE_GROUP.get(key);
    const same = group === undefined ? [] : [...budgeted.keys()].filter((other) => LINE_GROUP.get(other) === group);
    line = same.length === 1 ? same[0] : key;
    known.set(key, line);
  }
  return line;
}

const RANK: Readonly<Record<BudgetVersion, number>> = { applied: 0, confirmed: 1, revised: 2 };

const chosenCache = new WeakMap<Ledger, ChosenBudget>();

/** The budget each cell is compared against (see the module comment for the choice). */
export function chooseBudget(ledger: Ledger): ChosenBudget {
  const cached = chosenCache.get(ledger);
  if (cached) return cached;
  const keyOf = nameKeys();
  const administrator = ledger.project.administrator ? keyOf(ledger.project.administrator.value) : null;
  const isCommon = (key: string) => COMMON_SHARE.has(key) || isAdministratorKey(key, administrator);
  const cells = new Map<number, Map<string, Map<string, BudgetCell>>>();
  const partnerNames = new Map<string, string>([["", ""]]);
  const lineNames = new Map<string, string>();
  let namedPartners = false;
  for (const row of ledger.budget) {
    if (row.year === null || row.amount === null) continue;
    const rawPartner = keyOf(row.partner);
    const partner = isCommon(rawPartner) ? "" : rawPartner;
    if (partner !== "") namedPartners = true;
    const line = lineKeyOf(keyOf(row.line));
    if (!partnerNames.has(partner)) partnerNames.set(partner, row.partner);
    if (!lineNames.has(line)) lineNames.set(line, row.line);
    const partners = getOrAdd(cells, row.year, () => new Map<string, Map<string, BudgetCell>>());
    const lines = getOrAdd(partners, partner, () => new Map<string, BudgetCell>());
    const cell = lines.get(line);
    const rank = RANK[row.version ?? "confirmed"];
    if (!cell || rank > RANK[cell.version ?? "confirmed"]) {
      lines.set(line, { amount: row.amount, version: row.version, rows: [row], conflicts: [] });
    } else if (rank === RANK[cell.version ?? "confirmed"]) {
      if (row.at.table.columns.version === undefined) {
        // the same cell in another table with the same amount is the budget shown twice (a
        // budget sheet and its copy on a summary sheet), not more budget
        const shownTwice = cell.amount === row.amount && cell.rows.every((other) => other.at.table !== row.at.table);
        if (!shownTwice) {
          cell.amount += row.amount;
          cell.rows.push(row);
        }
      } else if (rank === RANK.confirmed) {
        if (row.amount !== cell.amount) cell.conflicts.push({ row, other: cell.rows[cell.rows.length - 1] });
        cell.amount = row.amount;
        cell.rows = [row];
      } else {
        cell.amount = row.amount;
        cell.version = row.version;
        cell.rows = [row];
      }
    }
  }
  const chosen: ChosenBudget = { cells, namedPartners, partnerNames, lineNames, isCommon, keyOf };
  chosenCache.set(ledger, chosen);
  return chosen;
}

/** The sum of the chosen budget for one year; null when the budget has no row for it. */
export function budgetOfYear(chosen: ChosenBudget, year: number): Cents | null {
  const partners = chosen.cells.get(year);
  if (!partners) return null;
  let sum = 0;
  for (const lines of partners.values()) for (const cell of lines.values()) sum += cell.amount;
  return sum;
}

/**
 * The year a ledger row's cost counts for (see the module comment).
 *
 * @example
 * costYear({ periodStart: 1.12.2013, periodEnd: 28.2.2014, date: 15.3.2014 }) //=> 2014
 */
export function costYear(line: Pick<InvoiceLine, "date" | "periodStart" | "periodEnd">): number | null {
  const { periodStart, periodEnd, date } = line;
  if (periodEnd === null) return date === null ? null : yearOf(date);
  const endYear = yearOf(periodEnd);
  // yearOf left yearStart at 1 January of the end's year: a start on or after it is in the same year
  if (periodStart === null || date === null || periodStart >= yearStart) return endYear;
  const startYear = yearOf(periodStart);
  const dateYear = yearOf(date);
  return dateYear >= startYear && dateYear <= endYear ? dateYear : endYear;
}

/** The first and last day of the year `yearOf` saw last: most rows fall in the year of the row before. */
let yearStart = 0;
let yearEnd = -1;
let year = 0;

/** The calendar year of a day; `yearStart` is left at that year's first day. */
function yearOf(day: Day): number {
  if (day < yearStart || day > yearEnd) {
    year = ymdOf(day).year;
    yearStart = dayFromYmd(year, 1, 1);
    yearEnd = dayFromYmd(year, 12, 31);
  }
  return year;
}

interface Acc {
  budget: Cents | null;
  realised: Cents;
  budgetRows: BudgetRow[];
  firstLine: InvoiceLine | null;
}

function newAcc(): Acc {
  return { budget: null, realised: 0, budgetRows: [], firstLine: null };
}

function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

type Cube = Map<number, Map<string, Map<string, Acc>>>;

function accsAt(cube: Cube, year: number, partner: string): Map<string, Acc> {
  const partners = getOrAdd(cube, year, () => new Map<string, Map<string, Acc>>());
  return getOrAdd(partners, partner, () => new Map<string, Acc>());
}

/** The budget use table on the as-of date. */
export function budgetUse(ledger: Ledger, asOf: Day): BudgetUseTable {
  const chosen = chooseBudget(ledger);
  const { keyOf } = chosen;
  const cube: Cube = new Map();
  const partnerNames = new Map(chosen.partnerNames);
  const lineNames = new Map(chosen.lineNames);

  for (const [year, partners] of chosen.cells) {
    for (const [partner, lines] of partners) {
      for (const [line, cell] of lines) {
        const acc = getOrAdd(accsAt(cube, year, partner), line, newAcc);
        acc.budget = cell.amount;
        acc.budgetRows = cell.rows;
      }
    }
  }

  let lastYear = NaN;
  let lastPartner = "";
  let lastAccs: Map<string, Acc> | undefined;
  let lastLineKey: string | undefined;
  let lastAcc: Acc | undefined;
  placeCosts(ledger, chosen, partnerNames, lineNames, (line, year, partner, lineKey, cents) => {
    if (year !== lastYear || partner !== lastPartner || !lastAccs) {
      lastAccs = accsAt(cube, year, partner);
      lastYear = year;
      lastPartner = partner;
      lastLineKey = undefined;
    }
    let acc = lineKey === lastLineKey ? lastAcc : lastAccs.get(lineKey);
    if (!acc) {
      acc = newAcc();
      lastAccs.set(lineKey, acc);
    }
    lastLineKey = lineKey;
    lastAcc = acc;
    acc.realised += cents;
    acc.firstLine ??= line;
  });

  const known = partnersSpanning(ledger.partners, keyOf);
  return { asOf, rows: tableRows(cube, ledger, asOf, partnerNames, lineNames, known) };
}

/**
 * Visits every ledger row that counts in budget use with the budget cell it counts for: its
 * year, partner key ("" the common share) and line key (see the module comment for the choice).
 * Names met first are added to `partnerNames` and `lineNames`, so a key always shows one spelling.
 */
function placeCosts(
  ledger: Ledger,
  chosen: ChosenBudget,
  partnerNames: Map<string, string>,
  lineNames: Map<string, string>,
  visit: (line: InvoiceLine, year: number, partner: string, lineKey: string, cents: Cents, index: number) => void,
): void {
  const { keyOf } = chosen;
  // Resolved once per distinct biller text and per year, not per row: a ledger may have a million rows.
  const known = partnersSpanning(ledger.partners, keyOf);
  const billers = new Map<string, { key: string; partner: Partner | undefined }>();
  const lineKeys = new Map<string, string>();
  let lastYear = NaN;
  let lastBiller: { key: string; partner: Partner | undefined } | undefined;
  let lastBudgeted: ReadonlyMap<string, BudgetCell> | undefined;
  // the biller and cost line of the row before, and their keys: most rows repeat them
  let billerText: string | undefined;
  let billerOfText: { key: string; partner: Partner | undefined } | undefined;
  let lineText: string | undefined;
  let lineKeyOfText = "";
  ledger.invoices.forEach((line, index) => {
    let biller = line.partner === billerText ? billerOfText : billers.get(line.partner);
    if (!biller) {
      const raw = keyOf(line.partner);
      const key = !chosen.namedPartners ? "" : chosen.partnerNames.has(raw) || known.has(raw) ? raw : "";
      biller = { key, partner: known.get(raw) };
      billers.set(line.partner, biller);
      if (!partnerNames.has(key)) partnerNames.set(key, line.partner);
    }
    billerText = line.partner;
    billerOfText = biller;
    const year = costYear(line);
    const cents = eligibleCents(line, biller.partner);
    if (year === null || cents === null) return;
    if (year !== lastYear || biller !== lastBiller) {
      lastBudgeted = chosen.cells.get(year)?.get(biller.key);
      lastYear = year;
      lastBiller = biller;
      // the cost line's key depends on the year's and partner's budget
      lineText = undefined;
    }
    if (line.line !== lineText) {
      let lineKey = lineKeys.get(line.line);
      if (lineKey === undefined) lineKeys.set(line.line, (lineKey = lineKeyOf(keyOf(line.line))));
      if (lastBudgeted && lastBudgeted.size === 1 && lastBudgeted.has("")) lineKey = "";
      // a line the budget names otherwise ("Palkat" for its "Palkkamenot"): only rows whose line the budget does not name look
      else if (lastBudgeted && !lastBudgeted.has(lineKey)) lineKey = budgetedLine(lastBudgeted, lineKey);
      if (!lineNames.has(lineKey)) lineNames.set(lineKey, line.line);
      lineText = line.line;
      lineKeyOfText = lineKey;
    }
    visit(line, year, biller.key, lineKeyOfText, cents, index);
  });
}

/** Where a ledger row counts in budget use: the partner ("" the common share) and cost line as the budget use table names them. */
export interface CostPlace {
  readonly partner: string;
  readonly line: string;
}

/**
 * The budget cell each ledger row counts for, in the order of `ledger.invoices`; null for a
 * row that does not count (no year, or an eligible cost that is not known). Names are those of
 * `budgetUse`'s rows, so a sum over the places equals its realised figures.
 *
 * @example
 * costPlaces(ledger)[0] //=> { partner: "Pikassos", line: "Palkat" }
 */
export function costPlaces(ledger: Ledger): (CostPlace | null)[] {
  const chosen = chooseBudget(ledger);
  const partnerNames = new Map(chosen.partnerNames);
  const lineNames = new Map(chosen.lineNames);
  const keys: ({ partner: string; line: string } | null)[] = new Array<null>(ledger.invoices.length).fill(null);
  placeCosts(ledger, chosen, partnerNames, lineNames, (_line, _year, partner, line, _cents, index) => {
    keys[index] = { partner, line };
  });
  return keys.map((key) =>
    key === null ? null : { partner: partnerNames.get(key.partner) ?? key.partner, line: lineNames.get(key.line) ?? key.line },
  );
}

function tableRows(
  cube: Cube,
  ledger: Ledger,
  asOf: Day,
  partnerNames: ReadonlyMap<string, string>,
  lineNames: ReadonlyMap<string, string>,
  known: ReadonlyMap<string, Partner>,
): BudgetUseRow[] {
  const rows: BudgetUseRow[] = [];
  const projectStart = ledger.project.start?.value ?? null;
  const projectEnd = ledger.project.end?.value ?? null;
  const years = [...cube.keys()].sort((a, b) => a - b);
  const allPartners = new Map<string, Acc>();
  const allLines = new Map<string, Acc>();
  const all = newAcc();

  for (const year of years) {
    const yearStart = dayFromYmd(year, 1, 1);
    const yearEnd = dayFromYmd(year, 12, 31);
    const part: Interval = {
      start: projectStart !== null && projectStart > yearStart && projectStart <= yearEnd ? projectStart : yearStart,
      end: projectEnd !== null && projectEnd < yearEnd && projectEnd >= yearStart ? projectEnd : yearEnd,
    };
    const elapsed = elapsedShare(part, asOf);
    const lineTotals = new Map<string, Acc>();
    const yearTotal = newAcc();
    // the project's time is its partners' invoiced time weighted by their budgets
    let weightedInvoiced = 0;
    for (const [partner, lines] of cube.get(year) ?? []) {
      const partnerTotal = newAcc();
      const partnerPart = withinWindow(part, known.get(partner));
      const partnerElapsed = elapsedShare(partnerPart, asOf);
      const partnerInvoiced = elapsedShare(partnerPart, invoicedUntil(known.get(partner), asOf, ledger));
      for (const [line, acc] of lines) {
        rows.push(
          rowOf("line", year, partnerNames.get(partner) ?? partner, lineNames.get(line) ?? line, acc, partnerElapsed, partnerInvoiced),
        );
        add(partnerTotal, acc);
        add(getOrAdd(lineTotals, line, newAcc), acc);
      }
      rows.push(rowOf("partner", year, partnerNames.get(partner) ?? partner, null, partnerTotal, partnerElapsed, partnerInvoiced));
      if (partnerTotal.budget !== null) weightedInvoiced += partnerTotal.budget * (partner === "" ? elapsed : partnerInvoiced);
      add(yearTotal, partnerTotal);
      add(getOrAdd(allPartners, partner, newAcc), partnerTotal);
    }
    for (const [line, acc] of lineTotals) {
      rows.push(rowOf("costLine", year, null, lineNames.get(line) ?? line, acc, elapsed));
      add(getOrAdd(allLines, line, newAcc), acc);
    }
    rows.push(rowOf("project", year, null, null, yearTotal, elapsed, yearTotal.budget ? weightedInvoiced / yearTotal.budget : elapsed));
    add(all, yearTotal);
  }
  if (years.length > 0) {
    const whole: Interval = {
      start: projectStart ?? dayFromYmd(years[0], 1, 1),
      end: projectEnd ?? dayFromYmd(years[years.length - 1], 12, 31),
    };
    const elapsed = elapsedShare(whole, asOf);
    let weightedInvoiced = 0;
    for (const [partner, acc] of allPartners) {
      const partnerWhole = withinWindow(whole, known.get(partner));
      const invoiced = partner === "" ? elapsed : elapsedShare(partnerWhole, invoicedUntil(known.get(partner), asOf, ledger));
      rows.push(rowOf("partner", null, partnerNames.get(partner) ?? partner, null, acc, elapsedShare(partnerWhole, asOf), invoiced));
      if (acc.budget !== null) weightedInvoiced += acc.budget * invoiced;
    }
    for (const [line, acc] of allLines) rows.push(rowOf("costLine", null, null, lineNames.get(line) ?? line, acc, elapsed));
    rows.push(rowOf("project", null, null, null, all, elapsed, all.budget ? weightedInvoiced / all.budget : elapsed));
  }
  return rows;
}

/** A partner's part of a period: the period cut to the partner's Alkaa–Päättyy, when they overlap. */
function withinWindow(period: Interval, partner: Partner | undefined): Interval {
  if (!partner) return period;
  const start = partner.start !== null && partner.start > period.start ? partner.start : period.start;
  const end = partner.end !== null && partner.end < period.end ? partner.end : period.end;
  return start <= end ? { start, end } : period;
}

/** Adds a part into a total: a total has a budget when any of its parts has one. */
function add(total: Acc, part: Acc): void {
  if (part.budget !== null) total.budget = (total.budget ?? 0) + part.budget;
  total.realised += part.realised;
  // totals own their arrays (newAcc); pushing keeps the whole table linear in the budget rows
  for (const row of part.budgetRows) total.budgetRows.push(row);
  total.firstLine ??= part.firstLine;
}

function rowOf(
  level: BudgetUseLevel,
  year: number | null,
  partner: string | null,
  line: string | null,
  acc: Acc,
  elapsed: number,
  invoicedElapsed = elapsed,
): BudgetUseRow {
  const use = acc.budget !== null && acc.budget > 0 ? acc.realised / acc.budget : null;
  const pace = use !== null && elapsed > 0 ? use / elapsed : null;
  return {
    level,
    year,
    partner,
    line,
    budget: acc.budget,
    realised: acc.realised,
    use,
    elapsed,
    pace,
    invoicedElapsed,
    budgetRows: acc.budgetRows,
    firstLine: acc.firstLine,
  };
}

/**
 * The last day a partner's costs can be invoiced by now: the end of its last month or tertial
 * whose invoice is due before the as-of date (period end + the scheme's grace days); the as-of
 * date itself for a partner invoicing realised costs as they come, or of unknown scheme.
 */
function invoicedUntil(partner: Partner | undefined, asOf: Day, ledger: Ledger): Day {
  const scheme = partner?.scheme === "monthly" ? "month" : partner?.scheme === "tertial" ? "tertial" : null;
  if (scheme === null) return asOf;
  const grace = scheme === "month" ? ledger.settings.monthGraceDays : ledger.settings.tertialGraceDays;
  let end = periodOf(asOf, scheme).start - 1;
  while (end + grace >= asOf) end = periodOf(end, scheme).start - 1;
  return end;
}
