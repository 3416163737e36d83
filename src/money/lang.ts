/**
 * The languages numbers are written in. Finnish and Swedish share one format
 * (`1 828 204,50`, no-break space groups, U+2212 minus); English uses `1,828,204.50`.
 */
export type NumberLang = "fi" | "sv" | "en";
