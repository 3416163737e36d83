import type { Lang, Strings } from "../i18n";

/** An error the Office adapter raises with a Finnish and an English reason (its HostError). */
interface Bilingual {
  readonly fi: string;
  readonly en: string;
}

function isBilingual(error: unknown): error is Bilingual {
  return typeof error === "object" && error !== null && typeof (error as Bilingual).fi === "string" && typeof (error as Bilingual).en === "string";
}

/**
 * What to tell the user about a failed action: the adapter's own reason in the pane's language
 * (English in the English pane, Finnish otherwise: the adapter speaks no Swedish), else the
 * error's message as an unexpected error. Every host call is one batch, so nothing was written.
 */
export function errorText(error: unknown, lang: Lang, t: Strings): string {
  if (isBilingual(error)) return t.hostError(sentence(lang === "en" ? error.en : error.fi));
  const reason = error instanceof Error ? error.message : String(error);
  return t.unexpectedError(reason.replace(/\.$/, ""));
}

/** A reason as a sentence, ending with its full stop. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
