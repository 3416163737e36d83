import type { HostTexts } from "../host";
import { LANGS } from "../i18n";
import type { Lang, Strings } from "../i18n";

/** An error a host raises with its reason in each of the pane's languages (the Office adapter's HostError). */
function isHostTexts(error: unknown): error is HostTexts {
  return typeof error === "object" && error !== null && LANGS.every((lang) => typeof (error as Partial<HostTexts>)[lang] === "string");
}

/**
 * What to tell the user about a failed action: the adapter's own reason in the pane's language,
 * else the error's message as an unexpected error. Every host call is one batch, so nothing was
 * written.
 */
export function errorText(error: unknown, lang: Lang, t: Strings): string {
  if (isHostTexts(error)) return t.hostError(sentence(error[lang]));
  const reason = error instanceof Error ? error.message : String(error);
  return t.unexpectedError(reason.replace(/\.$/, ""));
}

/** A reason as a sentence, ending with its full stop. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
