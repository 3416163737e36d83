import type { Code } from "./codes";

/**
 * The one line each finding code is documented with, in docs/codes.md and on its rule page
 * (scripts/codes-table.ts, scripts/rule-pages/): not in codes.ts, so that the CLI and the pane,
 * which never show it, do not carry it.
 */
export const CODE_DOCS: Readonly<Record<Code, string>> = {
  TABLE_NOT_FOUND: "A table the checks need (e.g. Laskut) was not found on any sheet.",
  COLUMN_NOT_UNDERSTOOD: "A column header was not recognised; the column is kept but not used.",
  REQUIRED_MISSING: "A required value (or column) is empty in a row that has other data.",
  VALUE_NOT_A_NUMBER: "A cell that must hold an amount or number holds text that is not one (or is ambiguous).",
  VALUE_NOT_A_DATE: "A cell that must hold a date holds something that is not a date.",
  VALUE_NOT_UNDERSTOOD: "A cell holds a word outside its list (e.g. Laji not kiinteä/tasaus/käynnistys/toteuma).",
  SETTING_INVALID:
    "An Asetukset setting is outside the values it may take (a month 13, a negative tolerance, a grace period of years); its default is used instead.",
  CELL_FORMULA_ERROR: "A cell holds an Excel error such as #REF! or #DIV/0!.",
  TABLE_NOT_READ:
    "A table of costs was left unread: a table by month that only sums up the ledger's own lines (read, it would count them twice) or names no partner of Kumppanit in its sheet's name or title, or a copy of the ledger on another sheet (Laskut (2), vanha Laskut), or a summary of other sheets' lines (Yhteenveto beside each month's sheet). Its costs are not in the checks.",
  ROWS_SKIPPED_NOISE:
    "Rows inside a table that are a pasted report's own furniture (the header repeated on every page, page footers such as Sivu 2/5, page totals and carried-forward rows such as Siirto) were skipped: one note per kind and table.",
  FORMULA_NOT_CALCULATED:
    "Cells hold a formula but no calculated value (a file a script wrote and nobody opened), and it is not one KASTE Ledger can compute: they read as empty. Open and save the file in Excel or LibreOffice. Once per sheet and column, naming the cells.",
  FORMULA_COMPUTED:
    "Cells hold a simple formula (=SUM, + − * / over numbers and cells of the workbook) without a calculated value: KASTE Ledger computed it. Once per sheet and column.",
  DATE_ORDER_ASSUMED:
    "A column's text dates such as 09/02/2013 read both day-first and month-first and no value settles it (a day over 12 would): read in the order of the table's other date columns when they prove one, else day first. Once per column.",
  MAPPING_IGNORED:
    "A column mapping (KASTE-sarakkeet) is not used: the header at its column has changed since it was mapped, its sheet is gone, or its row cannot be read.",
  COFUND_STATE_OVER_RATE:
    "The state grant is more than the rate (default 75 %) of the eligible costs: in the plan, a year's realised costs or the applications so far.",
  COFUND_RATE_OVER_MAX: "Hanke's Valtionavustus-% is over 75 %, the most a KASTE grant may cover: the checks use 75 % instead.",
  COFUND_MUNI_UNDER_MIN: "The municipal share is less than (1 − rate) of the eligible costs.",
  COFUND_SPLIT_MISMATCH: "State grant + municipal share + other funding + income does not equal the eligible costs to the cent.",
  COFUND_DEFICIT_EXCEEDED: "The state grant is more than the deficit: eligible costs − other funding − income.",
  VAT_UNKNOWN: "An amount is VAT-inclusive but there is no VAT column, and the partner recovers its VAT: the net cost is unknown.",
  COST_INELIGIBLE: "Depreciation, provisions, fund-raising or imputed costs are marked eligible.",
  INVOICE_MONTH_MISSING: "A kuukausi+tasaus partner has no kiinteä invoice for a month of its window, 30 days (Asetukset) after the month.",
  INVOICE_MONTH_OVERLAP:
    "Two different kiinteä invoices of one partner cover the same month (unless each bills a cost line of its own, e.g. salaries and rent).",
  INVOICE_PERIOD_MISALIGNED:
    "An invoice period is not exactly one month (kiinteä), one reconciliation block (tasaus) or one tertial (kolmannes), clipped to the partner's window.",
  RECONCILIATION_MISSING:
    "A reconciliation block (calendar quarter by default) with kiinteä invoices has no tasaus invoice, 60 days (Asetukset) after the block.",
  RECONCILIATION_MISMATCH:
    "A tasaus invoice does not bill the realised costs its row states for its period less the partner's kiinteä invoices of that period (credit notes subtracting), beyond the Asetukset tolerance.",
  STARTUP_NOT_FIRST: "Start-up (käynnistys) costs are on an invoice that is not the partner's first.",
  INVOICE_TERTIAL_MISSING:
    "A kolmannes partner has no invoice for a tertial (1–4, 5–8, 9–12) of its window, 30 days (Asetukset) after the tertial.",
  INVOICE_TERTIAL_OVERLAP:
    "Two different invoices of a kolmannes partner cover the same tertial (unless each bills a cost line of its own).",
  INVOICE_OUTSIDE_PROJECT: "An invoice covers days outside the project period (the period covered decides, not the invoice date).",
  INVOICE_OUTSIDE_PARTNER_WINDOW: "An invoice covers days outside the partner's window in Kumppanit (start-up costs may precede it).",
  INVOICE_DUPLICATE: "One partner's invoice number has different dates or periods, or an invoice has two identical rows.",
  INVOICE_UNCHECKED: "An invoice has no checker (asiatarkastaja).",
  INVOICE_UNAPPROVED: "An invoice has no approver (hyväksyjä).",
  INVOICE_SAME_CHECKER_APPROVER: "The same person checked and approved an invoice.",
  INVOICE_UNKNOWN_PARTNER: "A biller in Laskut is neither in Kumppanit nor the administrator.",
  BUDGET_LINE_OVERRUN: "A partner's cost line is over 100 % of its budget in a year.",
  BUDGET_TOTAL_OVERRUN: "A partner's or the project's costs are over 100 % of the year's budget.",
  BUDGET_UNDERUSE:
    "Budget use lags behind time: use % ÷ elapsed share under 0.7 (Asetukset) once half the year's project period has passed.",
  BUDGET_NO_LINE: "Realised costs on a cost line, partner or year that has no budget.",
  BUDGET_VERSION_AMBIGUOUS: "Two confirmed budget rows with different amounts for one year, partner and cost line; the later one is used.",
  MUNI_SHARES_MISMATCH: "A year's municipal shares do not add up to the year's budget minus its state share, to the cent.",
  MUNI_DUPLICATE: "A municipality has two shares in one year.",
  MUNI_MISSING: "A municipality with a share in another year has none this year (it may have joined a payer).",
  APPLICATION_PERIOD_GAP: "Payment application periods leave days uncovered, or do not start at the project start.",
  APPLICATION_PERIOD_OVERLAP: "Two payment application periods overlap.",
  APPLICATION_ORDER: "Payment applications are not in date order, or a period ends before it starts.",
  APPLICATION_OVER_RATE: "The amount applied so far is more than the rate of the eligible costs realised up to that application's end.",
  APPLICATION_COSTS_OUTSIDE: "The project has ended and eligible costs after the last payment application's end were never claimed.",
  FINAL_REPORT_DUE: "The project has ended: the final report is due 2 months (Asetukset) after its end.",
  CHANGE_REQUEST_WINDOW: "Fewer than 30 days (Asetukset) remain to request a change before the project ends.",
  REPAYMENT_UNDER_100: "The state grant paid exceeds what the costs allow by at most 100 € (Asetukset), which need not be returned.",
  CLAIMED_ROW_CHANGED: "A ledger row claimed in a payment application marked as sent has changed since (the old and the new value).",
  CLAIMED_ROW_DELETED: "A ledger row claimed in a payment application marked as sent is no longer in the ledger.",
  CLAIMED_TOTAL_CHANGED: "The eligible costs of a sent payment application's period are no longer the total it was sent with.",
  CLAIMS_ROW_INVALID:
    "A row of the hidden claims sheet (KASTE-maksatukset) cannot be read (a period, total or fingerprint edited away); what it claimed is not compared with the ledger.",
  IMPORT_CONFLICT:
    "A partner file's row has the invoice number of a ledger invoice but a different amount, cost line or period; it is not imported.",
  IMPORT_ROW_BROKEN:
    "A partner file's row cannot be split into its columns (an unclosed quote, or values right of the last header); it is not imported.",
  IMPORT_NET_UNKNOWN: "A partner file's row has only a VAT-inclusive amount, no VAT, and Laskut has no column for it; it is not imported.",
  IMPORT_INVOICE_HELD:
    "Another row of the same invoice in the partner file is bad, so this row is held back too: an invoice is imported whole, once the bad row is fixed.",
  IMPORT_COLUMN_DROPPED: "A column of the partner file has no column in Laskut; its values are not imported.",
  IMPORT_TARGET_FULL: "Rows cannot be appended below the Laskut table: another table starts right below it.",
  IMPORT_TARGET_ACROSS:
    "The ledger's invoice table is laid out across (a column per cost line or month): an import needs one invoice line per row.",
  APPLICATION_FORMULA_MISMATCH:
    "A live formula of the payment application sheet would not give the library's figure (text-typed amounts or dates in Laskut); the sheet shows both.",
};
