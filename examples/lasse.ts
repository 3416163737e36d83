/**
 * The LasSe example: Tampere administers; Pikassos and Verso invoice monthly with
 * quarterly reconciliation, SONet BOTNIA three times a year; 1.4.2013–31.10.2015.
 * The amounts are synthetic (SYNTEETTISET LUVUT) and chosen so that every check passes.
 */
import { allocate, stateShare } from "../src/money";
import type { Cents } from "../src/money";
import { addMonths, blocksOfWindow, dayFromYmd, ymdOf } from "../src/periods";
import type { Day, Interval } from "../src/periods";
import type { WritableCell, WritableSheet } from "../cli/writeXlsx";
import { day, must } from "./must";

const d = (text: string): { date: Day } => ({ date: day(text) });
const euros = (cents: Cents): number => cents / 100;

export const PROJECT = { start: day("1.4.2013"), end: day("31.10.2015") };
const CHECKER = "Mäkinen (projektijohtaja)";
const APPROVER = "Lahtinen (vastuuhenkilö)";

interface Line {
  date: Day;
  partner: string;
  number: string;
  period: Interval;
  kind: "kiinteä" | "tasaus" | "käynnistys" | "toteuma";
  line: string;
  net: Cents;
  vat: Cents;
  note: string;
}

interface PartnerPlan {
  name: string;
  scheme: "kuukausi+tasaus" | "kolmannes";
  window: Interval;
  vatRecoverable: boolean;
  prefix: string;
}

export const PARTNERS: readonly PartnerPlan[] = [
  {
    name: "Pikassos",
    scheme: "kuukausi+tasaus",
    window: { start: day("1.8.2013"), end: day("31.10.2015") },
    vatRecoverable: true,
    prefix: "PIK",
  },
  {
    name: "Verso",
    scheme: "kuukausi+tasaus",
    window: { start: day("1.12.2013"), end: day("30.9.2015") },
    vatRecoverable: true,
    prefix: "VER",
  },
  {
    name: "SONet BOTNIA",
    scheme: "kolmannes",
    window: { start: day("1.12.2013"), end: day("30.9.2015") },
    vatRecoverable: false,
    prefix: "SB",
  },
];

/** Monthly salary per partner and month: Pikassos' director from 8/2013, coordinator from 9/2013. */
function monthlySalary(partner: string, month: Day): Cents {
  if (partner === "Pikassos") return month < day("1.9.2013") ? 400_000 : 720_000;
  if (partner === "Verso") return 380_000;
  return 700_000;
}
const MONTHLY_RENT: Readonly<Record<string, Cents>> = { Pikassos: 45_000, Verso: 30_000 };
const MONTHLY_SUPPLIES: Cents = 20_000;

function nextMonthDay(day: Day, dayOfMonth: number): Day {
  const { year, month } = ymdOf(addMonths(day, 1));
  return dayFromYmd(year, month, dayOfMonth);
}

