/**
 * The fake as the browser gets it in place of office.js (see script.ts): the starting
 * workbook comes from `window.__KASTE_FAKE_WORKBOOK__` (set before this script runs, e.g. with
 * playwright's addInitScript), options from `window.__KASTE_FAKE_OPTIONS__`; the fake itself
 * is left at `window.__KASTE_FAKE__` for assertions (`selected`, `syncCount`, `snapshot()`).
 * A CustomFunctions stand-in records `associate` calls in `window.__registered` unless the
 * page already has one (the shared runtime also loads the functions bundle).
 */
import { FakeOffice } from "./fakeOffice";
import type { FakeOptions } from "./fakeOffice";
import type { FakeBookInit } from "./model";

interface FakeWindow {
  __KASTE_FAKE_WORKBOOK__?: FakeBookInit;
  __KASTE_FAKE_OPTIONS__?: FakeOptions;
  __KASTE_FAKE__?: FakeOffice;
  __registered?: Record<string, unknown>;
  CustomFunctions?: unknown;
}

const page = globalThis as unknown as FakeWindow & Record<string, unknown>;
const fake = new FakeOffice(
  page.__KASTE_FAKE_WORKBOOK__ ?? { sheets: [{ name: "Taul1", cells: [] }], date1904: false },
  page.__KASTE_FAKE_OPTIONS__ ?? {},
);
fake.install(page);
page.__KASTE_FAKE__ = fake;
if (page.CustomFunctions === undefined) {
  page.__registered = {};
  page.CustomFunctions = {
    associate(id: string, fn: unknown) {
      page.__registered![id] = fn;
    },
    Error: class {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    },
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
    },
  };
}
