/**
 * Generates a LasSe-like workbook with an N-row ledger (Laskut) for the benches: the same
 * three partners, project period and sheet layout as examples/lasse.ts, invoices on the same
 * schedule (Pikassos and Verso a fixed invoice every month plus a reconciliation every
 * quarter, SONet BOTNIA one invoice per tertial, Pikassos a start-up invoice first), but each
 * invoice carries as many lines as it takes to reach N rows: salaries per person, rents,
 * supplies, services and office costs, amounts in euros with cents, dates as Excel serials.
 * Budget, municipal shares and payment applications are computed from the lines, so the
 * workbook checks clean and every rule runs over every row. Deterministic for a seed.
 *
 *   npx tsx bench/generate.ts 100000 bench/out/ledger-100k.xlsx   # writes an .xlsx (streaming)
 */
import { MUNICIPALITIES } from "../examples/lasse";
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import ExcelJS from "exceljs";
import { PARTNERS, PROJECT } from "../examples/lasse";
import { costYear } from "../src/ledger/budgetUse";
import { allocate, stateShare } from "../src/money";
import type { Cents } from "../src/money";
import { addMonths, blocksOfWindow, dayFromYmd, parseDate, serialOf, ymdOf } from "../src/periods";
import type { Day, Interval } from "../src/periods";
import type { CellValue, SheetData, WorkbookData } from "../src/workbook/types";
import { rng } from "./util";

/** A sheet to generate: its rows, and which columns hold dates (written with a date format). */
export interface GeneratedSheet {
  readonly name: string;
  readonly rows: CellValue[][];
  /** Columns of a table's data rows (below its header) that hold dates. */
  readonly dateColumns: readonly number[];
  /** False for key/value sheets (Hanke, Asetukset): no header row. */
  readonly header: boolean;
  /** Single cells holding dates, [row, column] (0-based): the dates of key/value sheets. */
  readonly dateCells?: ReadonlyArray<readonly [number, number]>;
  /** Column widths for the .xlsx (characters). */
  readonly widths?: readonly number[];
}

export interface Generated {
  readonly sheets: GeneratedSheet[];
  /** Ledger (Laskut) data rows, without the header. */
  readonly ledgerRows: number;
  readonly invoices: number;
}

const RATE = 750_000;
const LASKUT_HEADER = [
  "Päivämäärä",
  "Laskuttaja",
  "Laskun numero",
  "Ajalta alkaen",
  "Ajalta päättyen",
  "Laji",
  "Tilikohta",
  "Summa (ALV 0)",
  "ALV",
  "Hyväksyttävä",
  "Asiatarkastaja",
  "Hyväksyjä",
  "Selite",
];
const CHECKERS = ["Mäkinen (projektijohtaja)", "Nieminen (koordinaattori)"];
const APPROVERS = ["Lahtinen (vastuuhenkilö)", "Heikkinen (talousjohtaja)"];

/** Cost lines with their share of an invoice's lines, net range in cents and VAT rate (%). */
interface CostLine {
  readonly line: string;
  readonly weight: number;
  readonly min: Cents;
  readonly max: Cents;
  readonly vat: number;
  readonly note: (i: number, period: string) => string;
}

/** Notes are joined, not templated: a template literal makes a cons string, and a reader's strings are flat. */
const COST_LINES: readonly CostLine[] = [
  { line: "Palkat", weight: 50, min: 150_000, max: 520_000, vat: 0, note: (i, p) => ["Palkka ", p, ", työntekijä ", i].join("") },
  { line: "Vuokrat", weight: 10, min: 5_000, max: 90_000, vat: 24, note: (i, p) => ["Toimitilavuokra ", p, ", huone ", i].join("") },
  { line: "Aineet, tarvikkeet ja tavarat", weight: 15, min: 500, max: 60_000, vat: 24, note: (i) => ["Tarvikeostot, kuitti ", i].join("") },
  {
    line: "Muut palvelujen ostot",
    weight: 15,
    min: 2_000,
    max: 250_000,
    vat: 24,
    note: (i) => ["Koulutus- ja matkapalvelut, tilaus ", i].join(""),
  },
  {
    line: "Toimisto-, pankki- ja asiantuntijapalvelut",
    weight: 10,
    min: 1_000,
    max: 80_000,
    vat: 24,
    note: (i) => ["Asiantuntijapalvelu, lasku ", i].join(""),
  },
];

