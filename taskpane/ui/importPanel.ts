import { formatMoney } from "../../src/money";
import { renderMessage } from "../../src/report/render";
import { importBlocks, previewImport } from "../../src/sync/importPreview";
import type { ImportPreview, IncomingRow } from "../../src/sync/importPreview";
import { partnerBookFromCsv } from "../../src/sync/partnerFile";
import type { PaneContext } from "./context";
import { h, newId, valueOf } from "./dom";
import { findingLines } from "./findingLines";

/** Partner files the pane reads itself: CSV. An .xlsx needs a zip reader the browser bundle does not carry. */
const CSV_NAME = /\.(csv|txt|tsv)$/i;

/** When the import runs, as Tuotu records it: `2014-03-05 14:03`, local time. */
export function importTime(now: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())} ${two(now.getHours())}:${two(now.getMinutes())}`;
}

/** The Import tab: a partner's CSV previewed against the ledger; rows are written only when the user accepts. */
export function importPanel(ctx: PaneContext): HTMLElement {
  const { t } = ctx;
  const fileId = newId("partner-file");
  const file = h("input", { type: "file", id: fileId, accept: ".csv,.txt,.tsv,.xlsx", "data-input": "partner-file" });
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
    if (!CSV_NAME.test(chosen.name)) {
      ctx.say(t.xlsxNotSupported, "error");
      return null;
    }
    const csv = partnerBookFromCsv(new Uint8Array(await chosen.arrayBuffer()), chosen.name);
    const partnerName = valueOf(partner).trim();
    const book = await ctx.read();
    const found = previewImport(book, csv, { file: chosen.name, importedAt: importTime(new Date()), ...(partnerName ? { partner: partnerName } : {}) });
    ctx.say(t.importReadAs(chosen.name, csv.encoding, csv.delimiter));
    return found;
  };

  const show = (found: ImportPreview) => {
    const accept = h("fluent-button", { appearance: "primary", "data-action": "accept-import" }, t.importAccept(found.toAdd.length));
    accept.addEventListener("click", () =>
      void ctx.run(async () => {
        // The workbook may have changed since the preview: preview again and write only what still holds
        const again = await preview();
        if (!again) return;
        if (!again.canAppend || again.toAdd.length !== found.toAdd.length) {
          show(again);
          return;
        }
        await ctx.host.writeBlocks(importBlocks(again));
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
          h("ul", { class: "finding-lines" }, ...found.bad.map((row) => h("li", {}, `${t.importRow(row.source)}: ${row.findings.map((f) => renderMessage(f, ctx.lang)).join(" ")}`))),
        notes.length > 0 && h("h3", {}, t.importGroups.notes),
        notes.length > 0 && findingLines(notes, ctx.lang, t),
        canWrite ? h("div", { class: "actions" }, accept) : h("p", { class: "note" }, found.toAdd.length === 0 ? t.importNothing : t.importCannot),
      ),
    );
  };

  previewButton.addEventListener("click", () =>
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
      h(
        "ul",
        { class: "finding-lines" },
        ...rows.map(({ line, source }) =>
          h("li", {}, `${t.importRow(source)}: ${[line.partner, line.number].filter(Boolean).join(" ")}${line.net === null ? "" : `, ${formatMoney(line.net, ctx.lang)}`}`),
        ),
      ),
  );
}
