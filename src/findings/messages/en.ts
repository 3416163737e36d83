import type { Messages } from "./types";

export const en: Messages = {
  TABLE_NOT_FOUND: (p) => `The ${p.table} table was not found on any sheet; it needs the headers ${p.headers}.${p.near ?? ""}`,
  COLUMN_NOT_UNDERSTOOD: (p) =>
    `The column header "${p.header}" in the ${p.table} table was not recognised; the column is left out of the checks.`,
  REQUIRED_MISSING: (p) => `The required value "${p.field}" is missing.`,
  VALUE_NOT_A_NUMBER: (p) =>
    `"${p.value}" is not ${p.why === "ambiguous" ? "an unambiguous amount (is the separator decimal or thousands?)" : p.why === "subcent" ? "an amount to the cent" : "a number"} (${p.field}).`,
  VALUE_NOT_A_DATE: (p) => `"${p.value}" is not a date (${p.field}).`,
  VALUE_NOT_UNDERSTOOD: (p) => `"${p.value}" is not an allowed value for ${p.field}; allowed: ${p.allowed}.`,
  SETTING_INVALID: (p) =>
    `The setting ${p.setting} = ${p.value} is not allowed: the allowed value is ${p.min}–${p.max}${p.unit === "days" ? " days" : p.unit === "months" ? " months" : ""}. The checks use the default instead.`,
  CELL_FORMULA_ERROR: (p) => `The cell holds the Excel error ${p.value}.`,
  TABLE_NOT_READ: (p) =>
    p.why === "sheets"
      ? `The invoices on the sheet ${p.sheetName} were not read: each of its lines is also on the sheets ${p.copyOf ?? ""}, so it sums them up, and read it would count the costs twice.`
      : p.why === "copy"
        ? `The invoices on the sheet ${p.sheetName} were not read: each of its lines is also on the sheet ${p.copyOf ?? ""}, so it is a copy of the ledger, and read it would count the costs twice. Delete the copy or move its new lines into the ledger itself.`
        : p.why === "summary"
          ? `The monthly table on the sheet ${p.sheetName} was not read as invoices: each of its totals is already in the ledger's lines (partner, month and cost line), so read it would count the costs twice.`
          : `The monthly table on the sheet ${p.sheetName} was not read as invoices: its name or title names no partner of the Kumppanit table, so its costs are not in the checks. Write the partner's name in the sheet's name or above the table if it is a partner's monthly breakdown.`,
  ROWS_SKIPPED_NOISE: (p) =>
    `${p.noise === "header" ? "A repeated header row" : p.noise === "pageFooter" ? "A page footer (such as Page 2 of 5)" : "A page total or carried-forward row (such as Page total, Carried forward)"} was skipped ${p.first === p.last ? `once in row ${p.first}` : `${p.count} times in rows ${p.first}–${p.last}`}; a report's own rows are not read as rows of the table nor added to any sum.`,
  FORMULA_NOT_CALCULATED: (p) =>
    `Cells ${p.cells} (${p.count}) hold a formula (=${p.formula}) but no calculated value, so they read as empty. Open the file in Excel or LibreOffice and save it (or recalculate, Ctrl+Alt+F9 / Ctrl+Shift+F9), so the values are stored.`,
  FORMULA_COMPUTED: (p) =>
    `Cells ${p.cells} (${p.count}) hold a formula (=${p.formula}) with no stored value; KASTE Ledger computed it as Excel would.`,
  DATE_ORDER_ASSUMED: (p) =>
    `The dates of the column "${p.field}" (such as ${p.sample}) read both day/month and month/day, and no value settles the order; they were read ${p.order === "dayFirst" ? "day first" : "month first"}${p.why === "otherColumn" ? `, as the dates of the column "${p.other}", which show the order` : " (the default)"}. Check a few dates.`,
  MAPPING_IGNORED: (p) =>
    p.why === "header"
      ? `The column mapping to "${p.field}" (${p.table}) was not used: the column's header was "${p.header || "(blank)"}" when it was mapped and is now "${p.now || "(blank)"}". Map the column again (kaste map or the task pane).`
      : p.why === "sheet"
        ? `The column mapping (row ${p.row}) was not used: the sheet ${p.sheetName} is gone.`
        : `Row ${p.row} of the column mapping was skipped: ${
            {
              table: `the table "${p.value}" is unknown; choose one of: ${p.allowed}.`,
              sheet: "the sheet name is missing.",
              headerRow: `the header row "${p.value}" is not a row number ${p.allowed}.`,
              column: `the column "${p.value}" is not a column letter ${p.allowed}.`,
              field: `the field "${p.value}" is unknown; choose one of: ${p.allowed}.`,
            }[p.part]
          }`,
  COFUND_STATE_OVER_RATE: (p) =>
    `The state grant ${p.state} exceeds ${p.rate} of the eligible costs ${p.eligible} (${p.scope === "plan" ? "the plan" : `the payment application for ${p.start}–${p.end}`}); at most ${p.max}, over by ${p.over}.`,
  COFUND_RATE_OVER_MAX: (p) =>
    `Valtionavustus-% (state grant rate) ${p.rate} exceeds the KASTE grant maximum of ${p.max}; the checks use ${p.max}.`,
  COFUND_MUNI_UNDER_MIN: (p) =>
    `The municipal share ${p.municipal} is under ${p.minRate} of the eligible costs ${p.eligible}; at least ${p.min}, short by ${p.under}.`,
  COFUND_SPLIT_MISMATCH: (p) =>
    `Funding does not add up: state grant + municipal share + other funding + income = ${p.sum}, eligible costs ${p.eligible} (difference ${p.difference}).`,
  COFUND_DEFICIT_EXCEEDED: (p) =>
    `The state grant ${p.state} is more than the deficit ${p.deficit} (eligible costs − other funding − income).`,
  VAT_UNKNOWN: (p) => `The amount includes VAT but there is no VAT column and ${p.partner} recovers its VAT: the net cost is unknown.`,
  COST_INELIGIBLE: (p) => `"${p.description}" (${p.category}) is not a cost eligible for the state grant, but the row is marked eligible.`,
  INVOICE_MONTH_MISSING: (p) => `${p.partner} has no fixed invoice for the month ${p.start}–${p.end} (expected by ${p.due}).`,
  INVOICE_MONTH_OVERLAP: (p) =>
    `${p.partner}'s fixed invoice ${p.number} covers the month ${p.start}–${p.end}, already covered by invoice ${p.other}.`,
  INVOICE_PERIOD_MISALIGNED: (p) =>
    `The period ${p.start}–${p.end} of ${p.partner}'s invoice ${p.number} is not ${p.scheme === "month" ? "one calendar month" : p.scheme === "quarter" ? "one reconciliation block" : "one tertial (1–4, 5–8 or 9–12)"}; expected ${p.expectedStart}–${p.expectedEnd}.`,
  RECONCILIATION_MISSING: (p) => `${p.partner} has no reconciliation invoice for ${p.start}–${p.end} (expected by ${p.due}).`,
  RECONCILIATION_MISMATCH: (p) =>
    `${p.partner}'s reconciliation invoice ${p.number} for ${p.start}–${p.end} is ${p.billed}, but the actual costs ${p.realised} − the period's fixed invoices ${p.fixed} = ${p.expected} (difference ${p.difference}).`,
  STARTUP_NOT_FIRST: (p) =>
    `${p.partner}'s start-up costs are on invoice ${p.number}, but its first invoice is ${p.first} (${p.firstDate}); start-up costs go on the first invoice only.`,
  INVOICE_TERTIAL_MISSING: (p) => `${p.partner} has no invoice for the tertial ${p.start}–${p.end} (expected by ${p.due}).`,
  INVOICE_TERTIAL_OVERLAP: (p) =>
    `${p.partner}'s invoice ${p.number} covers the tertial ${p.start}–${p.end}, already covered by invoice ${p.other}.`,
  INVOICE_OUTSIDE_PROJECT: (p) =>
    `The period ${p.start}–${p.end} of ${p.partner}'s invoice ${p.number} reaches outside the project period ${p.projectStart}–${p.projectEnd}.`,
  INVOICE_OUTSIDE_PARTNER_WINDOW: (p) =>
    `The period ${p.start}–${p.end} of ${p.partner}'s invoice ${p.number} reaches outside the partner's window ${p.windowStart}–${p.windowEnd}.`,
  INVOICE_DUPLICATE: (p) =>
    p.what === "line"
      ? `${p.partner}'s invoice ${p.number} has the same row twice (also ${p.first}): same cost line, period and amount.`
      : `${p.partner}'s invoice number ${p.number} is used with ${p.what === "date" ? "different dates" : "different periods"}: ${p.value}, but ${p.first}: ${p.other}.`,
  INVOICE_UNCHECKED: (p) =>
    p.scope === "column"
      ? `The Laskut table has no checked-by column: whether invoices were checked cannot be seen.`
      : `${invoiceEn(p)} has not been checked (no checker).`,
  INVOICE_UNAPPROVED: (p) =>
    p.scope === "column"
      ? `The Laskut table has no approved-by column: whether invoices were approved cannot be seen.`
      : `${invoiceEn(p)} has not been approved (no approver).`,
  INVOICE_SAME_CHECKER_APPROVER: (p) =>
    `${p.partner}'s invoice ${p.number} was checked and approved by the same person (${p.person}); they must be different people.`,
  INVOICE_UNKNOWN_PARTNER: (p) =>
    `The biller ${p.partner} (${p.rows} rows) is not in the Kumppanit table.${p.suggestion ? ` Did you mean ${p.suggestion}?` : ""}`,
  BUDGET_LINE_OVERRUN: (p) =>
    `Cost line ${p.line || "(none)"} (${p.partner || "common share"}) is over budget in ${p.year}: realised ${p.realised}, budget ${p.budget} (use ${p.use}), over by ${p.over}.`,
  BUDGET_TOTAL_OVERRUN: (p) =>
    `The ${p.year} budget is exceeded (${p.scope === "project" ? "whole project" : p.partner || "common share"}): realised ${p.realised}, budget ${p.budget} (use ${p.use}), over by ${p.over}.`,
  BUDGET_UNDERUSE: (p) =>
    `Budget use for ${p.year} lags behind (${p.scope === "project" ? "whole project" : p.partner || "common share"}): used ${p.use} (${p.realised} of ${p.budget}) with ${p.elapsed} of the time passed; a pace of ${p.pace} of time is under the threshold ${p.threshold}. Unused grant is returned.`,
  BUDGET_NO_LINE: (p) =>
    p.scope === "year"
      ? `Costs are booked for ${p.year}, but the budget has no rows for ${p.year}.`
      : p.scope === "partner"
        ? `Costs are booked for ${p.partner || "the common share"} in ${p.year}, but it has no budget for that year.`
        : `Cost line ${p.line || "(none)"} has no budget (${p.partner || "common share"}, ${p.year}), but realised costs are ${p.realised}.`,
  BUDGET_VERSION_AMBIGUOUS: (p) =>
    `${p.year} has two confirmed budgets (${p.partner || "common share"}, ${p.line || "no cost line"}): ${p.amount} and ${p.other} (${p.otherCell}); this later one is used. Mark one as revised or remove it.`,
  MUNI_SHARES_MISMATCH: (p) =>
    `The municipal shares for ${p.year} add up to ${p.sum} but should be ${p.expected} (budget ${p.budget} − ${p.rate} state grant); difference ${p.difference}.`,
  MUNI_DUPLICATE: (p) => `Municipality ${p.municipality} appears twice in ${p.year} (also ${p.first}).`,
  MUNI_MISSING: (p) =>
    `Municipality ${p.municipality} has a share in ${p.other} but none in ${p.year}; has it joined a payer (e.g. a joint authority)?`,
  APPLICATION_PERIOD_GAP: (p) =>
    p.what === "projectStart"
      ? `The first payment application ${p.number} starts on ${p.start}, but the project starts on ${p.projectStart}; applications must cover the project period from its start.`
      : p.what === "beforeStart"
        ? `The first payment application ${p.number} starts on ${p.start}, before the project starts on ${p.projectStart}; an application's period starts on the project's start at the earliest.`
        : `Between payment applications ${p.previous} and ${p.number} the period ${p.gapStart}–${p.gapEnd} is covered by no application.`,
  APPLICATION_PERIOD_OVERLAP: (p) =>
    `Payment application ${p.number} overlaps application ${p.previous} during ${p.overlapStart}–${p.overlapEnd}.`,
  APPLICATION_ORDER: (p) =>
    p.what === "reversed"
      ? `Payment application ${p.number} ends (${p.end}) before it starts (${p.start}).`
      : `Payment application ${p.number} (starting ${p.start}) stands after application ${p.previous} (starting ${p.previousStart}); put the applications in date order.`,
  APPLICATION_OVER_RATE: (p) =>
    `Up to payment application ${p.number} (${p.end}) ${p.applied} has been applied in total, more than ${p.rate} of the eligible costs realised so far ${p.realised}: at most ${p.max}, over by ${p.over}.`,
  APPLICATION_COSTS_OUTSIDE: (p) =>
    `The project has ended, but eligible costs of ${p.total} for ${p.from}–${p.to} (${p.rows} rows, the first ${p.first}) are in no payment application.`,
  FINAL_REPORT_DUE: (p) =>
    `The project ended on ${p.end}; the final report is due by ${p.due} (${p.late ? `${p.days} days late` : `${p.days} days left`}).`,
  CHANGE_REQUEST_WINDOW: (p) => `The project ends on ${p.end}: only ${p.days} days are left to submit a change request.`,
  REPAYMENT_UNDER_100: (p) =>
    `${p.paid} of state grant has been paid, ${p.amount} more than the costs allow (${p.allowed}); an amount of at most ${p.threshold} need not be returned.`,
  CLAIMED_ROW_CHANGED: (p) =>
    `A row claimed in payment application ${p.application} (${p.start}–${p.end}) has changed since it was sent: ${p.partner} ${p.number}, ${p.field}: ${p.old} → ${p.new}.`,
  CLAIMED_ROW_DELETED: (p) =>
    `A row claimed in payment application ${p.application} (${p.start}–${p.end}) is no longer in the ledger: ${p.partner} ${p.number}, ${p.line || "no cost line"}, ${p.amount} (was ${p.origin}).`,
  CLAIMED_TOTAL_CHANGED: (p) =>
    `The eligible costs of payment application ${p.application} (${p.start}–${p.end}) were ${p.old} when it was sent and are now ${p.new} (difference ${p.difference}).`,
  CLAIMS_ROW_INVALID: (p) =>
    `The value "${p.header}" on this row of the sent-applications sheet cannot be read (the sheet was edited); its application is not compared with the ledger. Mark the application as sent again.`,
  IMPORT_CONFLICT: (p) =>
    `Invoice ${p.number} of ${p.partner} is already in the ledger (${p.existing}), but this row differs from it (${p.differs
      .split(",")
      .map(
        (d) =>
          ({ amount: "amount", line: "cost line", period: "period", duplicate: "the file has the row more often than the ledger" })[d] ?? d,
      )
      .join(
        ", ",
      )}): the file has ${p.fileAmount}, ${p.fileLine || "no cost line"}, ${p.fileStart}–${p.fileEnd}; the ledger ${p.ledgerAmount}, ${p.ledgerLine || "no cost line"}, ${p.ledgerStart}–${p.ledgerEnd}. The row is not imported; fix it by hand.`,
  IMPORT_ROW_BROKEN: (p) =>
    p.what === "quotes"
      ? `The row's columns cannot be told apart: a quote is never closed. The row is not imported.`
      : `The row has the value "${p.value}" right of the last header (a wrong delimiter, or an amount with a decimal comma and no quotes?). The row is not imported.`,
  IMPORT_NET_UNKNOWN: (p) =>
    `Invoice ${p.number} of ${p.partner} has only a VAT-inclusive amount and no VAT, and Laskut has no column for such an amount. The row is not imported.`,
  IMPORT_INVOICE_HELD: (p) =>
    `Another row of invoice ${p.number} of ${p.partner} is bad (${p.bad}), so this row is not imported either: the invoice is imported whole once the error is fixed.`,
  IMPORT_COLUMN_DROPPED: (p) => `The column "${p.header}" has no column in the Laskut table; its values are not imported.`,
  IMPORT_TARGET_FULL: (p) =>
    `${p.rows} rows cannot be appended below the Laskut table: another table starts at ${p.next}. Move it down or to another sheet.`,
  IMPORT_TARGET_ACROSS: (p) =>
    `The invoice table on the sheet ${p.sheet} is laid out across (a column per cost line or month). An import adds each invoice line as a row of its own, so it needs an invoice table with one line per row. Nothing is imported.`,
  APPLICATION_FORMULA_MISMATCH: (p) =>
    p.noFormula
      ? `The application's figure (${p.label}) is written as the library's ${p.library}, not as a formula: ${p.noFormula === "period" ? "no formula can follow the ledger's single period column (such as 3/2014)" : `the cell ${p.cells} it would refer to is not a number`}.`
      : `The application's formula (${p.label}) would give ${p.formula}, but the library computes ${p.library}${p.cells ? `: the cells ${p.cells} are not numbers or dates` : ""}. The sheet shows both; fix the cells.`,
};

/** An invoice as INVOICE_UNCHECKED and INVOICE_UNAPPROVED name it; a line without a biller names none (not "'s invoice"). */
function invoiceEn(p: { readonly partner: string; readonly number: string }): string {
  return p.partner ? `${p.partner}'s invoice ${p.number}` : `Invoice ${p.number}`;
}
