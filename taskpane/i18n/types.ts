import type { Severity } from "../../src/findings/finding";

/** Every text the task pane shows, in one language. Functions take what the text talks about, already formatted. */
export interface Strings {
  readonly languageLabel: string;
  readonly tabs: {
    readonly check: string;
    readonly import: string;
    readonly application: string;
    readonly mapping: string;
    readonly settings: string;
  };
  readonly progressLabel: string;
  readonly reading: (done: number, total: number) => string;
  readonly working: string;
  /** The Cancel button of a long read, and what the pane says after it. */
  readonly cancelRead: string;
  readonly cancelled: string;

  /** The message bar's buttons. */
  readonly message: { readonly retry: string; readonly dismiss: string; readonly openSheet: string };

  readonly rechecking: string;
  readonly checkButton: string;
  readonly reportButton: string;
  readonly severities: Readonly<Record<Severity, string>>;
  readonly noFindings: string;
  readonly findingsLabel: string;
  readonly wholeWorkbook: string;
  readonly more: (count: number) => string;
  readonly staleNote: string;
  readonly moreRows: (count: number) => string;
  readonly apply: string;
  readonly confirmTitle: string;
  readonly confirmBody: (where: string, value: string) => string;
  readonly cancel: string;
  readonly fixed: (where: string) => string;
  readonly reportWritten: (sheet: string) => string;

  readonly emptyWorkbook: (sheets: string) => string;
  readonly insertTemplate: string;
  readonly templateInserted: (sheets: string) => string;

  /** The workbook holds none of KASTE Ledger's tables: one state instead of a TABLE_NOT_FOUND per table. */
  readonly notKaste: {
    readonly title: string;
    readonly intro: (tables: string) => string;
    readonly nearest: (table: string, sheet: string, row: number) => string;
    readonly matched: (headers: string) => string;
    readonly missing: (fields: string) => string;
    readonly noneNear: string;
    readonly addSheets: string;
    readonly addSheetsNote: string;
    readonly mapColumns: string;
    readonly mapColumnsNote: string;
    readonly added: (added: string, kept: string | null) => string;
    readonly nothingToAdd: (kept: string) => string;
  };

  readonly settingsIntro: string;
  readonly settingLabels: Readonly<Record<string, string>>;
  readonly settingHints: Readonly<Record<string, string>>;
  readonly loadSettings: string;
  readonly saveSettings: string;
  readonly settingsLoaded: (sheet: string | null) => string;
  readonly settingsSaved: (sheet: string) => string;
  readonly invalidSetting: (label: string, text: string) => string;

  readonly importIntro: string;
  readonly importFile: string;
  readonly importPartner: string;
  readonly importPreviewButton: string;
  readonly unsupportedFile: string;
  readonly unreadableFile: (file: string, reason: string) => string;
  /** unreadableFile's reason for an error that has none of its own in the pane's language. */
  readonly unreadableReason: string;
  readonly chooseFile: string;
  readonly importReadAs: (file: string, encoding: string, delimiter: string) => string;
  readonly importGroups: {
    readonly add: string;
    readonly present: string;
    readonly conflicts: string;
    readonly bad: string;
    readonly notes: string;
  };
  readonly importRow: (source: string) => string;
  readonly importAccept: (rows: number) => string;
  readonly importNothing: string;
  readonly importCannot: string;
  readonly imported: (rows: number, sheet: string) => string;
  readonly importView: {
    readonly dropHint: string;
    readonly chooseButton: string;
    readonly noFile: string;
    readonly chosen: (file: string) => string;
    readonly partnerAuto: string;
    readonly partnerFromFile: (partner: string) => string;
    readonly previewed: (add: number, present: number, conflicts: number, bad: number) => string;
    readonly rows: (rows: number) => string;
    readonly withoutAmount: (rows: number) => string;
    readonly showRows: (rows: number) => string;
    readonly conflictTitle: (partner: string, number: string, row: string) => string;
    readonly fieldLabel: string;
    readonly fileSide: string;
    readonly ledgerSide: string;
    readonly fields: { readonly amount: string; readonly vat: string; readonly line: string; readonly period: string };
    readonly differs: string;
    readonly noLine: string;
    readonly duplicate: string;
    readonly showLedgerRow: (where: string) => string;
    readonly conflictFix: string;
    readonly fileDetails: string;
  };

