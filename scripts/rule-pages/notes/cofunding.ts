/** The pages' notes on co-funding: the 75 % / 25 % rule and the deficit. */
import type { RuleNotes } from "../types";
import { eur, ratio } from "./values";

const COFUNDING = "3-co-funding-75---25-";

export const cofundingNotes = {
  COFUND_STATE_OVER_RATE: {
    checks:
      "The plan on Hanke: Valtionavustus against the rate (Valtionavustus-%, default 75 %) of the eligible costs, the rate's share rounded down to the cent. Each payment application against the eligible costs realised in its own period (one the cumulative check APPLICATION_OVER_RATE already reports is not reported twice). Under the rate passes.",
    why: "The state grant covers at most 75 % of the eligible costs; the rule is directional (1 € under is fine, 1 € over is not).",
    domain: [COFUNDING, "11-payment-applications"],
    points:
      "Hanke's Valtionavustus cell (the plan), or the application's Haettu cell on Maksatukset; the right value is the most the grant may be.",
    example: {
      sheet: "Hanke",
      cell: "B7",
      params: { state: eur(1371154), rate: ratio(0.75), eligible: eur(1828204), max: eur(1371153), over: eur(1), scope: "plan" },
      expected: eur(1371153),
      actual: eur(1371154),
    },
  },
  COFUND_RATE_OVER_MAX: {
    checks:
      "Hanke's Valtionavustus-% against 75 %, the most a KASTE grant may cover. Exactly 75 % and any lower rate (a grant decision under the maximum) pass. Over 75 %, every check (the plan, the payment applications, the municipal shares, the application draft and the reports) uses 75 %, so a rate typed too high lets no over-claim pass.",
    why: "The state grant covers at most 75 % of the eligible costs; a decision may grant less, never more.",
    domain: [COFUNDING],
    points: "Hanke's Valtionavustus-% cell; the right value is at most 75 %.",
    example: {
      sheet: "Hanke",
      cell: "B9",
      params: { rate: ratio(0.9), max: ratio(0.75) },
      expected: ratio(0.75),
      actual: ratio(0.9),
    },
  },
  COFUND_MUNI_UNDER_MIN: {
    checks:
      "Hanke's Kuntaosuus against (1 − rate) of the eligible costs. When the split adds up, a municipal share under the minimum is the same euros as a state grant over the rate, so only COFUND_STATE_OVER_RATE is reported.",
    why: "The municipalities pay at least 25 % of the eligible costs.",
    domain: [COFUNDING],
    points: "Hanke's Kuntaosuus cell.",
    example: {
      sheet: "Hanke",
      cell: "B8",
      params: { municipal: eur(116553), minRate: ratio(0.25), eligible: eur(466220), min: eur(116555), under: eur(2) },
      actual: eur(116553),
    },
  },
  COFUND_SPLIT_MISMATCH: {
    checks:
      "Valtionavustus + Kuntaosuus + Muu rahoitus + Tulot on Hanke must equal the eligible costs exactly, within Asetukset's tolerance (default 0).",
    why: "The funding split covers the eligible costs to the cent: no euro unfunded, none funded twice.",
    domain: [COFUNDING],
    points: "Hanke's eligible-costs cell (Hyväksyttävät kustannukset).",
    example: { sheet: "Hanke", cell: "B6", params: { sum: eur(606086), eligible: eur(466220), difference: eur(139866) } },
  },
  COFUND_DEFICIT_EXCEEDED: {
    checks:
      "With other funding (Muu rahoitus) or income (Tulot) on Hanke, Valtionavustus may be at most eligible costs − other funding − income.",
    why: "A special grant covers only the deficit that is left after the project's other funding and income.",
    domain: [COFUNDING],
    points: "Hanke's Valtionavustus cell; the right value is the deficit.",
    example: {
      sheet: "Hanke",
      cell: "B7",
      params: { state: eur(349667), deficit: eur(326354) },
      expected: eur(326354),
      actual: eur(349667),
    },
  },
  COST_INELIGIBLE: {
    checks:
      "A Laskut row marked eligible (Hyväksyttävä: kyllä) whose cost line or description names depreciation, provisions, fund-raising or imputed items, in Finnish, Swedish or English. A room booking (kokoustilan varaus) is not a provision.",
    why: "These costs never count for a state grant, whatever the funding decision says.",
    domain: ["8-eligible-and-ineligible-costs"],
    points: "The row's Hyväksyttävä cell; the right value is `ei`.",
    example: {
      sheet: "Laskut",
      cell: "J26",
      params: { description: "Kaluston poistot", category: "poistot / depreciation" },
      expected: "ei",
    },
  },
  VAT_UNKNOWN: {
    checks:
      "A VAT-inclusive amount (Summa sis. ALV) with no VAT beside it, for a partner whose VAT is recovered (Kumppanit: ALV palautuu = kyllä). The row counts at its gross amount. Once per partner when Laskut has no VAT column, else per row.",
    why: "A partner that recovers its VAT has no VAT cost: the eligible cost is the net amount, which cannot be known here.",
    domain: ["9-vat"],
    points: "The row's VAT-inclusive amount cell.",
    example: { sheet: "Laskut", cell: "N10", params: { partner: "Pikassos" }, actual: eur(450) },
  },
} satisfies Partial<RuleNotes>;
