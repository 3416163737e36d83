/**
 * Money is integer cents everywhere; euros exist only at the edges (cells, text).
 * Softly branded: any number may be given as cents, but a `Day` may not (a day number passed as
 * an amount, or an amount as a day, is a type error).
 */
export type Cents = number & { readonly unit?: "cents" };