interface InvoicePlan {
  partner: (typeof PARTNERS)[number];
  number: string;
  date: Day;
  period: Interval;
  kind: "kiinteä" | "tasaus" | "käynnistys" | "toteuma";
  /** How many lines it gets relative to a fixed monthly invoice. */
  weight: number;
  lines: number;
}

function nextMonthDay(day: Day, dayOfMonth: number): Day {
  const { year, month } = ymdOf(addMonths(day, 1));
  return dayFromYmd(year, month, dayOfMonth);
}

/** The LasSe invoice schedule: one plan per invoice, in date order. */
function invoicePlans(): InvoicePlan[] {
  const plans: InvoicePlan[] = [];
  for (const partner of PARTNERS) {
    let n = 0;
    const number = () => `${partner.prefix}-${String(++n).padStart(4, "0")}`;
    const add = (date: Day, period: Interval, kind: InvoicePlan["kind"], weight: number) =>
      plans.push({ partner, number: number(), date, period, kind, weight, lines: 0 });
    if (partner.name === "Pikassos")
      add(parseDate("2.9.2013")!, { start: parseDate("1.6.2013")!, end: parseDate("31.7.2013")! }, "käynnistys", 0.2);
    if (partner.scheme === "kuukausi+tasaus") {
      const quarters = blocksOfWindow(partner.window, "quarter");
      for (const month of blocksOfWindow(partner.window, "month")) {
        add(nextMonthDay(month.start, 5), month, "kiinteä", 1);
        const quarter = quarters.find((q) => q.end === month.end);
        if (quarter) add(nextMonthDay(quarter.end, 20), quarter, "tasaus", 0.1);
      }
    } else {
      for (const tertial of blocksOfWindow(partner.window, "tertial")) {
        add(nextMonthDay(tertial.end, 15), tertial, "toteuma", blocksOfWindow(tertial, "month").length);
      }
    }
  }
  return plans.sort((a, b) => a.date - b.date || a.partner.name.localeCompare(b.partner.name) || a.number.localeCompare(b.number));
}

/** Spreads `rows` over the invoices by weight (largest remainder), at least one line each. */
function spread(plans: InvoicePlan[], rows: number): void {
  if (rows < plans.length) throw new RangeError(`at least ${plans.length} rows: one line per invoice`);
  const parts = allocate(
    rows - plans.length,
    plans.map((p) => p.weight),
  );
  plans.forEach((p, i) => {
    p.lines = parts[i] + 1;
  });
}

function pickLine(random: () => number): CostLine {
  let r = random() * 100;
  for (const cost of COST_LINES) if ((r -= cost.weight) < 0) return cost;
  return COST_LINES[0];
}

const euros = (cents: Cents): number => cents / 100;
const serial = (day: Day): number => serialOf(day, false);

