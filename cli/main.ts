// Each command's module is required when it runs (literal paths, so esbuild bundles them): a check starts without the writers' packages.
/* eslint-disable @typescript-eslint/no-require-imports */
import type { Lang } from "../src/findings/render";
import { parseDate } from "../src/periods";
import type { Day } from "../src/periods";
import { commandHelp, generalHelp, helpHint } from "./args/help";
import { ArgError, langToken, parseArgv } from "./args/parse";
import type { OptionValues } from "./args/parse";
import { InputError } from "./inputError";
import { langArg } from "./langArg";
import { layoutFor } from "./terminal";
import type * as ApplicationCommand from "./application";
import type * as CheckCommand from "./check";
import type * as ImportCommand from "./import";
import type * as LedgerCommand from "./ledger";
import type * as MapCommand from "./map";
import type * as MarkSentCommand from "./markSent";
import type * as ProgrammeCommand from "./programme";
import type * as ReportCommand from "./report";
import type * as TemplateCommand from "./template";
import type * as SchemaText from "../src/report/schemaText";

function fail(line: string, hint?: string): number {
  process.stderr.write(`kaste: ${line}\n${hint === undefined ? "" : `${hint}\n`}`);
  return 2;
}

function version(): string {
  return (require("../package.json") as { version: string }).version;
}

/** `--as-of` as a day (undefined when not given); a text that is no date is an input error. */
function asOfArg(text: string | undefined): Day | undefined {
  if (text === undefined) return undefined;
  const day = parseDate(text);
  if (day === null)
    throw new InputError(`--as-of ei ole päivämäärä: ${text}`, `--as-of is not a date: ${text}`, `--as-of är inget datum: ${text}`);
  return day;
}

/** The options of the command line as the commands read them: texts (undefined when not given) and flags. */
function reader(values: OptionValues) {
  return {
    text: (name: string): string | undefined => {
      const value = values.get(name);
      return typeof value === "string" ? value : undefined;
    },
    flag: (name: string): boolean => values.get(name) === true,
  };
}

