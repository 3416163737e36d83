/** The Office side of the task pane: the WorkbookHost over Office.js and what goes with it. */
export { officeHost } from "./officeHost";
export type { OfficeHostOptions } from "./officeHost";
export { HostError } from "./errors";
export { canonicalSheets, sheetsToAdd } from "./canonicalSheets";
export type { ReadLimits } from "./read";
