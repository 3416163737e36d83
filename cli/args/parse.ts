/**
 * Reads the command line against the table of cli/args/commands.ts: a command, its operands and the options it takes,
 * each value checked for its kind. Anything else is an ArgError, one line in the user's language and a pointer to the
 * command's --help (exit 2), never an option silently ignored.
 */
import type { Lang } from "../../src/findings/render";
import { parseDate } from "../../src/periods";
import { InputError } from "../inputError";
import { COMMANDS, TOP_OPTIONS, commandSpec } from "./commands";
import type { CommandSpec, OptionSpec } from "./commands";
import { periodArg } from "./period";
import { closest } from "./suggest";

/** A wrong argument: the line to print, and the command whose --help to point at ("" for `kaste --help`). */
export class ArgError extends InputError {
  constructor(
    fi: string,
    en: string,
    sv: string,
    readonly helpFor: string,
  ) {
    super(fi, en, sv);
  }
}

export type Invocation =
  | { readonly kind: "version" }
  /** `explicit`: asked for (--help, `kaste help`), rather than `kaste` alone. */
  | { readonly kind: "help"; readonly command: CommandSpec | null; readonly explicit: boolean }
  | { readonly kind: "run"; readonly command: CommandSpec; readonly operands: readonly string[]; readonly values: OptionValues };

/** The options given, by name: `true` for a flag, else the text (a choice in lower case), already checked for its kind. */
export type OptionValues = ReadonlyMap<string, string | true>;

type Three = readonly [fi: string, en: string, sv: string];

function orList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  const or = { fi: "tai", sv: "eller", en: "or" }[lang];
  return `${items.slice(0, -1).join(", ")} ${or} ${items[items.length - 1]}`;
}

function meant(suggestion: string | null): Three {
  return suggestion === null
    ? ["", "", ""]
    : [`; tarkoititko ${suggestion}?`, `; did you mean ${suggestion}?`, `; menade du ${suggestion}?`];
}

function fail(helpFor: string, [fi, en, sv]: Three): ArgError {
  return new ArgError(fi, en, sv, helpFor);
}

/** An example of the value an option takes, for "--period needs a value, e.g. …". */
function valueHint(option: OptionSpec): Three {
  switch (option.kind) {
    case "choice":
      return [option.values.join(", "), option.values.join(", "), option.values.join(", ")];
    case "day":
      return ["esim. 31.12.2014", "e.g. 31.12.2014 or 2014-12-31", "t.ex. 31.12.2014"];
    case "period":
      return [
        "esim. 2014, 2014Q3 tai 1.1.2014–31.12.2014",
        "e.g. 2014, 2014Q3 or 2014-01-01..2014-12-31",
        "t.ex. 2014, 2014Q3 eller 1.1.2014–31.12.2014",
      ];
    case "count":
      return [`${option.min}–${option.max}`, `${option.min}–${option.max}`, `${option.min}–${option.max}`];
    case "text":
      return [option.metavar, option.metavar, option.metavar];
    default:
      return ["", "", ""];
  }
}

/** The value as the command reads it, or the error that says what is wrong with it. */
function checkedValue(command: string, option: OptionSpec, value: string): string {
  const flag = `--${option.name}`;
  switch (option.kind) {
    case "choice": {
      const lower = value.trim().toLowerCase();
      if (option.values.includes(lower)) return lower;
      const list = option.values.join(", ");
      const [fi, en, sv] = meant(closest(lower, option.values));
      throw fail(command, [
        `${flag}: tuntematon arvo ${value} (${list})${fi}`,
        `${flag}: unknown value ${value} (${list})${en}`,
        `${flag}: okänt värde ${value} (${list})${sv}`,
      ]);
    }
    case "day":
      if (parseDate(value) !== null) return value;
      throw fail(command, [
        `${flag} ei ole päivämäärä: ${value} (esim. 31.12.2014)`,
        `${flag} is not a date: ${value} (e.g. 31.12.2014 or 2014-12-31)`,
        `${flag} är inget datum: ${value} (t.ex. 31.12.2014)`,
      ]);
    case "period": {
      const period = periodArg(value);
      if (period === "reversed")
        throw fail(command, [
          `${flag} ${value}: kausi päättyy ennen kuin alkaa; anna alkupäivä ensin`,
          `${flag} ${value}: the period ends before it starts; give the first day first`,
          `${flag} ${value}: perioden slutar innan den börjar; ange första dagen först`,
        ]);
      if (period !== null) return value;
      const [fi, en, sv] = valueHint(option);
      throw fail(command, [
        `${flag} ei ole kausi: ${value} (${fi})`,
        `${flag} is not a period: ${value} (${en})`,
        `${flag} är ingen period: ${value} (${sv})`,
      ]);
    }
    case "count": {
      const n = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
      if (n >= option.min && n <= option.max) return value.trim();
      const range = `${option.min}–${option.max}`;
      throw fail(command, [
        `${flag} pitää olla kokonaisluku ${range}: ${value}`,
        `${flag} must be a whole number ${range}: ${value}`,
        `${flag} ska vara ett heltal ${range}: ${value}`,
      ]);
    }
    default:
      return value;
  }
}

