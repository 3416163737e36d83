import assert from "node:assert/strict";
import { link, mkdtemp, readFile, readdir, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { lasseSheets } from "../../examples/lasse";
import { runCli } from "../support/cli";
import { readXlsx } from "../../cli/readXlsx";
import { writeXlsx } from "../../cli/writeXlsx";
import type { WritableCell } from "../../cli/writeXlsx";
import { buildLedger } from "../../src/ledger/build";
import { CLAIMS_SHEET } from "../../src/ledger/claims";

const run = runCli;

/** Windows-1252 bytes of Latin-1 text (as Finnish Excel saves "CSV (semicolon separated)"). */
const latin1 = (text: string) => Buffer.from(text, "latin1");

const PARTNER_CSV = [
  "Laskun pvm;Laskuttaja;Laskun numero;Ajalta;Tilikohta;Summa (ALV 0);ALV;Selite",
  "5.11.2015;Pikassos;PIK-100;10/2015;Palkat;7 200,00;0;lokakuun palkat, Närpiö",
  '5.11.2015;Pikassos;PIK-100;10/2015;Vuokrat;450,00;0;=HYPERLINK("http://x")',
].join("\r\n");

describe("kaste import / application / mark-sent", function () {
  this.timeout(60_000);
  let dir: string;
  let book: string;
  let original: Buffer;
  let partner: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "kaste-sync-"));
    book = join(dir, "lasse.xlsx");
    await writeXlsx(book, lasseSheets());
    original = await readFile(book);
    partner = join(dir, "pikassos-10-2015.csv");
    await writeFile(partner, latin1(PARTNER_CSV));
  });

  const unchanged = async () => assert.ok((await readFile(book)).equals(original), "the input was not touched");
  const files = async () => (await readdir(dir)).sort();

  it("--dry-run prints the preview and writes nothing", async () => {
    const { code, out } = await run("import", partner, "--into", book, "--dry-run");
    assert.equal(code, 0);
    assert.match(out, /Tuodaan pikassos-10-2015\.csv \(WINDOWS-1252, erotin ";"\)/);
    assert.match(out, /Lisätään\s+2 riviä/);
    assert.match(out, /Mitään ei kirjoitettu \(--dry-run\)/);
    await unchanged();
    assert.deepEqual(await files(), ["lasse.xlsx", "pikassos-10-2015.csv"]);
  });

  it("into a book whose invoice table is laid out across: one error saying what the import needs, nothing written", async () => {
    const across = join(dir, "poikittain.xlsx");
    const header = [
      "Pvm",
      "Laskuttaja",
      "Laskun nro",
      "Ajalta alkaen",
      "Ajalta päättyen",
      "Henkilöstökulut",
      "Koulutus",
      "Matkakulut",
      "ALV",
    ];
    const laskut = { name: "Laskut", rows: [header, ["5.2.2014", "Pikassos", "P-1", "1.1.2014", "31.1.2014", 1000, null, 200, 48]] };
    await writeXlsx(across, [...lasseSheets().filter((s) => s.name !== "Laskut"), laskut]);
    const fi = await run("import", partner, "--into", across, "--out", join(dir, "uusi.xlsx"));
    assert.equal(fi.code, 1);
    assert.match(fi.out, /kohde: Laskut, poikittain \(ei riviä laskuriviä kohden\)/);
    assert.match(fi.out, /Laskut!A1\s+IMPORT_TARGET_ACROSS\s+Välilehden Laskut laskutaulukko on poikittain/);
    assert.doesNotMatch(fi.out, /TABLE_NOT_FOUND|ei löytynyt/);
    const sv = await run("import", partner, "--into", across, "--out", join(dir, "ny.xlsx"), "--lang", "sv");
    assert.equal(sv.code, 1);
    assert.match(sv.out, /till: Laskut, på tvären \(inte en rad per fakturarad\)/);
    assert.match(sv.out, /IMPORT_TARGET_ACROSS\s+Fakturatabellen på bladet Laskut är ställd på tvären/);
    assert.ok(!(await files()).some((name) => name === "uusi.xlsx" || name === "ny.xlsx"), "nothing written");
  });

  it("reads a workbook named .csv (a renamed attachment) as the workbook it is", async () => {
    const renamed = join(dir, "verso-11-2015.csv");
    const header = ["Laskuttaja", "Laskun numero", "Ajalta", "Tilikohta", "Summa (ALV 0)"];
    await writeXlsx(renamed, [{ name: "Laskut", rows: [header, ["Verso", "VER-101", "11/2015", "Palkat", 3800]] }]);
    const { code, out } = await run("import", renamed, "--into", book, "--dry-run");
    assert.equal(code, 0);
    assert.match(out, /Tuodaan verso-11-2015\.csv\n/);
    assert.match(out, /rivi 2 +Verso {2}VER-101 {2}1\.11\.2015–30\.11\.2015 {2}Palkat {2}3\s800,00\s€/);
    const old = join(dir, "vanha.csv");
    await writeFile(old, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const xls = await run("import", old, "--into", book, "--dry-run");
    assert.equal(xls.code, 2);
    assert.match(xls.err, /vanha\.csv on salattu tai vanhaa \.xls-muotoa/);
  });

  it("reads a partner system's CSV export named .xls or .xlsx as the CSV it is, a web page or Excel 2003 XML so named by its table", async () => {
    for (const name of ["pikassos-10-2015.xls", "pikassos-10-2015.xlsx"]) {
      const named = join(dir, name);
      await writeFile(named, latin1(PARTNER_CSV));
      const { code, out } = await run("import", named, "--into", book, "--dry-run");
      assert.equal(code, 0, name);
      assert.match(out, new RegExp(`Tuodaan ${name.replace(".", "\\.")} \\(WINDOWS-1252, erotin ";"\\)`));
      assert.match(out, /Lisätään\s+2 riviä/);
    }
    const page = join(dir, "raportti.xls");
    const rows = PARTNER_CSV.split("\r\n").map(
      (line) =>
        `<tr>${line
          .split(";")
          .map((cell) => `<td>${cell.replace(/&/g, "&amp;").replace(/ä/g, "&auml;")}</td>`)
          .join("")}</tr>`,
    );
    await writeFile(
      page,
      latin1(`<html><head><meta charset="windows-1252"></head><body><table>\n${rows.join("\n")}\n</table></body></html>`),
    );
    const html = await run("import", page, "--into", book, "--dry-run", "--lang", "en");
    assert.equal(html.code, 0);
    assert.match(html.out, /To add\s+2 rows/);
    assert.match(html.out, /row 2 +Pikassos {2}PIK-100 {2}1 Oct 2015–31 Oct 2015 {2}Palkat {2}€7,200\.00/);
    const spreadsheet = join(dir, "vienti.xls");
    const xmlRows = PARTNER_CSV.split("\r\n").map(
      (line) =>
        `<Row>${line
          .split(";")
          .map((cell) => `<Cell><Data ss:Type="String">${cell.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</Data></Cell>`)
          .join("")}</Row>`,
    );
    await writeFile(
      spreadsheet,
      `<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Laskut"><Table>${xmlRows.join("")}</Table></Worksheet></Workbook>`,
    );
    const xml = await run("import", spreadsheet, "--into", book, "--dry-run", "--lang", "en");
    assert.equal(xml.code, 0);
    assert.match(xml.out, /To add\s+2 rows/);
    assert.match(xml.out, /row 2 +Pikassos {2}PIK-100 {2}1 Oct 2015–31 Oct 2015 {2}Palkat {2}€7,200\.00/);
    await writeFile(page, "<html><body><p>Ei tietoja</p></body></html>");
    const empty = await run("import", page, "--into", book, "--dry-run", "--lang", "en");
    assert.equal(empty.code, 2);
    assert.match(empty.err, /raportti\.xls is not an Excel workbook but a web page \(HTML\).*: open it in Excel and save it as \.xlsx/);
  });

  it("counts one row as one row, in each language", async () => {
    const one = join(dir, "verso-11-2015.csv");
    await writeFile(one, latin1("Laskuttaja;Laskun numero;Ajalta;Tilikohta;Summa (ALV 0)\r\nVerso;VER-100;11/2015;Palkat;3 800,00\r\n"));
    const fi = await run("import", one, "--into", book, "--dry-run");
    assert.match(fi.out, /Lisätään\s+1 rivi\n/);
    assert.match(fi.out, /Jo kirjanpidossa \(ohitetaan\)\s+0 riviä\n/);
    const en = await run("import", one, "--into", book, "--dry-run", "--lang", "en");
    assert.match(en.out, /To add\s+1 row\n/);
    assert.match(en.out, /Bad rows \(not imported\)\s+0 rows\n/);
    const sv = await run("import", one, "--into", book, "--dry-run", "--lang", "sv");
    assert.match(sv.out, /Läggs till\s+1 rad\n/);
    assert.match(sv.out, /Konflikter \(importeras inte\)\s+0 rader\n/);
  });

  it("lists a VAT-inclusive row at the net amount the ledger gets", async () => {
    const gross = join(dir, "sonet-botnia-11-2015.csv");
    await writeFile(
      gross,
      latin1("Laskuttaja;Laskun numero;Ajalta;Tilikohta;Summa (sis. ALV);ALV\r\nSONet BOTNIA;SB-100;11/2015;Aineet;124,00;24,00\r\n"),
    );
    const { out } = await run("import", gross, "--into", book, "--dry-run");
    assert.match(out, /rivi 2 +SONet BOTNIA {2}SB-100 {2}1\.11\.2015–30\.11\.2015 {2}Aineet {2}100,00\s€\n/);
  });

  it("a partner file without an invoice table: the error names the partner file, the target is still the ledger's Laskut", async () => {
    const noTable = join(dir, "verso-osoitteet.csv");
    await writeFile(noTable, latin1("Nimi;Osoite\r\nVerso ry;Vaasa\r\n"));
    const { code, out } = await run("import", noTable, "--into", book, "--dry-run");
    assert.equal(code, 1);
    assert.match(out, /kohde: Laskut, rivi \d+/);
    assert.doesNotMatch(out, /kohde: Laskut-taulukkoa ei löytynyt/);
    assert.match(out, /verso-osoitteet\s+TABLE_NOT_FOUND/);
    await unchanged();
  });

  it("never overwrites the input without --in-place", async () => {
    const same = await run("import", partner, "--into", book, "--out", book);
    assert.equal(same.code, 2);
    assert.match(same.err, /syötettä ei korvata ilman valitsinta --in-place/);
    const partnerAsOut = await run("import", partner, "--into", book, "--out", partner, "--lang", "en");
    assert.equal(partnerAsOut.code, 2);
    const none = await run("import", partner, "--into", book);
    assert.equal(none.code, 0);
    assert.match(none.out, /anna --out UUSI\.xlsx tai --in-place/);
    await writeFile(join(dir, "taken.xlsx"), "x");
    const taken = await run("import", partner, "--into", book, "--out", join(dir, "taken.xlsx"));
    assert.equal(taken.code, 2);
    assert.match(taken.err, /käytä --force/);
    await unchanged();
  });

  it("never writes through another name for the input (a hard link, a symbolic link), even with --force", async () => {
    await link(book, join(dir, "hard.xlsx"));
    await symlink(book, join(dir, "soft.xlsx"));
    for (const other of ["hard.xlsx", "soft.xlsx"]) {
      const csv = await run("application", book, "--period", "2015-01-01..2015-10-31", "--csv", join(dir, other), "--force");
      assert.equal(csv.code, 2, other);
      assert.match(csv.err, /on syötetiedosto; sitä ei korvata/);
      const out = await run(
        "application",
        book,
        "--period",
        "2015-01-01..2015-10-31",
        "--out",
        join(dir, other),
        "--force",
        "--lang",
        "en",
      );
      assert.equal(out.code, 2, other);
      assert.match(out.err, /is an input; an input is never overwritten without --in-place/);
      const ledgerCsv = await run("ledger", book, "--format", "csv", "--out", join(dir, other), "--force");
      assert.equal(ledgerCsv.code, 2, other);
    }
    await unchanged();
  });

  it("an output that cannot be written is one line and exit 2, the input untouched", async () => {
    const missing = join(dir, "ei-ole", "uusi.xlsx");
    const imported = await run("import", partner, "--into", book, "--out", missing, "--lang", "en");
    assert.equal(imported.code, 2);
    assert.equal(imported.err, `kaste: Could not write ${missing}: no such folder.\n`);
    const csv = await run(
      "application",
      book,
      "--period",
      "2014-01-01..2014-12-31",
      "--csv",
      join(dir, "ei-ole", "hakemus.csv"),
      "--override",
    );
    assert.equal(csv.code, 2);
    assert.match(csv.err, /^kaste: Tiedostoa .*hakemus\.csv ei voitu kirjoittaa: kansiota ei ole\.\n$/);
    await unchanged();
  });

  it("--out writes a new workbook with the rows, the input untouched; importing again adds nothing", async () => {
    const out = join(dir, "uusi.xlsx");
    const first = await run("import", partner, "--into", book, "--out", out);
    assert.equal(first.code, 0, first.out + first.err);
    await unchanged();
    const ledger = buildLedger(await readXlsx(await readFile(out))).ledger;
    const added = ledger.invoices.filter((l) => l.number === "PIK-100");
    assert.deepEqual(
      added.map((l) => [l.line, l.net, l.description]),
      [
        ["Palkat", 720_000, "lokakuun palkat, Närpiö"],
        ["Vuokrat", 45_000, '=HYPERLINK("http://x")'],
      ],
    );
    const again = await run("import", partner, "--into", out, "--in-place", "--format", "json");
    assert.equal(again.code, 0);
    const json = JSON.parse(again.out);
    assert.deepEqual([json.toAdd.length, json.alreadyPresent.length, json.written], [0, 2, false]);
    assert.deepEqual(await files(), ["lasse.xlsx", "pikassos-10-2015.csv", "uusi.xlsx"], "nothing written, so no backup either");
  });

  it("--in-place first writes BOOK.backup-<time>.xlsx with the original bytes", async () => {
    const { code, out } = await run("import", partner, "--into", book, "--in-place");
    assert.equal(code, 0);
    const backups = (await files()).filter((f) => /^lasse\.backup-\d{8}-\d{6}\.xlsx$/.test(f));
    assert.equal(backups.length, 1);
    assert.ok((await readFile(join(dir, backups[0]))).equals(original));
    assert.ok(!(await readFile(book)).equals(original));
    assert.match(out, /Varmuuskopio .*lasse\.backup-/);
  });

  it("exits 1 when rows are left out (a conflict), and writes the rest", async () => {
    await writeFile(partner, latin1(`${PARTNER_CSV}\r\n5.11.2015;Pikassos;PIK-037;10/2015;Palkat;1,00;0;ristiriita`));
    const out = join(dir, "uusi.xlsx");
    const { code, out: text } = await run("import", partner, "--into", book, "--out", out, "--lang", "en");
    assert.equal(code, 1);
    assert.match(text, /IMPORT_CONFLICT\s+Invoice PIK-037 of Pikassos is already in the ledger/);
    assert.equal(buildLedger(await readXlsx(await readFile(out))).ledger.invoices.filter((l) => l.number === "PIK-100").length, 2);
  });

  it("application: prints the figures, writes the sheet and the CSV; errors block it", async () => {
    const app = join(dir, "hakemus.xlsx");
    const csv = join(dir, "hakemus.csv");
    const { code, out } = await run("application", book, "--period", "2015-01-01..2015-10-31", "--out", app, "--csv", csv);
    assert.equal(code, 0, out);
    assert.match(out, /Haetaan nyt\s+133\s696,23\s€/);
    await unchanged();
    const written = await readXlsx(await readFile(app));
    assert.ok(written.sheets.some((s) => s.name === "Maksatushakemus 2015"));
    // The copied ledger keeps its dates and amounts formatted as such (31.1.2014, not 41670)
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(app);
    const laskut = excel.getWorksheet("Laskut");
    assert.ok(laskut, "the ledger sheet the formulas read is copied");
    assert.ok(laskut.getCell("A2").value instanceof Date, `A2 is a date: ${String(laskut.getCell("A2").value)}`);
    assert.match(laskut.getCell("H2").numFmt, /0\.00/, "an amount has a money format");
    const csvText = await readFile(csv, "utf8");
    assert.ok(csvText.startsWith("\ufeffKASTE Ledger: maksatushakemus 3"));
    // An import that breaks the checks blocks the next draft
    const broken = join(dir, "rikki.xlsx");
    await run("import", partner, "--into", book, "--out", broken);
    const blocked = await run("application", broken, "--period", "2015-01-01..2015-10-31", "--out", join(dir, "x.xlsx"));
    assert.equal(blocked.code, 1);
    assert.match(blocked.out, /--override/);
    assert.ok(!(await files()).includes("x.xlsx"));
    const over = await run("application", broken, "--period", "2015-01-01..2015-10-31", "--csv", join(dir, "x.csv"), "--override");
    assert.equal(over.code, 0);
    assert.match(await readFile(join(dir, "x.csv"), "utf8"), /OHITETTU: \d+ virhettä/);
    assert.equal((await run("application", book, "--period", "2015-13-01..2015-10-31")).code, 2);
    assert.equal((await run("application", book, "--period", "2015-01-01..2015-10-31", "--csv", book)).code, 2);
  });

  it("application without --period drafts the next period not yet applied for, as the pane pre-fills it, and says so", async () => {
    const sheets = lasseSheets();
    const applications = sheets.find((s) => s.name === "Maksatukset");
    assert.ok(applications);
    (applications.rows as WritableCell[][]).splice(3);
    const two = join(dir, "kaksi-hakemusta.xlsx");
    await writeXlsx(two, sheets);
    const chosen = await run("application", two);
    assert.equal(chosen.code, 0, chosen.err);
    assert.match(chosen.out, /^Kausi 1\.1\.2015–31\.10\.2015: seuraava hakematon kausi/);
    const given = await run("application", two, "--period", "2015-01-01..2015-10-31");
    assert.equal(chosen.out.split("\n").slice(1).join("\n"), given.out, "the same draft as with the period given");
    // Every period applied for: the user is asked for one, in her language
    const all = await run("application", book, "--lang", "en");
    assert.equal(all.code, 2);
    assert.match(all.err, /Every period of the project has been applied for \(the last 1\.1\.2015–31\.10\.2015\): give --period/);
    await unchanged();
  });

  it("--lang sv speaks Swedish in every command's report and on the application sheet", async () => {
    const preview = await run("import", partner, "--into", book, "--dry-run", "--lang", "sv");
    assert.equal(preview.code, 0);
    assert.match(preview.out, /Importerar pikassos-10-2015\.csv \(WINDOWS-1252, avgränsare ";"\)/);
    assert.match(preview.out, /Läggs till\s+2 rader/);
    assert.match(preview.out, /Inget skrevs \(--dry-run\)/);
    const app = join(dir, "ansokan.xlsx");
    const drafted = await run("application", book, "--period", "2015-01-01..2015-10-31", "--out", app, "--lang", "sv");
    assert.equal(drafted.code, 0, drafted.out);
    assert.match(drafted.out, /Ansöks nu\s+133\s696,23\s€/);
    assert.match(drafted.out, /Ny flik: Utbetalningsansökan 2015/);
    const sheet = (await readXlsx(await readFile(app))).sheets.find((s) => s.name === "Utbetalningsansökan 2015");
    assert.ok(sheet, "the application sheet is named in Swedish");
    assert.ok(sheet.cells.some((row) => row.includes("Godtagbara kostnader under perioden")));
    const marked = await run("mark-sent", book, "--period", "2014-01-01..2014-12-31", "--out", join(dir, "skickad.xlsx"), "--lang", "sv");
    assert.equal(marked.code, 0, marked.out);
    assert.match(marked.out, /Ansökan 2 \(1\.1\.2014–31\.12\.2014\) markerad som skickad: \d+ rader frysta/);
    for (const { out } of [preview, drafted, marked]) assert.doesNotMatch(out, /\b(Written|Nothing|Next|To add|Importing)\b/);
  });

  it("mark-sent freezes the claims; a later change is reported by kaste check", async () => {
    const none = await run("mark-sent", book, "--period", "2014-01-01..2014-12-31");
    assert.equal(none.code, 2);
    const { code, out } = await run("mark-sent", book, "--period", "2014-01-01..2014-12-31", "--in-place", "--sent", "2015-02-27");
    assert.equal(code, 0, out);
    assert.match(out, /Hakemus 2 \(1\.1\.2014–31\.12\.2014\) merkitty lähetetyksi: \d+ riviä jäädytetty/);
    assert.equal((await files()).filter((f) => f.includes(".backup-")).length, 1);
    const clean = await run("check", book, "--format", "json");
    assert.deepEqual(
      JSON.parse(clean.out).findings.filter((f: { code: string }) => f.code.startsWith("CLAIMED_")),
      [],
    );
    // The claims sheet is hidden
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(book);
    assert.equal(workbook.getWorksheet(CLAIMS_SHEET)!.state, "hidden");
    // Someone edits a claimed amount in Excel
    const laskut = workbook.getWorksheet("Laskut")!;
    let edited = "";
    laskut.eachRow((row, n) => {
      if (!edited && row.getCell(3).value === "PIK-010") {
        row.getCell(8).value = 9999;
        edited = `H${n}`;
      }
    });
    await workbook.xlsx.writeFile(book);
    const changed = await run("check", book, "--format", "json");
    assert.equal(changed.code, 1);
    const found = JSON.parse(changed.out)
      .findings.filter((f: { code: string }) => f.code.startsWith("CLAIMED_"))
      .map((f: { code: string; sheet: string; cell: string }) => [f.code, `${f.sheet}!${f.cell}`]);
    assert.deepEqual(found, [
      ["CLAIMED_ROW_CHANGED", `Laskut!${edited}`],
      ["CLAIMED_TOTAL_CHANGED", `${CLAIMS_SHEET}!F3`],
    ]);
    const twice = await run("mark-sent", book, "--period", "2014-06-01..2014-12-31", "--out", join(dir, "kaksi.xlsx"), "--override");
    assert.equal(twice.code, 1);
    assert.match(twice.out, /on jo merkitty lähetetyksi/);
  });

  it("mark-sent --undo takes the period's frozen rows off the claims sheet, the other application's stay; it can be marked again", async () => {
    const first = join(dir, "merkitty1.xlsx");
    const both = join(dir, "merkitty2.xlsx");
    assert.equal((await run("mark-sent", book, "--period", "2014-01-01..2014-06-30", "--out", first, "--override")).code, 0);
    assert.equal((await run("mark-sent", first, "--period", "2014-07-01..2014-12-31", "--out", both, "--override")).code, 0);
    const claimsOf = async (path: string) => (buildLedger(await readXlsx(await readFile(path))).ledger.claims ?? []).map((c) => c.number);
    const marked = await claimsOf(both);
    assert.equal(marked.length, 2);
    const undone = join(dir, "peruttu.xlsx");
    const undo = await run("mark-sent", both, "--period", "2014-01-01..2014-06-30", "--undo", "--out", undone);
    assert.equal(undo.code, 0, undo.out);
    assert.match(undo.out, /lähetysmerkintä poistettu: \d+ riviä/);
    assert.match(undo.out, /Maksatukset-taulukon rivi jäi ennalleen/);
    assert.deepEqual(await claimsOf(undone), marked.slice(1));
    // the frozen rows left are read as before: no CLAIMED_ or CLAIMS_ finding
    const checked = JSON.parse((await run("check", undone, "--format", "json")).out) as { findings: { code: string }[] };
    assert.deepEqual(
      checked.findings.filter((f) => /^CLAIM/.test(f.code)),
      [],
    );
    const again = await run("mark-sent", undone, "--period", "2014-01-01..2014-06-30", "--out", join(dir, "uudelleen.xlsx"), "--override");
    assert.equal(again.code, 0, again.out);
    const none = await run("mark-sent", undone, "--period", "2014-01-01..2014-06-30", "--undo", "--out", join(dir, "ei.xlsx"));
    assert.equal(none.code, 1);
    assert.match(none.out, /ei ole lähetetyksi merkittyä hakemusta/);
  });
});
