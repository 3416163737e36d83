/**
 * Excel's limits on a sheet (1 048 576 rows, 16 384 columns A–XFD) and the error of a file that
 * names a cell beyond them. No Excel writes such a reference; a damaged or hand-made file may,
 * and a reader that believed it would grow a row to millions of columns (V8 dies) or a sheet to
 * billions of rows (it hangs).
 */
import { WorkbookFileError } from "./fileError";
import type { Said } from "./fileError";

/** Rows on a sheet: 1–1 048 576. */
export const MAX_ROWS = 1_048_576;
/** Columns on a sheet: A–XFD. */
export const MAX_COLUMNS = 16_384;

type Lang = "fi" | "sv" | "en";

const LIMITS: Readonly<Record<Lang, string>> = {
  // Finnish and Swedish group thousands with a no-break space
  fi: "enintään 1\u00a0048\u00a0576 riviä ja 16\u00a0384 saraketta",
  sv: "högst 1\u00a0048\u00a0576 rader och 16\u00a0384 kolumner",
  en: "at most 1,048,576 rows and 16,384 columns",
};

/** What is wrong with a reference beyond the limits, in each language (a clause: the caller says which file). */
function beyondLimits(reference: string, kind: "cell" | "row", sheet: string | undefined): Said {
  const on = (words: string) => (sheet === undefined ? "" : ` ${words} ${sheet}`);
  return {
    fi: `${kind === "cell" ? `soluviittaus ${reference}` : `rivinumero ${reference}`}${on("taulukossa")} on Excelin rajojen ulkopuolella (${LIMITS.fi})`,
    sv: `${kind === "cell" ? `cellreferensen ${reference}` : `radnumret ${reference}`}${on("på bladet")} ligger utanför Excels gränser (${LIMITS.sv})`,
    en: `${kind === "cell" ? "the cell reference" : "the row number"} ${reference}${on("in the sheet")} is beyond Excel's limits (${LIMITS.en})`,
  };
}

/**
 * A worksheet names a cell or row beyond Excel's limits: the file is damaged, and is refused whole.
 * A WorkbookFileError like the reader's other reasons: its message is the English, `says(lang)` the others.
 */
export class CellReferenceError extends WorkbookFileError {
  constructor(
    /** The reference as the file writes it: `ZZZZZZ3`, or a row's number. */
    readonly reference: string,
    readonly kind: "cell" | "row",
    /** The sheet, when the reader knows it. */
    readonly sheet?: string,
  ) {
    super(beyondLimits(reference, kind, sheet));
  }

  /** The same error, naming the sheet it was found in. */
  inSheet(sheet: string): CellReferenceError {
    return new CellReferenceError(this.reference, this.kind, sheet);
  }
}
