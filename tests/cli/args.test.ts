import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtemp, open, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { COMMANDS } from "../../cli/args/commands";
import { parseArgv } from "../../cli/args/parse";
import { periodArg } from "../../cli/args/period";
import { closest } from "../../cli/args/suggest";
import { isoOf } from "../../src/periods";
import { brokenExample } from "../../examples/broken";
import { lasseSheets } from "../../examples/lasse";
import { runCli } from "../support/cli";
import { xlsxFile } from "../support/xlsx";

/** An argument error: exit 2, nothing on stdout, the line on stderr and then the help hint. */
async function refused(args: string[], line: RegExp, hint = /^(Ohje|Help|Hjälp): kaste( \S+)? --help$/): Promise<string> {
  const { code, out, err } = await runCli(...args);
  assert.equal(code, 2, `${args.join(" ")}: ${err}`);
  assert.equal(out, "", args.join(" "));
  const lines = err.trimEnd().split("\n");
  assert.equal(lines.length, 2, err);
  assert.match(lines[0], line);
  assert.match(lines[1], hint);
  return err;
}

describe("strict arguments (issue 13: options were accepted by every command and ignored)", () => {
  let book: string;
  before(async () => {
    book = await xlsxFile(brokenExample().sheets, "broken.xlsx");
  });

  it("an unknown option is an error that suggests the option meant", async () => {
    await refused(["check", book, "--formt", "json"], /^kaste: tuntematon valitsin --formt \(kaste check\); tarkoititko --format\?$/);
    await refused(
      ["check", book, "--fromat=json", "--lang", "en"],
      /^kaste: unknown option --fromat \(kaste check\); did you mean --format\?$/,
    );
    await refused(
      ["import", "a.csv", "--int", "b.xlsx", "--lang", "sv"],
      /^kaste: okänd flagga --int \(kaste import\); menade du --into\?$/,
    );
    await refused(["check", book, "--zzz"], /tuntematon valitsin --zzz \(kaste check\)$/);
    await refused(["check", book, "-x"], /tuntematon valitsin -x/);
  });

  it("an option of another command is refused, naming the commands that take it", async () => {
    // The example: `check … --in-place --period nonsense` exited 0
    const err = await refused(
      ["check", book, "--in-place", "--period", "nonsense", "--lang", "en"],
      /takes no option --in-place \(import, application, mark-sent, map does\)$/,
    );
    assert.match(err, /Help: kaste check --help/);
    await refused(["check", book, "--period", "2014"], /kaste check ei ota valitsinta --period \(sen ottaa application, mark-sent\)/);
  });

  it("an option without its value says what value it needs", async () => {
    await refused(["check", book, "--format"], /^kaste: --format tarvitsee arvon \(text, json\)$/);
    await refused(
      ["application", book, "--period", "--out", "x.xlsx", "--lang", "en"],
      /^kaste: --period needs a value \(e\.g\. 2014, 2014Q3/,
    );
    await refused(["import", "a.csv", "--into", "--dry-run"], /^kaste: --into tarvitsee arvon \(BOOK\.xlsx\)$/);
    await refused(["check", book, "--as-of="], /--as-of tarvitsee arvon/);
  });

  it("a bad value is refused with the values allowed", async () => {
    await refused(["check", book, "--format", "xml"], /^kaste: --format: tuntematon arvo xml \(text, json\)$/);
    await refused(["check", book, "--format", "jsno", "--lang", "en"], /unknown value jsno \(text, json\); did you mean json\?$/);
    await refused(["ledger", book, "--format", "text"], /--format: tuntematon arvo text \(json, csv, journal, xlsx\)/);
    await refused(["check", book, "--as-of", "eilen"], /^kaste: --as-of ei ole päivämäärä: eilen/);
    await refused(["check", book, "--as-of", "31.2.2014", "--lang", "sv"], /^kaste: --as-of är inget datum: 31\.2\.2014/);
    await refused(["programme", "examples", "--workers", "0"], /--workers pitää olla kokonaisluku 1–64: 0$/);
    await refused(["programme", "examples", "--workers", "many", "--lang", "en"], /--workers must be a whole number 1–64: many$/);
    await refused(["check", book, "--budget=yes"], /^kaste: --budget ei ota arvoa$/);
    await refused(["check", book, "--format", "json", "--format", "text"], /^kaste: --format annettiin kahdesti$/);
  });

  it("a choice is read in any case (--format JSON, --lang EN)", async () => {
    const { code, out } = await runCli("check", book, "--format", "JSON", "--lang", "EN");
    assert.equal(code, 1);
    assert.ok(Array.isArray(JSON.parse(out).findings));
  });

  it("--period is validated: not a period, or reversed, says so", async () => {
    await refused(
      ["application", book, "--period", "nonsense"],
      /^kaste: --period ei ole kausi: nonsense \(esim\. 2014, 2014Q3 tai 1\.1\.2014–31\.12\.2014\)$/,
    );
    await refused(["application", book, "--period", "31.12.2014–1.1.2014"], /kausi päättyy ennen kuin alkaa/);
    await refused(
      ["mark-sent", book, "--period", "2014-12-31..2014-01-01", "--out", "x.xlsx", "--lang", "en"],
      /the period ends before it starts/,
    );
    await refused(["application", book, "--period", "2014Q5", "--lang", "sv"], /^kaste: --period är ingen period: 2014Q5/);
  });

  it("operands are counted: none, or one too many, is an error (a second file was silently ignored)", async () => {
    await refused(["check"], /^kaste: kaste check tarvitsee: FILE\.xlsx\|CSV_FOLDER …$/);
    await refused(
      ["template", "a.xlsx", "b.xlsx", "--lang", "en"],
      /^kaste: too many arguments for template: b\.xlsx \(it takes FILE\.xlsx\)$/,
    );
    await refused(["application", book, book, "--period", "2014"], /liikaa argumentteja komennolle application/);
  });

  it("options that exclude each other, and options a command needs, are said", async () => {
    // The example: --dry-run --in-place said nothing
    await refused(["import", "a.csv", "--into", book, "--dry-run", "--in-place"], /^kaste: anna vain yksi näistä: --in-place, --dry-run$/);
    await refused(["map", book, "--out", "x.xlsx", "--in-place", "--lang", "en"], /^kaste: give only one of --out, --in-place$/);
    await refused(["import", "a.csv", "--dry-run"], /^kaste: kaste import tarvitsee valitsimen --into$/);
    await refused(["mark-sent", book, "--in-place"], /^kaste: kaste mark-sent tarvitsee valitsimen --period$/);
    await refused(["mark-sent", book, "--period", "2014", "--lang", "en"], /^kaste: kaste mark-sent needs --out or --in-place$/);
    // --undo takes a mark away: a day sent or an amount beside it used to be ignored without a word
    await refused(
      ["mark-sent", book, "--period", "2014", "--undo", "--sent", "1.3.2015", "--in-place"],
      /^kaste: anna vain yksi näistä: --undo, --sent$/,
    );
    await refused(
      ["mark-sent", book, "--period", "2014", "--undo", "--override", "--in-place", "--lang", "en"],
      /^kaste: give only one of --undo, --override$/,
    );
  });

  it("an unknown command suggests the one meant; `kaste help` answers with the commands", async () => {
    await refused(["chekc", book], /^kaste: tuntematon komento chekc; tarkoititko check\?$/, /^Ohje: kaste --help$/);
    await refused(["frobnicate", "--lang", "en"], /^kaste: unknown command frobnicate$/, /^Help: kaste --help$/);
    await refused(["help", "chek"], /^kaste: tuntematon komento chek; tarkoititko check\?$/);
    const { code, out } = await runCli("help");
    assert.equal(code, 0);
    for (const command of COMMANDS) assert.match(out, new RegExp(`^  ${command.name} `, "m"));
  });

  it("an unknown --lang is refused in LANG's language", async () => {
    const saved = process.env.LANG;
    process.env.LANG = "en_GB.UTF-8";
    try {
      await refused(["check", book, "--lang", "de"], /^kaste: unknown language de \(fi, sv, en\)$/, /^Help: kaste --help$/);
    } finally {
      process.env.LANG = saved;
    }
  });

  it("kaste alone prints the commands on stderr and exits 2; --help prints them on stdout and exits 0", async () => {
    const bare = await runCli();
    assert.equal(bare.code, 2);
    assert.equal(bare.out, "");
    assert.match(bare.err, /^Komennot:$/m);
    const help = await runCli("--help", "--lang", "sv");
    assert.equal(help.code, 0);
    assert.match(help.out, /^Kommandon:$/m);
    assert.match(help.out, /kaste KOMMANDO --help/);
  });

  it("each command's --help explains its own options with an example, in fi, sv and en", async () => {
    for (const command of COMMANDS) {
      for (const lang of ["fi", "sv", "en"] as const) {
        const { code, out } = await runCli(command.name, "--help", "--lang", lang);
        assert.equal(code, 0, command.name);
        assert.ok(out.startsWith(`${{ fi: "Käyttö", sv: "Användning", en: "Usage" }[lang]}: kaste ${command.name} `), out);
        assert.ok(out.includes(command.summary[lang]), `${command.name} ${lang}`);
        for (const option of command.options)
          assert.match(out, new RegExp(`--${option.name}\\b.*${option.help[lang].replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
        for (const example of command.examples) assert.ok(out.includes(`  ${example}`), example);
      }
    }
    // -h too, and help wins over other problems (no file given)
    const { code, out } = await runCli("application", "-h");
    assert.equal(code, 0);
    assert.match(out, /--period KAUSI/);
    assert.match(out, /\(oletus: seuraava hakematon kausi\)/);
    assert.doesNotMatch(out, /Pakollinen: --period/);
    assert.doesNotMatch(out, /--budget/);
  });

  it("every example in the help is a command line the parser accepts", () => {
    for (const command of COMMANDS) {
      for (const example of command.examples) {
        const invocation = parseArgv(example.split(" ").slice(1));
        assert.ok(invocation.kind === "run" || (invocation.kind === "help" && command.name === "help"), example);
      }
    }
  });

  it("kaste --version prints the package's version", async () => {
    const { code, out } = await runCli("--version");
    assert.equal(code, 0);
    assert.equal(
      out,
      `kaste ${(JSON.parse(execFileSync("node", ["-p", "JSON.stringify(require('./package.json'))"]).toString()) as { version: string }).version}\n`,
    );
  });
});

describe("kaste check with several files (issue 13: the second file was ignored)", () => {
  it("checks each under its own heading; a missing one is one line on stderr and exit 2, the others still checked", async () => {
    const broken = await xlsxFile(brokenExample().sheets, "broken.xlsx");
    const lasse = await xlsxFile(lasseSheets(), "lasse.xlsx");
    const both = await runCli("check", lasse, broken, "--as-of", "2014-12-31");
    assert.equal(both.code, 1);
    assert.equal(both.out.split("\n").filter((line) => line.startsWith(lasse) || line.startsWith(broken)).length, 2);
    assert.ok(both.out.indexOf(`${lasse}:`) < both.out.indexOf(`${broken}:`));
    const missing = join(await mkdtemp(join(tmpdir(), "kaste-args-")), "puuttuu.xlsx");
    const some = await runCli("check", lasse, missing, broken, "--format", "json");
    assert.equal(some.code, 2);
    assert.equal(some.err, `kaste: Tiedostoa ei löydy: ${missing}\n`);
    const reports = JSON.parse(some.out) as { findings: unknown[] }[];
    assert.equal(reports.length, 2);
  });
});

describe("--period forms (issue 13: the format the tool prints was refused)", () => {
  const iso = (text: string) => {
    const period = periodArg(text);
    return period === null || period === "reversed" ? period : `${isoOf(period.start)}..${isoOf(period.end)}`;
  };
  it("reads ISO, Finnish, a year, a quarter and a tertial", () => {
    assert.equal(iso("2014-01-01..2014-10-31"), "2014-01-01..2014-10-31");
    assert.equal(iso("1.1.2014–31.12.2014"), "2014-01-01..2014-12-31");
    assert.equal(iso("1.1.2014 - 31.12.2014"), "2014-01-01..2014-12-31");
    assert.equal(iso("2014"), "2014-01-01..2014-12-31");
    assert.equal(iso("2014Q3"), "2014-07-01..2014-09-30");
    assert.equal(iso("2014q1"), "2014-01-01..2014-03-31");
    assert.equal(iso("2014T2"), "2014-05-01..2014-08-31");
    assert.equal(iso("Q4/2014"), "2014-10-01..2014-12-31");
  });
  it("tells a reversed period from text that is no period", () => {
    assert.equal(iso("31.12.2014–1.1.2014"), "reversed");
    assert.equal(iso("2014-12-31..2014-01-01"), "reversed");
    assert.equal(iso("nonsense"), null);
    assert.equal(iso("2014Q5"), null);
    assert.equal(iso("1.1.2014..31.2.2014"), null);
  });
  it("application takes --period 1.1.2014–31.12.2014 as the tool prints it", async () => {
    const lasse = await xlsxFile(lasseSheets(), "lasse.xlsx");
    const { code, err } = await runCli("application", lasse, "--period", "1.1.2014–31.12.2014");
    assert.equal(err, "");
    assert.equal(code, 0);
  });
});

describe("the suggestion of what was meant", () => {
  it("allows a slip of the finger, not a different word", () => {
    assert.equal(closest("fromat", ["format", "lang"]), "format");
    assert.equal(closest("in", ["into", "in-place"]), null);
    assert.equal(closest("int", ["into", "in-place"]), "into");
    assert.equal(closest("xyz", ["format", "lang"]), null);
  });
});

describe("unreadable paths are one line and exit 2 (issue 13: a stack trace or a hang)", () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "kaste-unreadable-"));
  });

  it("a named pipe is refused without being opened", async function () {
    const fifo = join(dir, "putki.xlsx");
    try {
      execFileSync("mkfifo", [fifo]);
    } catch {
      this.skip();
    }
    const { code, err } = await runCli("check", fifo, "--lang", "en");
    assert.equal(code, 2);
    assert.equal(err, `kaste: ${fifo} is not a regular file (named pipe / FIFO); give an .xlsx file or a CSV folder.\n`);
  });

  it("a file over 2 GiB is refused before reading", async () => {
    const big = join(dir, "iso.xlsx");
    const handle = await open(big, "w");
    await handle.truncate(3 * 2 ** 30); // sparse: takes no disk
    await handle.close();
    const { code, err } = await runCli("check", big);
    assert.equal(code, 2);
    assert.equal(err, `kaste: ${big} on liian suuri luettavaksi (3.0 GiB; enintään 2 GiB).\n`);
  });

  it("a folder where a file is needed", async () => {
    const { code, err } = await runCli("import", dir, "--into", dir, "--dry-run", "--lang", "sv");
    assert.equal(code, 2);
    assert.match(err, /^kaste: .* (är en mapp; här behövs en fil|innehåller inga CSV-filer)\.\n$/);
    await writeFile(join(dir, "kumppani.csv"), "Laskuttaja;Summa\n");
    const partner = await runCli("import", dir, "--into", await xlsxFile(lasseSheets(), "lasse.xlsx"), "--dry-run", "--lang", "sv");
    assert.equal(partner.code, 2);
    assert.equal(partner.err, `kaste: ${dir} är en mapp; här behövs en fil.\n`);
  });
});
