/**
 * Errors the pane can show: every failure of the Office adapter comes out as a HostError with
 * a Finnish and an English sentence (`fi`, `en`) and Office's error code, so the UI never has
 * to read an OfficeExtension.Error.
 */

export type HostAction = "read" | "select" | "write" | "writeSheet" | "insertTables";

export class HostError extends Error {
  /** Office's error code (`ItemNotFound`, `InvalidOperationInCellEditMode`, …), or our own (`SheetExists`, `TooLarge`). */
  readonly code: string;
  readonly fi: string;
  readonly en: string;
  constructor(code: string, fi: string, en: string, options?: { cause?: unknown }) {
    super(`${fi} / ${en}`, options);
    this.name = "HostError";
    this.code = code;
    this.fi = fi;
    this.en = en;
  }
}

const ACTIONS: Readonly<Record<HostAction, { fi: string; en: string }>> = {
  read: { fi: "Työkirjan lukeminen ei onnistunut", en: "Could not read the workbook" },
  select: { fi: "Solun valitseminen ei onnistunut", en: "Could not select the cell" },
  write: { fi: "Kirjoittaminen työkirjaan ei onnistunut", en: "Could not write into the workbook" },
  writeSheet: { fi: "Välilehden kirjoittaminen ei onnistunut", en: "Could not write the sheet" },
  insertTables: { fi: "Taulukoiden lisääminen ei onnistunut", en: "Could not insert the tables" },
};

/** Why, by Office's error code (Excel.ErrorCodes), in words a user can act on. */
const REASONS: Readonly<Record<string, { fi: string; en: string }>> = {
  InvalidOperationInCellEditMode: { fi: "Excel on solun muokkaustilassa: paina Enter tai Esc ja yritä uudelleen.", en: "Excel is editing a cell: press Enter or Esc and try again." },
  ItemNotFound: { fi: "välilehteä tai aluetta ei löydy (onko se nimetty uudelleen tai poistettu?).", en: "the sheet or range was not found (renamed or deleted?)." },
  ItemAlreadyExists: { fi: "samanniminen välilehti tai taulukko on jo olemassa.", en: "a sheet or table of that name already exists." },
  AccessDenied: { fi: "välilehti tai työkirja on suojattu, tai työkirja on vain luku -tilassa.", en: "the sheet or workbook is protected, or the workbook is read-only." },
  InvalidArgument: { fi: "Excel ei hyväksynyt annettua arvoa tai osoitetta.", en: "Excel did not accept a value or address." },
  InvalidReference: { fi: "osoite ei kelpaa.", en: "the address is not valid." },
  InvalidSelection: { fi: "valinta ei kelpaa (onko välilehti piilotettu?).", en: "the selection is not valid (is the sheet hidden?)." },
  InvalidOperation: { fi: "Excel ei salli tätä toimintoa nyt.", en: "Excel does not allow this now." },
  ResponsePayloadSizeLimitExceeded: { fi: "tietoa on liikaa yhdellä kertaa luettavaksi.", en: "there is too much data to read at once." },
  RequestPayloadSizeLimitExceeded: { fi: "tietoa on liikaa yhdellä kertaa kirjoitettavaksi.", en: "there is too much data to write at once." },
  RangeExceedsLimit: { fi: "alue on liian suuri.", en: "the range is too large." },
  Conflict: { fi: "joku muu muokkasi työkirjaa samaan aikaan; yritä uudelleen.", en: "someone else changed the workbook at the same time; try again." },
  ApiNotFound: { fi: "tämä Excelin versio ei tue tarvittavaa toimintoa.", en: "this version of Excel does not support a feature needed." },
  GeneralException: { fi: "Excel ilmoitti sisäisestä virheestä; yritä uudelleen.", en: "Excel reported an internal error; try again." },
};

/** Whether a value looks like Office's error (OfficeExtension.Error: a string `code`, a `message`). */
export function isOfficeError(error: unknown): error is { code: string; message: string; debugInfo?: { errorLocation?: string } } {
  return typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string" && typeof (error as { message?: unknown }).message === "string";
}

/** Any failure during an action as a HostError (a HostError passes through unchanged). */
export function toHostError(error: unknown, action: HostAction): HostError {
  if (error instanceof HostError) return error;
  const what = ACTIONS[action];
  if (isOfficeError(error)) {
    const reason = REASONS[error.code];
    const where = error.debugInfo?.errorLocation ? ` [${error.debugInfo.errorLocation}]` : "";
    if (reason) return new HostError(error.code, `${what.fi}: ${reason.fi}`, `${what.en}: ${reason.en}`, { cause: error });
    return new HostError(error.code, `${what.fi}: Excel ilmoitti virheen ${error.code}: ${error.message}${where}`, `${what.en}: Excel reported ${error.code}: ${error.message}${where}`, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new HostError("Unexpected", `${what.fi}: ${message}`, `${what.en}: ${message}`, { cause: error });
}

/** Runs an Office batch; whatever it throws comes out as a HostError for that action. */
export async function guarded<T>(action: HostAction, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toHostError(error, action);
  }
}