/** Where else an option is taken, for "--period is not an option of check (application, mark-sent take it)". */
function takenBy(name: string): string[] {
  return COMMANDS.filter((c) => c.options.some((o) => o.name === name)).map((c) => c.name);
}

function unknownOption(command: string, typed: string, known: readonly OptionSpec[]): ArgError {
  const name = typed.replace(/^-+/, "");
  const elsewhere = command === "" ? [] : takenBy(name);
  const where = command === "" ? "kaste" : `kaste ${command}`;
  if (elsewhere.length > 0) {
    const list = elsewhere.join(", ");
    return fail(command, [
      `${where} ei ota valitsinta --${name} (sen ottaa ${list})`,
      `${where} takes no option --${name} (${list} does)`,
      `${where} tar ingen flagga --${name} (det gör ${list})`,
    ]);
  }
  const suggestion = closest(
    name,
    known.map((o) => o.name),
  );
  const [fi, en, sv] = meant(suggestion === null ? null : `--${suggestion}`);
  return fail(command, [
    `tuntematon valitsin ${typed} (${where})${fi}`,
    `unknown option ${typed} (${where})${en}`,
    `okänd flagga ${typed} (${where})${sv}`,
  ]);
}

/** A token that is an option rather than a value: `--x`, `-x`, but not a negative number such as `-5`. */
function isOption(token: string): boolean {
  return token.startsWith("-") && token.length > 1 && !/^-\d/.test(token);
}

function readOptions(
  where: string,
  tokens: readonly string[],
  known: readonly OptionSpec[],
): { values: Map<string, string | true>; operands: string[] } {
  const values = new Map<string, string | true>();
  const operands: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === "--") {
      operands.push(...tokens.slice(i + 1));
      break;
    }
    if (!isOption(token)) {
      operands.push(token);
      continue;
    }
    if (token === "-h") {
      values.set("help", true);
      continue;
    }
    if (!token.startsWith("--")) throw unknownOption(where, token, known);
    const equals = token.indexOf("=");
    const name = token.slice(2, equals < 0 ? undefined : equals);
    const inline = equals < 0 ? undefined : token.slice(equals + 1);
    const option = known.find((o) => o.name === name);
    if (!option) throw unknownOption(where, equals < 0 ? token : token.slice(0, equals), known);
    if (values.has(name)) throw fail(where, [`--${name} annettiin kahdesti`, `--${name} was given twice`, `--${name} angavs två gånger`]);
    if (option.kind === "flag") {
      if (inline !== undefined) throw fail(where, [`--${name} ei ota arvoa`, `--${name} takes no value`, `--${name} tar inget värde`]);
      values.set(name, true);
      continue;
    }
    let value = inline;
    if (value === undefined && i + 1 < tokens.length && !isOption(tokens[i + 1])) value = tokens[++i];
    if (value === undefined || value === "") {
      const [fi, en, sv] = valueHint(option);
      throw fail(where, [`--${name} tarvitsee arvon (${fi})`, `--${name} needs a value (${en})`, `--${name} behöver ett värde (${sv})`]);
    }
    values.set(name, checkedValue(where, option, value));
  }
  return { values, operands };
}

