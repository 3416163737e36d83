import { checkWorkbook } from "../src/check/checkWorkbook";
import { asOfSourceOf, verdictOf } from "../src/check/verdict";
import type { Day } from "../src/periods";
import { budgetUse } from "../src/ledger/budgetUse";
import { renderBudgetText } from "../src/report/budgetText";
import { renderJson, renderText } from "../src/findings/render";
import type { Lang } from "../src/findings/render";
import { readInput } from "./input";
import { Progress } from "./progress";
import { verdictFooter, verdictHeading } from "./verdictText";

export interface CheckOptions {
  file: string;
  format: "text" | "json";
  asOf: Day | undefined;
  budget: boolean;
  lang: Lang;
}

/** `kaste check`: reads the workbook, prints its findings (and budget use with --budget); exit 1 when an error is found. */
export async function runCheck({ file, format, asOf, budget: withBudget, lang }: CheckOptions): Promise<number> {
  const progress = new Progress();
  const workbook = await progress.during(lang === "fi" ? `Luetaan ${file}` : `Reading ${file}`, () => readInput(file));
  const result = await progress.during(lang === "fi" ? "Tarkistetaan" : "Checking", () =>
    checkWorkbook(workbook, { asOf, bookName: file }),
  );
  const budget = withBudget ? budgetUse(result.ledger, result.asOf) : null;
  const output =
    format === "json"
      ? JSON.stringify(
          {
            ...renderJson(result.findings, result.notChecked, lang),
            ...(budget ? { budget: budget.rows.map(({ budgetRows: _rows, firstLine: _line, ...row }) => row) } : {}),
          },
          null,
          2,
        )
      : textOutput();
  function textOutput(): string {
    const verdict = verdictOf(result, asOfSourceOf(asOf, result.ledger));
    return [
      verdictHeading(file, verdict, lang),
      "",
      renderText(result.findings, result.notChecked, lang),
      ...(budget ? ["", renderBudgetText(budget, lang)] : []),
      "",
      verdictFooter(verdict, lang),
    ].join("\n");
  }
  process.stdout.write(`${output}\n`);
  return result.findings.some((f) => f.severity === "error") ? 1 : 0;
}
