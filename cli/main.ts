// Each command's module is required when it runs (literal paths, so esbuild bundles them): a check starts without the writers' packages.
/* eslint-disable @typescript-eslint/no-require-imports */
import { parseArgs } from "node:util";
import { parseDate } from "../src/periods";
import type { Day } from "../src/periods";
import type { Lang } from "../src/findings/render";
import { InputError, formatArg } from "./inputError";
import { langArg } from "./langArg";
import type * as ApplicationCommand from "./application";
import type * as CheckCommand from "./check";
import type * as ImportCommand from "./import";
import type * as LedgerCommand from "./ledger";
import type * as MapCommand from "./map";
import type * as MarkSentCommand from "./markSent";
import type * as ProgrammeCommand from "./programme";
import type * as TemplateCommand from "./template";

const USAGE = `KASTE Ledger

  kaste check FILE.xlsx|CSV_FOLDER [--format text|json] [--lang fi|sv|en] [--as-of YYYY-MM-DD] [--budget]
  kaste template FILE.xlsx [--force]
  kaste import PARTNER.csv|PARTNER.xlsx --into BOOK.xlsx (--out NEW.xlsx | --in-place | --dry-run) [--partner NAME] [--format text|json] [--force]
  kaste application BOOK.xlsx --period 2014-01-01..2014-10-31 [--out APP.xlsx | --in-place] [--csv APP.csv] [--override] [--as-of YYYY-MM-DD] [--force]
  kaste mark-sent BOOK.xlsx --period 2014-01-01..2014-10-31 (--out NEW.xlsx | --in-place) [--sent YYYY-MM-DD] [--applied AMOUNT] [--override]
  kaste ledger BOOK.xlsx [--format json|csv|journal|xlsx] [--out FILE|FOLDER] [--lang fi|sv|en] [--force]
  kaste programme FOLDER [--format text|json|csv] [--out SUMMARY.xlsx] [--workers N] [--as-of YYYY-MM-DD] [--lang fi|sv|en]
  kaste --version
  kaste map BOOK.xlsx [--table invoices --sheet Laskut --row 3 --column G --field net (--out NEW.xlsx | --in-place)]

--in-place first copies BOOK.xlsx to BOOK.backup-<time>.xlsx; an input is never overwritten otherwise.

Exit codes: 0 no errors, 1 errors found, 2 input unreadable, an output not writable, or wrong arguments.`;

function fail(lang: Lang, fi: string, en: string): number {
  process.stderr.write(`kaste: ${lang === "fi" ? fi : en}\n`);
  return 2;
}

/** `--as-of` as a day (undefined when not given); a text that is no date is an input error. */
function asOfArg(text: string | undefined): Day | undefined {
  if (text === undefined) return undefined;
  const day = parseDate(text);
  if (day === null) throw new InputError(`--as-of ei ole päivämäärä: ${text}`, `--as-of is not a date: ${text}`);
  return day;
}

// Every command is `require`d when it runs: `--version` and `--help` start without the checker, and a check
// without exceljs, which only the writing commands load. esbuild keeps a literal require() of a bundled module lazy, so the bundle keeps that saving.
export async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: "string", default: "text" },
        lang: { type: "string" },
        "as-of": { type: "string" },
        budget: { type: "boolean", default: false },
        force: { type: "boolean", default: false },
        into: { type: "string" },
        out: { type: "string" },
        "in-place": { type: "boolean", default: false },
        "dry-run": { type: "boolean", default: false },
        partner: { type: "string" },
        period: { type: "string" },
        csv: { type: "string" },
        override: { type: "boolean", default: false },
        sent: { type: "string" },
        applied: { type: "string" },
        table: { type: "string" },
        sheet: { type: "string" },
        row: { type: "string" },
        column: { type: "string" },
        field: { type: "string" },
        workers: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`kaste: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const lang = langArg(values.lang, process.env.LANG);
  if (lang === null) return fail("en", `tuntematon kieli ${values.lang}`, `unknown language ${values.lang} (fi, sv, en)`);
  const [command, file] = positionals;
  if (values.version) {
    process.stdout.write(`kaste ${(require("../package.json") as { version: string }).version}\n`);
    return 0;
  }
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  if (!file) return fail(lang, "anna tiedosto", "give a file");
  try {
    switch (command) {
      case "check":
        return await (require("./check") as typeof CheckCommand).runCheck({
          file,
          format: formatArg(values.format),
          asOf: asOfArg(values["as-of"]),
          budget: values.budget,
          lang,
        });
      case "template":
        await (require("./template") as typeof TemplateCommand).writeTemplate(file, values.force ?? false);
        return 0;
      case "import":
        return await (require("./import") as typeof ImportCommand).runImport({
          partnerFile: file,
          into: values.into,
          out: values.out,
          inPlace: values["in-place"],
          dryRun: values["dry-run"],
          force: values.force,
          partner: values.partner,
          format: values.format,
          lang,
        });
      case "application":
      case "mark-sent": {
        const common = {
          book: file,
          period: values.period,
          out: values.out,
          inPlace: values["in-place"],
          override: values.override,
          force: values.force,
          asOf: asOfArg(values["as-of"]),
          lang,
        };
        return command === "application"
          ? await (require("./application") as typeof ApplicationCommand).runApplication({ ...common, csv: values.csv })
          : await (require("./markSent") as typeof MarkSentCommand).runMarkSent({
              ...common,
              sent: values.sent,
              applied: values.applied,
            });
      }
      case "ledger":
        return await (require("./ledger") as typeof LedgerCommand).runLedger({
          book: file,
          format: values.format,
          out: values.out,
          force: values.force,
          lang,
        });
      case "programme":
        return await (require("./programme") as typeof ProgrammeCommand).runProgramme({
          folder: file,
          format: values.format,
          out: values.out,
          workers: values.workers,
          asOf: asOfArg(values["as-of"]),
          force: values.force,
          lang,
        });
      case "map":
        return await (require("./map") as typeof MapCommand).runMap({
          book: file,
          table: values.table,
          sheet: values.sheet,
          row: values.row,
          column: values.column,
          field: values.field,
          out: values.out,
          inPlace: values["in-place"],
          force: values.force,
          lang,
        });
      default:
        return fail(lang, `tuntematon komento ${command}`, `unknown command ${command}\n${USAGE}`);
    }
  } catch (error) {
    if (error instanceof InputError) return fail(lang, error.fi, error.en);
    throw error;
  }
}

/**
 * An error nobody expected: one line and exit 3, never a stack trace (unless KASTE_DEBUG=1),
 * so that a user sees what to do and a script sees a code of its own.
 */
export function internalError(error: unknown): number {
  if (process.env.KASTE_DEBUG === "1") process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  const what = error instanceof Error ? error.message : String(error);
  process.stderr.write(`kaste: sisäinen virhe / internal error: ${what.split("\n")[0]} (please report; KASTE_DEBUG=1 shows details)\n`);
  return 3;
}

if (process.argv[1] && /main\.[tj]s$/.test(process.argv[1])) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.exitCode = internalError(error);
    },
  );
}
