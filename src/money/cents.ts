/** Money is integer cents everywhere; euros exist only at the edges (cells, text). */
export type Cents = number;