/** The whole workbook for `rows` ledger rows; every cell as Excel stores it. */
export function generate(rows: number, seed = 2013): Generated {
  const random = rng(seed);
  const plans = invoicePlans();
  spread(plans, rows);
  const laskut: CellValue[][] = [LASKUT_HEADER];
  /** year → partner → line → eligible cents, for the budget. */
  const realised = new Map<number, Map<string, Map<string, Cents>>>();
  /** Eligible cents by period end, for the payment applications. */
  const byPeriodEnd: { day: Day; cents: Cents }[] = [];

  for (const plan of plans) {
    const { partner, period } = plan;
    const { year, month } = ymdOf(period.start);
    const label = `${month}/${year}`;
    const checker = CHECKERS[Math.floor(random() * CHECKERS.length)];
    const approver = APPROVERS[Math.floor(random() * APPROVERS.length)];
    const dateSerial = serial(plan.date);
    const startSerial = serial(period.start);
    const endSerial = serial(period.end);
    const costYearOf = costYear({ date: plan.date, periodStart: period.start, periodEnd: period.end })!;
    let yearMap = realised.get(costYearOf);
    if (!yearMap) realised.set(costYearOf, (yearMap = new Map()));
    let partnerMap = yearMap.get(partner.name);
    if (!partnerMap) yearMap.set(partner.name, (partnerMap = new Map()));
    let invoiceCents = 0;
    /** Amounts used on this invoice per cost line: two equal lines would be a duplicate. */
    const used = new Set<string>();
    for (let i = 1; i <= plan.lines; i++) {
      let cost: CostLine;
      let net: Cents;
      let note: string;
      if (plan.kind === "käynnistys") {
        cost = COST_LINES[3];
        net = 20_000 + Math.floor(random() * 300_000);
        note = ["Rekrytointikulut (käynnistys), erä ", i].join("");
      } else if (plan.kind === "tasaus") {
        cost = COST_LINES[0];
        // reconciliation: realised minus invoiced, a few hundred euros either way
        net = Math.floor(random() * 60_000) - 30_000;
        note = ["Tasauslaskutus toteutuneiden mukaan, työntekijä ", i].join("");
      } else {
        cost = pickLine(random);
        net = cost.min + Math.floor(random() * (cost.max - cost.min));
        note = cost.note(i, label);
      }
      while (used.has(`${cost.line}\t${net}`)) net += 1;
      used.add(`${cost.line}\t${net}`);
      const vat = Math.round((net * cost.vat) / 100);
      const eligible = net + (partner.vatRecoverable ? 0 : vat);
      invoiceCents += eligible;
      partnerMap.set(cost.line, (partnerMap.get(cost.line) ?? 0) + eligible);
      laskut.push([
        dateSerial,
        partner.name,
        plan.number,
        startSerial,
        endSerial,
        plan.kind,
        cost.line,
        euros(net),
        euros(vat),
        "kyllä",
        checker,
        approver,
        note,
      ]);
    }
    byPeriodEnd.push({ day: period.end, cents: invoiceCents });
  }

  // Budget: each year × partner × line's realised cost plus 3–10 % of room, in whole euros
  const budget: CellValue[][] = [["Vuosi", "Kumppani", "Tilikohta", "Versio", "Summa"]];
  const budgetOfYear = new Map<number, Cents>();
  for (const year of [...realised.keys()].sort()) {
    for (const [partner, lines] of realised.get(year)!) {
      for (const [line, cents] of lines) {
        const amount = Math.ceil((Math.max(cents, 0) * (1.03 + random() * 0.07)) / 100) + 100;
        budget.push([year, partner, line, "vahvistettu", amount]);
        budgetOfYear.set(year, (budgetOfYear.get(year) ?? 0) + amount * 100);
      }
    }
  }
  const eligibleTotal = [...budgetOfYear.values()].reduce((a, b) => a + b, 0);
  const state = stateShare(eligibleTotal, RATE);

  const kuntaosuudet: CellValue[][] = [["Vuosi", "Kunta", "Maksaja", "Peruste", "Summa"]];
  for (const [year, yearBudget] of [...budgetOfYear].sort((a, b) => a[0] - b[0])) {
    const parts = allocate(
      yearBudget - stateShare(yearBudget, RATE),
      MUNICIPALITIES.map(([, population]) => population),
    );
    MUNICIPALITIES.forEach(([name, population, payerFirst, payerLater], i) => {
      kuntaosuudet.push([year, name, year === 2013 ? payerFirst : payerLater, `väkiluku ${population}`, euros(parts[i])]);
    });
  }

  const applicationPeriods: [string, string, string][] = [
    ["1.4.2013", "31.12.2013", "28.2.2014"],
    ["1.1.2014", "31.12.2014", "27.2.2015"],
    ["1.1.2015", "31.10.2015", "30.11.2015"],
  ];
  const maksatukset: CellValue[][] = [["Nro", "Ajalta alkaen", "Ajalta päättyen", "Haettu", "Maksettu", "Lähetetty"]];
  applicationPeriods.forEach(([start, end, sent], i) => {
    const s = parseDate(start)!;
    const e = parseDate(end)!;
    const cents = byPeriodEnd.filter((c) => c.day >= s && c.day <= e).reduce((sum, c) => sum + c.cents, 0);
    const applied = euros(stateShare(cents, RATE));
    maksatukset.push([i + 1, serial(s), serial(e), applied, i < 2 ? applied : null, serial(parseDate(sent)!)]);
  });

  const sheets: GeneratedSheet[] = [
    {
      name: "Hanke",
      rows: [
        ["Hanke", `LasSe – lasten ja perheiden sosiaalityön kehittämishanke (SYNTEETTISET LUVUT, ${rows} laskuriviä)`],
        ["Hallinnoija", "Tampereen kaupunki"],
        ["Alkaa", serial(PROJECT.start)],
        ["Päättyy", serial(PROJECT.end)],
        ["Valtionavustus-%", 0.75],
        ["Hyväksyttävät kustannukset", euros(eligibleTotal)],
        ["Valtionavustus", euros(state)],
        ["Kuntaosuus", euros(eligibleTotal - state)],
        ["Muu rahoitus", 0],
        ["Tulot", 0],
      ],
      dateColumns: [],
      header: false,
      dateCells: [
        [2, 1],
        [3, 1],
      ],
      widths: [28, 60],
    },
    {
      name: "Kumppanit",
      rows: [
        ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy", "ALV palautuu"],
        ...PARTNERS.map((p): CellValue[] => [
          p.name,
          p.scheme,
          serial(p.window.start),
          serial(p.window.end),
          p.vatRecoverable ? "kyllä" : "ei",
        ]),
      ],
      dateColumns: [2, 3],
      header: true,
    },
    { name: "Budjetti", rows: budget, dateColumns: [], header: true },
    { name: "Laskut", rows: laskut, dateColumns: [0, 3, 4], header: true, widths: [12, 14, 14, 12, 12, 10, 36, 14, 10, 12, 26, 26, 40] },
    { name: "Kuntaosuudet", rows: kuntaosuudet, dateColumns: [], header: true },
    { name: "Maksatukset", rows: maksatukset, dateColumns: [1, 2, 5], header: true },
    {
      name: "Asetukset",
      rows: [["Tarkastuspäivä", serial(parseDate("15.12.2015")!), "Päivä, jolta tarkistetaan / as-of date"]],
      dateColumns: [],
      header: false,
      dateCells: [[0, 1]],
    },
  ];
  return { sheets, ledgerRows: laskut.length - 1, invoices: plans.length };
}

