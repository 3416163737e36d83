import { buildLedger } from "../../src/ledger/build";
import { DEFAULT_SETTINGS } from "../../src/ledger/settings";
import type { Settings } from "../../src/ledger/model";
import type { Panel, PaneContext } from "./context";
import { h, valueOf } from "./dom";
import { parseSettingTexts, SETTING_KEYS, settingTexts } from "./settingsForm";
import type { SettingKey } from "./settingsForm";
import { settingsWrite } from "./settingsWrite";

/**
 * The Settings tab: the Asetukset values in a form, read from the workbook when the tab is
 * first shown (or from the last check), and the changed ones saved back.
 */
export function settingsPanel(ctx: PaneContext): Panel {
  const { t } = ctx;
  const inputs = new Map<SettingKey, HTMLElement>();
  const fields = SETTING_KEYS.map((key) => {
    const hint = t.settingHints[key];
    // One text node: the label wraps as a sentence (the label part lays out each node apart)
    const input = h(
      "fluent-text-input",
      { name: key, "data-setting": key, autocomplete: "off" },
      hint ? `${t.settingLabels[key]} (${hint})` : t.settingLabels[key],
    );
    inputs.set(key, input);
    return input;
  });
  /** The texts as last read from the workbook (or the defaults): what counts as unchanged. */
  let loaded = settingTexts(DEFAULT_SETTINGS, ctx.lang);
  let read = false;
  const fill = (settings: Settings) => {
    loaded = settingTexts(settings, ctx.lang);
    read = true;
    for (const [key, input] of inputs) (input as HTMLInputElement).value = loaded[key];
  };
  const current = () => Object.fromEntries([...inputs].map(([key, input]) => [key, valueOf(input)])) as Record<SettingKey, string>;
  // A check of the workbook before her (or the pane's) change since is no source: `shown` reads the workbook then
  if (ctx.memory.check && !ctx.memory.stale) fill(ctx.memory.check.result.ledger.settings);
  else for (const [key, input] of inputs) (input as HTMLInputElement).value = loaded[key];

  const load = h("fluent-button", { "data-action": "load-settings" }, t.loadSettings);
  const loadFromWorkbook = () =>
    ctx.run(async () => {
      const { ledger } = buildLedger(await ctx.read());
      fill(ledger.settings);
      ctx.say(t.settingsLoaded(ledger.tables.settings[0]?.sheet ?? null), "success");
    });
  load.addEventListener("click", () => void loadFromWorkbook());

  const save = h("fluent-button", { appearance: "primary", "data-action": "save-settings" }, t.saveSettings);
  save.addEventListener(
    "click",
    () =>
      void ctx.run(async () => {
        const texts = current();
        const parsed = parseSettingTexts(texts);
        if (!parsed.ok) {
          ctx.say(parsed.invalid.map((key) => t.invalidSetting(t.settingLabels[key], texts[key])).join(" "), "error");
          return;
        }
        const book = await ctx.read();
        const changed = SETTING_KEYS.filter((key) => texts[key].trim() !== loaded[key].trim());
        const plan = settingsWrite(book, buildLedger(book).ledger, parsed.cells, changed);
        if (plan.kind === "sheet") await ctx.host.writeSheet(plan.sheet);
        else await ctx.host.writeBlocks(plan.blocks);
        ctx.memory.stale = true;
        loaded = texts;
        ctx.say(t.settingsSaved(plan.kind === "sheet" ? plan.sheet.name : plan.sheet), "success");
      }),
  );

  return {
    element: h("div", {}, h("p", {}, t.settingsIntro), h("div", { class: "form" }, ...fields), h("div", { class: "actions" }, save, load)),
    // Filled when the tab is first shown, from the last check (unless the workbook changed since) or else the workbook:
    // not asked for by her, so the message bar keeps what her last action said, and the footer says where the values came from
    shown: () => {
      if (read) return;
      const checked = ctx.memory.check;
      if (checked && !ctx.memory.stale) return fill(checked.result.ledger.settings);
      void ctx.recheck(async () => {
        const { ledger } = buildLedger(await ctx.read());
        fill(ledger.settings);
        ctx.note(t.settingsLoaded(ledger.tables.settings[0]?.sheet ?? null));
      });
    },
  };
}
