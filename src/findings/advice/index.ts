import type { Code } from "../codes";
import type { Lang } from "../messages/types";
import { en } from "./en";
import { fi } from "./fi";
import { sv } from "./sv";
import type { Advice, AdviceTexts } from "./types";

export type { Advice };

const ADVICE: Readonly<Record<Lang, AdviceTexts>> = { fi, sv, en };

/** A code's short title and what to do about it, in `lang`. */
export function adviceOf(code: Code, lang: Lang): Advice {
  return ADVICE[lang][code];
}
