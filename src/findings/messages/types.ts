import type { Code } from "../codes";
import type { Params } from "../finding";
import type { ParamsOf, ShownParams } from "../params";

export type Lang = "fi" | "sv" | "en";

/**
 * A message gets its finding's params already formatted for its language
 * (money as "1 234,00 €", days as "31.10.2015", ratios as "88 %"), typed by its code's params.
 */
export type Messages = { readonly [C in Code]: (p: ShownParams<ParamsOf<C>>) => string };

export type { Params };
