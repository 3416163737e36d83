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

/**
 * The Excel errors the functions return. Excel shows a custom message (in the error tooltip of
 * the cell) only with #VALUE! and #N/A; it cannot be used with #DIV/0! or #NUM! (Microsoft's
 * CustomFunctions.ErrorCode reference), so those two are raised without one.
 */
type WithMessage = "#VALUE!" | "#N/A";
type WithoutMessage = "#DIV/0!" | "#NUM!";

/** An error whose message Excel shows: the reason, in Finnish / English. */
function raise(code: WithMessage, message: string): never {
  const codes = CustomFunctions.ErrorCode;
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- Excel shows a thrown CustomFunctions.Error as its error value
  throw new CustomFunctions.Error(code === "#VALUE!" ? codes.invalidValue : codes.notAvailable, message);
}

/** An error Excel shows without a message, so none is given. */
function raiseBare(code: WithoutMessage): never {
  const codes = CustomFunctions.ErrorCode;
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- as in raise
  throw new CustomFunctions.Error(code === "#DIV/0!" ? codes.divisionByZero : codes.invalidNumber);
}

/**
 * `#VALUE!`: an argument the function cannot take: a wrong type, an unknown word, a text that
 * cannot be read, or a value out of range (a negative amount, a rate above 100 %, no such date).
 */
export function invalidValue(message: string): never {
  return raise("#VALUE!", message);
}

/** `#DIV/0!`: a zero budget or weights that add up to nothing (self-explanatory; Excel shows no message for it). */
export function divisionByZero(): never {
  return raiseBare("#DIV/0!");
}

/** `#N/A`: no answer yet (a pace before the period has started). */
export function notAvailable(message: string): never {
  return raise("#N/A", message);
}

/**
 * An error value Excel passed in as an argument (a cell holding #N/A, a range with a #REF!): the
 * same error out, as Excel's own functions do, where a custom function may return it (#N/A,
 * #NUM!, #DIV/0!, #VALUE!); the others (#REF!, #NAME?, #NULL!, …) as #VALUE!, the message saying
 * which. #NUM! and #DIV/0! go out without the message, which Excel would not show.
 */
export function passedOn(code: string, message: string): never {
  if (code === "#NUM!" || code === "#DIV/0!") return raiseBare(code);
  return raise(code === "#N/A" ? code : "#VALUE!", message);
}
