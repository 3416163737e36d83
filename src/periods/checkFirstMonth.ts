/**
 * Throws a RangeError unless `firstMonth` is a month 1–12. Quarters repeat every three
 * months, so 1, 4, 7 and 10 all give calendar quarters.
 *
 * @example
 * checkFirstMonth(4)  // fine
 * checkFirstMonth(13) // throws RangeError
 */
export function checkFirstMonth(firstMonth: number): void {
  if (!Number.isInteger(firstMonth) || firstMonth < 1 || firstMonth > 12) {
    throw new RangeError(`the first month of a quarter must be 1–12, got ${firstMonth}`);
  }
}
