import type { Day } from "./day";
import { DATE1904_OFFSET, LAST_SERIAL, SERIAL_OF_1970 } from "./dayFromSerial";

/** 1900-03-01, the first day whose 1900-system serial counts Excel's fictitious 29.2.1900. */
const MARCH_1_1900: Day = 61 - SERIAL_OF_1970;

/**
 * The Excel date serial of a day, the inverse of `dayFromSerial`. Throws a RangeError for
 * a day the date system cannot show (before 1900-01-01, or 1904-01-01 in the 1904
 * system, or after 9999-12-31).
 *
 * @example
 * serialOf(16739, false) //=> 42308 (31.10.2015)
 * serialOf(16739, true)  //=> 40846
 */
export function serialOf(day: Day, date1904: boolean): number {
  const serial1900 = day >= MARCH_1_1900 ? day + SERIAL_OF_1970 : day + SERIAL_OF_1970 - 1;
  const serial = date1904 ? serial1900 - DATE1904_OFFSET : serial1900;
  if (!Number.isInteger(day) || serial < (date1904 ? 0 : 1) || serial1900 > LAST_SERIAL) {
    throw new RangeError(`serialOf: day ${day} has no Excel serial in the ${date1904 ? "1904" : "1900"} date system`);
  }
  return serial;
}
