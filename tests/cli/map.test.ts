import assert from "node:assert/strict";
import { mkdtemp, readFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readXlsx } from "../../cli/readXlsx";
import { writeXlsx } from "../../cli/writeXlsx";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { buildLedger } from "../../src/ledger/build";
import { MAPPING_SHEET, mappingOf } from "../../src/ledger/mapping";
import { runCli } from "../support/cli";

/** Laskut under a title: the header is row 3, the amount is headed "Rahaa" (G) and the period "Kohdistuu" (D). */
const LASKUT = [
  ["Laskut 2014"],
  [],
  ["Päivämäärä", "Laskuttaja", "Laskun numero", "Kohdistuu", "Laji", "Tilikohta", "Rahaa", "Asiatarkastaja", "Hyväksyjä"],
  ["3.2.2014", "Verso", "V-1", "1/2014", "kiinteä", "Palkat", 4200, "Virtanen", "Korhonen"],
  ["3.3.2014", "Verso", "V-2", "2/2014", "kiinteä", "Palkat", 4300.5, "Virtanen", "Korhonen"],
];

const readBook = async (path: string) => readXlsx(await readFile(path));

describe("kaste map", function () {
  this.timeout(60_000);
  let dir: string;
  let book: string;
  let original: Buffer;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "kaste-map-"));
    book = join(dir, "kirja.xlsx");
    await writeXlsx(book, [{ name: "Laskut", rows: LASKUT }]);
    original = await readFile(book);
  });

  it("lists what there is to map when given the workbook alone", async () => {
    const { code, out } = await runCli("map", book, "--lang", "en");
    assert.equal(code, 0);
    assert.match(
      out,
      /Invoices – Laskut, header row 3 \(not recognised as a table\): missing Net amount \/ Amount incl\. VAT, Period start \/ Period, Period end \/ Period/,
    );
    assert.match(out, /columns not understood: D "Kohdistuu", G "Rahaa"/);
    assert.match(out, /--table invoices --sheet "Laskut" --row 3/);
    const sv = await runCli("map", book, "--lang", "sv");
    assert.match(sv.out, /^Fakturor – Laskut, rubrikrad 3 \(kändes inte igen som en tabell\): saknar /);
    assert.match(sv.out, /kolumner som inte förstods: D "Kohdistuu", G "Rahaa"/);
  });

  it("writes the mapping into a new workbook that every reader then honours", async () => {
    const before = checkWorkbook(await readBook(book));
    assert.ok(before.findings.some((f) => f.code === "TABLE_NOT_FOUND" && f.params.kind === "invoices"));

    const first = join(dir, "kohdistettu.xlsx");
    const amount = await runCli(
      "map",
      book,
      "--table",
      "invoices",
      "--sheet",
      "Laskut",
      "--row",
      "3",
      "--column",
      "G",
      "--field",
      "amount",
      "--out",
      first,
    );
    assert.equal(amount.code, 0, amount.err);
    assert.match(amount.out, /Välilehden Laskut sarake G \(otsikkorivi 3, "Rahaa"\) on nyt taulukon Laskut kenttä Summa \(ALV 0\)\./);
    assert.match(amount.out, /puuttuu vielä: Ajalta alkaen \/ Ajalta \(jakso\), Ajalta päättyen \/ Ajalta \(jakso\)/);
    assert.deepEqual(await readFile(book), original, "the input is untouched");
    let { ledger, findings } = buildLedger(await readBook(first));
    assert.deepEqual(
      ledger.invoices.map((line) => line.net),
      [420_000, 430_050],
    );
    assert.deepEqual(
      findings.filter((f) => f.code === "REQUIRED_MISSING").map((f) => f.cell),
      ["A3", "A3"],
    );

    const second = join(dir, "valmis.xlsx");
    const period = await runCli(
      "map",
      first,
      "--table",
      "Laskut",
      "--sheet",
      "Laskut",
      "--row",
      "3",
      "--column",
      "D",
      "--field",
      "period",
      "--out",
      second,
      "--lang",
      "en",
    );
    assert.equal(period.code, 0, period.err);
    assert.doesNotMatch(period.out, /still lacks/);
    const mapped = await readBook(second);
    ({ ledger, findings } = buildLedger(mapped));
    assert.deepEqual(
      findings.filter((f) => f.severity !== "info"),
      [],
    );
    assert.deepEqual(
      ledger.invoices.map((line) => line.net),
      [420_000, 430_050],
    );
    assert.ok(ledger.invoices.every((line) => line.periodStart !== null && line.periodEnd !== null));
    assert.deepEqual(
      mappingOf(mapped).entries.map((e) => `${e.table} ${e.sheet}!${e.column}${e.headerRow} ${e.field} "${e.header}"`),
      ['invoices Laskut!G3 net "Rahaa"', 'invoices Laskut!D3 period "Kohdistuu"'],
    );
    for (const refs of Object.values(ledger.tables)) assert.ok(refs.every((t) => t.sheet !== MAPPING_SHEET));

    const check = await runCli("check", second, "--format", "json");
    const checked = JSON.parse(check.out).findings as { code: string; message: string }[];
    assert.ok(!checked.some((f) => f.code === "REQUIRED_MISSING"));
    assert.ok(!checked.some((f) => f.code === "TABLE_NOT_FOUND" && /^Taulukkoa Laskut /.test(f.message)));

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(second)) as unknown as ArrayBuffer);
    assert.equal(workbook.getWorksheet(MAPPING_SHEET)?.state, "hidden");
    assert.equal(workbook.worksheets.filter((s) => s.name === MAPPING_SHEET).length, 1);
  });

  it("--in-place keeps a backup and mapping the same column again changes nothing", async () => {
    const args = ["map", book, "--table", "invoices", "--sheet", "Laskut", "--row", "3", "--column", "G", "--field", "net", "--in-place"];
    assert.equal((await runCli(...args)).code, 0);
    const once = mappingOf(await readBook(book)).entries;
    const { code, out } = await runCli(...args);
    assert.equal(code, 0);
    assert.match(out, /Varmuuskopio .*kirja\.backup-/);
    assert.deepEqual(mappingOf(await readBook(book)).entries, once);
    assert.equal((await readdir(dir)).filter((f) => f.includes(".backup-")).length, 2);
  });

  it("refuses what it cannot map (exit 2) and writes nothing", async () => {
    const out = join(dir, "uusi.xlsx");
    const field = await runCli(
      "map",
      book,
      "--table",
      "invoices",
      "--sheet",
      "Laskut",
      "--row",
      "3",
      "--column",
      "G",
      "--field",
      "rahaa",
      "--out",
      out,
      "--lang",
      "en",
    );
    assert.equal(field.code, 2);
    assert.match(field.err, /The Invoices table has no field "rahaa"; choose one of: date, partner/);
    const sheet = await runCli(
      "map",
      book,
      "--table",
      "invoices",
      "--sheet",
      "Puuttuu",
      "--row",
      "3",
      "--column",
      "G",
      "--field",
      "net",
      "--out",
      out,
    );
    assert.equal(sheet.code, 2);
    assert.match(sheet.err, /Työkirjassa ei ole välilehteä "Puuttuu"/);
    const partial = await runCli("map", book, "--table", "invoices", "--column", "G", "--out", out, "--lang", "en");
    assert.equal(partial.code, 2);
    assert.match(partial.err, /Give also --sheet, --row, --field/);
    const nowhere = await runCli("map", book, "--table", "invoices", "--sheet", "Laskut", "--row", "3", "--column", "G", "--field", "net");
    assert.equal(nowhere.code, 2);
    assert.match(nowhere.err, /anna --out UUSI\.xlsx tai --in-place/);
    assert.deepEqual((await readdir(dir)).sort(), ["kirja.xlsx"]);
  });

  it("--account gives an account number its cost line, kept on the mapping sheet with the column mapping", async () => {
    const ledgerBook = join(dir, "paakirja.xlsx");
    await writeXlsx(ledgerBook, [
      {
        name: "Pääkirja",
        rows: [
          ["Tositepvm", "Tili", "Toimittaja", "Laskun nro", "Ajalta alkaen", "Ajalta päättyen", "Debet", "Kredit"],
          ["3.2.2014", 4010, "Verso", "V-1", "1.1.2014", "31.1.2014", 4200, null],
          ["3.3.2014", 4010, "Verso", "V-2", "1.2.2014", "28.2.2014", null, 100],
          ["3.3.2014", 4400, "Verso", "V-2", "1.2.2014", "28.2.2014", 300, null],
        ],
      },
    ]);
    const before = buildLedger(await readBook(ledgerBook)).ledger.invoices.map((l) => l.line);
    assert.deepEqual(before, ["4010", "4010", "4400"]);
    const mapped = join(dir, "tilit.xlsx");
    const first = await runCli("map", ledgerBook, "--account", "4010=Henkilöstökulut", "--out", mapped, "--lang", "en");
    assert.equal(first.code, 0, first.err);
    assert.match(first.out, /The rows of account 4010 are now the cost line Henkilöstökulut\./);
    const second = await runCli("map", mapped, "--account", " 4400 = Vuokrat ", "--in-place");
    assert.equal(second.code, 0, second.err);
    assert.match(second.out, /Tilin 4400 rivit ovat nyt tilikohtaa Vuokrat\./);
    const read = await readBook(mapped);
    assert.deepEqual(mappingOf(read).accounts, [
      { account: "4010", line: "Henkilöstökulut" },
      { account: "4400", line: "Vuokrat" },
    ]);
    assert.deepEqual(
      buildLedger(read).ledger.invoices.map((l) => [l.line, l.net]),
      [
        ["Henkilöstökulut", 420_000],
        ["Henkilöstökulut", -10_000],
        ["Vuokrat", 30_000],
      ],
    );
    const bad = await runCli("map", mapped, "--account", "4010", "--in-place", "--lang", "sv");
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--account ska ha formen KONTO=KOSTNADSSLAG/);
    const mixed = await runCli("map", mapped, "--account", "4010=Palkat", "--table", "invoices", "--in-place", "--lang", "en");
    assert.equal(mixed.code, 2);
    assert.match(mixed.err, /--account goes alone/);
  });
});
