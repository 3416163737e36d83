import type { Role, TextLayout } from "../src/findings/textLayout";
import { PLAIN } from "../src/findings/textLayout";

const SGR: Readonly<Record<Role, string>> = {
  error: "31;1",
  warning: "33",
  info: "36",
  heading: "1",
  dim: "2",
  ready: "32;1",
  blocked: "31;1",
};

/**
 * The text layout for stdout: wrapped to the terminal's width when it is one, and coloured when it is a terminal
 * and neither NO_COLOR (https://no-color.org) nor TERM=dumb says otherwise. `--color` and `--no-color` decide
 * over both. Piped output stays plain, one line per finding.
 */
export function layoutFor(
  stream: { readonly isTTY?: boolean; readonly columns?: number },
  env: Readonly<Record<string, string | undefined>>,
  choice: "always" | "never" | "auto",
): TextLayout {
  const terminal = stream.isTTY === true;
  const colour = choice === "auto" ? terminal && !env.NO_COLOR && env.TERM !== "dumb" : choice === "always";
  const width = terminal && stream.columns && stream.columns > 0 ? stream.columns : undefined;
  return { ...(width !== undefined ? { width } : {}), paint: colour ? paint : PLAIN.paint };
}

function paint(role: Role, text: string): string {
  return `\u001b[${SGR[role]}m${text}\u001b[0m`;
}
