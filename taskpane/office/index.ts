/** The Office side of the task pane: the WorkbookHost over Office.js and what goes with it. */
export { officeHost, DEFAULT_LANGUAGE } from "./officeHost";
export type { OfficeHostOptions } from "./officeHost";
export { HostError, toHostError } from "./errors";
export { canonicalSheets } from "./canonicalSheets";
export { DEFAULT_READ_LIMITS } from "./read";
export type { ReadLimits } from "./read";
