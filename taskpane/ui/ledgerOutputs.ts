import { buildLedger } from "../../src/ledger/build";
import { foreignSheetNamed, isGeneratedSheet } from "../../src/ledger/generated";
import { formatMoney } from "../../src/money";
import type { Settlement } from "../../src/report/finalReport";
import { finalReportOnLedgerSheet } from "../../src/report/finalReportBook";
import { FINAL_SHEET_NAME } from "../../src/report/finalReportSheet";
import { ledgerExport } from "../../src/report/ledgerExport";
import { LEDGER_SHEET_NAME, buildLedgerSheet } from "../../src/report/ledgerSheet";
import type { WorkbookData } from "../../src/workbook/types";
import type { Lang, Strings } from "../i18n";
import type { PaneContext } from "./context";
import { h } from "./dom";

/**
 * The Hakemus tab's last section: "Kirjoita kirjanpito" writes (or refreshes) the KASTE-kirjanpito
 * sheet, the structured ledger as Excel Tables with each row linked to its source cell (the
 * tables of `kaste ledger --format xlsx`); "Kirjoita loppuselvitys" writes that sheet and the
 * KASTE-loppuselvitys sheet whose live formulas read it (the sheet of `kaste report --final`).
 * Only those sheets are written, and a sheet of that name KASTE Ledger did not write is never
 * written over.
 */
export function ledgerOutputs(ctx: PaneContext): HTMLElement {
  const { t, lang } = ctx;
  const ledgerButton = h("fluent-button", { "data-action": "write-ledger" }, t.ledgerButton);
  const finalButton = h("fluent-button", { "data-action": "write-final-report" }, t.finalReportButton);

  /** The first of the sheets that is hers, said in the status line; true when there is one. */
  const refused = (book: WorkbookData, names: readonly string[]): boolean => {
    const hers = names.map((name) => foreignSheetNamed(book, name)).find((sheet) => sheet !== undefined);
    if (hers) ctx.say(t.sheetNotOurs(hers.name), "error");
    return hers !== undefined;
  };

  ledgerButton.addEventListener(
    "click",
    () =>
      void ctx.run(async () => {
        const book = await ctx.read();
        if (refused(book, [LEDGER_SHEET_NAME])) return;
        const doc = ledgerExport(buildLedger(book).ledger);
        const sheet = buildLedgerSheet(doc, lang);
        await ctx.host.writeSheets([sheet]);
        // The final report's formulas cover the rows the ledger's sheet had when it was written
        const reportThere = book.sheets.some((s) => s.name === FINAL_SHEET_NAME && isGeneratedSheet(s));
        ctx.say(
          t.ledgerWritten(sheet.name, doc.invoices.length, sheet.tables.length, reportThere ? FINAL_SHEET_NAME : null),
          "success",
          ctx.openSheetAction(sheet.name),
        );
      }),
  );

  finalButton.addEventListener(
    "click",
    () =>
      void ctx.run(async () => {
        const book = await ctx.read();
        if (refused(book, [LEDGER_SHEET_NAME, FINAL_SHEET_NAME])) return;
        const { ledgerSheet, sheet, report } = finalReportOnLedgerSheet(buildLedger(book).ledger, lang);
        // The ledger's sheet first: the report's formulas point into it
        await ctx.host.writeSheets([ledgerSheet, sheet]);
        ctx.say(
          t.finalReportWritten(sheet.name, ledgerSheet.name, formatMoney(report.total, lang), settlementText(report.settlement, lang, t)),
          "success",
          ctx.openSheetAction(sheet.name),
        );
      }),
  );

  return h(
    "section",
    { class: "ledger-outputs", "aria-labelledby": "ledger-outputs-head" },
    h("h2", { id: "ledger-outputs-head" }, t.ledgerOutputsTitle),
    h("p", { class: "note" }, t.ledgerOutputsIntro(LEDGER_SHEET_NAME, FINAL_SHEET_NAME)),
    h("div", { class: "actions" }, ledgerButton, finalButton),
  );
}

/** What the settlement after the last application comes to, in words. */
function settlementText(settlement: Settlement, lang: Lang, t: Strings): string {
  if (settlement.toReturn > 0) return t.settlement.toReturn(formatMoney(settlement.toReturn, lang));
  if (settlement.notReturned > 0) return t.settlement.notReturned(formatMoney(settlement.notReturned, lang));
  if (settlement.stillDue > 0) return t.settlement.stillDue(formatMoney(settlement.stillDue, lang));
  return t.settlement.even;
}
