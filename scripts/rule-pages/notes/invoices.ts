/** The pages' notes on partner invoicing: the schemes, the windows, checking and approving. */
import type { RuleNotes } from "../types";
import { d } from "./values";

const INVOICING = "6-partner-invoicing";
const APPROVING = "7-checking-and-approving-invoices";

export const invoiceNotes = {
  INVOICE_MONTH_MISSING: {
    checks:
      "A `kuukausi+tasaus` partner needs one `kiinteä` invoice for every month of its window (Kumppanit: Alkaa–Päättyy, cut to the project period). A month is missing once Kuukausilaskun viive (default 30 days) has passed after it.",
    why: "The cooperation agreement has the partner invoice its fixed costs monthly; a missing month is usually an invoice not yet entered.",
    domain: [INVOICING],
    points: "The partner's name cell in Kumppanit.",
    example: {
      sheet: "Kumppanit",
      cell: "A3",
      params: { partner: "Verso", start: d("1.2.2015"), end: d("28.2.2015"), due: d("30.3.2015") },
    },
  },
  INVOICE_MONTH_OVERLAP: {
    checks:
      "Two different `kiinteä` invoices of one partner cover the same month. Not an overlap: each bills a cost line of its own (salaries on one, rent on the other), or one is a credit note cancelling the other.",
    why: "One fixed invoice per month: the same month's costs billed twice would be claimed twice.",
    domain: [INVOICING],
    points: "The later invoice's period start (Ajalta alkaen).",
    example: {
      sheet: "Laskut",
      cell: "D127",
      params: { partner: "Verso", number: "VER-900", other: "VER-012", start: d("1.8.2014"), end: d("31.8.2014") },
    },
  },
  INVOICE_PERIOD_MISALIGNED: {
    checks:
      "A `kiinteä` invoice covers whole calendar months, a `tasaus` invoice one reconciliation block, a `kolmannes` partner's invoice one tertial, each cut to the partner's window. The right period is the unit the invoice's start falls in.",
    why: "Costs are matched to months, blocks and tertials; a period of half a month cannot be matched and leaves the next check guessing.",
    domain: [INVOICING, "10-periods"],
    points:
      "The end of the invoice's period (Ajalta päättyen), or its start when the start is wrong; the right value is the unit's end (or start).",
    example: {
      sheet: "Laskut",
      cell: "E92",
      params: {
        partner: "Pikassos",
        number: "PIK-029",
        scheme: "month",
        start: d("1.4.2015"),
        end: d("15.4.2015"),
        expectedStart: d("1.4.2015"),
        expectedEnd: d("30.4.2015"),
      },
      expected: d("30.4.2015"),
      actual: d("15.4.2015"),
    },
  },
  RECONCILIATION_MISSING: {
    checks:
      "A `kuukausi+tasaus` partner with `kiinteä` invoices in a reconciliation block (calendar quarters, or blocks counted from Tasausjakson ensimmäinen kuukausi or from the partner's own start) has no `tasaus` invoice for it once Tasauslaskun viive (default 60 days) has passed.",
    why: "Fixed invoices are advances: the reconciliation invoice brings them to the realised costs, and without it the claimed costs are estimates.",
    domain: [INVOICING],
    points: "The partner's name cell in Kumppanit.",
    example: {
      sheet: "Kumppanit",
      cell: "A3",
      params: { partner: "Verso", start: d("1.7.2014"), end: d("30.9.2014"), due: d("29.11.2014") },
    },
  },
  RECONCILIATION_MISMATCH: {
    checks:
      "A `tasaus` invoice whose row states the realised costs of its period (a column Toteutuneet kulut, Utfall or Actual costs) must bill those costs less the partner's `kiinteä` invoices of the period: credit notes subtract, a fixed invoice reaching beyond the period counts for its days inside it, and every `tasaus` row of the same partner and period counts together (a wrong one credited and billed again). The difference may be the Asetukset tolerance (Toleranssi, default 0). Amounts without VAT. A period whose `tasaus` rows state no realised costs is not checked.",
    why: "Fixed invoices are advances; the reconciliation brings what was billed to the realised costs. A reconciliation that does not add up claims too much or too little.",
    domain: [INVOICING],
    points:
      "The `tasaus` invoice's amount (Summa (ALV 0)); expected is the realised costs less the fixed invoices, actual what the reconciliation bills.",
    example: {
      sheet: "Laskut",
      cell: "H41",
      params: {
        partner: "Pikassos",
        number: "PIK-024",
        start: d("1.1.2014"),
        end: d("31.3.2014"),
        realised: { cents: 2_530_000 },
        fixed: { cents: 2_295_000 },
        expected: { cents: 235_000 },
        billed: { cents: 185_000 },
        difference: { cents: -50_000 },
      },
      expected: { cents: 235_000 },
      actual: { cents: 185_000 },
    },
  },
  STARTUP_NOT_FIRST: {
    checks: "A `käynnistys` (start-up) row is on an invoice other than the partner's first (by invoice date, else period start).",
    why: "The agreement lets start-up (recruitment) costs be invoiced once, with the first invoice.",
    domain: [INVOICING],
    points: "The start-up row's Laji cell.",
    example: { sheet: "Laskut", cell: "F128", params: { partner: "Verso", number: "VER-901", first: "VER-001", firstDate: d("5.1.2014") } },
  },
  INVOICE_TERTIAL_MISSING: {
    checks:
      "A `kolmannes` partner needs an invoice for each tertial (months 1–4, 5–8, 9–12) of its window, once Kolmanneslaskun viive (default 30 days) has passed after the tertial.",
    why: "A partner on the tertial scheme invoices its realised costs three times a year.",
    domain: [INVOICING, "10-periods"],
    points: "The partner's name cell in Kumppanit.",
    example: {
      sheet: "Kumppanit",
      cell: "A4",
      params: { partner: "SONet BOTNIA", start: d("1.9.2015"), end: d("30.9.2015"), due: d("30.10.2015") },
    },
  },
  INVOICE_TERTIAL_OVERLAP: {
    checks:
      "Two different invoices of a `kolmannes` partner cover the same tertial, unless each bills a cost line of its own or one is a credit note.",
    why: "One invoice per tertial: the same costs billed twice would be claimed twice.",
    domain: [INVOICING],
    points: "The later invoice's period start (Ajalta alkaen).",
    example: {
      sheet: "Laskut",
      cell: "D129",
      params: { partner: "SONet BOTNIA", number: "SB-900", other: "SB-005", start: d("1.1.2015"), end: d("30.4.2015") },
    },
  },
  INVOICE_OUTSIDE_PROJECT: {
    checks:
      "An invoice's period (Ajalta alkaen–päättyen, else its date) has days before Hanke's Alkaa or after its Päättyy. The period decides, not the invoice date: an invoice dated in November for October's costs is fine.",
    why: "Only costs of the project period are the project's.",
    domain: ["1-a-kaste-project", "10-periods"],
    points: "The period cell that lies outside (start or end); the right value is the project's start or end.",
    example: {
      sheet: "Laskut",
      cell: "E132",
      params: {
        partner: "Pikassos",
        number: "PIK-900",
        start: d("1.11.2015"),
        end: d("30.11.2015"),
        projectStart: d("1.4.2013"),
        projectEnd: d("31.10.2015"),
      },
      expected: d("31.10.2015"),
      actual: d("30.11.2015"),
    },
  },
  INVOICE_OUTSIDE_PARTNER_WINDOW: {
    checks:
      "An invoice's period has days outside the partner's window (Kumppanit: Alkaa–Päättyy). Start-up rows may precede the window (recruitment comes first) but not the project. A side already outside the project is reported only as INVOICE_OUTSIDE_PROJECT.",
    why: "A partner's staff work for the project only in the months of its agreement; costs outside them are not the project's.",
    domain: [INVOICING, "10-periods"],
    points: "The period cell that lies outside; the right value is the window's start or end.",
    example: {
      sheet: "Laskut",
      cell: "D131",
      params: {
        partner: "Verso",
        number: "VER-902",
        start: d("1.11.2013"),
        end: d("30.11.2013"),
        windowStart: d("1.12.2013"),
        windowEnd: d("30.9.2015"),
      },
      expected: d("1.12.2013"),
      actual: d("1.11.2013"),
    },
  },
  INVOICE_DUPLICATE: {
    checks:
      "Rows of one partner's invoice number with different invoice dates, or with different periods for the same Laji; and two identical rows of one invoice (same date, Laji, cost line, period and amount). `kaste import` says it of a partner workbook's row that another of its sheets already lists (a summary sheet repeating the month sheets): that copy is not imported. Two identical rows of one invoice new to the ledger are both imported, as the partner billed them, and the preview says this of the second before anything is written, by the same test (two rows that differ only in Laji are no copies there either); it says so too of rows of an invoice new to the ledger with two invoice dates, or two periods of one Laji. Rows of an invoice held for a bad row are not written, and it says none of this of them.",
    why: "One invoice number is one invoice; a row entered twice claims its cost twice.",
    domain: [INVOICING],
    points: "The copy's amount cell (a row twice), or the cell where the date or period differs from the invoice's first row.",
    example: {
      sheet: "Laskut",
      cell: "H130",
      params: { partner: "Pikassos", number: "PIK-024", what: "line", first: "Laskut!H78", line: "Palkat" },
    },
  },
  INVOICE_UNCHECKED: {
    checks:
      "No row of an invoice names its checker (Asiatarkastaja) or marks it done; a dash, a question mark or a word for nobody (`-`, `?`, `ei`, `puuttuu`, `ei ole`) is nobody, while a tick (`✓`, `+`, `x`, `ok`, also repeated: `✓✓`) says it was done. A cross (`❌`, `✗`, `×`), `!` or any other symbol that is not a tick is nobody. Two capitals (`MK`) are initials, but `EI` and `NO` are the words for nobody. Without the column at all, one finding for the table. The administrator's own rows need none.",
    why: "Every invoice is checked (asiatarkastus) before it is paid.",
    domain: [APPROVING],
    points: "The invoice's Asiatarkastaja cell (or the table's first header cell when the column is missing).",
    example: { sheet: "Laskut", cell: "K43", params: { partner: "Pikassos", number: "PIK-015", scope: "invoice" } },
  },
  INVOICE_UNAPPROVED: {
    checks:
      "No row of an invoice names its approver (Hyväksyjä) or marks it done; a dash, a question mark or a word for nobody (`-`, `?`, `ei`, `puuttuu`, `ei ole`) is nobody, while a tick (`✓`, `+`, `x`, `ok`, also repeated: `✓✓`) says it was done. A cross (`❌`, `✗`, `×`), `!` or any other symbol that is not a tick is nobody. Two capitals (`MK`) are initials, but `EI` and `NO` are the words for nobody. Without the column at all, one finding for the table. The administrator's own rows need none.",
    why: "Every invoice is approved (hyväksyntä) by the person responsible before it is paid.",
    domain: [APPROVING],
    points: "The invoice's Hyväksyjä cell (or the table's first header cell when the column is missing).",
    example: { sheet: "Laskut", cell: "L66", params: { partner: "Verso", number: "VER-015", scope: "invoice" } },
  },
  INVOICE_SAME_CHECKER_APPROVER: {
    checks:
      "The checker and the approver of an invoice are the same person (names compared forgivingly). Ticks (`✓` in both cells) name no one, so they are never the same person.",
    why: "Checking and approving are done by two different people.",
    domain: [APPROVING],
    points: "The invoice's Hyväksyjä cell.",
    example: { sheet: "Laskut", cell: "L53", params: { partner: "Pikassos", number: "PIK-018", person: "Mäkinen (projektijohtaja)" } },
  },
  INVOICE_UNKNOWN_PARTNER: {
    checks:
      "A biller (Laskuttaja) in Laskut that is neither a Kumppanit partner nor Hanke's Hallinnoija; a name close to a partner's (`Pikassos Oy`) is suggested.",
    why: "Only the partners of the cooperation agreement and the administrator bill the project; their schemes and windows are what the invoicing checks use.",
    domain: ["2-the-parties"],
    points: "The biller's first row's Laskuttaja cell.",
    example: { sheet: "Laskut", cell: "B133", params: { partner: "Konsulttitoimisto Oy", rows: 1, suggestion: "" } },
  },
} satisfies Partial<RuleNotes>;
