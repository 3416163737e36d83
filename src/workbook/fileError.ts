/**
 * A workbook file the reader or the writer cannot follow (a damaged zip, a part missing, a sheet cut off),
 * with its reason in each language: a clause, the caller says which file. Its message is the English, so a
 * log or a test reads as before; the CLI and the pane say `says(lang)` inside their own sentences, never an
 * English reason inside a Finnish or Swedish one.
 */

type Lang = "fi" | "sv" | "en";

/** One reason in the three languages. */
export type Said = Readonly<Record<Lang, string>>;

export class WorkbookFileError extends Error {
  constructor(readonly said: Said) {
    super(said.en);
  }

  /** The reason in the reader's language. */
  says(lang: Lang): string {
    return this.said[lang];
  }
}

/**
 * What is wrong with a workbook file, in each language, when the reader, the zip layer or the editor
 * says so (a damaged zip, a part missing, a row cut off, a cell beyond Excel's limits): the one answer
 * the CLI and the pane give. Null for any other error: no fault of the file's but ours (the CLI's
 * internal error, exit 3, "please report"), or the system's (the caller says which file it could not
 * read or write, and why).
 */
export function fileReason(error: unknown): Said | null {
  return error instanceof WorkbookFileError ? error.said : null;
}

/** The reasons the reader and the editor share. */
export const ROW_CUT_OFF: Said = {
  fi: "välilehden rivi on katkennut",
  sv: "en rad på bladet är avbruten",
  en: "a worksheet row is cut off",
};
export const CELL_CUT_OFF: Said = {
  fi: "välilehden solu on katkennut",
  sv: "en cell på bladet är avbruten",
  en: "a worksheet cell is cut off",
};
export const NO_WORKBOOK: Said = {
  fi: "sen sisällä ei ole työkirjaa (onko se .xlsx-tiedosto?)",
  sv: "den innehåller ingen arbetsbok (är den en .xlsx-fil?)",
  en: "no workbook inside (not an .xlsx file?)",
};

export const BINARY_WORKBOOK: Said = {
  fi: "se on Excelin binäärityökirja (.xlsb), jota ei voi lukea",
  sv: "den är en binär Excel-arbetsbok (.xlsb), som inte kan läsas",
  en: "it is an Excel binary workbook (.xlsb), which cannot be read",
};

/** A part of the package that has not the element it must be (`[Content_Types].xml` without `Types`). */
export function noElement(part: string, element: string): Said {
  return {
    fi: `osassa ${part} ei ole ${element}-elementtiä`,
    sv: `delen ${part} saknar elementet ${element}`,
    en: `${part} has no ${element} element`,
  };
}
