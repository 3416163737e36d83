import { formatMoney } from "../../src/money";
import type { Interval } from "../../src/periods";
import type { Finding } from "../../src/findings/finding";
import { formatParam } from "../../src/findings/render";
import { draftApplication } from "../../src/sync/application/application";
import { markSent } from "../../src/sync/application/markSent";
import type { Panel, PaneContext } from "./context";
import { h, valueOf } from "./dom";
import { findingLines } from "./findingLines";
import { ledgerOutputs } from "./ledgerOutputs";
import { optionalCents, optionalDay, periodOfDates } from "./period";
import { paneVerdict, verdictView } from "./verdictView";

/** The Application tab: draft the payment application of a period onto a new sheet, and mark it as sent. */
export function applicationPanel(ctx: PaneContext): Panel {
  const { t, lang } = ctx;
  const start = h("fluent-text-input", { "data-input": "period-start", placeholder: "1.1.2014", autocomplete: "off" }, t.periodStart);
  const end = h("fluent-text-input", { "data-input": "period-end", placeholder: "31.12.2014", autocomplete: "off" }, t.periodEnd);
  const override = h("fluent-checkbox", { "data-input": "override", slot: "input" });
  const overrideField = h("fluent-field", { "label-position": "after" }, h("label", { slot: "label" }, t.override), override);
  const sent = h("fluent-text-input", { "data-input": "sent", autocomplete: "off" }, `${t.sentDate} (${t.optional})`);
  const applied = h("fluent-text-input", { "data-input": "applied", autocomplete: "off" }, `${t.appliedAmount} (${t.optional})`);
  const draftButton = h("fluent-button", { appearance: "primary", "data-action": "draft" }, t.draftButton);
  const markButton = h("fluent-button", { "data-action": "mark-sent" }, t.markSentButton);
  const details = h("div", { class: "application-result" });
  const verdictSlot = h("div", { class: "application-verdict" });
  /** The last check's verdict first, the same as on Tarkistus. */
  const showVerdict = () => {
    const memory = ctx.memory.check;
    verdictSlot.replaceChildren(
      memory ? verdictView(paneVerdict(memory.result), memory.checkedAt, lang, t) : h("p", { class: "note" }, t.verdict.notYetChecked),
    );
  };
  const overridden = () => (override as HTMLInputElement).checked === true;
  const day = (d: number) => formatParam({ day: d }, lang);

  const period = (): Interval | null => {
    const found = periodOfDates(valueOf(start), valueOf(end));
    if (!found) ctx.say(t.badPeriod, "error");
    return found;
  };
  const showBlocked = (errors: readonly Finding[]) => {
    details.replaceChildren(findingLines(errors, lang, t));
    ctx.say(t.blocked(errors.length), "error");
  };

  draftButton.addEventListener(
    "click",
    () =>
      void ctx.run(async () => {
        details.replaceChildren();
        const interval = period();
        if (!interval) return;
        const draft = draftApplication(await ctx.read(), interval, { override: overridden(), lang });
        if (draft.blocked) return showBlocked(draft.errors);
        await ctx.host.writeSheet(draft.sheet);
        ctx.memory.stale = true;
        details.replaceChildren(
          h(
            "div",
            {},
            draft.errors.length > 0 && h("p", {}, t.overridden(draft.errors.length)),
            draft.mismatches.length > 0 && findingLines(draft.mismatches, lang, t),
          ),
        );
        ctx.say(t.drafted(draft.sheet.name, formatMoney(draft.figures.applyNow, lang)), "success");
      }),
  );

  markButton.addEventListener(
    "click",
    () =>
      void ctx.run(async () => {
        details.replaceChildren();
        const interval = period();
        if (!interval) return;
        const sentDay = optionalDay(valueOf(sent));
        if (sentDay === null) return ctx.say(t.badDate(valueOf(sent)), "error");
        const appliedCents = optionalCents(valueOf(applied));
        if (appliedCents === null) return ctx.say(t.badAmount(valueOf(applied)), "error");
        const plan = markSent(await ctx.read(), interval, {
          override: overridden(),
          lang,
          sent: sentDay,
          applied: appliedCents,
        });
        if (plan.blocked) return showBlocked(plan.draft.errors);
        if (plan.alreadySent)
          return ctx.say(t.alreadySent(plan.alreadySent.number, day(plan.alreadySent.start), day(plan.alreadySent.end)), "error");
        // The claims sheet first: the Maksatukset row then never stands without its frozen rows
        if (plan.newSheet) await ctx.host.writeSheet(plan.newSheet);
        if (plan.blocks.length > 0) await ctx.host.writeBlocks(plan.blocks);
        ctx.memory.stale = true;
        ctx.say(t.marked(plan.claim.number, plan.draft.figures.costs.length, formatMoney(plan.claim.applied, lang)), "success");
      }),
  );

  const element = h(
    "div",
    {},
    verdictSlot,
    h("div", { class: "form" }, start, end, overrideField),
    h("div", { class: "actions" }, draftButton),
    h("div", { class: "form" }, sent, applied),
    h("div", { class: "actions" }, markButton),
    details,
    ledgerOutputs(ctx),
  );
  showVerdict();
  return { element, shown: showVerdict };
}
