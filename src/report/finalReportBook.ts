/**
 * The final report as `kaste report --final` and the pane's "Kirjoita loppuselvitys" write it:
 * the KASTE-loppuselvitys sheet (finalReportSheet.ts) and the ledger tables its formulas read.
 * The CLI's workbook holds each table on its own sheet (as `kaste ledger --format xlsx`); the
 * pane writes them as the blocks of its KASTE-kirjanpito sheet (ledgerSheet.ts). The figures
 * and the formulas are the same; only where the tables stand differs.
 */
import type { Lang } from "../findings/render";
import type { Ledger } from "../ledger/model";
import { finalReport } from "./finalReport";
import type { FinalReport } from "./finalReport";
import { buildFinalReportSheet, tablesOnLedgerSheet, tablesOnOwnSheets } from "./finalReportSheet";
import { ledgerExport } from "./ledgerExport";
import type { LedgerExport } from "./ledgerExport";
import { buildLedgerSheet } from "./ledgerSheet";
import type { LedgerSheetModel } from "./ledgerSheet";
import { ledgerTables } from "./ledgerTables";
import type { OutSheet } from "../workbook/cells";

export interface FinalReportBook {
  readonly doc: LedgerExport;
  readonly report: FinalReport;
  /** The KASTE-loppuselvitys sheet. */
  readonly sheet: OutSheet;
}

/** The report's figures: the budget chosen as of the project's end (the final report looks back on the whole project). */
function figuresOf(ledger: Ledger): { doc: LedgerExport; report: FinalReport } {
  const doc = ledgerExport(ledger);
  return { doc, report: finalReport(ledger, doc, ledger.project.end?.value ?? 0) };
}

/** For a workbook of its own: the report's formulas read the ledger's tables on their own sheets (`ledgerWorkbookSheets` in the CLI). */
export function finalReportOnOwnSheets(ledger: Ledger, lang: Lang): FinalReportBook {
  const { doc, report } = figuresOf(ledger);
  return { doc, report, sheet: buildFinalReportSheet(report, doc, tablesOnOwnSheets(ledgerTables(doc, lang)), lang) };
}

/** For the workbook itself (the pane): the report's formulas read the blocks of the KASTE-kirjanpito sheet, written with it. */
export function finalReportOnLedgerSheet(ledger: Ledger, lang: Lang): FinalReportBook & { readonly ledgerSheet: LedgerSheetModel } {
  const { doc, report } = figuresOf(ledger);
  const ledgerSheet = buildLedgerSheet(doc, lang);
  return { doc, report, ledgerSheet, sheet: buildFinalReportSheet(report, doc, tablesOnLedgerSheet(ledgerSheet), lang) };
}
