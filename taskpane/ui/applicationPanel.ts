import type { Finding } from "../../src/findings/finding";
import { looksLikeKaste } from "../../src/check/verdict";
import { formatParam } from "../../src/findings/render";
import { formatMoney } from "../../src/money";
import { isGeneratedSheet } from "../../src/ledger/generated";
import { dayFromSerial, fiDateOf } from "../../src/periods";
import type { Interval } from "../../src/periods";
import { draftApplication } from "../../src/sync/application/application";
import { markSent } from "../../src/sync/application/markSent";
import type { WorkbookData } from "../../src/workbook/types";
import type { Panel, PaneContext } from "./context";
import { h, newId, valueOf } from "./dom";
import type { Child } from "./dom";
import { findingItem } from "./findingGroups";
import { findingLines } from "./findingLines";
import { ledgerOutputs } from "./ledgerOutputs";
import { nextUnclaimedPeriod } from "../../src/sync/application/nextPeriod";
import { optionalCents, optionalDay, periodOfDates } from "./period";
import { paneVerdict, verdictView } from "./verdictView";

/** The readiness step lists this many of the blocking errors, then a link to all of them on Tarkistus. */
const ERRORS_SHOWN = 5;

type StepKey = "period" | "readiness" | "draft" | "open" | "send";
type StepState = "done" | "warned" | "current" | "todo" | "locked";

/** A button that stays disabled until its step opens (`data-locked`: the pane's busy state gives it back disabled). */
function lock(button: HTMLElement, locked: boolean): void {
  (button as HTMLButtonElement).disabled = locked;
  if (locked) {
    button.setAttribute("data-locked", "");
    button.setAttribute("aria-disabled", "true");
  } else {
    button.removeAttribute("data-locked");
    button.removeAttribute("aria-disabled");
  }
}

/**
 * A draft of this period already in the workbook (from an earlier session): a sheet KASTE
 * Ledger wrote whose title names the period and whose row 3 holds its first and last day, as
 * the draft lays them out. The last such sheet, or null.
 */
export function draftSheetOf(book: WorkbookData, period: Interval): string | null {
  const title = `${fiDateOf(period.start)}–${fiDateOf(period.end)}`;
  const found = book.sheets.filter((sheet) => {
    const first = sheet.cells[0]?.[0];
    if (!isGeneratedSheet(sheet) || typeof first !== "string" || !first.includes(title)) return false;
    const [start, end] = [sheet.cells[2]?.[1], sheet.cells[2]?.[2]].map((v) =>
      typeof v === "number" ? dayFromSerial(v, book.date1904) : null,
    );
    return start === period.start && end === period.end;
  });
  return found.at(-1)?.name ?? null;
}

/** The draft written in this pane: marking as sent waits for it, and for the same period. */
interface Drafted {
  readonly sheet: string;
  readonly period: Interval;
  readonly overridden: number;
}

/**
 * The Hakemus tab as the steps of a payment application: the period (pre-filled with the next
 * unclaimed one), readiness (the last check's verdict, the blocking errors one click from their
 * cells), the draft (override tucked away, an overridden draft a warning), opening the draft's
 * sheet, and marking it as sent, which opens only after a draft of that period.
 */