/** The generated workbook in the workbook interface, as an .xlsx reader would give it. */
export function generateWorkbook(rows: number, seed = 2013): WorkbookData {
  const { sheets } = generate(rows, seed);
  return { date1904: false, sheets: sheets.map((s): SheetData => ({ name: s.name, cells: s.rows })) };
}

/**
 * Writes the generated workbook as .xlsx with exceljs' streaming writer (shared strings and
 * date formats as Excel writes them), so a million rows never sit in exceljs' object model.
 */
export async function writeGeneratedXlsx(path: string, generated: Generated): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: createWriteStream(path), useSharedStrings: true, useStyles: true });
  for (const sheet of generated.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    if (sheet.widths) worksheet.columns = sheet.widths.map((width) => ({ width }));
    const dateCols = new Set(sheet.dateColumns);
    const dateCells = new Set((sheet.dateCells ?? []).map(([r, c]) => `${r}:${c}`));
    const isDate = (r: number, c: number) => (sheet.header && r > 0 && dateCols.has(c)) || dateCells.has(`${r}:${c}`);
    sheet.rows.forEach((values, r) => {
      const row = worksheet.addRow(values);
      if (sheet.header && r === 0) row.font = { bold: true };
      else if (!sheet.header) row.getCell(1).font = { bold: true };
      values.forEach((value, c) => {
        if (typeof value !== "number") return;
        if (isDate(r, c)) row.getCell(c + 1).numFmt = "d.m.yyyy";
        else if (!Number.isInteger(value)) row.getCell(c + 1).numFmt = "#,##0.00";
      });
      row.commit();
    });
    worksheet.commit();
  }
  await workbook.commit();
}

if (process.argv[1] && /generate\.ts$/.test(process.argv[1])) {
  const rows = Number(process.argv[2] ?? 10_000);
  const path = process.argv[3];
  const started = performance.now();
  const generated = generate(rows);
  const made = performance.now();
  process.stdout.write(
    `${generated.ledgerRows} ledger rows in ${generated.invoices} invoices generated in ${((made - started) / 1000).toFixed(2)} s\n`,
  );
  if (path) {
    void writeGeneratedXlsx(path, generated).then(() => {
      process.stdout.write(`written ${path} in ${((performance.now() - made) / 1000).toFixed(2)} s\n`);
    });
  }
}
