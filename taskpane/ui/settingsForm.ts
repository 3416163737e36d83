import { CANONICAL_SETTINGS_KEYS } from "../../src/ledger/canonical";
import type { Settings } from "../../src/ledger/model";
import { formatAmount, FULL_RATE, parseAmount, parseRate } from "../../src/money";
import { fiDateOf, isoOf, parseDate } from "../../src/periods";
import type { Lang } from "../../src/findings/render";
import type { OutCell } from "../../src/workbook/cells";

export type SettingKey = keyof Settings;

/** The settings in the order of the Asetukset sheet (and the README). */
export const SETTING_KEYS = Object.keys(CANONICAL_SETTINGS_KEYS) as SettingKey[];

type Kind = "date" | "money" | "count" | "month" | "ratio";

const KINDS: Readonly<Record<SettingKey, Kind>> = {
  asOf: "date",
  toleranceCents: "money",
  monthGraceDays: "count",
  reconciliationGraceDays: "count",
  tertialGraceDays: "count",
  reconciliationFirstMonth: "month",
  underusePace: "ratio",
  repaymentThresholdCents: "money",
  changeRequestDays: "count",
  finalReportMonths: "count",
};

export type SettingTexts = Readonly<Record<SettingKey, string>>;

/** The settings as the form shows them, in the language's notation (`30,00`, `0,7`, `31.12.2014`). */
export function settingTexts(settings: Settings, lang: Lang): SettingTexts {
  const texts = {} as Record<SettingKey, string>;
  for (const key of SETTING_KEYS) {
    const value = settings[key];
    switch (KINDS[key]) {
      case "date":
        texts[key] = value === null ? "" : lang === "en" ? isoOf(value) : fiDateOf(value);
        break;
      case "money":
        texts[key] = formatAmount(value as number, lang);
        break;
      case "ratio":
        texts[key] = lang === "en" ? String(value) : String(value).replace(".", ",");
        break;
      default:
        texts[key] = String(value);
    }
  }
  return texts;
}

/** A cell value for each setting (null: blank, the default), or the keys whose text is not valid. */
export type ParsedSettings =
  | { readonly ok: true; readonly cells: Readonly<Record<SettingKey, OutCell>> }
  | { readonly ok: false; readonly invalid: readonly SettingKey[] };

/** Reads the form: dates, euro amounts, whole numbers ≥ 0, a month 1–12, a rate 0–100 % (src/money parseRate); blank is the default. */
export function parseSettingTexts(texts: SettingTexts): ParsedSettings {
  const cells = {} as Record<SettingKey, OutCell>;
  const invalid: SettingKey[] = [];
  for (const key of SETTING_KEYS) {
    const text = texts[key].trim();
    const cell = text === "" ? null : cellOf(KINDS[key], text);
    if (cell === undefined) invalid.push(key);
    else cells[key] = cell;
  }
  return invalid.length > 0 ? { ok: false, invalid } : { ok: true, cells };
}

/** The cell for a typed setting, or undefined when the text is not one. */
function cellOf(kind: Kind, text: string): OutCell | undefined {
  switch (kind) {
    case "date": {
      const day = parseDate(text);
      return day === null ? undefined : { date: day };
    }
    case "money": {
      const parsed = parseAmount(text);
      return parsed.ok && parsed.cents >= 0 ? { money: parsed.cents } : undefined;
    }
    case "ratio": {
      // As the checks read it back: 0,7 and 70 % alike; 1,5 is 1,5 %
      const ppm = parseRate(text);
      return ppm === null ? undefined : ppm / FULL_RATE;
    }
    default: {
      const count = /^\d+$/.test(text) ? Number(text) : NaN;
      if (!Number.isSafeInteger(count) || (kind === "month" && (count < 1 || count > 12))) return undefined;
      return count;
    }
  }
}
