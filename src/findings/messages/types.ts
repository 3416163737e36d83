import type { Code } from "../codes";
import type { Params } from "../finding";

export type Lang = "fi" | "sv" | "en";

/**
 * A message gets its finding's params already formatted for its language
 * (money as "1 234,00 €", days as "31.10.2015", ratios as "88 %").
 */
export type Messages = { readonly [C in Code]: (p: Readonly<Record<string, string>>) => string };

export type { Params };
