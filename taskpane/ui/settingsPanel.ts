import { buildLedger } from "../../src/ledger/build";
import { DEFAULT_SETTINGS } from "../../src/ledger/settings";
import type { Settings } from "../../src/ledger/model";
import type { PaneContext } from "./context";
import { h, valueOf } from "./dom";
import { parseSettingTexts, SETTING_KEYS, settingTexts } from "./settingsForm";
import type { SettingKey } from "./settingsForm";
import { settingsWrite } from "./settingsWrite";

/** The Settings tab: the Asetukset values in a form, read from and saved to the workbook. */
export function settingsPanel(ctx: PaneContext): HTMLElement {
  const { t } = ctx;
  const inputs = new Map<SettingKey, HTMLElement>();
  const fields = SETTING_KEYS.map((key) => {
    const hint = t.settingHints[key];
    const input = h("fluent-text-input", { name: key, "data-setting": key, autocomplete: "off" }, t.settingLabels[key], hint ? h("span", { class: "hint" }, ` (${hint})`) : null);
    inputs.set(key, input);
    return input;
  });
  const fill = (settings: Settings) => {
    const texts = settingTexts(settings, ctx.lang);
    for (const [key, input] of inputs) (input as HTMLInputElement).value = texts[key];
  };
  fill(ctx.memory.check?.result.ledger.settings ?? DEFAULT_SETTINGS);

  const load = h("fluent-button", { "data-action": "load-settings" }, t.loadSettings);
  load.addEventListener("click", () =>
    void ctx.run(async () => {
      const { ledger } = buildLedger(await ctx.read());
      fill(ledger.settings);
      ctx.say(t.settingsLoaded(ledger.tables.settings[0]?.sheet ?? null), "success");
    }),
  );

  const save = h("fluent-button", { appearance: "primary", "data-action": "save-settings" }, t.saveSettings);
  save.addEventListener("click", () =>
    void ctx.run(async () => {
      const texts = Object.fromEntries([...inputs].map(([key, input]) => [key, valueOf(input)])) as Record<SettingKey, string>;
      const parsed = parseSettingTexts(texts);
      if (!parsed.ok) {
        ctx.say(parsed.invalid.map((key) => t.invalidSetting(t.settingLabels[key], texts[key])).join(" "), "error");
        return;
      }
      const book = await ctx.read();
      const plan = settingsWrite(book, buildLedger(book).ledger, parsed.cells);
      if (plan.kind === "sheet") await ctx.host.writeSheet(plan.sheet);
      else await ctx.host.writeBlocks(plan.blocks);
      ctx.say(t.settingsSaved(plan.kind === "sheet" ? plan.sheet.name : plan.sheet), "success");
    }),
  );

  return h("div", {}, h("p", {}, t.settingsIntro), h("div", { class: "form" }, ...fields), h("div", { class: "actions" }, save, load));
}
