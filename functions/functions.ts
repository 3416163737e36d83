/**
 * The Excel custom functions `=KASTE.…`: thin wrappers over the library in src/.
 *
 * Each function reads its arguments with functions/args.ts (input validation: Excel errors
 * with a message, never a wrong number), calls the library once, and returns euros, ratios,
 * date serials or labels. The build reads the JSDoc below into dist/functions.json and
 * appends the `CustomFunctions.associate` calls to this file's bundle; nothing else may
 * import this file (the task pane least of all).
 */
import { DEFAULT_SETTINGS } from "../src/ledger/settings";
import { allocate, formatMoney, formatRate, FULL_RATE, isStateOverRate, municipalShare, stateShare, toEuros } from "../src/money";
import { addMonths, blocksOfWindow, elapsedShare, periodOf } from "../src/periods";
import type { Day } from "../src/periods";
import { amountOf, asOfDay, centsOf, dayOf, langOf, monthsOf, partyOf, rateOf, schemeOf, serialOut, weightsOf } from "./args";
import { divisionByZero, invalidValue, notAvailable } from "./host";
import { SPLIT_TEXTS } from "./messages";

interface Registry {
  associate(id: string, implementation: (...args: never[]) => unknown): void;
}

/**
 * What the build's appended `CustomFunctions.associate("SHARE", share)` lines call: Excel's
 * global, or outside Excel (the task pane opened in a plain browser, where office.js has no
 * custom-functions host) a stand-in that warns once instead of failing with a ReferenceError.
 */
const CustomFunctions: Registry = (globalThis as { CustomFunctions?: Registry }).CustomFunctions ?? {
  associate(): void {
    this.associate = () => undefined;
    console.warn("KASTE Ledger: Excel's custom-functions host is not here, so the =KASTE functions are not registered.");
  },
};

/** The registry the functions are associated with (exported so tests can see which one was used). */
export { CustomFunctions as registry };

/** Final reports are due this many months after the project ends (the default of Asetukset's setting). */
const FINAL_REPORT_MONTHS = DEFAULT_SETTINGS.finalReportMonths;

/** A start and end that form a period, or `#VALUE!` when the end comes first. */
function intervalOf(start: unknown, end: unknown): { start: Day; end: Day } {
  const interval = { start: dayOf(start, "start"), end: dayOf(end, "end") };
  if (interval.end < interval.start) return invalidValue("end: ennen alkua / is before the start");
  return interval;
}

/**
 * State or municipal part of an amount (valtionosuus / kuntaosuus). The state part is amount × rate rounded down to the cent; the municipal part is the rest, so the two always add up.
 * @customfunction SHARE
 * @param amount Eligible costs in euros (hyväksyttävät kustannukset): a number or a text such as "1 828 204,50 €".
 * @param [party] Whose part: "state" (valtio, stat; default) or "municipal" (kunta, kommun).
 * @param [rate] The state rate (valtionavustuksen osuus): 75 %, 0.75 or 75; default 75 %.
 * @returns The part in euros, exact to the cent.
 */
export function share(amount: number | string, party?: string | null, rate?: number | string | null): number {
  const eligible = amountOf(amount, "amount", true);
  const who = partyOf(party);
  const ppm = rateOf(rate);
  return toEuros(who === "state" ? stateShare(eligible, ppm) : municipalShare(eligible, ppm));
}

/**
 * Checks a co-funding split (rahoitusosuuksien tarkistus): OK, or what is wrong and by how much. The state share may be at most the rate; state + municipal must equal the total.
 * @customfunction CHECKSPLIT
 * @param total Eligible costs in euros (hyväksyttävät kustannukset).
 * @param state The state grant in euros (valtionavustus).
 * @param municipal The municipal share in euros (kuntaosuus).
 * @param [rate] The highest state rate (valtionavustuksen enimmäisosuus); default 75 %.
 * @param [lang] Language of the message: "fi" (default), "sv" or "en".
 * @returns "OK" or the problems, e.g. "valtionosuus ylittää 75 % 2,00 €:lla".
 */
