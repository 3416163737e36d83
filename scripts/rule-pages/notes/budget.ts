/** The pages' notes on budget use and municipal shares. */
import type { RuleNotes } from "../types";
import { eur, ratio } from "./values";

const BUDGET = "5-budget-and-cost-lines";
const MUNICIPAL = "4-municipal-shares";

export const budgetNotes = {
  BUDGET_LINE_OVERRUN: {
    checks:
      "Per year, partner and cost line: realised eligible costs against the budget in force (the latest revised row, else the confirmed one). Over 100 % is reported; a line can often be balanced within the partner's total, so it is a warning.",
    why: "Costs are kept within the confirmed budget; a line over it needs a balancing or a change request.",
    domain: [BUDGET],
    points: "The amount cell of the budget row in force for the line.",
    example: {
      sheet: "Budjetti",
      cell: "E6",
      params: {
        year: 2014,
        partner: "Pikassos",
        line: "Vuokrat",
        budget: eur(5000),
        realised: eur(5400),
        use: ratio(1.08),
        over: eur(400),
      },
    },
  },
  BUDGET_TOTAL_OVERRUN: {
    checks:
      "Per year: a partner's realised costs against its whole sub-budget, and the project's against the year's budget. Over 100 % is an error.",
    why: "The grant is confirmed for the year's budget; costs over it get no state share.",
    domain: [BUDGET],
    points: "The partner cell of the partner's first budget row of the year (the project's total: the year's first budget row).",
    example: {
      sheet: "Budjetti",
      cell: "B13",
      params: {
        year: 2015,
        partner: "Verso",
        line: "",
        budget: eur(32300),
        realised: eur(32800),
        use: ratio(32800 / 32300),
        over: eur(500),
        scope: "partner",
      },
    },
  },
  BUDGET_UNDERUSE: {
    checks:
      "Pace = use % ÷ the share of the year's project time elapsed, per partner and for the project. Under Alikäytön raja (default 0,7) once more than half the year's project time has passed. A partner's time counts only up to the last month or tertial it could have invoiced by now.",
    why: "Grant money not used in its year is returned; a lag seen in the autumn can still be acted on.",
    domain: [BUDGET],
    points: "The partner cell of the partner's first budget row of the year (the project: the year's first budget row).",
    example: {
      sheet: "Budjetti",
      cell: "B9",
      params: {
        year: 2013,
        partner: "Verso",
        line: "",
        budget: eur(7330),
        realised: eur(4075),
        use: ratio(4075 / 7330),
        over: eur(-3255),
        scope: "partner",
        elapsed: ratio(1),
        pace: 0.56,
        threshold: 0.7,
      },
    },
  },
  BUDGET_NO_LINE: {
    checks:
      "Realised costs where the budget has no row: a cost line missing from a partner's budget, a partner (or the common share) without a budget that year, or a year of the project period without any budget.",
    why: "Every cost is compared with its budget; a cost without one cannot be judged and is often a typo in the cost line or the partner.",
    domain: [BUDGET],
    points: "The first such cost's Laskut cell: its cost line, its biller, or its period end (a year without budget).",
    example: {
      sheet: "Laskut",
      cell: "B133",
      params: { year: 2014, partner: "", line: "Vuokrat", budget: eur(0), realised: eur(10), scope: "partner" },
    },
  },
  BUDGET_VERSION_AMBIGUOUS: {
    checks: "Two rows of Versio `vahvistettu` with different amounts for the same year, partner and cost line; the later row is used.",
    why: "Realised costs are compared with one budget: the latest revised, else the confirmed one. Two confirmed amounts leave it unclear which holds.",
    domain: [BUDGET],
    points: "The amount cell of the later row (the one used); the message names the other.",
    example: {
      sheet: "Budjetti",
      cell: "E21",
      params: { year: 2013, partner: "Verso", line: "Vuokrat", amount: eur(330), other: eur(320), otherCell: "Budjetti!E10" },
    },
  },
  MUNI_SHARES_MISMATCH: {
    checks:
      "A year's shares in Kuntaosuudet must add up, to the cent (Asetukset's tolerance), to the year's budget minus its state share (the rate of the budget, rounded down). A plan whose state grant is under the rate leaves the municipalities that much more: no mismatch. Years without budget are not checked.",
    why: "Whatever the key (tiers, percentages, population), the municipalities together pay the year's municipal share, no more and no less.",
    domain: [MUNICIPAL],
    points: "The amount cell of the year's last share; the right value is the year's total.",
    example: {
      sheet: "Kuntaosuudet",
      cell: "E10",
      params: { year: 2013, sum: eur(12980), expected: eur(13755), budget: eur(55020), rate: ratio(0.75), difference: eur(-775) },
      expected: eur(13755),
      actual: eur(12980),
    },
  },
  MUNI_DUPLICATE: {
    checks:
      "A municipality has two share rows in one year (names compared forgivingly: `Vaasa ` and `vaasa`, `Tampere` and `Tampereen kaupunki`, and a bilingual municipality's Swedish and Finnish names, `Korsholm` and `Mustasaari`, `Vasa stad` and `Vaasa`, are one municipality).",
    why: "Each municipality appears once a year; a second row counts its share twice.",
    domain: [MUNICIPAL],
    points: "The second row's Kunta cell.",
    example: { sheet: "Kuntaosuudet", cell: "B28", params: { municipality: "Vaasa", year: 2014, first: "Kuntaosuudet!B17" } },
  },
  MUNI_MISSING: {
    checks:
      "A municipality with a share in an earlier year has none in a later one, its names compared as for MUNI_DUPLICATE (`Närpes` one year and `Närpiö` the next is the same municipality). Years before its first share are not missing (it joined later).",
    why: "A municipality usually pays every year; one that stops has probably joined a payer (a joint authority), or was forgotten.",
    domain: [MUNICIPAL],
    points: "The Kunta cell of the year's first share row.",
    example: { sheet: "Kuntaosuudet", cell: "B20", params: { municipality: "Närpiö", year: 2015, other: 2014 } },
  },
} satisfies Partial<RuleNotes>;
