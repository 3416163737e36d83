/**
 * A fake of Excel's `CustomFunctions` global for node tests: `Error` keeps the code and the
 * message, `ErrorCode` has Excel's values, `associate` records id → function. Import this
 * module before the functions module, so the functions see the fake when they load.
 */
import assert from "node:assert/strict";

/** The error value a custom function throws, as Excel would show it. */
export class FakeExcelError {
  constructor(
    readonly code: string,
    readonly message = "",
  ) {}
}

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
 * Runs `call` and returns the Excel error it raised as "#CODE: message"; fails when it
 * returns a value or throws anything else. Every message names the argument in Finnish and
 * English ("… / …").
 */
export function excelError(call: () => unknown): string {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    if (!(error instanceof FakeExcelError)) throw error;
    assert.match(error.message, /\S \/ \S/, `the message of ${error.code} is in Finnish / English: ${error.message}`);
    assert.doesNotMatch(error.message, /undefined|NaN|\[object/, error.message);
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