export function checkSplit(
  total: number | string,
  state: number | string,
  municipal: number | string,
  rate?: number | string | null,
  lang?: string | null,
): string {
  const eligible = amountOf(total, "total", true);
  const stateCents = amountOf(state, "state", true);
  const municipalCents = amountOf(municipal, "municipal", true);
  const ppm = rateOf(rate);
  const language = langOf(lang);
  const texts = SPLIT_TEXTS[language];
  const money = (cents: number): string => formatMoney(cents, language);
  const problems: string[] = [];
  const maxState = stateShare(eligible, ppm);
  const sum = stateCents + municipalCents;
  if (isStateOverRate(stateCents, eligible, ppm)) problems.push(texts.stateOver(formatRate(ppm, language), money(stateCents - maxState)));
  if (sum !== eligible) {
    // With a matching sum an under-25 % municipal share is the state excess again; say it only when it is news.
    const minMunicipal = eligible - maxState;
    if (municipalCents < minMunicipal)
      problems.push(texts.municipalUnder(formatRate(FULL_RATE - ppm, language), money(minMunicipal - municipalCents)));
    problems.push(texts.sumMismatch(money(sum), money(eligible), money(sum - eligible)));
  }
  return problems.length === 0 ? texts.ok : problems.join("; ");
}

/**
 * Budget use (budjetin käyttöaste): actual ÷ budget as a ratio; 0.88 shows as 88 % in a percent cell, over 1 is an overrun.
 * @customfunction USE
 * @param actual Realised costs in euros (toteuma).
 * @param budget The budget in euros (budjetti); must not be zero.
 * @returns The use as a ratio (1 = 100 %).
 */
export function use(actual: number | string, budget: number | string): number {
  const realised = amountOf(actual, "actual");
  const planned = amountOf(budget, "budget");
  if (planned === 0) return divisionByZero();
  return realised / planned;
}

/**
 * Spending pace (käyttövauhti): budget use divided by the share of the period elapsed; 1 means on schedule, under 1 behind (money may be returned), over 1 ahead.
 * @customfunction PACE
 * @volatile
 * @param actual Realised costs in euros (toteuma).
 * @param budget The budget of the period in euros (budjetti); must not be zero.
 * @param start First day of the period (alkupäivä): a date or a text such as "1.4.2013".
 * @param end Last day of the period (loppupäivä).
 * @param [as_of] The day to look from (tarkastelupäivä); default today.
 * @returns Use ÷ elapsed share; #N/A before the period starts.
 */
export function pace(
  actual: number | string,
  budget: number | string,
  start: number | string,
  end: number | string,
  as_of?: number | string | null,
): number {
  const ratio = use(actual, budget);
  const passed = elapsedShare(intervalOf(start, end), asOfDay(as_of, "as_of"));
  if (passed === 0) return notAvailable("as_of: jakso ei ole vielä alkanut / the period has not started yet");
  return ratio / passed;
}

/**
 * Elapsed share of a period (kulunut osuus ajasta), counting the as-of day: 0 before the start, 1 from the last day on. Compare it with KASTE.USE.
 * @customfunction ELAPSED
 * @volatile
 * @param start First day of the period (alkupäivä).
 * @param end Last day of the period (loppupäivä).
 * @param [as_of] The day to look from (tarkastelupäivä); default today.
 * @returns The share as a ratio 0–1.
 */
export function elapsed(start: number | string, end: number | string, as_of?: number | string | null): number {
  return elapsedShare(intervalOf(start, end), asOfDay(as_of, "as_of"));
}

/**
 * Label of the period a date falls in (jakso): month 2014-03, quarter 2014-Q1 or tertial 2014-T1 (months 1–4).
 * @customfunction PERIOD
 * @param date The date (päivämäärä): a date or a text such as "31.10.2015".
 * @param scheme "month" (kuukausi), "quarter" (neljännes) or "tertial" (kolmannes).
 * @returns The label, e.g. "2014-T1".
 */
