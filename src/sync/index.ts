/**
 * Sync: partner expense breakdowns in, payment applications out, claimed costs frozen.
 * Pure (no fs, no Office, no DOM): functions take workbooks (the workbook interface) or bytes
 * and return previews, plans and cells; the CLI (cli/import.ts, application.ts, markSent.ts)
 * and the task pane's Office adapter write them.
 */
export type { OutBlock, OutCell, OutSheet } from "./cells";
export { addSheet, cellValueOf, isDateCell, isFormulaCell, isMoneyCell, isPercentCell, writeBlocks } from "./cells";
export { decodeCsv, detectDelimiter, parseCsv, toCsv } from "./csv";
export type { CsvEncoding, CsvProblem, CsvWriteOptions } from "./csv";
export { escapeFormulaText, needsFormulaEscape, unescapeFormulaText } from "./injection";
export { partnerBookFromCsv, sheetNameOf } from "./partnerFile";
export type { PartnerCsv } from "./partnerFile";
export { applyImport, importBlocks, previewImport, PROVENANCE_HEADERS, rowsToAppend } from "./importPreview";
export type { AppendTarget, BadRow, ConflictKind, ConflictRow, ImportPreview, ImportSource, IncomingRow, PresentRow, RowToAdd } from "./importPreview";
export { invoicesCsv } from "./exportCsv";
export { amountKey, canonicalRow, fingerprintRow, importKey, invoiceKey } from "./fingerprint";
export type { RowValues } from "./fingerprint";
export { claimedCosts, costDay } from "./costs";
export type { ClaimedCost } from "./costs";
export { applicationCsv, applicationFigures, applicationText, draftApplication } from "./application";
export type { ApplicationDraft, ApplicationFigures, ApplicationLine, DraftOptions, EarlierApplication, MunicipalShareRow, SheetLang } from "./application";
export { CLAIMS_SHEET, readClaims } from "./claims";
export type { ApplicationClaim, ClaimedApplication, ClaimedRow } from "./claims";
export { applyMarkSent, markSent } from "./markSent";
export type { MarkSentOptions, MarkSentPlan } from "./markSent";
export { GENERATED_MARK, isGeneratedSheet } from "./generated";
