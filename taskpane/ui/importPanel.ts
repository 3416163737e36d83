import { formatMoney } from "../../src/money";
import { dateOf } from "../../src/periods";
import { buildLedger } from "../../src/ledger/build";
import type { Ledger } from "../../src/ledger/model";
import { renderMessage } from "../../src/findings/render";
import { importBlocks } from "../../src/sync/import/importBlocks";
import { importTime, previewImport } from "../../src/sync/import/importPreview";
import type { ConflictRow, ImportPreview, IncomingRow } from "../../src/sync/import/importTypes";
import { partnerBookFromCsv } from "../../src/sync/import/partnerFile";
import { isWorkbookBytes, textKind } from "../../src/workbook/fileKind";
import type { PartnerCsv } from "../../src/sync/import/partnerFile";
import { conflictSides, ledgerRowRange, previewTotals, rowAmount } from "../../src/sync/import/previewSummary";
import type { ConflictSide, GroupTotal } from "../../src/sync/import/previewSummary";
import type { WorkbookData } from "../../src/workbook/types";
import type { Lang, Strings } from "../i18n";
import type { Panel, PaneContext } from "./context";
import { h, newId } from "./dom";
import type { Child } from "./dom";
import { unreadableText } from "./errors";
import { findingLines, shortList } from "./findingLines";
import { readPartnerXlsx } from "./partnerXlsx";

const CSV_NAME = /\.(csv|txt|tsv)$/i;
const XLSX_NAME = /\.(xlsx|xlsm)$/i;
const ACCEPT = ".csv,.txt,.tsv,.xlsx,.xlsm";

/** Conflicts listed side by side before "n more": each takes a few lines. */
const CONFLICTS_SHOWN = 20;

/**
 * The Import tab: a partner's CSV or .xlsx, dropped or chosen, previewed against the ledger
 * (each group with its € total, each conflict beside the ledger row it meets); rows are written
 * only when the user accepts, and a second import of the same file adds nothing.
 */
