import { checkWorkbook } from "../src/check/checkWorkbook";
import { asOfSourceOf, verdictOf } from "../src/check/verdict";
import type { Day } from "../src/periods";
import { budgetUse } from "../src/ledger/budgetUse";
import { checkExport } from "../src/report/checkExport";
import { renderBudgetText } from "../src/report/budgetText";
import { renderText } from "../src/findings/render";
import type { Lang } from "../src/findings/render";
import type { TextLayout } from "../src/findings/textLayout";
import { InputError, readInput } from "./input";
import { Progress } from "./progress";
import { verdictFooter, verdictHeading } from "./verdictText";

export interface CheckOptions {
  file: string;
  format: "text" | "json";
  asOf: Day | undefined;
  budget: boolean;
  lang: Lang;
  layout: TextLayout;
}

/** The package's version, for the JSON envelope (the bundle reads package.json beside it, as --version does). */
function toolVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require("../package.json") as { version: string }).version;
}

const READING: Readonly<Record<Lang, string>> = { fi: "Luetaan", sv: "Läser", en: "Reading" };
const CHECKING: Readonly<Record<Lang, string>> = { fi: "Tarkistetaan", sv: "Kontrollerar", en: "Checking" };

/** One file's check: its report (JSON as a value, text as lines) and its exit code (1 when an error is found). */
async function checkOne({
  file,
  format,
  asOf,
  budget: withBudget,
  lang,
  layout,
}: CheckOptions): Promise<{ output: unknown; code: number }> {
  const progress = new Progress();
  const workbook = await progress.during(`${READING[lang]} ${file}`, () => readInput(file));
  const result = await progress.during(CHECKING[lang], () => checkWorkbook(workbook, { asOf, bookName: file }));
  const budget = withBudget ? budgetUse(result.ledger, result.asOf) : null;
  const code = result.findings.some((f) => f.severity === "error") ? 1 : 0;
  const verdict = verdictOf(result, asOfSourceOf(asOf, result.ledger));
  if (format === "json") return { code, output: checkExport({ file, version: toolVersion(), lang, result, verdict, budget }) };
  return {
    code,
    output: [
      layout.paint("heading", verdictHeading(file, verdict, lang)),
      "",
      renderText(result.findings, result.notChecked, lang, layout),
      ...(budget ? ["", renderBudgetText(budget, lang)] : []),
      "",
      verdictFooter(verdict, lang, layout),
    ].join("\n"),
  };
}

/** `kaste check`: reads the workbook, prints its findings (and budget use with --budget); exit 1 when an error is found. */
export async function runCheck(options: CheckOptions): Promise<number> {
  const { output, code } = await checkOne(options);
  process.stdout.write(`${typeof output === "string" ? output : JSON.stringify(output, null, 2)}\n`);
  return code;
}

/**
 * `kaste check A.xlsx B.xlsx …`: each file under its own heading (JSON: an array, one report a file). A file that
 * cannot be read is said in one line on stderr and the others are still checked; the exit code is the worst of all
 * (2 an unreadable file, 1 errors found, 0 none).
 */
export async function runChecks(files: readonly string[], options: Omit<CheckOptions, "file">): Promise<number> {
  if (files.length === 1) return runCheck({ ...options, file: files[0] });
  let worst = 0;
  const reports: unknown[] = [];
  for (const file of files) {
    try {
      const { output, code } = await checkOne({ ...options, file });
      worst = Math.max(worst, code);
      if (options.format === "json") reports.push(output);
      else process.stdout.write(`${reports.push(output) > 1 ? "\n" : ""}${String(output)}\n`);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      process.stderr.write(`kaste: ${error.text(options.lang)}\n`);
      worst = 2;
    }
  }
  if (options.format === "json") process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  return worst;
}
