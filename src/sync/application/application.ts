/**
 * A payment application in steps a reader can follow: the checks, then the figures (figures.ts),
 * then the sheet of live formulas beside them (sheet.ts, worded by labels.ts); text.ts gives the
 * same as CSV and terminal text.
 */
import { checkWorkbook } from "../../check/checkWorkbook";
import type { CheckResult } from "../../check/checkWorkbook";
import { ymdOf } from "../../periods";
import type { Day, Interval } from "../../periods";
import type { Finding } from "../../findings/finding";
import type { WorkbookData } from "../../workbook/types";
import type { OutSheet } from "../../workbook/cells";
import { applicationFigures } from "./figures";
import type { ApplicationFigures } from "./figures";
import { LABELS } from "./labels";
import type { SheetLang } from "./labels";
import { applicationSheet, uniqueSheetName } from "./sheet";

export interface DraftOptions {
  /** The day the checks look from and the draft is dated; Asetukset's as-of date, else today. */
  readonly asOf?: Day;
  /** Write the draft although the checks found errors; the sheet says so. */
  readonly override?: boolean;
  readonly lang?: SheetLang;
}

export interface ApplicationDraft {
  readonly figures: ApplicationFigures;
  /** The checks run before drafting (all findings, all rules). */
  readonly check: CheckResult;
  /** The errors among them: they block the draft unless overridden. */
  readonly errors: readonly Finding[];
  /** True when errors block the draft (nothing should be written). */
  readonly blocked: boolean;
  /** The new sheet: totals as live SUMIFS formulas over the ledger, the library's figures and the differences beside them. */
  readonly sheet: OutSheet;
  /** APPLICATION_FORMULA_MISMATCH where a formula would not give the library's figure. */
  readonly mismatches: readonly Finding[];
}

/**
 * Drafts a payment application for a period: runs the checks (errors block the draft unless
 * `override`, and an override is written on the sheet), computes the figures and lays out the
 * new sheet. The sheet's totals are live formulas (SUMIFS over the ledger's real sheet and
 * columns, references to Maksatukset, Hanke and Kuntaosuudet cells), each beside the library's
 * figure and their difference, so an auditor can trace every number and see that they agree.
 * Pure: the adapter writes `sheet` into the workbook (and must not when `blocked`).
 */
export function draftApplication(book: WorkbookData, period: Interval, options: DraftOptions = {}): ApplicationDraft {
  const check = checkWorkbook(book, { asOf: options.asOf });
  const errors = check.findings.filter((f) => f.severity === "error");
  const blocked = errors.length > 0 && !options.override;
  const figures = applicationFigures(check.ledger, period);
  const lang = options.lang ?? "fi";
  const { sheet, mismatches } = applicationSheet(book, check.ledger, figures, {
    lang,
    asOf: check.asOf,
    errors,
    name: uniqueSheetName(book, LABELS[lang].sheet(ymdOf(period.end).year)),
  });
  return { figures, check, errors, blocked, sheet, mismatches };
}