export function ledgerLines(): Line[] {
  const lines: Line[] = [];
  for (const partner of PARTNERS) {
    let n = 0;
    const number = () => `${partner.prefix}-${String(++n).padStart(3, "0")}`;
    if (partner.name === "Pikassos") {
      lines.push({
        date: day("2.9.2013"),
        partner: partner.name,
        number: number(),
        period: { start: day("1.6.2013"), end: day("31.7.2013") },
        kind: "käynnistys",
        line: "Muut palvelujen ostot",
        net: 350_000,
        vat: 0,
        note: "Rekrytointikulut (käynnistys)",
      });
    }
    if (partner.scheme === "kuukausi+tasaus") {
      const months = blocksOfWindow(partner.window, "month");
      const quarters = blocksOfWindow(partner.window, "quarter");
      for (const month of months) {
        const no = number();
        const date = nextMonthDay(month.start, 5);
        lines.push({
          date,
          partner: partner.name,
          number: no,
          period: month,
          kind: "kiinteä",
          line: "Palkat",
          net: monthlySalary(partner.name, month.start),
          vat: 0,
          note: "Kiinteät palkkakulut",
        });
        lines.push({
          date,
          partner: partner.name,
          number: no,
          period: month,
          kind: "kiinteä",
          line: "Vuokrat",
          net: MONTHLY_RENT[partner.name],
          vat: 0,
          note: "Toimitilat",
        });
        const quarter = quarters.find((q) => q.end === month.end);
        if (quarter) {
          const adjustment = (Math.floor(quarter.start / 7) % 5) * 3_500 - 7_000;
          lines.push({
            date: nextMonthDay(quarter.end, 20),
            partner: partner.name,
            number: number(),
            period: quarter,
            kind: "tasaus",
            line: "Palkat",
            net: adjustment,
            vat: 0,
            note: "Tasauslaskutus toteutuneiden mukaan",
          });
        }
      }
    } else {
      for (const tertial of blocksOfWindow(partner.window, "tertial")) {
        const months = blocksOfWindow(tertial, "month").length;
        const no = number();
        const date = nextMonthDay(tertial.end, 15);
        lines.push({
          date,
          partner: partner.name,
          number: no,
          period: tertial,
          kind: "toteuma",
          line: "Palkat",
          net: months * monthlySalary(partner.name, tertial.start) - 12_345,
          vat: 0,
          note: "Toteutuneet palkat",
        });
        lines.push({
          date,
          partner: partner.name,
          number: no,
          period: tertial,
          kind: "toteuma",
          line: "Aineet, tarvikkeet ja tavarat",
          net: months * MONTHLY_SUPPLIES,
          vat: (months * MONTHLY_SUPPLIES * 24) / 100,
          note: "Toteutuneet hankinnat",
        });
      }
    }
  }
  return lines.sort((a, b) => a.date - b.date || a.partner.localeCompare(b.partner) || a.number.localeCompare(b.number));
}

/** Confirmed budget per year, partner and line: realised costs plus a few per cent of room. */
export const BUDGET: ReadonlyArray<[number, string, string, number]> = [
  [2013, "Pikassos", "Palkat", 34_000],
  [2013, "Pikassos", "Vuokrat", 2_400],
  [2013, "Pikassos", "Muut palvelujen ostot", 4_000],
  [2014, "Pikassos", "Palkat", 88_000],
  [2014, "Pikassos", "Vuokrat", 5_600],
  [2015, "Pikassos", "Palkat", 74_000],
  [2015, "Pikassos", "Vuokrat", 4_700],
  [2013, "Verso", "Palkat", 3_900],
  [2013, "Verso", "Vuokrat", 320],
  [2014, "Verso", "Palkat", 46_500],
  [2014, "Verso", "Vuokrat", 3_700],
  [2015, "Verso", "Palkat", 35_000],
  [2015, "Verso", "Vuokrat", 2_800],
  [2013, "SONet BOTNIA", "Palkat", 7_000],
  [2013, "SONet BOTNIA", "Aineet, tarvikkeet ja tavarat", 300],
  [2014, "SONet BOTNIA", "Palkat", 85_000],
  [2014, "SONet BOTNIA", "Aineet, tarvikkeet ja tavarat", 3_100],
  [2015, "SONet BOTNIA", "Palkat", 63_500],
  [2015, "SONet BOTNIA", "Aineet, tarvikkeet ja tavarat", 2_400],
];

const YEARS = [2013, 2014, 2015] as const;
const budgetOfYear = (year: number): Cents => BUDGET.filter(([y]) => y === year).reduce((sum, [, , , e]) => sum + e * 100, 0);
export const ELIGIBLE_TOTAL: Cents = YEARS.reduce((sum, y) => sum + budgetOfYear(y), 0);

/** Municipalities with their populations (31.12.2012, rounded) and payers; Forssa pays through its joint authority from 2014. */
export const MUNICIPALITIES: ReadonlyArray<[string, number, string, string]> = [
  ["Tampere", 220_400, "Tampere", "Tampere"],
  ["Nokia", 32_600, "Nokia", "Nokia"],
  ["Ylöjärvi", 31_800, "Ylöjärvi", "Ylöjärvi"],
  ["Kangasala", 30_200, "Kangasala", "Kangasala"],
  ["Hämeenlinna", 67_600, "Hämeenlinna", "Hämeenlinna"],
  ["Forssa", 17_700, "Forssa", "Forssan seudun hyvinvointikuntayhtymä"],
  ["Vaasa", 66_100, "Vaasa", "Vaasa"],
  ["Mustasaari", 19_000, "Mustasaari", "Mustasaari"],
  ["Närpiö", 9_400, "Närpiö", "Närpiö"],
];

