import type { Lang } from "../src/findings/render";

/**
 * An input the CLI cannot read, an argument it cannot follow or an output it cannot write: one clear line in
 * Finnish, Swedish and English, exit code 2.
 */
export class InputError extends Error {
  constructor(
    readonly fi: string,
    readonly en: string,
    readonly sv: string,
  ) {
    super(en);
  }

  /** The line in the user's language. */
  text(lang: Lang): string {
    return this[lang];
  }
}

/** `--format` of the commands that print a report: text or json. */
export function formatArg(format: string | undefined): "text" | "json" {
  if (format !== "text" && format !== "json")
    throw new InputError(`tuntematon muoto ${format}`, `unknown format ${format} (text, json)`, `okänt format ${format} (text, json)`);
  return format;
}
