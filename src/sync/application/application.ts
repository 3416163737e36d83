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
import { makeFinding } from "../../findings/makeFinding";
import type { Ledger } from "../../ledger/model";
import type { WorkbookData } from "../../workbook/types";
import type { OutSheet } from "../../workbook/cells";
import { applicationFigures, projectPart } from "./figures";
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
  /**
   * APPLICATION_PERIOD_OVERLAP / APPLICATION_PERIOD_GAP of the draft's own period against the
   * applications on Maksatukset (none when Maksatukset has the period: the checks judge that row).
   * They are errors, so they are among `errors` too.
   */
  readonly periodFindings: readonly Finding[];
}

/**
 * Drafts a payment application for a period (its part inside the project period): runs the checks (errors block the draft unless
 * `override`, and an override is written on the sheet), computes the figures and lays out the
 * new sheet. The sheet's totals are live formulas (SUMIFS over the ledger's real sheet and
 * columns, references to Maksatukset, Hanke and Kuntaosuudet cells), each beside the library's
 * figure and their difference, so an auditor can trace every number and see that they agree.
 * Pure: the adapter writes `sheet` into the workbook (and must not when `blocked`).
 */
export function draftApplication(book: WorkbookData, asked: Interval, options: DraftOptions = {}): ApplicationDraft {
  const check = checkWorkbook(book, { asOf: options.asOf });
  // The application is of the project's days: `--period 2015` of a project ending 31.10.2015 is 1.1.–31.10.2015
  const period = projectPart(check.ledger, asked);
  const figures = applicationFigures(check.ledger, period);
  const lang = options.lang ?? "fi";
  const name = uniqueSheetName(book, LABELS[lang].sheet(ymdOf(period.end).year));
  const periodFindings = periodChainFindings(check.ledger, figures, { sheet: name, cell: "B3" });
  const errors = [...check.findings.filter((f) => f.severity === "error"), ...periodFindings];
  const blocked = errors.length > 0 && !options.override;
  const { sheet, mismatches } = applicationSheet(book, check.ledger, figures, { lang, asOf: check.asOf, errors, name });
  return { figures, check, errors, blocked, sheet, mismatches, periodFindings };
}

/**
 * Whether the draft's period runs on from the applications before it, as the checks ask of the
 * Maksatukset rows (rules/applications.ts): APPLICATION_PERIOD_OVERLAP when it shares days with
 * another application or one marked as sent (its costs would be applied for twice), APPLICATION_PERIOD_GAP when days
 * are left between the last application (or the project's start) and its start (their costs
 * would never be applied for). Nothing when Maksatukset has the period itself.
 */
function periodChainFindings(ledger: Ledger, figures: ApplicationFigures, where: { sheet: string; cell: string }): Finding[] {
  const { period, number } = figures;
  // Maksatukset's rows and the applications marked as sent (a book without Maksatukset has only those)
  const dated = [
    ...ledger.applications.flatMap((a) =>
      a.start !== null && a.end !== null && a.start <= a.end ? [{ number: a.number, start: a.start, end: a.end }] : [],
    ),
    ...(ledger.claims ?? []).map((c) => ({ number: c.number, start: c.start, end: c.end })),
  ];
  if (dated.some((a) => a.start === period.start && a.end === period.end)) return [];
  const overlapping = dated.filter((a) => a.start <= period.end && a.end >= period.start).sort((a, b) => a.start - b.start);
  if (overlapping.length > 0) {
    const other = overlapping[0];
    return [
      makeFinding(
        "APPLICATION_PERIOD_OVERLAP",
        where,
        {
          number,
          previous: other.number,
          overlapStart: { day: Math.max(other.start, period.start) },
          overlapEnd: { day: Math.min(other.end, period.end) },
        },
        { expected: { day: Math.max(...overlapping.map((a) => a.end)) + 1 }, actual: { day: period.start } },
      ),
    ];
  }
  const before = dated.filter((a) => a.end < period.start);
  if (before.length === 0) {
    const projectStart = ledger.project.start?.value ?? null;
    if (projectStart === null || period.start <= projectStart) return [];
    return [
      makeFinding(
        "APPLICATION_PERIOD_GAP",
        where,
        { what: "projectStart", number, start: { day: period.start }, projectStart: { day: projectStart } },
        { expected: { day: projectStart }, actual: { day: period.start } },
      ),
    ];
  }
  const last = before.reduce((a, b) => (b.end > a.end ? b : a));
  // Days after the project's end are no project's to apply for: a last application reaching the end leaves no gap
  const projectEnd = ledger.project.end?.value ?? Infinity;
  const gapEnd = Math.min(period.start - 1, projectEnd);
  if (last.end + 1 > gapEnd) return [];
  return [
    makeFinding(
      "APPLICATION_PERIOD_GAP",
      where,
      { what: "gap", number, previous: last.number, gapStart: { day: last.end + 1 }, gapEnd: { day: gapEnd } },
      { expected: { day: last.end + 1 }, actual: { day: period.start } },
    ),
  ];
}
