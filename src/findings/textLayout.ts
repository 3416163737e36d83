/**
 * How text output is laid out on the reader's screen: wrapped to the terminal's width and coloured when it is a
 * terminal, plain one line per finding when piped (so scripts and grep see whole lines). Pure: the CLI decides.
 */
export type Role = "error" | "warning" | "info" | "heading" | "dim" | "ready" | "blocked";

export interface TextLayout {
  /** The terminal's width in columns; undefined: never wrap. */
  readonly width?: number;
  readonly paint: (role: Role, text: string) => string;
}

export const PLAIN: TextLayout = { paint: (_role, text) => text };

/** A message column narrower than this wraps under a short indent instead of beside its prefix. */
const NARROWEST_COLUMN = 40;
const SHORT_INDENT = 4;

/**
 * `prefix` then `text`, wrapped at spaces to `width` with following lines under the text's first column; when
 * that leaves too little room, the text goes under the prefix at a short indent. `prefix` is measured as given:
 * paint after, never before. No-break spaces hold together what they join ("12 980,00 €").
 */
export function wrapHanging(prefix: string, text: string, width: number | undefined): string[] {
  if (width === undefined || prefix.length + text.length <= width) return [prefix + text];
  if (width - prefix.length >= NARROWEST_COLUMN || prefix.trim() === "") return wrapWords(prefix, text, prefix.length, width);
  return [prefix.trimEnd(), ...wrapWords(" ".repeat(SHORT_INDENT), text, SHORT_INDENT, width)];
}

function wrapWords(first: string, text: string, indent: number, width: number): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(" ")) {
    // a word longer than the line stays whole: cutting a cell address or an amount would misinform
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = " ".repeat(indent) + word;
    } else line += (empty ? "" : " ") + word;
    empty = false;
  }
  lines.push(line);
  return lines;
}