export function period(date: number | string, scheme: string): string {
  return periodOf(dayOf(date, "date"), schemeOf(scheme)).label;
}

/**
 * First day of the period a date falls in (jakson alkupäivä), as a date.
 * @customfunction PERIODSTART
 * @param date The date (päivämäärä).
 * @param scheme "month" (kuukausi), "quarter" (neljännes) or "tertial" (kolmannes).
 * @returns The first day as a date serial.
 */
export function periodStart(date: number | string, scheme: string): number {
  return serialOut(periodOf(dayOf(date, "date"), schemeOf(scheme)).start);
}

/**
 * Last day of the period a date falls in (jakson loppupäivä), as a date.
 * @customfunction PERIODEND
 * @param date The date (päivämäärä).
 * @param scheme "month" (kuukausi), "quarter" (neljännes) or "tertial" (kolmannes).
 * @returns The last day as a date serial.
 */
export function periodEnd(date: number | string, scheme: string): number {
  return serialOut(periodOf(dayOf(date, "date"), schemeOf(scheme)).end);
}

/**
 * The periods of a scheme that a window touches (laskutusjaksot), one row each: label, first day, last day; the first and last are clipped to the window.
 * @customfunction PERIODS
 * @param start First day of the window (alkupäivä), e.g. a partner's first month.
 * @param end Last day of the window (loppupäivä).
 * @param scheme "month" (kuukausi), "quarter" (neljännes) or "tertial" (kolmannes).
 * @returns Rows of label, start date, end date.
 */
// unknown[][]: the metadata generator reads only plain types, and this is its matrix of any.
export function periods(start: number | string, end: number | string, scheme: string): unknown[][] {
  const window = intervalOf(start, end);
  const kind = schemeOf(scheme);
  return blocksOfWindow(window, kind).map((block) => [periodOf(block.start, kind).label, serialOut(block.start), serialOut(block.end)]);
}

/**
 * Splits a total by weights to the cent (jako painoin), largest remainder first, so the parts add up exactly to the total. Same shape as the weights.
 * @customfunction ALLOCATE
 * @param total The amount to split in euros (jaettava summa), e.g. the municipal share.
 * @param weights Populations (väkiluku), tier amounts or fractions such as "1/5" and "31 %".
 * @returns The parts in euros, one per weight.
 */
// weights: unknown[][], a range of numbers and texts (see PERIODS).
export function allocateTotal(total: number | string, weights: unknown[][]): number[][] {
  const cents = centsOf(total, "total");
  const keys = weightsOf(weights);
  if (keys.every((weight) => weight === 0)) return divisionByZero();
  const parts = allocate(cents, keys).map(toEuros);
  if (!Array.isArray(weights)) return [parts];
  let next = 0;
  return weights.map((row) => (Array.isArray(row) ? row.map(() => parts[next++]) : [parts[next++]]));
}

/**
 * A number from an amount typed as text (summa tekstinä), in Finnish, Swedish or English notation: "1 828 204,50 €", "1,828,204.50", "−250,00".
 * @customfunction AMOUNT
 * @param text The text to read (teksti).
 * @returns The amount in euros; #VALUE! when the text is not an amount or is ambiguous ("1,234").
 */
export function amount(text: string | number): number {
  return toEuros(centsOf(text, "text"));
}

/**
 * Due date of the final report (loppuraportin määräaika): the project's last day plus the given months, 2 by default.
 * @customfunction FINALREPORTDUE
 * @param project_end Last day of the project (hankkeen päättymispäivä).
 * @param [months] Months allowed for the report (kuukautta); default 2.
 * @returns The due date as a date serial.
 */
export function finalReportDue(project_end: number | string, months?: number | null): number {
  return serialOut(addMonths(dayOf(project_end, "project_end"), monthsOf(months, FINAL_REPORT_MONTHS)));
}
