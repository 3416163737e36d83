/**
 * A fake of Excel's `CustomFunctions` global for node tests: `Error` keeps the code and the
 * message, `ErrorCode` has Excel's values, `associate` records id → function. Import this
 * module before the functions module, so the functions see the fake when they load.
 */
import assert from "node:assert/strict";

/** The error value a custom function throws, as Excel would show it (`message` only if one was given). */
export class FakeExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/**
 * The errors Excel shows a custom message with (#VALUE!, #N/A); for #DIV/0!, #NUM! and the
 * others a message "can't be used" (Microsoft's CustomFunctions.ErrorCode reference).
 */
export const CODES_WITH_MESSAGE: readonly string[] = ["#VALUE!", "#N/A"];

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
} as const;

/** Functions registered through `CustomFunctions.associate`, by id. */
export const registered = new Map<string, (...args: unknown[]) => unknown>();

Object.assign(globalThis, {
  CustomFunctions: {
    Error: FakeExcelError,
    ErrorCode,
    associate(id: string, implementation: (...args: unknown[]) => unknown): void {
      registered.set(id, implementation);
    },
  },
});

/**
 * Runs `call` and returns the Excel error it raised as "#CODE: message", or "#CODE" alone for
 * an error Excel shows no message with; fails when it returns a value or throws anything else.
 * Every #VALUE! and #N/A has a message naming the argument in Finnish and English ("… / …"),
 * and no other error has one (a message Excel would never show).
 */
export function excelError(call: () => unknown): string {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    if (!(error instanceof FakeExcelError)) throw error;
    if (!CODES_WITH_MESSAGE.includes(error.code)) {
      assert.equal(error.message, undefined, `${error.code} comes without a message, which Excel would not show`);
      return error.code;
    }
    assert.match(error.message ?? "", /\S \/ \S/, `the message of ${error.code} is in Finnish / English: ${error.message}`);
    assert.doesNotMatch(error.message ?? "", /undefined|NaN|\[object/, error.message);
    return `${error.code}: ${error.message}`;
  }
  assert.fail(`expected an Excel error, got ${JSON.stringify(result)}`);
}

/** Only the error code of `excelError`. */
export function errorCode(call: () => unknown): string {
  return excelError(call).split(":")[0];
}

/** Text with U+00A0 and U+202F as plain spaces, so expectations can be typed. */
export function spaced(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, " ");
}