function checkOperands(command: CommandSpec, operands: readonly string[]): void {
  const { min, max, metavar } = command.operands;
  if (operands.length < min)
    throw fail(command.name, [
      `kaste ${command.name} tarvitsee: ${metavar}`,
      `kaste ${command.name} needs ${metavar}`,
      `kaste ${command.name} behöver ${metavar}`,
    ]);
  if (operands.length > max) {
    const extra = operands.slice(max).join(" ");
    throw fail(command.name, [
      `liikaa argumentteja komennolle ${command.name}: ${extra} (otetaan ${metavar})`,
      `too many arguments for ${command.name}: ${extra} (it takes ${metavar})`,
      `för många argument till ${command.name}: ${extra} (det tar ${metavar})`,
    ]);
  }
}

function checkGroups(command: CommandSpec, values: OptionValues): void {
  for (const group of command.exclusive) {
    const given = group.filter((name) => values.has(name)).map((name) => `--${name}`);
    if (given.length > 1)
      throw fail(command.name, [
        `anna vain yksi näistä: ${given.join(", ")}`,
        `give only one of ${given.join(", ")}`,
        `ange bara en av ${given.join(", ")}`,
      ]);
  }
  for (const group of command.required) {
    if (group.some((name) => values.has(name))) continue;
    const flags = group.map((name) => `--${name}`);
    throw fail(command.name, [
      `kaste ${command.name} tarvitsee valitsimen ${orList(flags, "fi")}`,
      `kaste ${command.name} needs ${orList(flags, "en")}`,
      `kaste ${command.name} behöver ${orList(flags, "sv")}`,
    ]);
  }
}

/** The command line read, or an ArgError. `--help` wins over every other problem, so that help is always at hand. */
export function parseArgv(argv: readonly string[]): Invocation {
  const commandAt = commandIndex(argv);
  // Before the command only the top options (--version, --help, --lang)
  const top = readOptions("", commandAt < 0 ? argv : argv.slice(0, commandAt), TOP_OPTIONS);
  if (commandAt < 0) {
    if (top.values.has("version")) return { kind: "version" };
    return { kind: "help", command: null, explicit: top.values.has("help") };
  }
  const name = argv[commandAt];
  const command = commandSpec(name);
  if (!command) {
    if (top.values.has("version")) return { kind: "version" };
    const [fi, en, sv] = meant(
      closest(
        name,
        COMMANDS.map((c) => c.name),
      ),
    );
    throw fail("", [`tuntematon komento ${name}${fi}`, `unknown command ${name}${en}`, `okänt kommando ${name}${sv}`]);
  }
  const rest = argv.slice(commandAt + 1);
  const end = rest.indexOf("--");
  if ((end < 0 ? rest : rest.slice(0, end)).some((token) => token === "--help" || token === "-h"))
    return { kind: "help", command, explicit: true };
  const { values, operands } = readOptions(command.name, rest, command.options);
  for (const [key, value] of top.values) if (!values.has(key)) values.set(key, value);
  if (command.name === "help") {
    checkOperands(command, operands);
    if (operands.length === 0) return { kind: "help", command: null, explicit: true };
    const asked = commandSpec(operands[0]);
    if (!asked) {
      const [fi, en, sv] = meant(
        closest(
          operands[0],
          COMMANDS.map((c) => c.name),
        ),
      );
      throw fail("", [
        `tuntematon komento ${operands[0]}${fi}`,
        `unknown command ${operands[0]}${en}`,
        `okänt kommando ${operands[0]}${sv}`,
      ]);
    }
    return { kind: "help", command: asked, explicit: true };
  }
  checkOperands(command, operands);
  checkGroups(command, values);
  return { kind: "run", command, operands, values };
}

/** Where the command is: the first token that is neither an option nor --lang's value; -1 when there is none. */
function commandIndex(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (token === "--") return i + 1 < argv.length ? i + 1 : -1;
    if (token === "--lang") i++;
    else if (!isOption(token)) return i;
  }
  return -1;
}

/** `--lang` as typed anywhere on the line (before `--`), so that even an argument error is said in it. */
export function langToken(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (token === "--") return undefined;
    if (token === "--lang") return argv[i + 1];
    if (token.startsWith("--lang=")) return token.slice("--lang=".length);
  }
  return undefined;
}
