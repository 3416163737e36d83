import type { InvoiceKind } from "./model";

/** The Finnish word each invoice kind is written with (the canonical workbook's Laji values). */
export const KIND_WORDS: Readonly<Record<InvoiceKind, string>> = {
  fixed: "kiinteä",
  reconciliation: "tasaus",
  startup: "käynnistys",
  actual: "toteuma",
};

export const KIND_OF_WORD: ReadonlyMap<string, InvoiceKind> = new Map(
  Object.entries(KIND_WORDS).map(([kind, word]) => [word, kind as InvoiceKind]),
);

export const YES = "kyllä";
export const NO = "ei";
