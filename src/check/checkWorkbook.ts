import { buildLedger } from "../ledger/build";
import { ALL_TABLE_LABELS } from "../ledger/fieldLabels";
import type { Labels } from "../ledger/fieldLabels";
import { tableNotFound } from "../ledger/tableNotFound";
import type { Ledger, TableKind } from "../ledger/model";
import type { Day } from "../periods/day";
import type { Finding, NotChecked } from "../findings/finding";
import { makeFinding } from "../findings/makeFinding";
import { ALL_RULES } from "../rules";
import { withNearMisses } from "./nearMiss";
import type { ProjectKey, Rule } from "../rules/rule";
import type { WorkbookData } from "../workbook/types";

export interface CheckOptions {
  /** The day the checks look from; Asetukset's as-of date, else today. */
  readonly asOf?: Day;
  readonly rules?: readonly Rule[];
  /** The workbook's file name, for the `kaste map` command a missing table's near miss suggests. */
  readonly bookName?: string;
}

export interface CheckResult {
  readonly ledger: Ledger;
  readonly findings: readonly Finding[];
  readonly notChecked: readonly NotChecked[];
  readonly asOf: Day;
}

export function todayDay(): Day {
  return Math.floor(Date.now() / 86_400_000);
}

/** Reads the workbook into a ledger and runs every rule over it: all problems in one pass. */
export function checkWorkbook(workbook: WorkbookData, options: CheckOptions = {}): CheckResult {
  const { ledger, findings } = buildLedger(workbook);
  const result = checkLedger(ledger, options);
  return { ...result, findings: withNearMisses([...findings, ...result.findings], workbook, ledger, options.bookName) };
}

/** Hanke's keys as a missing one is named, "Hanke: Alkaa puuttuu", in each language. */
const PROJECT_KEY_LABELS: Readonly<Record<ProjectKey, Labels>> = {
  start: { fi: "Hanke: Alkaa", sv: "Projekt: Börjar", en: "Project: Start" },
  end: { fi: "Hanke: Päättyy", sv: "Projekt: Slutar", en: "Project: End" },
};

/** Runs the rules over an already built ledger; rules whose tables are missing are listed as not checked. */
export function checkLedger(ledger: Ledger, options: CheckOptions = {}): CheckResult {
  const asOf = options.asOf ?? ledger.settings.asOf ?? todayDay();
  const findings: Finding[] = [];
  const notChecked: NotChecked[] = [];
  const missingKinds = new Set<TableKind>();
  for (const rule of options.rules ?? ALL_RULES) {
    const missing = rule.needs.filter((kind) => ledger.tables[kind].length === 0);
    if (missing.length > 0) {
      missing.forEach((kind) => missingKinds.add(kind));
      const missingWords = missing.map((kind) => ALL_TABLE_LABELS[kind]);
      notChecked.push({ rule: rule.id, codes: rule.codes, missing: missingWords.map((words) => words.fi), missingWords });
      continue;
    }
    // Hanke found without a key the rule checks against: it runs on what there is, and says what it lacked
    const lacking = (rule.needsProject ?? []).filter((key) => ledger.project[key] === undefined);
    if (lacking.length > 0) {
      const missingWords = lacking.map((key) => PROJECT_KEY_LABELS[key]);
      notChecked.push({ rule: rule.id, codes: rule.codes, missing: missingWords.map((words) => words.fi), missingWords });
    }
    // One by one: spreading a big rule's findings into push() overflows the call stack
    for (const found of rule.check({ ledger, asOf, finding: makeFinding })) findings.push(found);
  }
  const tableFindings = [...missingKinds].map((kind) => tableNotFound(kind));
  return { ledger, findings: [...tableFindings, ...findings], notChecked, asOf };
}