  readonly periodStart: string;
  readonly periodEnd: string;
  readonly badPeriod: string;
  readonly override: string;
  readonly draftButton: string;
  readonly blocked: (errors: number) => string;
  readonly drafted: (sheet: string, applyNow: string) => string;
  readonly overridden: (errors: number) => string;
  readonly sentDate: string;
  readonly appliedAmount: string;
  readonly optional: string;
  readonly badDate: (text: string) => string;
  readonly badAmount: (text: string) => string;
  readonly markSentButton: string;
  readonly alreadySent: (number: string, start: string, end: string) => string;
  readonly marked: (number: string, rows: number, applied: string) => string;

  /** The Hakemus tab's steps. */
  readonly steps: {
    readonly label: string;
    readonly period: string;
    readonly readiness: string;
    readonly draft: string;
    readonly open: string;
    readonly send: string;
    readonly periodHint: string;
    readonly nextPeriod: (start: string, end: string) => string;
    readonly allClaimed: (start: string, end: string) => string;
    readonly checkFirst: string;
    readonly blockingErrors: string;
    readonly showAll: (errors: number) => string;
    readonly overrideSummary: string;
    readonly overrideNote: string;
    readonly draftedOverridden: (sheet: string, applyNow: string, errors: number) => string;
    readonly openDraft: (sheet: string | null) => string;
    readonly openNote: string;
    readonly noDraftYet: string;
    readonly periodChanged: string;
    readonly sendNote: string;
    readonly notKasteNote: string;
    readonly toCheckTab: string;
  };

  readonly mappingIntro: string;
  readonly findColumns: string;
  readonly noMappingNeeded: string;
  readonly tableAt: (table: string, sheet: string, row: number) => string;
  readonly missingColumns: (fields: string) => string;
  readonly columnLabel: (column: string, header: string) => string;
  readonly notMapped: string;
  readonly saveMapping: string;
  readonly mappingNothing: string;
  readonly mappingSaved: (columns: number) => string;

  readonly verdict: {
    readonly ready: string;
    readonly blocked: (errors: number) => string;
    readonly incomplete: string;
    readonly asOf: (day: string, source: "flag" | "setting" | "today") => string;
    readonly checkedAt: (time: string) => string;
    readonly alsoNoted: (warnings: number, infos: number) => string;
    readonly notChecked: (missing: string, checks: number) => string;
    readonly emptyTable: (table: string) => string;
    readonly notYetChecked: string;
  };
  readonly findings: {
    readonly viewLabel: string;
    readonly views: { readonly topic: string; readonly sheet: string; readonly partner: string };
    readonly severity: Readonly<Record<Severity, string>>;
    readonly todo: string;
    readonly cells: (count: number) => string;
    readonly groupCount: (count: number, errors: number) => string;
    readonly previous: string;
    readonly next: string;
    readonly position: (at: number, of: number) => string;
    readonly noPartner: string;
    readonly codeLabel: (code: string) => string;
  };
  readonly figures: {
    readonly title: string;
    readonly eligible: string;
    readonly eligibleValue: (realised: string, planned: string | null) => string;
    readonly state: string;
    readonly stateLimit: (rate: string, limit: string) => string;
    readonly municipal: string;
    readonly municipalLimit: (rate: string, limit: string) => string;
    readonly overCeiling: string;
    readonly underFloor: string;
    readonly appliedPaid: string;
    readonly appliedPaidValue: (applied: string, paid: string, count: number) => string;
    readonly budgetUse: (year: number) => string;
    readonly elapsed: (share: string) => string;
    readonly common: string;
    readonly chartLabel: (year: number, lines: string) => string;
  };

  readonly ledgerOutputsTitle: string;
  readonly ledgerOutputsIntro: (ledgerSheet: string, finalSheet: string) => string;
  readonly ledgerButton: string;
  readonly finalReportButton: string;
  /** `finalSheet`: a final report sheet is there, whose formulas read the ledger's sheet as it was. */
  readonly ledgerWritten: (sheet: string, invoices: number, tables: number, finalSheet: string | null) => string;
  readonly finalReportWritten: (sheet: string, ledgerSheet: string, eligible: string, settlement: string) => string;
  readonly settlement: {
    readonly toReturn: (amount: string) => string;
    readonly notReturned: (amount: string) => string;
    readonly stillDue: (amount: string) => string;
    readonly even: string;
  };
  readonly sheetNotOurs: (sheet: string) => string;

  readonly hostError: (reason: string) => string;
  /** A file the reader cannot follow, its reason a clause (a part missing, a row cut off). */
  readonly fileError: (reason: string) => string;
  readonly unexpectedError: (reason: string) => string;
}
