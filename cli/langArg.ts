import type { Lang } from "../src/findings/render";

const LANGS: readonly Lang[] = ["fi", "sv", "en"];

/**
 * The language of the CLI's messages: `--lang` in any case (`EN`, `Sv`), else the language of the `LANG` environment
 * variable (`sv_FI.UTF-8` → sv), else Finnish. Null for a `--lang` that is none of fi, sv, en.
 */
export function langArg(given: string | undefined, env: string | undefined): Lang | null {
  if (given !== undefined) return LANGS.find((lang) => lang === given.trim().toLowerCase()) ?? null;
  const fromEnv = env?.slice(0, 2).toLowerCase();
  return LANGS.find((lang) => lang === fromEnv) ?? "fi";
}
