import type { Code } from "../codes";

/** A finding in a coordinator's words: a short title, and what to do about it ("Mitä tehdä"). */
export interface Advice {
  readonly title: string;
  readonly todo: string;
}

export type AdviceTexts = Readonly<Record<Code, Advice>>;
