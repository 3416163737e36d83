/**
 * `kaste check --format json`: one envelope per file that scripts can rely on. The zod schemas below are the contract:
 * `z.toJSONSchema(CheckExportSchema)` is schema/check.schema.json (scripts/check-schema.ts writes it, `kaste schema`
 * prints it, a test keeps it current and validates real output against it). docs/json.md documents every field and
 * its changelog; a change that could break a reader raises CHECK_SCHEMA_VERSION.
 *
 * Money is integer cents with the text a person reads (`{ cents: 34966700, text: "349 667,00 €" }`), days ISO dates
 * with their text, messages in all three languages beside the one asked for.
 */
import { z } from "zod";
import type { CheckResult } from "../check/checkWorkbook";
import type { Verdict } from "../check/verdict";
import { adviceOf } from "../findings/advice";
import type { Finding, Param } from "../findings/finding";
import { fixValue, formatParam, renderMessage, summarize } from "../findings/render";
import type { Lang } from "../findings/render";
import type { BudgetUseTable } from "../ledger/budgetUse";
import { ALL_TABLE_LABELS } from "../ledger/fieldLabels";
import { formatMoney } from "../money";
import { isoOf } from "../periods";

/** Raised when a field is removed, renamed or changes its meaning; adding a field keeps it. */
export const CHECK_SCHEMA_VERSION = 1;

const iso = z.iso.date().describe("ISO date YYYY-MM-DD").meta({ id: "Date" });
const code = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]*$/)
  .describe("a stable finding code, e.g. COFUND_STATE_OVER_RATE (docs/codes.md)")
  .meta({ id: "Code" });
const severity = z.enum(["error", "warning", "info"]).meta({ id: "Severity" });
const lang = z.enum(["fi", "sv", "en"]);
const threeLanguages = z.object({ fi: z.string(), sv: z.string(), en: z.string() }).meta({ id: "Texts" });

export const MoneySchema = z
  .object({ cents: z.number().int().describe("euro cents"), text: z.string().describe("as written in the report's language") })
  .strict()
  .meta({ id: "Money" });
export type MoneyExport = z.infer<typeof MoneySchema>;

/** A value a finding talks about: money in cents, a day, a ratio, or a plain text or number; always with its text. */
export const ValueSchema = z
  .union([
    MoneySchema,
    z.object({ date: iso, text: z.string() }).strict(),
    z.object({ ratio: z.number().describe("1 is 100 %"), text: z.string() }).strict(),
    z.object({ value: z.union([z.string(), z.number()]), text: z.string() }).strict(),
  ])
  .meta({ id: "Value" });
export type ValueExport = z.infer<typeof ValueSchema>;

export const FindingExportSchema = z
  .object({
    code,
    severity,
    sheet: z.string().describe('the sheet; "" when about the whole workbook'),
    cell: z.string().describe('an A1 address; "" when about a whole sheet or table'),
    message: z.string().describe("the message in the report's language (lang)"),
    messages: threeLanguages.describe("the message in Finnish, Swedish and English"),
    expected: ValueSchema.optional().describe("the value that would be right, where known"),
    actual: ValueSchema.optional().describe("the value found, where it matters"),
    fix: ValueSchema.optional().describe("what to write into `cell` to fix it, where known (not a total to reach)"),
  })
  .strict()
  .meta({ id: "Finding" });
export type FindingExport = z.infer<typeof FindingExportSchema>;

export const NotCheckedExportSchema = z
  .object({
    rule: z.string(),
    codes: z.array(code).describe("the codes the rule would have given"),
    missing: z.array(z.string()).describe('the missing tables\' Finnish names, or a Hanke key missing from a found Hanke ("Hanke: Alkaa")'),
    missingWords: z.array(threeLanguages).describe("the same tables named in each language"),
  })
  .strict()
  .meta({ id: "NotChecked" });

export const VerdictExportSchema = z
  .object({
    state: z
      .enum(["ready", "blocked", "incomplete"])
      .describe("ready: no errors and everything checked; blocked: errors; incomplete: no errors but something not checked"),
    errors: z.number().int(),
    warnings: z.number().int(),
    infos: z.number().int(),
    blockers: z
      .array(
        z
          .object({
            code,
            count: z.number().int(),
            title: z.string().describe("what to fix, in the report's language"),
            sheet: z.string(),
            cell: z.string().describe("the first such error's cell"),
          })
          .strict(),
      )
      .describe("every cause of an error, those that unblock the most first"),
    emptyTables: z
      .array(z.object({ table: z.string(), name: z.string().describe("in the report's language") }).strict())
      .describe("tables found without rows: their checks saw nothing"),
  })
  .strict()
  .meta({ id: "Verdict" });

