/**
 * The short texts of KASTE.CHECKSPLIT, one table per language. Amounts and rates arrive
 * already formatted for the language (`2,00 €`, `75 %`).
 */
import type { Lang } from "./args";

export interface SplitTexts {
  ok: string;
  /** The state share is above the rate by `amount`. */
  stateOver: (rate: string, amount: string) => string;
  /** The municipal share is below its minimum rate by `amount`. */
  municipalUnder: (rate: string, amount: string) => string;
  /** State + municipal is `sum`, not the `total`. */
  sumMismatch: (sum: string, total: string, difference: string) => string;
}

export const SPLIT_TEXTS: Readonly<Record<Lang, SplitTexts>> = {
  fi: {
    ok: "OK",
    stateOver: (rate, amount) => `valtionosuus ylittää ${rate} ${amount}:lla`,
    municipalUnder: (rate, amount) => `kuntaosuus alittaa ${rate} ${amount}:lla`,
    sumMismatch: (sum, total, difference) => `osuudet yhteensä ${sum}, kokonaiskustannukset ${total} (ero ${difference})`,
  },
  sv: {
    ok: "OK",
    stateOver: (rate, amount) => `statsandelen överskrider ${rate} med ${amount}`,
    municipalUnder: (rate, amount) => `kommunandelen understiger ${rate} med ${amount}`,
    sumMismatch: (sum, total, difference) => `andelarna sammanlagt ${sum}, totalt ${total} (skillnad ${difference})`,
  },
  en: {
    ok: "OK",
    stateOver: (rate, amount) => `state share exceeds ${rate} by ${amount}`,
    municipalUnder: (rate, amount) => `municipal share is below ${rate} by ${amount}`,
    sumMismatch: (sum, total, difference) => `shares add up to ${sum}, not ${total} (difference ${difference})`,
  },
};
