/**
 * The part of Excel's custom-functions host the functions use, and the errors they raise.
 *
 * `CustomFunctions` is a global that office.js provides in Excel (and a fake provides in the
 * node and browser tests). It is looked up when an error is raised, never at import, so the
 * functions module can be imported anywhere.
 */

declare global {
  // The shape of Office's runtime global (no @types package ships it for the shared runtime).
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace CustomFunctions {
    /** Registers the JavaScript function behind a metadata id (the build appends the calls). */
    function associate(id: string, implementation: (...args: never[]) => unknown): void;
    /** An Excel error value with a message Excel shows in the cell's error tooltip. */
    class Error {
      constructor(errorCode: ErrorCode, errorMessage?: string);
      code: ErrorCode;
      message?: string;
    }
    enum ErrorCode {
      invalidValue = "#VALUE!",
      notAvailable = "#N/A",
      divisionByZero = "#DIV/0!",
      invalidNumber = "#NUM!",
      nullReference = "#NULL!",
    }
  }
}

/** The Excel errors the functions return; each carries a message (Finnish / English). */
export type ExcelError = "#VALUE!" | "#NUM!" | "#DIV/0!" | "#N/A";

function raise(code: ExcelError, message: string): never {
  const codes = CustomFunctions.ErrorCode;
  const errorCode =
    code === "#VALUE!"
      ? codes.invalidValue
      : code === "#NUM!"
        ? codes.invalidNumber
        : code === "#DIV/0!"
          ? codes.divisionByZero
          : codes.notAvailable;
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- Excel shows a thrown CustomFunctions.Error as its error value
  throw new CustomFunctions.Error(errorCode, message);
}

/** `#VALUE!`: a wrong type, an unknown word, a text that cannot be read. */
export function invalidValue(message: string): never {
  return raise("#VALUE!", message);
}

/** `#NUM!`: a number of the right type but outside what the function accepts (negative, no such date). */
export function invalidNumber(message: string): never {
  return raise("#NUM!", message);
}

/** `#DIV/0!`: a zero budget or weights that add up to nothing. */
export function divisionByZero(message: string): never {
  return raise("#DIV/0!", message);
}

/** `#N/A`: no answer yet (a pace before the period has started). */
export function notAvailable(message: string): never {
  return raise("#N/A", message);
}

/**
 * An error value Excel passed in as an argument (a cell holding #N/A, a range with a #REF!): the
 * same error out, as Excel's own functions do, where a custom function may return it (#N/A,
 * #NUM!, #DIV/0!, #VALUE!); the others (#REF!, #NAME?, #NULL!, …) as #VALUE!, the message saying which.
 */
export function passedOn(code: string, message: string): never {
  return raise(code === "#N/A" || code === "#NUM!" || code === "#DIV/0!" ? code : "#VALUE!", message);
}