export const BudgetRowExportSchema = z
  .object({
    level: z.enum(["line", "partner", "costLine", "project"]),
    year: z.number().int().nullable().describe("null over the whole project period"),
    partner: z.string().nullable().describe('"" for the common share; null on rows over partners'),
    line: z.string().nullable().describe("the cost line; null on rows over lines"),
    budget: MoneySchema.nullable().describe("null when no budget row covers it"),
    realised: MoneySchema,
    use: z.number().nullable().describe("realised ÷ budget"),
    elapsed: z.number().describe("the share of the period passed on asOf"),
    pace: z.number().nullable().describe("use ÷ elapsed"),
    invoicedElapsed: z.number().describe("the share passed by the day costs can be invoiced by now"),
  })
  .strict()
  .meta({ id: "BudgetRow" });

export const CheckExportSchema = z
  .object({
    schemaVersion: z.literal(CHECK_SCHEMA_VERSION),
    tool: z.literal("kaste"),
    version: z.string().describe("the version of kaste that wrote it"),
    file: z.string().describe("the file or CSV folder checked, as given"),
    lang,
    asOf: iso.describe("the day the checks look from"),
    asOfSource: z.enum(["flag", "setting", "today"]).describe("--as-of, the Asetukset sheet's day, or today"),
    verdict: VerdictExportSchema,
    summary: z
      .object({
        errors: z.number().int(),
        warnings: z.number().int(),
        infos: z.number().int(),
        byCode: z.record(z.string(), z.number().int()),
      })
      .strict(),
    findings: z.array(FindingExportSchema),
    notChecked: z.array(NotCheckedExportSchema).describe("rules that could not run, and why (a missing table is not OK)"),
    budget: z.array(BudgetRowExportSchema).optional().describe("with --budget: the budget use, year × partner × cost line"),
  })
  .strict()
  .meta({ id: "CheckReport" });
export type CheckExport = z.infer<typeof CheckExportSchema>;

/** Several files checked at once: one envelope each, in the order given. */
export const CheckExportsSchema = z.union([CheckExportSchema, z.array(CheckExportSchema)]);

function money(cents: number, lang: Lang): MoneyExport {
  return { cents, text: formatMoney(cents, lang) };
}

export function valueExport(param: Param, lang: Lang): ValueExport {
  const text = formatParam(param, lang);
  if (typeof param === "string" || typeof param === "number") return { value: param, text };
  if ("cents" in param) return { cents: param.cents, text };
  if ("day" in param) return { date: isoOf(param.day), text };
  if ("ratio" in param) return { ratio: param.ratio, text };
  return { value: text, text };
}

/** Codes whose `expected` is a total to reach, not a value for the finding's own cell. */
const NOT_A_CELL_VALUE: ReadonlySet<string> = new Set(["MUNI_SHARES_MISMATCH"]);

export function findingExport(finding: Finding, lang: Lang): FindingExport {
  const messages = { fi: renderMessage(finding, "fi"), sv: renderMessage(finding, "sv"), en: renderMessage(finding, "en") };
  const { expected, actual } = finding;
  return {
    code: finding.code,
    severity: finding.severity,
    sheet: finding.sheet,
    cell: finding.cell,
    message: messages[lang],
    messages,
    ...(expected !== undefined ? { expected: valueExport(expected, lang) } : {}),
    ...(actual !== undefined ? { actual: valueExport(actual, lang) } : {}),
    ...(expected !== undefined && fixValue(expected) !== undefined && !NOT_A_CELL_VALUE.has(finding.code)
      ? { fix: valueExport(expected, lang) }
      : {}),
  };
}

export interface CheckExportInput {
  readonly file: string;
  readonly version: string;
  readonly lang: Lang;
  readonly result: CheckResult;
  readonly verdict: Verdict;
  readonly budget: BudgetUseTable | null;
}

/** The envelope of one file's check. */
export function checkExport({ file, version, lang, result, verdict, budget }: CheckExportInput): CheckExport {
  return {
    schemaVersion: CHECK_SCHEMA_VERSION,
    tool: "kaste",
    version,
    file,
    lang,
    asOf: isoOf(verdict.asOf),
    asOfSource: verdict.asOfSource,
    verdict: {
      state: verdict.state,
      errors: verdict.errors,
      warnings: verdict.warnings,
      infos: verdict.infos,
      blockers: verdict.blockers.map((b) => ({
        code: b.code,
        count: b.count,
        title: adviceOf(b.code, lang).title,
        sheet: b.first.sheet,
        cell: b.first.cell,
      })),
      emptyTables: verdict.emptyTables.map((table) => ({ table, name: ALL_TABLE_LABELS[table][lang] })),
    },
    summary: summarize(result.findings),
    findings: result.findings.map((f) => findingExport(f, lang)),
    notChecked: result.notChecked.map(({ rule, codes, missing, missingWords }) => ({
      rule,
      codes: [...codes],
      missing: [...missing],
      missingWords: [...missingWords],
    })),
    ...(budget
      ? {
          budget: budget.rows.map((row) => ({
            level: row.level,
            year: row.year,
            partner: row.partner,
            line: row.line,
            budget: row.budget === null ? null : money(row.budget, lang),
            realised: money(row.realised, lang),
            use: row.use,
            elapsed: row.elapsed,
            pace: row.pace,
            invoicedElapsed: row.invoicedElapsed,
          })),
        }
      : {}),
  };
}