export function importPanel(ctx: PaneContext): Panel {
  const { t, lang } = ctx;
  const v = t.importView;
  let chosen: File | null = null;

  // The file: a drop zone with a styled label over a visually hidden input (no browser "Choose File" text)
  const fileId = newId("partner-file");
  const hintId = newId("partner-file-hint");
  const file = h("input", {
    type: "file",
    id: fileId,
    class: "file-input",
    accept: ACCEPT,
    "data-input": "partner-file",
    "aria-describedby": hintId,
  });
  const chosenLine = h("p", { class: "file-chosen", "data-chosen": "", "aria-live": "polite" }, v.noFile);
  const choose = (picked: File | null) => {
    chosen = picked;
    chosenLine.textContent = picked ? v.chosen(picked.name) : v.noFile;
    chosenLine.toggleAttribute("data-has-file", picked !== null);
    result.replaceChildren();
  };
  file.addEventListener("change", () => choose(file.files?.[0] ?? null));
  const drop = h(
    "div",
    { class: "drop-zone", "data-drop": "" },
    h(
      "p",
      { class: "drop-title" },
      h("span", {}, v.dropHint),
      " ",
      file,
      h("label", { for: fileId, class: "file-button" }, v.chooseButton),
    ),
    h("p", { class: "note", id: hintId }, t.importFile),
    chosenLine,
  );
  drop.addEventListener("dragover", (event) => {
    event.preventDefault();
    drop.classList.add("dragging");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("dragging"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("dragging");
    const dropped = event.dataTransfer?.files;
    if (!dropped || dropped.length === 0) return;
    try {
      // The input then holds the dropped file too, as if picked
      file.files = dropped;
    } catch {
      // a host that does not let the list be set: the dropped file is still chosen
    }
    choose(dropped[0]);
  });

  // The partner for rows without a biller: from the workbook's Kumppanit, or as the file says
  const partnerId = newId("partner");
  const partner = h("select", { id: partnerId, "data-input": "partner" }, h("option", { value: "" }, v.partnerAuto));
  let partnersKnown = false;
  const fillPartners = (ledger: Pick<Ledger, "partners">) => {
    partnersKnown = true;
    const keep = partner.value;
    const names = [...new Set(ledger.partners.map((p) => p.name.trim()).filter((name) => name !== ""))];
    partner.replaceChildren(
      h("option", { value: "" }, v.partnerAuto),
      ...names.map((name) => h("option", { value: name, selected: name === keep }, name)),
    );
  };
  if (ctx.memory.check) fillPartners(ctx.memory.check.result.ledger);

  const previewButton = h("fluent-button", { appearance: "primary", "data-action": "preview-import" }, t.importPreviewButton);
  const result = h("div", { class: "import-preview" });

  /** Reads the chosen file and the workbook into a preview; null (and a message) when the file cannot be read here. */
  const preview = async (): Promise<{ found: ImportPreview; details: string | null } | null> => {
    if (!chosen) {
      ctx.say(t.chooseFile, "error");
      return null;
    }
    const isCsv = CSV_NAME.test(chosen.name);
    if (!isCsv && !XLSX_NAME.test(chosen.name)) {
      ctx.say(t.unsupportedFile, "error");
      return null;
    }
    let partnerFile: PartnerCsv | WorkbookData;
    try {
      // The browser may fail to give the file's bytes too (moved or deleted since it was chosen)
      const bytes = new Uint8Array(await chosen.arrayBuffer());
      // by what the file holds, as kaste import reads it: an .xlsx saved under a .csv name, a CSV under an .xlsx one
      const asCsv = isWorkbookBytes(bytes) ? false : isCsv || (bytes.length > 0 && textKind(bytes) === "text");
      partnerFile = asCsv ? partnerBookFromCsv(bytes, chosen.name) : await readPartnerXlsx(bytes);
    } catch (error) {
      ctx.say(unreadableText(chosen.name, error, lang, t), "error");
      return null;
    }
    const partnerName = partner.value.trim();
    const book = await ctx.read();
    fillPartners(buildLedger(book).ledger);
    const found = previewImport(book, partnerFile, {
      file: chosen.name,
      importedAt: importTime(new Date()),
      ...(partnerName ? { partner: partnerName } : {}),
    });
    const details = "encoding" in partnerFile ? t.importReadAs(chosen.name, partnerFile.encoding, partnerFile.delimiter) : null;
    return { found, details };
  };

  const show = (found: ImportPreview, details: string | null) => {
    const accept = h("fluent-button", { appearance: "primary", "data-action": "accept-import" }, t.importAccept(found.toAdd.length));
    accept.addEventListener(
      "click",
      () =>
        void ctx.run(async () => {
          // The workbook may have changed since the preview: preview again and write only what still holds
          const again = await preview();
          if (!again) return;
          if (!again.found.canAppend || again.found.toAdd.length !== found.toAdd.length) {
            show(again.found, again.details);
            return;
          }
          await ctx.host.writeBlocks(importBlocks(again.found));
          ctx.memory.stale = true;
          result.replaceChildren();
          const sheet = again.found.target?.sheet ?? "";
          ctx.say(t.imported(again.found.toAdd.length, sheet), "success", sheet ? ctx.openSheetAction(sheet) : undefined);
        }),
    );
    const canWrite = found.canAppend && found.toAdd.length > 0;
    const totals = previewTotals(found);
    // Bad rows' reasons are listed with their rows; the rest (dropped columns, no room) as notes; conflicts have their own view
    const badReasons = new Set(found.bad.flatMap((row) => row.findings));
    const notes = found.findings.filter((f) => !badReasons.has(f) && f.code !== "IMPORT_CONFLICT");
    const typed = partner.value.trim();
    result.replaceChildren(
      h(
        "div",
        {},
        !typed && found.source.partner && h("p", { class: "note", "data-partner-from-file": "" }, v.partnerFromFile(found.source.partner)),
        rowGroup(ctx, "add", t.importGroups.add, found.toAdd, totals.add, false),
        rowGroup(ctx, "present", t.importGroups.present, found.alreadyPresent, totals.present, true),
        conflictGroup(ctx, found.conflicts, totals.conflicts),
        h("h2", { "data-group": "bad" }, `${t.importGroups.bad}: ${v.rows(found.bad.length)}`),
        found.bad.length > 0 &&
          shortList(found.bad, (row) => `${t.importRow(row.source)}: ${row.findings.map((f) => renderMessage(f, lang)).join(" ")}`, t),
        notes.length > 0 && h("h2", {}, t.importGroups.notes),
        notes.length > 0 && findingLines(notes, lang, t),
        canWrite
          ? h("div", { class: "actions" }, accept)
          : h("p", { class: "note" }, found.toAdd.length === 0 ? t.importNothing : t.importCannot),
        details && h("details", { class: "file-details" }, h("summary", {}, v.fileDetails), h("p", {}, details)),
      ),
    );
    ctx.say(v.previewed(found.toAdd.length, found.alreadyPresent.length, found.conflicts.length, found.bad.length));
  };

  previewButton.addEventListener(
    "click",
    () =>
      void ctx.run(async () => {
        result.replaceChildren();
        const previewed = await preview();
        if (previewed) show(previewed.found, previewed.details);
      }),
  );

  const element = h(
    "div",
    {},
    h("p", {}, t.importIntro),
    h(
      "div",
      { class: "form" },
      drop,
      h("div", { class: "field" }, h("label", { for: partnerId, class: "field-label" }, t.importPartner), partner),
    ),
    h("div", { class: "actions" }, previewButton),
    result,
  );
  return {
    element,
    shown: () => {
      // The partners come from the last check; without one, from the workbook (only once)
      if (ctx.memory.check) fillPartners(ctx.memory.check.result.ledger);
      // Not asked for by her: the message bar keeps what her last action said
      else if (!partnersKnown) void ctx.recheck(async () => fillPartners(buildLedger(await ctx.read()).ledger));
    },
  };
}

/** A group's heading: its title, rows and € total ("Lisätään: 2 riviä · 2 230,00 €"). */
function groupHeading(t: Strings, lang: Lang, group: string, title: string, total: GroupTotal): HTMLElement {
  const parts = [t.importView.rows(total.rows)];
  if (total.rows > 0) parts.push(formatMoney(total.cents, lang));
  if (total.withoutAmount > 0) parts.push(t.importView.withoutAmount(total.withoutAmount));
  return h("h2", { "data-group": group }, `${title}: ${parts.join(" · ")}`);
}

/** A group of the preview: its heading with the € total, then its rows (`rivi 5: Pikassos 1234, 1 000,00 €`), folded away when `folded`. */
function rowGroup(
  ctx: PaneContext,
  group: string,
  title: string,
  rows: readonly IncomingRow[],
  total: GroupTotal,
  folded: boolean,
): HTMLElement {
  const { t, lang } = ctx;
  const list =
    rows.length > 0 &&
    shortList(
      rows,
      ({ line, source }) => {
        const amount = rowAmount(line);
        return `${t.importRow(source)}: ${[line.partner, line.number].filter(Boolean).join(" ")}${amount === null ? "" : `, ${formatMoney(amount, lang)}`}`;
      },
      t,
    );
  return h(
    "div",
    { class: "import-group" },
    groupHeading(t, lang, group, title, total),
    list && folded ? h("details", {}, h("summary", {}, t.importView.showRows(rows.length)), list) : list,
  );
}

/** The conflicts, each with the file's and the ledger's values side by side and a link that selects the ledger row. */
function conflictGroup(ctx: PaneContext, conflicts: readonly ConflictRow[], total: GroupTotal): HTMLElement {
  const { t, lang } = ctx;
  const shown = conflicts.slice(0, CONFLICTS_SHOWN);
  const rest = conflicts.length - shown.length;
  return h(
    "div",
    { class: "import-group" },
    groupHeading(t, lang, "conflicts", t.importGroups.conflicts, total),
    conflicts.length > 0 && h("p", { class: "note" }, t.importView.conflictFix),
    conflicts.length > 0 &&
      h(
        "ul",
        { class: "conflict-list" },
        ...shown.map((conflict) => conflictItem(ctx, conflict)),
        rest > 0 && h("li", { class: "more" }, t.more(rest)),
      ),
  );
}

function conflictItem(ctx: PaneContext, conflict: ConflictRow): HTMLElement {
  const { t, lang } = ctx;
  const v = t.importView;
  const { sheet, range } = ledgerRowRange(conflict.closest);
  const where = `${sheet}!${range.split(":")[0]}`;
  const link = h(
    "button",
    { type: "button", class: "link-button", "data-action-link": "ledger-row", "data-sheet": sheet, "data-cell": range },
    v.showLedgerRow(where),
  );
  link.addEventListener("click", () => ctx.select(sheet, range));
  const sides = conflictSides(conflict);
  return h(
    "li",
    { class: "conflict", "data-conflict": conflict.source, "data-differs": conflict.differs.join(",") },
    h("p", { class: "conflict-title" }, v.conflictTitle(conflict.line.partner || "–", conflict.line.number, conflict.source)),
    h(
      "table",
      { class: "sides" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, v.fieldLabel),
          h("th", { scope: "col" }, v.fileSide),
          h("th", { scope: "col" }, v.ledgerSide),
        ),
      ),
      h("tbody", {}, ...sides.map((side) => sideRow(side, lang, t))),
    ),
    conflict.differs.includes("duplicate") && h("p", { class: "note" }, v.duplicate),
    link,
  );
}

function sideRow(side: ConflictSide, lang: Lang, t: Strings): HTMLElement {
  const v = t.importView;
  const text = (value: ConflictSide["file"]): string => {
    if (side.field === "line") return (value as string) || v.noLine;
    if (side.field === "period") {
      const { start, end } = value as { start: number | null; end: number | null };
      return `${start === null ? "?" : dateOf(start, lang)}–${end === null ? "?" : dateOf(end, lang)}`;
    }
    return value === null ? "–" : formatMoney(value as number, lang);
  };
  const cell = (value: ConflictSide["file"]): Child[] => [text(value)];
  return h(
    "tr",
    { class: side.differs ? "differs" : undefined, "data-field": side.field },
    h("th", { scope: "row" }, v.fields[side.field], side.differs && h("span", { class: "sr-only" }, ` (${v.differs})`)),
    h("td", {}, ...cell(side.file)),
    h("td", {}, ...cell(side.ledger)),
  );
}
