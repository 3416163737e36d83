/**
 * Errors the pane can show: every failure of the Office adapter comes out as a HostError with
 * a Finnish, a Swedish and an English sentence (`fi`, `sv`, `en`) and Office's error code, so
 * the UI never has to read an OfficeExtension.Error.
 */
import type { HostTexts } from "../host";

export type HostAction = "read" | "select" | "write" | "writeSheet" | "insertTables";

export class HostError extends Error implements HostTexts {
  /** Office's error code (`ItemNotFound`, `InvalidOperationInCellEditMode`, …), or our own (`SheetExists`, `TooLarge`). */
  readonly code: string;
  readonly fi: string;
  readonly sv: string;
  readonly en: string;
  constructor(code: string, { fi, sv, en }: HostTexts, options?: { cause?: unknown }) {
    super(`${fi} / ${en}`, options);
    this.name = "HostError";
    this.code = code;
    this.fi = fi;
    this.sv = sv;
    this.en = en;
  }
}

const ACTIONS: Readonly<Record<HostAction, HostTexts>> = {
  read: { fi: "Työkirjan lukeminen ei onnistunut", sv: "Det gick inte att läsa arbetsboken", en: "Could not read the workbook" },
  select: { fi: "Solun valitseminen ei onnistunut", sv: "Det gick inte att markera cellen", en: "Could not select the cell" },
  write: {
    fi: "Kirjoittaminen työkirjaan ei onnistunut",
    sv: "Det gick inte att skriva i arbetsboken",
    en: "Could not write into the workbook",
  },
  writeSheet: { fi: "Välilehden kirjoittaminen ei onnistunut", sv: "Det gick inte att skriva fliken", en: "Could not write the sheet" },
  insertTables: {
    fi: "Taulukoiden lisääminen ei onnistunut",
    sv: "Det gick inte att infoga tabellerna",
    en: "Could not insert the tables",
  },
};

/** Why, by Office's error code (Excel.ErrorCodes), in words a user can act on. */
const REASONS: Readonly<Record<string, HostTexts>> = {
  InvalidOperationInCellEditMode: {
    fi: "Excel on solun muokkaustilassa: paina Enter tai Esc ja yritä uudelleen.",
    sv: "Excel redigerar en cell: tryck på Enter eller Esc och försök igen.",
    en: "Excel is editing a cell: press Enter or Esc and try again.",
  },
  ItemNotFound: {
    fi: "välilehteä tai aluetta ei löydy (onko se nimetty uudelleen tai poistettu?).",
    sv: "fliken eller området hittades inte (har det bytt namn eller tagits bort?).",
    en: "the sheet or range was not found (renamed or deleted?).",
  },
  ItemAlreadyExists: {
    fi: "samanniminen välilehti tai taulukko on jo olemassa.",
    sv: "det finns redan en flik eller tabell med det namnet.",
    en: "a sheet or table of that name already exists.",
  },
  AccessDenied: {
    fi: "välilehti tai työkirja on suojattu, tai työkirja on vain luku -tilassa.",
    sv: "fliken eller arbetsboken är skyddad, eller arbetsboken är skrivskyddad.",
    en: "the sheet or workbook is protected, or the workbook is read-only.",
  },
  InvalidArgument: {
    fi: "Excel ei hyväksynyt annettua arvoa tai osoitetta.",
    sv: "Excel godtog inte ett värde eller en adress.",
    en: "Excel did not accept a value or address.",
  },
  InvalidReference: { fi: "osoite ei kelpaa.", sv: "adressen är inte giltig.", en: "the address is not valid." },
  InvalidSelection: {
    fi: "valinta ei kelpaa (onko välilehti piilotettu?).",
    sv: "markeringen är inte giltig (är fliken dold?).",
    en: "the selection is not valid (is the sheet hidden?).",
  },
  InvalidOperation: {
    fi: "Excel ei salli tätä toimintoa nyt.",
    sv: "Excel tillåter inte det här just nu.",
    en: "Excel does not allow this now.",
  },
  ResponsePayloadSizeLimitExceeded: {
    fi: "tietoa on liikaa yhdellä kertaa luettavaksi.",
    sv: "det är för mycket data att läsa på en gång.",
    en: "there is too much data to read at once.",
  },
  RequestPayloadSizeLimitExceeded: {
    fi: "tietoa on liikaa yhdellä kertaa kirjoitettavaksi.",
    sv: "det är för mycket data att skriva på en gång.",
    en: "there is too much data to write at once.",
  },
  RangeExceedsLimit: { fi: "alue on liian suuri.", sv: "området är för stort.", en: "the range is too large." },
  Conflict: {
    fi: "joku muu muokkasi työkirjaa samaan aikaan; yritä uudelleen.",
    sv: "någon annan ändrade arbetsboken samtidigt; försök igen.",
    en: "someone else changed the workbook at the same time; try again.",
  },
  ApiNotFound: {
    fi: "tämä Excelin versio ei tue tarvittavaa toimintoa.",
    sv: "den här versionen av Excel stöder inte en funktion som behövs.",
    en: "this version of Excel does not support a feature needed.",
  },
  GeneralException: {
    fi: "Excel ilmoitti sisäisestä virheestä; yritä uudelleen.",
    sv: "Excel rapporterade ett internt fel; försök igen.",
    en: "Excel reported an internal error; try again.",
  },
};

/** Whether a value looks like Office's error (OfficeExtension.Error: a string `code`, a `message`). */
function isOfficeError(error: unknown): error is { code: string; message: string; debugInfo?: { errorLocation?: string } } {
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { code?: unknown }).code === "string" &&
    typeof (error as { message?: unknown }).message === "string"
  );
}

/** Any failure during an action as a HostError (a HostError passes through unchanged). */
export function toHostError(error: unknown, action: HostAction): HostError {
  if (error instanceof HostError) return error;
  const what = ACTIONS[action];
  if (isOfficeError(error)) {
    const reason = REASONS[error.code];
    const where = error.debugInfo?.errorLocation ? ` [${error.debugInfo.errorLocation}]` : "";
    if (reason)
      return new HostError(
        error.code,
        { fi: `${what.fi}: ${reason.fi}`, sv: `${what.sv}: ${reason.sv}`, en: `${what.en}: ${reason.en}` },
        { cause: error },
      );
    const reported = `${error.code}: ${error.message}${where}`;
    return new HostError(
      error.code,
      {
        fi: `${what.fi}: Excel ilmoitti virheen ${reported}`,
        sv: `${what.sv}: Excel rapporterade felet ${reported}`,
        en: `${what.en}: Excel reported ${reported}`,
      },
      { cause: error },
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new HostError(
    "Unexpected",
    { fi: `${what.fi}: ${message}`, sv: `${what.sv}: ${message}`, en: `${what.en}: ${message}` },
    { cause: error },
  );
}

/** Runs an Office batch; whatever it throws comes out as a HostError for that action. */
export async function guarded<T>(action: HostAction, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toHostError(error, action);
  }
}
