/** The help texts, from the table of cli/args/commands.ts: `kaste --help` lists the commands, `kaste COMMAND --help` one command's options. */
import type { Lang } from "../../src/findings/render";
import { COMMANDS, TOP_OPTIONS } from "./commands";
import type { CommandSpec, OptionSpec } from "./commands";

const WORDS = {
  fi: {
    usage: "Käyttö",
    commands: "Komennot",
    options: "Valitsimet",
    examples: "Esimerkkejä",
    command: "KOMENTO",
    optionsWord: "valitsimet",
    more: "Komennon ohje: kaste KOMENTO --help",
    required: (flags: string) => `Pakollinen: ${flags}.`,
    exclusive: (flags: string) => `Enintään yksi: ${flags}.`,
    exit: "Paluuarvo: 0 ei virheitä, 1 virheitä löytyi, 2 syötettä ei voi lukea, tulostetta ei voi kirjoittaa tai argumentit ovat väärin, 3 sisäinen virhe.",
    inPlace: "--in-place kopioi ensin KIRJA.xlsx:n tiedostoon KIRJA.backup-<aika>.xlsx; syötettä ei koskaan korvata muuten.",
    day: "PVM",
    period: "KAUSI",
  },
  sv: {
    usage: "Användning",
    commands: "Kommandon",
    options: "Flaggor",
    examples: "Exempel",
    command: "KOMMANDO",
    optionsWord: "flaggor",
    more: "Hjälp för ett kommando: kaste KOMMANDO --help",
    required: (flags: string) => `Obligatorisk: ${flags}.`,
    exclusive: (flags: string) => `Högst en av: ${flags}.`,
    exit: "Slutkod: 0 inga fel, 1 fel hittades, 2 indata kan inte läsas, utdata kan inte skrivas eller fel argument, 3 internt fel.",
    inPlace: "--in-place kopierar först BOK.xlsx till BOK.backup-<tid>.xlsx; indata skrivs aldrig över annars.",
    day: "DATUM",
    period: "PERIOD",
  },
  en: {
    usage: "Usage",
    commands: "Commands",
    options: "Options",
    examples: "Examples",
    command: "COMMAND",
    optionsWord: "options",
    more: "One command's help: kaste COMMAND --help",
    required: (flags: string) => `Required: ${flags}.`,
    exclusive: (flags: string) => `At most one of: ${flags}.`,
    exit: "Exit code: 0 no errors, 1 errors found, 2 an input unreadable, an output not writable or wrong arguments, 3 internal error.",
    inPlace: "--in-place first copies BOOK.xlsx to BOOK.backup-<time>.xlsx; an input is never overwritten otherwise.",
    day: "DATE",
    period: "PERIOD",
  },
} as const;

function optionLabel(option: OptionSpec, lang: Lang): string {
  const flag = option.name === "help" ? "-h, --help" : `--${option.name}`;
  switch (option.kind) {
    case "flag":
      return flag;
    case "choice":
      return `${flag} ${option.values.join("|")}`;
    case "day":
      return `${flag} ${WORDS[lang].day}`;
    case "period":
      return `${flag} ${WORDS[lang].period}`;
    case "text":
    case "count":
      return `${flag} ${option.metavar}`;
  }
}

function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

const flags = (names: readonly string[]) => names.map((name) => `--${name}`).join(", ");

/** `kaste COMMAND --help`: what it does, its usage line, each option, the rules between them, and examples. */
export function commandHelp(command: CommandSpec, lang: Lang): string {
  const words = WORDS[lang];
  const rules = [
    ...command.required.map((group) => words.required(flags(group))),
    ...command.exclusive.map((group) => words.exclusive(flags(group))),
  ];
  return [
    `${words.usage}: kaste ${command.name} ${command.operands.metavar} [${words.optionsWord}]`,
    "",
    command.summary[lang],
    "",
    `${words.options}:`,
    ...table(command.options.map((option) => [optionLabel(option, lang), option.help[lang]])),
    ...(rules.length > 0 ? ["", ...rules] : []),
    ...(command.options.some((option) => option.name === "in-place") ? ["", words.inPlace] : []),
    "",
    `${words.examples}:`,
    ...command.examples.map((example) => `  ${example}`),
  ].join("\n");
}

/** `kaste --help`: every command in a line, then the top options and the exit codes. */
export function generalHelp(lang: Lang, version: string): string {
  const words = WORDS[lang];
  return [
    `KASTE Ledger ${version}`,
    "",
    `${words.usage}: kaste ${words.command} [${words.optionsWord}]`,
    "",
    `${words.commands}:`,
    ...table(COMMANDS.map((command) => [`${command.name} ${command.operands.metavar}`, command.summary[lang]])),
    "",
    `${words.options}:`,
    ...table(TOP_OPTIONS.map((option) => [optionLabel(option, lang), option.help[lang]])),
    "",
    words.more,
    words.exit,
  ].join("\n");
}

/** The line after an argument error that says where the help is. */
export function helpHint(command: string, lang: Lang): string {
  const at = command === "" ? "kaste --help" : `kaste ${command} --help`;
  return { fi: `Ohje: ${at}`, sv: `Hjälp: ${at}`, en: `Help: ${at}` }[lang];
}
