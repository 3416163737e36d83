/** The pages' notes on payment applications, deadlines and sent applications' frozen claims. */
import type { RuleNotes } from "../types";
import { d, eur, ratio } from "./values";

const APPLICATIONS = "11-payment-applications";
const DEADLINES = "12-deadlines-and-the-final-report";

export const applicationNotes = {
  APPLICATION_PERIOD_GAP: {
    checks:
      "The Maksatukset periods, taken in date order, must start on Hanke's Alkaa and follow each other day after day. Days between two periods, or before the first, are reported; days after Hanke's Päättyy are no gap. A first period that starts before Hanke's Alkaa is said to start too early (its days before the start are no project's), not to leave days uncovered. A period typed end first counts by its days. An application marked as sent that Maksatukset does not list (on the hidden claims sheet only: the table had no room for its row, or the row was deleted; a row with its number, sharing a day with its period, starting on its start or sent on its sent date lists it, so a period corrected in Maksatukset is judged as corrected) is in the chain too, and a finding about it points at its row there. `kaste application` (and mark-sent and the pane's draft) asks the same of the drafted period against Maksatukset and the applications marked as sent, by the same code (src/ledger/periodChain.ts), and holds the draft back.",
    why: "Payment applications cover the project period without gaps: costs of an uncovered day are never claimed.",
    domain: [APPLICATIONS],
    points:
      "The later application's start cell (Ajalta alkaen); the right value is the day after the previous end. For a drafted period (which has no row yet): the previous application's end cell (Maksatukset, or the claims sheet for one only marked as sent), or Hanke's Alkaa when none is before it.",
    example: {
      sheet: "Maksatukset",
      cell: "B4",
      params: { number: "2", what: "gap", previous: "1", gapStart: d("1.1.2014"), gapEnd: d("1.1.2014") },
      expected: d("1.1.2014"),
      actual: d("2.1.2014"),
    },
  },
  APPLICATION_PERIOD_OVERLAP: {
    checks:
      "A period starts on or before the end of an earlier one (in date order, whatever the row order; a period typed end first counts by its days; an application marked as sent that Maksatukset does not list counts too). `kaste application` (and mark-sent and the pane's draft) asks the same of the drafted period against Maksatukset and the applications marked as sent, by the same code (src/ledger/periodChain.ts), and holds the draft back; what an overlapping application applied counts as applied before.",
    why: "Payment applications do not overlap: costs of a day in two periods would be claimed twice.",
    domain: [APPLICATIONS],
    points:
      "The later application's start cell; the right value is the day after the earlier end. For a drafted period (which has no row yet): the overlapping application's end cell (its start cell when it starts after the draft), on Maksatukset or the claims sheet.",
    example: {
      sheet: "Maksatukset",
      cell: "B3",
      params: { number: "3", previous: "2", overlapStart: d("31.12.2014"), overlapEnd: d("31.12.2014") },
      expected: d("1.1.2015"),
      actual: d("31.12.2014"),
    },
  },
  APPLICATION_ORDER: {
    checks: "A Maksatukset row starts before the row above it, or a period ends before it starts.",
    why: "Applications follow each other in time; a table in date order is what the authority and the next person read.",
    domain: [APPLICATIONS],
    points: "The row's start cell (out of order) or its end cell (ends before it starts).",
    example: {
      sheet: "Maksatukset",
      cell: "B4",
      params: { number: "2", what: "order", start: d("2.1.2014"), previous: "3", previousStart: d("31.12.2014") },
    },
  },
  APPLICATION_OVER_RATE: {
    checks:
      "Applications in the order of their ends: the amount applied so far (Haettu) against the rate of the eligible costs realised up to that end (a cost counts on its period end). Only the application that makes the excess grow is reported. After the project end, a final excess of at most Palautusraja (100 €) is no error (see REPAYMENT_UNDER_100).",
    why: "The state grant covers at most 75 % of the eligible costs at every point, not only at the end.",
    domain: [APPLICATIONS, "3-co-funding-75---25-", "13-the-100--rule"],
    points: "The application's Haettu cell; the right value is the most it could have applied.",
    example: {
      sheet: "Maksatukset",
      cell: "D3",
      params: {
        number: "3",
        end: d("30.9.2015"),
        applied: eur(341757.62),
        realised: eur(437047.3),
        rate: ratio(0.75),
        max: eur(327785.47),
        over: eur(13972.15),
      },
      expected: eur(119724.08),
      actual: eur(133696.23),
    },
  },
  APPLICATION_COSTS_OUTSIDE: {
    checks:
      "Once the project has ended: eligible costs counted after the last application's end, up to the project end. One finding with their sum and the first such row.",
    why: "The last payment application reaches the project end; costs after it are never claimed and their grant is lost.",
    domain: [APPLICATIONS],
    points: "The last application's end cell (Hanke's Päättyy when no application has a period).",
    example: {
      sheet: "Maksatukset",
      cell: "C3",
      params: { total: eur(7650), rows: 2, from: d("1.10.2015"), to: d("31.10.2015"), first: "Laskut!E124" },
    },
  },
  FINAL_REPORT_DUE: {
    checks:
      "Once the project has ended: the final report is due Loppuraportin määräaika (default 2 months) after Hanke's Päättyy; the message counts the days left, or late. Quiet once an application reaching the project end is sent (Lähetetty) or paid.",
    why: "The final report goes with the last payment application; the funding decision gives the date.",
    domain: [DEADLINES],
    points: "Hanke's Päättyy cell.",
    example: { sheet: "Hanke", cell: "B4", params: { end: d("31.10.2015"), due: d("31.12.2015"), days: 16, late: "" } },
  },
  CHANGE_REQUEST_WINDOW: {
    checks: "Before the project ends: fewer than Muutoshakemuksen aika (default 30 days) remain until Hanke's Päättyy.",
    why: "A change to the budget or the period must be asked for before the project ends, at least 30 days before in AVI's guidance.",
    domain: [DEADLINES],
    points: "Hanke's Päättyy cell.",
    example: { sheet: "Hanke", cell: "B4", params: { end: d("31.10.2015"), days: 16 } },
  },
  REPAYMENT_UNDER_100: {
    checks:
      "After the project end, where Maksettu is known: the grant paid exceeds the rate of the realised eligible costs by more than 0 and at most Palautusraja (default 100 €).",
    why: "The State Grants Act (688/2001, 20 §) lets an amount to return of at most 100 € stay unreturned: worth knowing, not an error.",
    domain: ["13-the-100--rule"],
    points: "The last application's Maksettu cell.",
    example: {
      sheet: "Maksatukset",
      cell: "E4",
      params: { paid: eur(333572.97), amount: eur(50), allowed: eur(333522.97), threshold: eur(100) },
    },
  },
  CLAIMED_ROW_CHANGED: {
    checks:
      "Each row claimed by an application marked as sent (`kaste mark-sent`, on the hidden sheet KASTE-maksatukset) is looked for by its fingerprint; sorting or reformatting is no change. A row found changed gives one finding per changed value.",
    why: "A sent application is frozen: what it claimed must stay as sent; a correction goes on a new row.",
    domain: [APPLICATIONS],
    points: "The changed ledger cell; the right value is the claimed one.",
    example: {
      sheet: "Laskut",
      cell: "H5",
      params: {
        application: "1",
        start: d("1.4.2013"),
        end: d("31.12.2013"),
        partner: "Pikassos",
        number: "PIK-003",
        field: "Summa (ALV 0)",
        old: eur(7200),
        new: eur(7700),
      },
      expected: eur(7200),
      actual: eur(7700),
    },
  },
  CLAIMED_ROW_DELETED: {
    checks:
      "A row claimed by a sent application is no longer in the ledger, and no row of the same invoice and cost line stands in for it.",
    why: "A sent application is frozen: a claimed cost may not disappear from the books.",
    domain: [APPLICATIONS],
    points: "The claimed row on the hidden sheet KASTE-maksatukset (the message names where it stood in Laskut).",
    example: {
      sheet: "KASTE-maksatukset",
      cell: "A11",
      params: {
        application: "1",
        start: d("1.4.2013"),
        end: d("31.12.2013"),
        partner: "Pikassos",
        number: "PIK-005",
        line: "Vuokrat",
        amount: eur(450),
        origin: "Laskut!A9",
      },
    },
  },
  CLAIMED_TOTAL_CHANGED: {
    checks:
      "The eligible costs of a sent application's period now add up to another total than the one sent (a changed row, or a row added to the period later).",
    why: "What was applied for was computed from that total; a new total means the application and the books disagree.",
    domain: [APPLICATIONS],
    points: "The application's total cell on the hidden sheet KASTE-maksatukset; the right value is the total sent.",
    example: {
      sheet: "KASTE-maksatukset",
      cell: "F3",
      params: { application: "1", start: d("1.4.2013"), end: d("31.12.2013"), old: eur(49819.55), new: eur(49869.55), difference: eur(50) },
      expected: eur(49819.55),
      actual: eur(49869.55),
    },
  },
  CLAIMS_ROW_INVALID: {
    checks: "A row of the hidden sheet KASTE-maksatukset has a value that cannot be read (a period, a total or a fingerprint edited away).",
    why: "The claims sheet is what makes a sent application checkable; an unreadable row leaves its claims unchecked, which must be said.",
    domain: [APPLICATIONS],
    points: "The unreadable cell on KASTE-maksatukset.",
    from: "the claims sheet's reader (src/ledger/claims.ts), before the claims rule runs",
    example: { sheet: "KASTE-maksatukset", cell: "C5", params: { header: "Alkaa" } },
  },
  APPLICATION_FORMULA_MISMATCH: {
    checks:
      "`kaste application` writes the draft's figures as live formulas (SUMIFS over Laskut). Where a formula would not give the library's figure (amounts or dates typed as text in Laskut), the sheet shows both and the cells are named.",
    why: "The draft is sent to the authority: its figures must be the checked ones, and a formula that reads text as zero would not be.",
    domain: [APPLICATIONS],
    points: "The figure's cell on the drafted application sheet.",
    from: "`kaste application` (src/sync/application/), when drafting",
    example: {
      sheet: "Maksatushakemus 2014",
      cell: "C12",
      params: { label: "Pikassos Palkat", formula: eur(41200), library: eur(48400), cells: "Laskut!H40, Laskut!H41" },
    },
  },
  IMPORT_CONFLICT: {
    checks:
      "`kaste import`: a partner file's row with the number of an invoice already in Laskut, but a different amount, cost line or period (or more copies than the ledger has). It is not imported. A row the invoice gained is no conflict: when the file has every ledger row of the invoice as well, row for row, the new row is added. Of a monthly breakdown (months as columns), a total per partner, month and cost line that invoices of exactly that month bill only in part conflicts too (its number shown as a dash), whether or not they bill another month in full: imported, the billed part would be claimed twice.",
    why: "The ledger never changes silently: the person decides which of the two is right.",
    domain: ["6-partner-invoicing", "14-the-workbook-itself"],
    points: "The row's invoice number cell in the partner file; the message names the ledger row.",
    from: "`kaste import` (src/sync/import/), when previewing an import",
    example: {
      sheet: "pikassos-2014",
      cell: "C4",
      params: {
        partner: "Pikassos",
        number: "PIK-014",
        differs: "amount",
        existing: "Laskut!C40",
        fileAmount: eur(7450),
        ledgerAmount: eur(7200),
        fileLine: "Palkat",
        ledgerLine: "Palkat",
        fileStart: d("1.5.2014"),
        fileEnd: d("31.5.2014"),
        ledgerStart: d("1.5.2014"),
        ledgerEnd: d("31.5.2014"),
      },
    },
  },
  IMPORT_ROW_BROKEN: {
    checks:
      "`kaste import`: a partner file's row cannot be split into its columns: a quote never closed, or values right of the last header (often an unquoted decimal comma in a CSV).",
    why: "A row read into the wrong columns would put amounts where dates go; it is better left out and said.",
    domain: ["14-the-workbook-itself"],
    points: "The first cell right of the last header (or the row's first cell, an unclosed quote) in the partner file.",
    from: "`kaste import` (src/sync/import/), when reading the partner file",
    example: { sheet: "pikassos-2014", cell: "G7", params: { what: "fields", value: "50" } },
  },
  IMPORT_NET_UNKNOWN: {
    checks:
      "`kaste import`: a partner file's row has only a VAT-inclusive amount and no VAT, and Laskut has no column for a VAT-inclusive amount. It is not imported.",
    why: "The eligible cost is the net amount; writing a gross amount into the net column would overstate the cost.",
    domain: ["9-vat"],
    points: "The row's VAT-inclusive amount cell in the partner file.",
    from: "`kaste import` (src/sync/import/), when previewing an import",
    example: { sheet: "pikassos-2014", cell: "E5", params: { partner: "Pikassos", number: "PIK-016" } },
  },
  IMPORT_INVOICE_HELD: {
    checks:
      "`kaste import`: a row of an invoice the ledger does not have yet, when another row of the same invoice in the partner file is bad. It is not imported either.",
    why: "An invoice goes into the ledger whole: imported in part, the rest of it would come back from the corrected file as conflicts with the part already in (IMPORT_CONFLICT), to be typed in by hand.",
    domain: ["6-partner-invoicing", "14-the-workbook-itself"],
    points: "The row's invoice number cell in the partner file; the message names the bad row's cell.",
    from: "`kaste import` (src/sync/import/), when previewing an import",
    example: { sheet: "pikassos-2014", cell: "B3", params: { partner: "Verso", number: "VER-060", bad: "pikassos-2014!G2" } },
  },
  IMPORT_COLUMN_DROPPED: {
    checks: "`kaste import`: a column of the partner file has no column in Laskut to go to; the rows are imported without it.",
    why: "Nothing is lost without a word: the person sees which values stay in the partner's file only.",
    domain: ["14-the-workbook-itself"],
    points: "The column's header cell in the partner file.",
    from: "`kaste import` (src/sync/import/), when previewing an import",
    example: { sheet: "pikassos-2014", cell: "F1", params: { header: "Kustannuspaikka" } },
  },
  IMPORT_TARGET_ACROSS: {
    checks:
      "`kaste import`: the ledger's only invoice table is laid out across (a column per cost line, month or partner), where a line of the partner's file has no row of its own to go to. Nothing is appended.",
    why: "Appending rows of lines to a table of columns would put amounts under the wrong headers; the import says what it needs rather than that the table is missing.",
    domain: ["14-the-workbook-itself"],
    points: "The across table's header cell.",
    from: "`kaste import` (src/sync/import/), when previewing an import",
    example: { sheet: "Laskut", cell: "A1", params: { sheet: "Laskut" } },
  },
  IMPORT_TARGET_FULL: {
    checks:
      "`kaste import`: the rows to add do not fit below the Laskut table because another table starts right below it. Nothing is appended.",
    why: "The CLI never overwrites the user's data: appending would write over the other table.",
    domain: ["14-the-workbook-itself"],
    points: "The Laskut table's first cell; the message names where the other table starts.",
    from: "`kaste import` (src/sync/import/), when previewing an import",
    example: { sheet: "Laskut", cell: "A1", params: { rows: 12, next: "Laskut!A140" } },
  },
} satisfies Partial<RuleNotes>;
