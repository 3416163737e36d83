import { checkWorkbook } from "../../src/check/checkWorkbook";
import type { CheckOptions } from "../../src/check/checkWorkbook";
import type { Code } from "../../src/findings/codes";
import type { CellValue } from "../../src/workbook/types";
import { book } from "./book";

/** Checks a workbook described in code and returns its findings of the given codes as [code, sheet!cell]. */
export function findingsOf(sheets: Record<string, CellValue[][]>, codes: readonly Code[], options: CheckOptions = {}): [Code, string][] {
  return checkWorkbook(book(sheets), options)
    .findings.filter((f) => codes.includes(f.code))
    .map((f) => [f.code, `${f.sheet}!${f.cell}`]);
}
