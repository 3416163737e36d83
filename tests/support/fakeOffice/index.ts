/** The fake Office host for tests: `installFakeOffice(book)` puts `Office`/`Excel` in place and returns the fake. */
import { FakeOffice } from "./fakeOffice";
import type { FakeOptions } from "./fakeOffice";
import type { FakeBookInit } from "./model";

export { FakeOffice, FakeOfficeError, WEB_LIMITS } from "./fakeOffice";
export type { FakeLimits, FakeOptions, WriteRecord } from "./fakeOffice";
export type { FakeBookInit, FakeSheet, SheetSnapshot } from "./model";
export { workbookFromWritableSheets } from "./fromWritable";

export interface InstalledFake {
  readonly fake: FakeOffice;
  /** Restores the globals that were there before. */
  readonly uninstall: () => void;
}

export function installFakeOffice(book: FakeBookInit, options: FakeOptions = {}): InstalledFake {
  const fake = new FakeOffice(book, options);
  return { fake, uninstall: fake.install() };
}
