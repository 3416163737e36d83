import type { Lang } from "../../src/findings/render";
import { en } from "./en";
import { fi } from "./fi";
import { sv } from "./sv";
import type { Strings } from "./types";

export type { Lang, Strings };

export const STRINGS: Readonly<Record<Lang, Strings>> = { fi, sv, en };

export const LANGS: readonly Lang[] = ["fi", "sv", "en"];

/** Each language's name in itself, for the language picker. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { fi: "suomi", sv: "svenska", en: "English" };

/**
 * The pane's language for Office's display language (`fi-FI`, `sv-SE`, `en-US`, …): Swedish and
 * English when Office speaks them, Finnish otherwise (the users are Finnish).
 *
 * @example
 * langOfDisplay("sv-FI") // "sv"
 */
export function langOfDisplay(tag: string): Lang {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return primary === "sv" || primary === "en" ? primary : "fi";
}
