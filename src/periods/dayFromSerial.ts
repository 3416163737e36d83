import type { Day } from "./day";

/** Serial 25569 is 1970-01-01 in the 1900 date system (for serials from 61 on). */
export const SERIAL_OF_1970 = 25569;
/** The 1904 date system counts from 1904-01-01, 1462 days after the 1900 system's origin. */
export const DATE1904_OFFSET = 1462;
/** Serial 2958465 is 9999-12-31, the last date Excel knows (1900 system). */
export const LAST_SERIAL = 2958465;
/** 1900 system: serial 60 is the 29.2.1900 Excel invented (Lotus 1-2-3 compatibility). */
const FICTITIOUS_LEAP_DAY = 60;

/**
 * The day of an Excel date serial. A time of day (the fraction) is dropped.
 *
 * 1900 system (`date1904 = false`): serial 1 is 1900-01-01; serial 60 is Excel's
 * fictitious 29.2.1900 and gives `null`; serial 61 is 1900-03-01. 1904 system: serial 0
 * is 1904-01-01. Serials before the first day or after 9999-12-31 give `null`.
 *
 * @example
 * dayFromSerial(42308, false)     //=> 16739 (31.10.2015)
 * dayFromSerial(42308.75, false)  //=> 16739 (18:00 that day)
 * dayFromSerial(40846, true)      //=> 16739
 * dayFromSerial(60, false)        //=> null
 */
export function dayFromSerial(serial: number, date1904: boolean): Day | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (date1904) {
    if (whole < 0 || whole > LAST_SERIAL - DATE1904_OFFSET) return null;
    return whole + DATE1904_OFFSET - SERIAL_OF_1970;
  }
  if (whole < 1 || whole > LAST_SERIAL || whole === FICTITIOUS_LEAP_DAY) return null;
  // Before the fictitious leap day the serials are one ahead of the real calendar.
  return whole < FICTITIOUS_LEAP_DAY ? whole - SERIAL_OF_1970 + 1 : whole - SERIAL_OF_1970;
}
