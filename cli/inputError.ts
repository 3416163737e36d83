/** An input the CLI cannot read, an argument it cannot follow or an output it cannot write: one clear line in Finnish and English, exit code 2. */
export class InputError extends Error {
  constructor(
    readonly fi: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** `--format` of the commands that print a report: text or json. */
export function formatArg(format: string | undefined): "text" | "json" {
  if (format !== "text" && format !== "json") throw new InputError(`tuntematon muoto ${format}`, `unknown format ${format} (text, json)`);
  return format;
}