// Every command is `require`d when it runs: `--version` and `--help` start without the checker, and a check
// without the writer, which only the writing commands load. esbuild keeps a literal require() of a bundled module lazy, so the bundle keeps that saving.
export async function main(argv: readonly string[]): Promise<number> {
  const given = langToken(argv);
  const lang = langArg(given, process.env.LANG);
  if (lang === null) {
    const envLang = langArg(undefined, process.env.LANG) ?? "fi";
    const line = { fi: "tuntematon kieli", sv: "okänt språk", en: "unknown language" }[envLang];
    return fail(`${line} ${given ?? ""} (fi, sv, en)`, helpHint("", envLang));
  }
  let invocation;
  try {
    invocation = parseArgv(argv);
  } catch (error) {
    if (error instanceof ArgError) return fail(error.text(lang), helpHint(error.helpFor, lang));
    throw error;
  }
  if (invocation.kind === "version") {
    process.stdout.write(`kaste ${version()}\n`);
    return 0;
  }
  if (invocation.kind === "help") {
    const text = invocation.command ? commandHelp(invocation.command, lang) : generalHelp(lang, version());
    // `kaste` alone is a wrong call (exit 2, help on stderr); asked-for help is the output
    (invocation.explicit ? process.stdout : process.stderr).write(`${text}\n`);
    return invocation.explicit ? 0 : 2;
  }
  const { operands } = invocation;
  const { text, flag } = reader(invocation.values);
  const file = operands[0];
  try {
    switch (invocation.command.name) {
      case "check":
        return await (require("./check") as typeof CheckCommand).runChecks(operands, {
          format: text("format") === "json" ? "json" : "text",
          asOf: asOfArg(text("as-of")),
          budget: flag("budget"),
          lang,
          layout: layoutFor(process.stdout, process.env, flag("color") ? "always" : flag("no-color") ? "never" : "auto"),
        });
      case "template": {
        const template = require("./template") as typeof TemplateCommand;
        await template.writeTemplate(file, flag("force"));
        process.stdout.write(`${template.templateDoneLines(file, lang).join("\n")}\n`);
        return 0;
      }
      case "import":
        return await (require("./import") as typeof ImportCommand).runImport({
          partnerFile: file,
          into: text("into"),
          out: text("out"),
          inPlace: flag("in-place"),
          dryRun: flag("dry-run"),
          force: flag("force"),
          partner: text("partner"),
          format: text("format"),
          lang,
        });
      case "application":
      case "mark-sent": {
        const common = {
          book: file,
          period: text("period"),
          out: text("out"),
          inPlace: flag("in-place"),
          override: flag("override"),
          force: flag("force"),
          asOf: asOfArg(text("as-of")),
          lang,
        };
        return invocation.command.name === "application"
          ? await (require("./application") as typeof ApplicationCommand).runApplication({ ...common, csv: text("csv") })
          : await (require("./markSent") as typeof MarkSentCommand).runMarkSent({
              ...common,
              sent: text("sent"),
              applied: text("applied"),
              undo: flag("undo"),
            });
      }
      case "ledger":
        return await (require("./ledger") as typeof LedgerCommand).runLedger({
          book: file,
          format: text("format"),
          out: text("out"),
          force: flag("force"),
          lang,
        });
      case "report":
        return await (require("./report") as typeof ReportCommand).runReport({
          book: file,
          final: flag("final"),
          format: text("format"),
          out: text("out"),
          force: flag("force"),
          lang,
        });
      case "programme":
        return await (require("./programme") as typeof ProgrammeCommand).runProgramme({
          folder: file,
          format: text("format"),
          out: text("out"),
          workers: text("workers"),
          asOf: asOfArg(text("as-of")),
          force: flag("force"),
          lang,
        });
      case "map":
        return await (require("./map") as typeof MapCommand).runMap({
          book: file,
          table: text("table"),
          sheet: text("sheet"),
          row: text("row"),
          column: text("column"),
          field: text("field"),
          account: text("account"),
          out: text("out"),
          inPlace: flag("in-place"),
          force: flag("force"),
          lang,
        });
      case "schema": {
        const which = file ?? "check";
        if (which !== "check" && which !== "ledger")
          return fail(
            {
              fi: `tuntematon skeema ${which} (check, ledger)`,
              sv: `okänt schema ${which} (check, ledger)`,
              en: `unknown schema ${which} (check, ledger)`,
            }[lang],
            helpHint("schema", lang),
          );
        const schemas = require("../src/report/schemaText") as typeof SchemaText;
        process.stdout.write(which === "check" ? schemas.checkSchemaText() : schemas.ledgerSchemaText());
        return 0;
      }
      default:
        return fail(`${invocation.command.name}?`, helpHint("", lang));
    }
  } catch (error) {
    if (error instanceof InputError) return fail(error.text(lang));
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

/** Why kaste's own output could not be written, by the write's error code (any other code is said as it is). */
const OUTPUT_REASONS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  ENOSPC: { fi: "levy on täynnä", sv: "disken är full", en: "the disk is full" },
  EDQUOT: { fi: "levytilakiintiö on täynnä", sv: "diskkvoten är full", en: "the disk quota is full" },
  EFBIG: { fi: "tiedosto kasvaisi liian suureksi", sv: "filen skulle bli för stor", en: "the file would grow too large" },
  EIO: { fi: "laitteen kirjoitusvirhe", sv: "skrivfel på enheten", en: "a write error on the device" },
};

/** The one line of an output that could not be written, in the user's language: `(the disk is full, ENOSPC)`. */
function outputFailedLine(error: NodeJS.ErrnoException, lang: Lang): string {
  const code = error.code ?? error.message.split("\n")[0];
  const why = OUTPUT_REASONS[code]?.[lang];
  const reason = why === undefined ? code : `${why}, ${code}`;
  return {
    fi: `kaste: tulostetta ei voitu kirjoittaa (${reason}); tuloste on vajaa.`,
    sv: `kaste: utdata kunde inte skrivas (${reason}); utdata är ofullständig.`,
    en: `kaste: could not write the output (${reason}); the output is incomplete.`,
  }[lang];
}

/**
 * When the reader of kaste's output goes away (`kaste check BOOK | head -1`), writing to it fails with EPIPE.
 * That is the reader's choice, not an error of kaste's: the rest of the output is dropped without a word (no stack
 * trace, no internal-error line) and the command ends as it would have, with its own exit code, so that a check
 * piped to `head` still exits 0 or 1 by what it found (and `set -o pipefail` sees that verdict, not a failure).
 * Any other error of stdout or stderr (ENOSPC of a stdout redirected to a full disk, EIO of a terminal gone) is an
 * output that cannot be written: one line on stderr in the user's language (when stdout failed: a failed stderr
 * has nowhere to say it), the rest of the output dropped, and exit 2 whatever the command returns, never a stack
 * trace. Installed by the entry points (bin/kaste.js), not by `main`, so that a test calling
 * `main` in-process leaves its runner's streams alone.
 */
export function endQuietlyWhenReaderGoes(argv: readonly string[] = process.argv.slice(2)): void {
  let failed = false;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      // A file's stream is not destroyed by its error: each later write fails again, and is dropped as quietly
      if (error.code === "EPIPE" || failed) return;
      failed = true;
      if (stream !== process.stderr) {
        const lang = langArg(langToken(argv), process.env.LANG) ?? langArg(undefined, process.env.LANG) ?? "fi";
        process.stderr.write(`${outputFailedLine(error, lang)}\n`);
      }
      // The command goes on to its end and sets its own code, after this or before: the exit has the last word
      process.exitCode = 2;
      process.once("exit", () => {
        process.exitCode = 2;
      });
    });
  }
}

if (process.argv[1] && /main\.[tj]s$/.test(process.argv[1])) {
  endQuietlyWhenReaderGoes();
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.exitCode = internalError(error);
    },
  );
}