export function muniShares(): [number, string, string, string, Cents][] {
  const rows: [number, string, string, string, Cents][] = [];
  for (const year of YEARS) {
    const budget = budgetOfYear(year);
    const total = budget - stateShare(budget, 750_000);
    const parts = allocate(
      total,
      MUNICIPALITIES.map(([, population]) => population),
    );
    MUNICIPALITIES.forEach(([name, population, payer2013, payerLater], i) => {
      rows.push([year, name, year === 2013 ? payer2013 : payerLater, `väkiluku ${population}`, parts[i]]);
    });
  }
  return rows;
}

function realisedBetween(lines: readonly Line[], start: Day, end: Day, vatCounts: (partner: string) => boolean): Cents {
  return lines
    .filter((l) => l.period.end >= start && l.period.end <= end)
    .reduce((s, l) => s + l.net + (vatCounts(l.partner) ? l.vat : 0), 0);
}

export function lasseSheets(): WritableSheet[] {
  const lines = ledgerLines();
  const vatCounts = (name: string) =>
    !must(
      PARTNERS.find((p) => p.name === name),
      `partner ${name}`,
    ).vatRecoverable;
  const state = stateShare(ELIGIBLE_TOTAL, 750_000);
  const applicationPeriods: [string, string, string][] = [
    ["1.4.2013", "31.12.2013", "28.2.2014"],
    ["1.1.2014", "31.12.2014", "27.2.2015"],
    ["1.1.2015", "31.10.2015", "30.11.2015"],
  ];
  const applications = applicationPeriods.map(([start, end, sent], i): WritableCell[] => {
    const applied = stateShare(realisedBetween(lines, day(start), day(end), vatCounts), 750_000);
    return [i + 1, d(start), d(end), euros(applied), i < 2 ? euros(applied) : null, d(sent)];
  });
  return [
    {
      name: "Hanke",
      rows: [
        ["Hanke", "LasSe – lasten ja perheiden sosiaalityön kehittämishanke (SYNTEETTISET LUVUT)"],
        ["Hallinnoija", "Tampereen kaupunki"],
        ["Alkaa", d("1.4.2013")],
        ["Päättyy", d("31.10.2015")],
        ["Valtionavustus-%", 0.75],
        ["Hyväksyttävät kustannukset", euros(ELIGIBLE_TOTAL)],
        ["Valtionavustus", euros(state)],
        ["Kuntaosuus", euros(ELIGIBLE_TOTAL - state)],
        ["Muu rahoitus", 0],
        ["Tulot", 0],
      ],
      boldFirstColumn: true,
    },
    {
      name: "Kumppanit",
      rows: [
        ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy", "ALV palautuu"],
        ...PARTNERS.map((p): WritableCell[] => [
          p.name,
          p.scheme,
          { date: p.window.start },
          { date: p.window.end },
          p.vatRecoverable ? "kyllä" : "ei",
        ]),
      ],
      boldRows: [0],
    },
    {
      name: "Budjetti",
      rows: [
        ["Vuosi", "Kumppani", "Tilikohta", "Versio", "Summa"],
        ...BUDGET.map(([y, p, l, e]): WritableCell[] => [y, p, l, "vahvistettu", e]),
      ],
      boldRows: [0],
    },
    {
      name: "Laskut",
      rows: [
        [
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
        ],
        ...lines.map((l): WritableCell[] => [
          { date: l.date },
          l.partner,
          l.number,
          { date: l.period.start },
          { date: l.period.end },
          l.kind,
          l.line,
          euros(l.net),
          euros(l.vat),
          "kyllä",
          CHECKER,
          APPROVER,
          l.note,
        ]),
      ],
      boldRows: [0],
    },
    {
      name: "Kuntaosuudet",
      rows: [
        ["Vuosi", "Kunta", "Maksaja", "Peruste", "Summa"],
        ...muniShares().map(([y, m, p, b, c]): WritableCell[] => [y, m, p, b, euros(c)]),
      ],
      boldRows: [0],
    },
    {
      name: "Maksatukset",
      rows: [["Nro", "Ajalta alkaen", "Ajalta päättyen", "Haettu", "Maksettu", "Lähetetty"], ...applications],
      boldRows: [0],
    },
    {
      name: "Asetukset",
      rows: [["Tarkastuspäivä", d("15.12.2015"), "Päivä, jolta tarkistetaan / as-of date"]],
      boldFirstColumn: true,
    },
  ];
}
