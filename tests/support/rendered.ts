import assert from "node:assert/strict";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import type { CheckOptions } from "../../src/check/checkWorkbook";
import type { Code } from "../../src/findings/codes";
import type { Finding } from "../../src/findings/finding";
import { renderFinding } from "../../src/findings/render";
import type { CellValue } from "../../src/workbook/types";
import { book } from "./book";

/** Fails when a finding's message misses a param in Finnish, Swedish or English. */
export function assertMessages(findings: readonly Finding[]): void {
  for (const finding of findings) {
    for (const lang of ["fi", "sv", "en"] as const) {
      const { message } = renderFinding(finding, lang);
      assert.doesNotMatch(message, /undefined|NaN|\[object|null/, `${finding.code} in ${lang}: ${message}`);
    }
  }
}

/**
 * Like `findingsOf` (support/check.ts): checks a workbook described in code and returns its
 * findings of the given codes as [code, sheet!cell], after rendering each in every language.
 */
export function findingsOf(sheets: Record<string, CellValue[][]>, codes: readonly Code[], options: CheckOptions = {}): [Code, string][] {
  const findings = checkWorkbook(book(sheets), options).findings.filter((f) => codes.includes(f.code));
  assertMessages(findings);
  return findings.map((f) => [f.code, `${f.sheet}!${f.cell}`]);
}
