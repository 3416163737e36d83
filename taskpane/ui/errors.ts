import { fileReason } from "../../src/workbook/fileError";
import type { HostTexts } from "../host";
import { LANGS } from "../i18n";
import type { Lang, Strings } from "../i18n";

/** An error a host raises with its reason in each of the pane's languages (the Office adapter's HostError). */
function isHostTexts(error: unknown): error is HostTexts {
  return typeof error === "object" && error !== null && LANGS.every((lang) => typeof (error as Partial<HostTexts>)[lang] === "string");
}

/**
 * Why a chosen file cannot be read, in the pane's language: the reader's own reason (`fileReason` of
 * src/workbook/fileError.ts, the one the CLI gives: a damaged zip, a part missing, a row cut off, a
 * cell beyond Excel's limits), else a general one (never the error's English message inside a
 * Finnish or Swedish sentence).
 */
export function unreadableText(file: string, error: unknown, lang: Lang, t: Strings): string {
  return t.unreadableFile(file, fileReason(error)?.[lang] ?? t.unreadableReason);
}

/**
 * What to tell the user about a failed action: the adapter's own reason in the pane's language,
 * a file's reason in it, else the error's message as an unexpected error (a fault of ours, its
 * message kept for a report). Every host call is one batch, so nothing was written.
 */
export function errorText(error: unknown, lang: Lang, t: Strings): string {
  if (isHostTexts(error)) return t.hostError(sentence(error[lang]));
  const file = fileReason(error)?.[lang] ?? null;
  if (file !== null) return t.fileError(file);
  const reason = error instanceof Error ? error.message : String(error);
  return t.unexpectedError(reason.replace(/\.$/, ""));
}

/** A reason as a sentence, ending with its full stop. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
