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
import { cellOf } from "../../ledger/cell";
import { claimCellOf } from "../../ledger/claims";
import type { Ledger } from "../../ledger/model";
import { chainLink, chainOf, periodInChain } from "../../ledger/periodChain";
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
  /** The book's check, when the caller made it already (with the same as-of day): not made twice. */
  readonly check?: CheckResult;
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
  const check = options.check ?? checkWorkbook(book, { asOf: options.asOf });
  // The application is of the project's days: `--period 2015` of a project ending 31.10.2015 is 1.1.–31.10.2015
  const period = projectPart(check.ledger, asked);
  const figures = applicationFigures(check.ledger, period);
  const lang = options.lang ?? "fi";
  const name = uniqueSheetName(book, LABELS[lang].sheet(ymdOf(period.end).year));
  const periodFindings = periodChainFindings(check.ledger, figures);
  const errors = [...check.findings.filter((f) => f.severity === "error"), ...periodFindings];
  const blocked = errors.length > 0 && !options.override;
  const { sheet, mismatches } = applicationSheet(book, check.ledger, figures, { lang, asOf: check.asOf, errors, name });
  return { figures, check, errors, blocked, sheet, mismatches, periodFindings };
}

/**
 * Whether the draft's period runs on from the applications before it, asked as the checks ask it
 * of each Maksatukset row (ledger/periodChain.ts, rules/applications.ts): APPLICATION_PERIOD_OVERLAP
 * when it shares days with another application or one marked as sent (its costs would be applied
 * for twice), APPLICATION_PERIOD_GAP when days are left between the last application (or the
 * project's start) and its start (their costs would never be applied for). Nothing when
 * Maksatukset (or the claims sheet) has the period itself: the checks judge that row.
 *
 * The draft's sheet is not written when the draft is held back, so the findings point at cells
 * the workbook has: the row of the application named (its end, or its start when it starts after
 * the draft), or Hanke's start.
 */
function periodChainFindings(ledger: Ledger, figures: ApplicationFigures): Finding[] {
  const { period, number } = figures;
  // Maksatukset's rows and the applications marked as sent (a book without Maksatukset has only those)
  const links = [
    ...ledger.applications.flatMap((a) =>
      a.start !== null && a.end !== null
        ? [{ link: chainLink(a.number, a.start, a.end, { start: cellOf(a.at, "start"), end: cellOf(a.at, "end") }), typed: a }]
        : [],
    ),
    ...(ledger.claims ?? []).map((c) => ({
      link: chainLink(c.number, c.start, c.end, { start: claimCellOf(c, "Alkaa"), end: claimCellOf(c, "Päättyy") }),
      typed: c,
    })),
  ];
  if (links.some(({ typed }) => typed.start === period.start && typed.end === period.end)) return [];
  const project = { start: ledger.project.start ?? null, end: ledger.project.end?.value ?? null };
  const found = periodInChain(
    chainOf(links.map(({ link }) => link)),
    { number, start: period.start, end: period.end },
    { start: project.start?.value ?? null, end: project.end },
    (other) => {
      if (other) return other.start > period.start ? other.of.start : other.of.end;
      // Only asked when the project has a start
      return project.start ? { sheet: project.start.sheet, cell: project.start.cell } : { sheet: "", cell: "" };
    },
  );
  return found ? [found] : [];
}
