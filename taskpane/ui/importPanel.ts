import { formatMoney } from "../../src/money";
import { renderMessage } from "../../src/findings/render";
import { importBlocks } from "../../src/sync/import/importBlocks";
import { importTime, previewImport } from "../../src/sync/import/importPreview";
import type { ImportPreview, IncomingRow } from "../../src/sync/import/importTypes";
import { partnerBookFromCsv } from "../../src/sync/import/partnerFile";
import type { PartnerCsv } from "../../src/sync/import/partnerFile";
import { CellReferenceError } from "../../src/workbook/cellLimits";
import type { WorkbookData } from "../../src/workbook/types";
import type { PaneContext } from "./context";
import { h, newId, valueOf } from "./dom";
import { findingLines, shortList } from "./findingLines";
import { readPartnerXlsx } from "./partnerXlsx";

const CSV_NAME = /\.(csv|txt|tsv)$/i;
const XLSX_NAME = /\.(xlsx|xlsm)$/i;

/** The Import tab: a partner's CSV or .xlsx previewed against the ledger; rows are written only when the user accepts. */
export function importPanel(ctx: PaneContext): HTMLElement {
  const { t } = ctx;
  const fileId = newId("partner-file");
  const file = h("input", { type: "file", id: fileId, accept: ".csv,.txt,.tsv,.xlsx,.xlsm", "data-input": "partner-file" });
  const partner = h("fluent-text-input", { "data-input": "partner", autocomplete: "off" }, t.importPartner);
  const previewButton = h("fluent-button", { appearance: "primary", "data-action": "preview-import" }, t.importPreviewButton);
  const result = h("div", { class: "import-preview" });

  /** Reads the chosen file and the workbook into a preview; null (and a message) when the file cannot be read here. */
  const preview = async (): Promise<ImportPreview | null> => {
    const chosen = file.files?.[0];
    if (!chosen) {
      ctx.say(t.chooseFile, "error");
      return null;
    }
    const isCsv = CSV_NAME.test(chosen.name);
    if (!isCsv && !XLSX_NAME.test(chosen.name)) {
      ctx.say(t.unsupportedFile, "error");
      return null;
    }
    const bytes = new Uint8Array(await chosen.arrayBuffer());
    let partnerFile: PartnerCsv | WorkbookData;
    try {
      partnerFile = isCsv ? partnerBookFromCsv(bytes, chosen.name) : await readPartnerXlsx(bytes);
    } catch (error) {
      const reason = error instanceof CellReferenceError ? error.says(ctx.lang) : error instanceof Error ? error.message : String(error);
      ctx.say(t.unreadableFile(chosen.name, reason), "error");
      return null;
    }
    const partnerName = valueOf(partner).trim();
    const book = await ctx.read();
    const found = previewImport(book, partnerFile, {
      file: chosen.name,
      importedAt: importTime(new Date()),
      ...(partnerName ? { partner: partnerName } : {}),
    });
    if ("encoding" in partnerFile) ctx.say(t.importReadAs(chosen.name, partnerFile.encoding, partnerFile.delimiter));
    return found;
  };

  const show = (found: ImportPreview) => {
    const accept = h("fluent-button", { appearance: "primary", "data-action": "accept-import" }, t.importAccept(found.toAdd.length));
    accept.addEventListener(
      "click",
      () =>
        void ctx.run(async () => {
          // The workbook may have changed since the preview: preview again and write only what still holds
          const again = await preview();
          if (!again) return;
          if (!again.canAppend || again.toAdd.length !== found.toAdd.length) {
            show(again);
            return;
          }
          await ctx.host.writeBlocks(importBlocks(again));
          ctx.memory.stale = true;
          result.replaceChildren();
          ctx.say(t.imported(again.toAdd.length, again.target?.sheet ?? ""), "success");
        }),
    );
    const canWrite = found.canAppend && found.toAdd.length > 0;
    // Bad rows' reasons are listed with their rows; the rest (conflicts, dropped columns, no room) as notes
    const badReasons = new Set(found.bad.flatMap((row) => row.findings));
    const notes = found.findings.filter((f) => !badReasons.has(f));
    result.replaceChildren(
      h(
        "div",
        {},
        rowGroup(ctx, "add", t.importGroups.add, found.toAdd),
        rowGroup(ctx, "present", t.importGroups.present, found.alreadyPresent),
        rowGroup(ctx, "conflicts", t.importGroups.conflicts, found.conflicts),
        h("h3", { "data-group": "bad" }, `${t.importGroups.bad} (${found.bad.length})`),
        found.bad.length > 0 &&
          shortList(found.bad, (row) => `${t.importRow(row.source)}: ${row.findings.map((f) => renderMessage(f, ctx.lang)).join(" ")}`, t),
        notes.length > 0 && h("h3", {}, t.importGroups.notes),
        notes.length > 0 && findingLines(notes, ctx.lang, t),
        canWrite
          ? h("div", { class: "actions" }, accept)
          : h("p", { class: "note" }, found.toAdd.length === 0 ? t.importNothing : t.importCannot),
      ),
    );
  };

  previewButton.addEventListener(
    "click",
    () =>
      void ctx.run(async () => {
        result.replaceChildren();
        const found = await preview();
        if (found) show(found);
      }),
  );

  return h(
    "div",
    {},
    h("p", {}, t.importIntro),
    h("div", { class: "form" }, h("label", { for: fileId, class: "file-label" }, t.importFile), file, partner),
    h("div", { class: "actions" }, previewButton),
    result,
  );
}

/** A group of the preview: its count, then its rows (`rivi 5: Pikassos 1234, 1 000,00 €`). */
function rowGroup(ctx: PaneContext, group: string, title: string, rows: readonly IncomingRow[]): HTMLElement {
  const { t } = ctx;
  return h(
    "div",
    {},
    h("h3", { "data-group": group }, `${title} (${rows.length})`),
    rows.length > 0 &&
      shortList(
        rows,
        ({ line, source }) =>
          `${t.importRow(source)}: ${[line.partner, line.number].filter(Boolean).join(" ")}${line.net === null ? "" : `, ${formatMoney(line.net, ctx.lang)}`}`,
        t,
      ),
  );
}
