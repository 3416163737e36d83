// Compiled by `npm run typecheck` (tsc -p .), never run: amounts and days are kept apart by their types.
import type { Cents } from "../../src/money";
import { formatMoney } from "../../src/money";
import type { Day } from "../../src/periods";
import { fiDateOf } from "../../src/periods";

declare const day: Day;
declare const amount: Cents;

// plain numbers are both, as cells and arithmetic give them
export const price: Cents = 1250;
export const firstDay: Day = 16_071;
formatMoney(amount + 100, "fi");
fiDateOf(day + 1);

// @ts-expect-error a day is not an amount
export const wrongAmount: Cents = day;
// @ts-expect-error an amount is not a day
export const wrongDay: Day = amount;
// @ts-expect-error a day given where an amount is wanted
formatMoney(day, "fi");
// @ts-expect-error an amount given where a day is wanted
fiDateOf(amount);
