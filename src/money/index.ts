/** Money: integer cents, euros at the edges, rates in ppm, exact shares and allocations. */
export type { Cents } from "./cents";
export type { NumberLang } from "./lang";
export { fromEuros } from "./fromEuros";
export { toEuros } from "./toEuros";
export { parseAmount } from "./parseAmount";
export type { AmountParse, AmountProblem } from "./parseAmount";
export { formatAmount } from "./formatAmount";
export { formatMoney } from "./formatMoney";
export { mulDivFloor } from "./mulDivFloor";
export { FULL_RATE, formatRate, parseRate } from "./rate";
export type { Ppm } from "./rate";
export { isStateOverRate, municipalShare, stateShare } from "./share";
export { allocate, parseWeight } from "./allocate";