export function applicationPanel(ctx: PaneContext): Panel {
  const { t, lang } = ctx;
  const s = t.steps;
  const day = (d: number) => formatParam({ day: d }, lang);
  let drafted: Drafted | null = null;
  // What the pane put into the period fields: typed over, it is hers and stays
  let prefilled: { start: string; end: string } | null = null;

  const start = h("fluent-text-input", { "data-input": "period-start", placeholder: "1.1.2014", autocomplete: "off" }, t.periodStart);
  const end = h("fluent-text-input", { "data-input": "period-end", placeholder: "31.12.2014", autocomplete: "off" }, t.periodEnd);
  const periodNote = h("p", { class: "step-note", "data-period-note": "" });
  const readiness = h("div", { class: "step-body", "data-readiness": "" });
  // A native checkbox: Fluent's checkbox and field would cost the bundle more than they give here
  const override = h("input", { type: "checkbox", "data-input": "override", id: newId("override") });
  const overrideField = h("div", { class: "check-field" }, override, h("label", { for: override.id }, t.override));
  const overrideBox = h(
    "details",
    { class: "override", "data-override": "" },
    h("summary", {}, s.overrideSummary),
    h("p", { class: "step-note" }, s.overrideNote),
    overrideField,
  );
  const draftButton = h("fluent-button", { appearance: "primary", "data-action": "draft" }, t.draftButton);
  const draftResult = h("div", { class: "application-result", "data-draft-result": "" });
  const openButton = h("fluent-button", { "data-action": "open-draft" }, s.openDraft(null));
  const openNote = h("p", { class: "step-note" }, s.noDraftYet);
  const sent = h("fluent-text-input", { "data-input": "sent", autocomplete: "off" }, `${t.sentDate} (${t.optional})`);
  const applied = h("fluent-text-input", { "data-input": "applied", autocomplete: "off" }, `${t.appliedAmount} (${t.optional})`);
  const markButton = h("fluent-button", { "data-action": "mark-sent" }, t.markSentButton);
  const sendNote = h("p", { class: "step-note", "data-send-note": "" });
  const sendFields = h("fieldset", { class: "form send-fields" }, h("legend", { class: "sr-only" }, s.send), sent, applied);
  const sendResult = h("div", { class: "application-result", "data-send-result": "" });

  const steps = new Map<StepKey, HTMLElement>();
  const step = (key: StepKey, title: string, ...body: Child[]) => {
    const id = `step-${key}`;
    const item = h(
      "li",
      { class: "step", "data-step": key, "aria-labelledby": id },
      h("h2", { id, class: "step-head" }, h("span", { class: "step-number", "aria-hidden": "true" }), h("span", {}, title)),
      ...body,
    );
    steps.set(key, item);
    return item;
  };
  const setState = (key: StepKey, state: StepState) => {
    const item = steps.get(key);
    if (!item) return;
    item.dataset.state = state;
    const head = item.querySelector(".step-head");
    if (state === "current") head?.setAttribute("aria-current", "step");
    else head?.removeAttribute("aria-current");
  };

  const overridden = () => override.checked;
  const typedPeriod = (): Interval | null => periodOfDates(valueOf(start), valueOf(end));
  const samePeriod = (a: Interval | null, b: Interval | null) => a !== null && b !== null && a.start === b.start && a.end === b.end;

  /** Every step's state and what the later steps allow, from the period typed, the last check and the draft written. */
  const refresh = () => {
    const memory = ctx.memory.check;
    const period = typedPeriod();
    const verdict = memory ? paneVerdict(memory.result) : null;
    // A draft of this period from an earlier session counts too: marking it as sent needs no new one
    const earlier = memory && period && !(drafted && samePeriod(drafted.period, period)) ? draftSheetOf(memory.book, period) : null;
    if (earlier && period) drafted = { sheet: earlier, period, overridden: 0 };
    const draftValid = drafted !== null && samePeriod(drafted.period, period);
    // Nothing to override in a workbook without errors: the override shows only where it could matter
    overrideBox.hidden = verdict !== null && verdict.errors === 0 && !overridden();
    setState("period", period ? "done" : "current");
    setState("readiness", !memory ? (period ? "current" : "todo") : verdict?.state === "blocked" ? "current" : "done");
    setState("draft", draftValid ? (drafted && drafted.overridden > 0 ? "warned" : "done") : period && memory ? "current" : "todo");
    setState("open", draftValid ? "current" : "locked");
    setState("send", draftValid ? "current" : "locked");
    lock(openButton, !draftValid);
    lock(markButton, !draftValid);
    sendFields.disabled = !draftValid;
    openButton.textContent = s.openDraft(draftValid && drafted ? drafted.sheet : null);
    const waiting = drafted ? s.periodChanged : s.noDraftYet;
    openNote.textContent = draftValid ? s.openNote : waiting;
    sendNote.textContent = draftValid ? s.sendNote : waiting;
  };

  /** The period fields pre-filled with the next unclaimed period, unless she typed her own. */
  const prefill = () => {
    const memory = ctx.memory.check;
    if (!memory) {
      periodNote.textContent = s.periodHint;
      return;
    }
    const next = nextUnclaimedPeriod(memory.result.ledger);
    const untouched =
      (valueOf(start) === "" && valueOf(end) === "") || (prefilled && valueOf(start) === prefilled.start && valueOf(end) === prefilled.end);
    if (next.kind === "next") {
      if (untouched) {
        // The fields take what parseDate reads in every language: 1.1.2015
        prefilled = { start: fiDateOf(next.period.start), end: fiDateOf(next.period.end) };
        (start as HTMLInputElement).value = prefilled.start;
        (end as HTMLInputElement).value = prefilled.end;
      }
      periodNote.textContent = s.nextPeriod(day(next.period.start), day(next.period.end));
    } else if (next.kind === "allClaimed") periodNote.textContent = s.allClaimed(day(next.last.start), day(next.last.end));
    else periodNote.textContent = s.periodHint;
  };

  /** The last check's verdict, the same as on Tarkistus; the errors that block a draft, each one click from its cell. */
  const showReadiness = () => {
    const memory = ctx.memory.check;
    if (!memory) {
      const checkButton = h("fluent-button", { appearance: "primary", "data-action": "check-readiness" }, t.checkButton);
      checkButton.addEventListener("click", () => void ctx.run(() => ctx.checkNow()));
      readiness.replaceChildren(h("p", { class: "step-note" }, s.checkFirst), h("div", { class: "actions" }, checkButton));
      return;
    }
    if (!looksLikeKaste(memory.result.ledger)) {
      // No KASTE table at all: one state, as on Tarkistus, not a missing table each
      const open = h("button", { type: "button", class: "link-button", "data-action-link": "not-kaste" }, s.toCheckTab);
      open.addEventListener("click", () => ctx.openTab("check"));
      readiness.replaceChildren(
        h(
          "section",
          { class: "verdict foreign", "data-verdict": "foreign" },
          h("h3", { class: "verdict-head" }, t.notKaste.title),
          h("p", { class: "step-note" }, s.notKasteNote),
          open,
        ),
      );
      return;
    }
    const verdict = paneVerdict(memory.result);
    const errors = memory.result.findings.filter((f) => f.severity === "error");
    readiness.replaceChildren(
      h(
        "div",
        {},
        ctx.memory.stale && h("p", { class: "stale", "data-stale": "" }, t.staleNote),
        verdictView(verdict, memory.checkedAt, lang, t),
        errors.length > 0 && blockingList(errors),
      ),
    );
  };

  const blockingList = (errors: readonly Finding[]): HTMLElement => {
    const items = errors.slice(0, ERRORS_SHOWN).map((finding) => {
      const item = findingItem(finding, lang);
      const go = h(
        "button",
        { type: "button", class: "finding-go", "data-code": item.code },
        h("span", { class: "where" }, item.where || t.wholeWorkbook),
        " ",
        item.message,
      );
      if (item.sheet) go.addEventListener("click", () => ctx.select(item.sheet, item.cell || "A1"));
      else go.setAttribute("aria-disabled", "true");
      return h("li", { class: "blocking-error" }, go);
    });
    const all = h("button", { type: "button", class: "link-button", "data-action-link": "all-errors" }, s.showAll(errors.length));
    all.addEventListener("click", () => ctx.openTab("check"));
    return h(
      "div",
      { class: "blocking", "data-blocking": "" },
      h("p", { class: "step-note" }, s.blockingErrors),
      h("ul", { class: "finding-lines" }, ...items),
      all,
    );
  };

  const update = () => {
    prefill();
    showReadiness();
    refresh();
  };
  ctx.onChecked(update);
  for (const input of [start, end]) input.addEventListener("input", refresh);

  const period = (): Interval | null => {
    const found = typedPeriod();
    if (!found) ctx.say(t.badPeriod, "error");
    return found;
  };

  draftButton.addEventListener(
    "click",
    () =>
      void ctx.run(async () => {
        draftResult.replaceChildren();
        const interval = period();
        if (!interval) return;
        const book = await ctx.read();
        const draft = draftApplication(book, interval, { override: overridden(), lang });
        // The draft checked the workbook as it is now: readiness shows that check
        ctx.memory.check = { book, result: draft.check, checkedAt: new Date() };
        ctx.memory.stale = false;
        if (draft.blocked) {
          showReadiness();
          refresh();
          overrideBox.hidden = false;
          overrideBox.open = true;
          // The draft's own period errors are not among the workbook's findings the readiness shows
          if (draft.periodFindings.length > 0) draftResult.replaceChildren(findingLines(draft.periodFindings, lang, t));
          return ctx.say(t.blocked(draft.errors.length), "error");
        }
        // The draft's sheet is KASTE Ledger's own, which the checks pass over: the check stays current
        await ctx.host.writeSheet(draft.sheet);
        drafted = { sheet: draft.sheet.name, period: interval, overridden: draft.errors.length };
        const amount = formatMoney(draft.figures.applyNow, lang);
        const warned = draft.errors.length > 0;
        draftResult.replaceChildren(
          h(
            "div",
            { class: `step-result ${warned ? "warning" : "success"}`, "data-tone": warned ? "warning" : "success" },
            h("p", {}, warned ? s.draftedOverridden(draft.sheet.name, amount, draft.errors.length) : t.drafted(draft.sheet.name, amount)),
            draft.periodFindings.length + draft.mismatches.length > 0 &&
              findingLines([...draft.periodFindings, ...draft.mismatches], lang, t),
          ),
        );
        update();
        ctx.say(
          warned ? s.draftedOverridden(draft.sheet.name, amount, draft.errors.length) : t.drafted(draft.sheet.name, amount),
          warned ? "warning" : "success",
          ctx.openSheetAction(draft.sheet.name),
        );
      }),
  );

  openButton.addEventListener("click", () => {
    const sheet = drafted?.sheet;
    if (sheet) ctx.select(sheet, "A1");
  });

  markButton.addEventListener(
    "click",
    () =>
      void ctx.run(async () => {
        sendResult.replaceChildren();
        const interval = period();
        if (!interval || !drafted || !samePeriod(drafted.period, interval)) return;
        const sentDay = optionalDay(valueOf(sent));
        if (sentDay === null) return ctx.say(t.badDate(valueOf(sent)), "error");
        const appliedCents = optionalCents(valueOf(applied));
        if (appliedCents === null) return ctx.say(t.badAmount(valueOf(applied)), "error");
        const plan = markSent(await ctx.read(), interval, {
          // a draft written over errors, or one from an earlier session she now overrides for
          override: drafted.overridden > 0 || overridden(),
          lang,
          sent: sentDay,
          applied: appliedCents,
        });
        if (plan.blocked) return ctx.say(t.blocked(plan.draft.errors.length), "error");
        if (plan.alreadySent)
          return ctx.say(t.alreadySent(plan.alreadySent.number, day(plan.alreadySent.start), day(plan.alreadySent.end)), "error");
        // The claims sheet first: the Maksatukset row then never stands without its frozen rows
        if (plan.newSheet) await ctx.host.writeSheet(plan.newSheet);
        if (plan.blocks.length > 0) await ctx.host.writeBlocks(plan.blocks);
        ctx.memory.stale = true;
        const text = t.marked(plan.claim.number, plan.draft.figures.costs.length, formatMoney(plan.claim.applied, lang));
        setState("send", "done");
        setState("open", "done");
        sendResult.replaceChildren(h("div", { class: "step-result success", "data-tone": "success" }, h("p", {}, text)));
        ctx.say(text, "success");
      }),
  );

  const element = h(
    "div",
    {},
    h(
      "ol",
      { class: "steps", "aria-label": s.label },
      step("period", s.period, periodNote, h("div", { class: "form" }, start, end)),
      step("readiness", s.readiness, readiness),
      step("draft", s.draft, h("div", { class: "actions" }, draftButton), overrideBox, draftResult),
      step("open", s.open, openNote, h("div", { class: "actions" }, openButton)),
      step("send", s.send, sendNote, sendFields, h("div", { class: "actions" }, markButton), sendResult),
    ),
    ledgerOutputs(ctx),
  );
  update();
  // Opened before any check: the check runs, so readiness and the next period are there at once. Not asked
  // for by her: the message bar keeps what her last action said
  const shown = () => {
    update();
    if (!ctx.memory.check) void ctx.recheck(() => ctx.checkNow());
  };
  return { element, shown };
}
