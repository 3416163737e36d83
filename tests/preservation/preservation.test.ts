/**
 * Issue 14's preservation tests: the feature workbook (tests/support/featureBook.ts) in its
 * Excel-style, LibreOffice-saved and .xlsm variants, every write command of the CLI run on each
 * (tests/preservation/harness.ts), and the matrix of what each kept (docs/preservation.md, which
 * must be what this run gives: regenerate it with `npx tsx tests/preservation/matrix.ts --write`).
 *
 * For the commands in PART_LEVEL (those that write by editing parts, not through exceljs: all of them now) every
 * part the command did not need to edit must be byte-identical, the edited parts well-formed XML,
 * every feature kept or edited as intended (the Table and the ranges over its last row grown over
 * imported rows), and LibreOffice must open the result and recompute it without errors (the
 * formula over the Table adding up the rows imported too). For the others the matrix says what
 * they do now, and the test holds it to that.
 *
 * Without LibreOffice the run and the matrix are skipped (KASTE_REQUIRE_SOFFICE=1 makes that a failure).
 */
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readXlsx } from "../../cli/readXlsx";
import { NODE_DEFLATER } from "../../cli/zipNode";
import { rewriteZip } from "../../src/workbook/zipWriter";
import { runCli } from "../support/cli";
import { FEATURE_BOOK, buildFeatureBooks } from "../support/featureBook";
import type { FeatureBooks, Variant } from "../support/featureBook";
import { sofficeOrSkip } from "../support/soffice";
import { COMMANDS, FEATURES, Package, appendedTo, compare, dangling, elements, grown, narrowed, runHarness, xmlProblem } from "./harness";
import type { Command, HarnessRun, RunResult } from "./harness";
import { documentedMatrix, matrixText } from "./matrix";

/** Commands whose writer edits parts (issue 14 part 2): the full assertions are on for them. */
const PART_LEVEL: ReadonlySet<string> = new Set(COMMANDS.map((c) => c.id));

const encode = (text: string) => new TextEncoder().encode(text);

function command(id: string): Command {
  const found = COMMANDS.find((c) => c.id === id);
  if (!found) throw new Error(`no command ${id}`);
  return found;
}

const findingsOf = async (path: string) => {
  const { code, out } = await runCli("check", path, "--format", "json");
  const json = JSON.parse(out) as { file?: string };
  delete json.file;
  return { code, json };
};

describe("preservation: the feature workbook", function () {
  this.timeout(120_000);
  let dir: string;
  let books: FeatureBooks;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "kaste-features-"));
    books = await buildFeatureBooks(dir);
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it("our reader reads the Excel-style and the .xlsm variant and finds exactly what it finds in the plain example", async () => {
    const plain = await findingsOf(books.example);
    for (const book of [books.excel, books.xlsm]) assert.deepEqual(await findingsOf(book), plain, book);
  });

  it("holds every feature the matrix follows, each part well-formed XML with a content type", async () => {
    for (const [variant, path] of [
      ["excel", books.excel],
      ["xlsm", books.xlsm],
    ] as const) {
      const p = await Package.open(await readFile(path));
      for (const feature of FEATURES) {
        if (feature.only && feature.only !== variant) continue;
        assert.notEqual(await feature.probe(p), null, `${variant}: ${feature.label}`);
      }
      for (const name of p.names) {
        if (/\.(xml|rels|vml)$/i.test(name)) assert.equal(xmlProblem(p.text(name) ?? ""), null, `${variant}: ${name}`);
        if (name !== "[Content_Types].xml" && !name.endsWith(".rels"))
          assert.notEqual(p.contentType(name), null, `${variant}: ${name} has no content type`);
      }
      assert.deepEqual(dangling(p), [], variant);
      // the sheets and their order as the example's, then the pivot sheet and the chart sheet
      assert.deepEqual(p.sheetNames().slice(-2), [FEATURE_BOOK.pivotSheet, FEATURE_BOOK.chartSheet]);
    }
    const xlsm = await Package.open(await readFile(books.xlsm));
    assert.ok(Buffer.from((await xlsm.bytes("xl/vbaProject.bin")) ?? []).equals(Buffer.from(FEATURE_BOOK.vbaProject)));
  });

  it("the x14 cross-sheet rule is in the worksheet's extLst, the Table covers every invoice", async () => {
    const p = await Package.open(await readFile(books.excel));
    const laskut = p.text(p.sheet("Laskut"));
    const rule = elements(laskut, "conditionalFormattings", "prefixed")[0] ?? "";
    assert.match(rule, /<xm:f>COUNTIF\(Kumppanit!\$A\$2:\$A\$20,\$B2\)=0<\/xm:f>/);
    const rows = (await readXlsx(await readFile(books.excel))).sheets.find((s) => s.name === "Laskut")?.cells.length;
    assert.match(
      p.text(p.related(p.sheet("Laskut"), "table")[0]) ?? "",
      new RegExp(`ref="A1:M${rows}" totalsRowShown="0"><autoFilter ref="A1:M${rows}"/>`),
    );
  });
});

describe("preservation: the harness itself", function () {
  this.timeout(120_000);
  let dir: string;
  let books: FeatureBooks;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "kaste-harness-"));
    books = await buildFeatureBooks(dir);
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it("grows exactly the ranges that end on the last row", () => {
    const growth = { lastRow: 127, appended: 3 };
    assert.equal(grown('sqref="J2:J127 C2:C50" ref="A1:M127"', growth), 'sqref="J2:J130 C2:C50" ref="A1:M130"');
    assert.equal(grown("<xm:sqref>B2:B127</xm:sqref>Laskut!$A$1:$M$127", growth), "<xm:sqref>B2:B130</xm:sqref>Laskut!$A$1:$M$130");
    assert.equal(grown('ref="A1:M1270"', growth), 'ref="A1:M1270"');
  });

  it("tells formats appended to styles.xml from formats changed, and a Table widened over new columns", () => {
    const before = '<numFmts count="1"><numFmt numFmtId="164" formatCode="d.m.yyyy"/></numFmts>';
    assert.ok(
      appendedTo(
        before,
        '<numFmts count="2"><numFmt numFmtId="164" formatCode="d.m.yyyy"/><numFmt numFmtId="165" formatCode="0.00 %"/></numFmts>',
        "numFmts",
        "numFmt",
      ),
    );
    assert.ok(!appendedTo(before, '<numFmts count="1"><numFmt numFmtId="165" formatCode="d.m.yyyy"/></numFmts>', "numFmts", "numFmt"));
    assert.ok(!appendedTo(before, before, "numFmts", "numFmt"));
    const table =
      '<table ref="A1:B9"><autoFilter ref="A1:B9"/><tableColumns count="2"><tableColumn id="1" name="a"/><tableColumn id="2" name="b"/></tableColumns></table>';
    const wider =
      '<table ref="A1:C12"><autoFilter ref="A1:C12"/><tableColumns count="3"><tableColumn id="1" name="a"/><tableColumn id="2" name="b"/><tableColumn id="3" name="Tuotu"/></tableColumns></table>';
    assert.equal(narrowed(wider, table), grown(table, { lastRow: 9, appended: 3 }));
    assert.equal(narrowed(wider.replace('name="a"', 'name="x"'), table) === grown(table, { lastRow: 9, appended: 3 }), false);
  });

  it("tells malformed XML and undeclared prefixes", () => {
    assert.equal(xmlProblem('<a xmlns:x="u"><x:b/></a>'), null);
    assert.match(xmlProblem("<a><b></a>") ?? "", /closes/);
    assert.match(xmlProblem("<a><x:b/></a>") ?? "", /prefix x/);
  });

  it("a part changed that the command had no need to edit is reported, and the feature in it altered; the rest kept", async () => {
    const input = await Package.open(await readFile(books.excel));
    const table = input.related(input.sheet("Laskut"), "table")[0];
    const styles = "xl/styles.xml";
    const edited = join(dir, "edited.xlsx");
    const changed = new Map([
      [table, encode((input.text(table) ?? "").replace(/A1:M127/g, "A1:M130"))],
      [styles, encode((input.text(styles) ?? "").replace("KASTE-otsikko", "Otsikko"))],
    ]);
    await writeFile(edited, rewriteZip(input.zip, { changed }, NODE_DEFLATER));
    const result = await compare("excel", command("map-out"), input, books.excel, edited);
    // map writes no cells into Laskut: its table part is not its to change; styles.xml is
    assert.deepEqual(result.unexpected, [`${table} changed`]);
    assert.equal(result.features.get("table"), "altered");
    assert.equal(result.features.get("cellStyles"), "altered");
    assert.equal(result.features.get("chart"), "kept");
    assert.equal(result.features.get("vba"), undefined);
    // as an import of no rows, the grown Table is not what it should be either
    assert.equal((await compare("excel", command("import-out"), input, books.excel, edited)).features.get("table"), "altered");
  });

  it("a feature whose parts stay but whose place in an edited part is gone is lost; a relationship to nothing is reported", async () => {
    const input = await Package.open(await readFile(books.excel));
    const sheet = input.sheet("Laskut") ?? "";
    const path = join(dir, "unanchored.xlsx");
    const changed = new Map([[sheet, encode((input.text(sheet) ?? "").replace(/<tableParts[\s\S]*?<\/tableParts>/, ""))]]);
    const removed = new Set([input.related(sheet, "comments")[0]]);
    await writeFile(path, rewriteZip(input.zip, { changed, removed }, NODE_DEFLATER));
    const result = await compare("excel", command("import-out"), input, books.excel, path);
    assert.equal(result.features.get("table"), "lost");
    assert.equal(result.features.get("notes"), "lost");
    assert.ok(result.unexpected.includes(`${[...removed][0]} removed`));
    assert.ok(
      result.unexpected.some((u) => u.startsWith(`${sheet} points at ${[...removed][0]}`)),
      result.unexpected.join("; "),
    );
  });

  it("rows appended below the Table: the Table and the ranges over its last row grown are edited as intended, not grown is reported", async () => {
    const input = await Package.open(await readFile(books.excel));
    const sheet = input.sheet("Laskut") ?? "";
    const table = input.related(sheet, "table")[0];
    const xml = input.text(sheet) ?? "";
    const last = /<row r="127"[^>]*>[\s\S]*?<\/row>/.exec(xml)?.[0] ?? "";
    const appended = [128, 129, 130].map((r) => last.replace(/(r="[A-Z]*)127"/g, `$1${r}"`)).join("");
    const withRows = xml.replace("</sheetData>", `${appended}</sheetData>`);
    const growth = { lastRow: 127, appended: 3 };
    const write = async (name: string, sheetXml: string, tableXml: string) => {
      const path = join(dir, name);
      const changed = new Map([
        [sheet, encode(sheetXml)],
        [table, encode(tableXml)],
      ]);
      await writeFile(path, rewriteZip(input.zip, { changed }, NODE_DEFLATER));
      return compare("excel", command("import-out"), input, books.excel, path);
    };
    const good = await write("grown.xlsx", grown(withRows, growth), grown(input.text(table) ?? "", growth));
    assert.equal(good.growth.appended, 3);
    assert.deepEqual(good.unexpected, []);
    assert.deepEqual(good.malformed, []);
    for (const id of ["table", "validation", "cf", "cfX14"]) assert.equal(good.features.get(id), "edited", id);
    for (const id of ["definedNames", "sheetViews", "pageSetup", "notes", "chart", "pivot", "richText"])
      assert.equal(good.features.get(id), "kept", id);
    const bad = await write("not-grown.xlsx", withRows, input.text(table) ?? "");
    for (const id of ["table", "validation", "cf", "cfX14"]) assert.equal(bad.features.get(id), "not extended", id);
  });
});

describe("preservation: every write command on every variant", function () {
  this.timeout(900_000);
  let dir: string;
  let run: HarnessRun;

  before(async function () {
    const engine = await sofficeOrSkip(this, "the preservation matrix");
    dir = await mkdtemp(join(tmpdir(), "kaste-preserve-"));
    run = await runHarness(dir, engine);
  });
  after(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

  it("LibreOffice opens the feature workbook and saves it with the same invoices and findings", async () => {
    const saved = run.books.libreoffice;
    assert.ok(saved);
    const excel = await readXlsx(await readFile(run.books.excel ?? ""));
    const lo = await readXlsx(await readFile(saved));
    const laskut = (b: typeof excel) => b.sheets.find((s) => s.name === "Laskut")?.cells;
    assert.deepEqual(laskut(lo), laskut(excel));
    assert.deepEqual(await findingsOf(saved), await findingsOf(run.example));
  });

  it("docs/preservation.md shows the matrix this run gives (npx tsx tests/preservation/matrix.ts --write)", async () => {
    assert.equal(await documentedMatrix(), matrixText(run), "run: npx tsx tests/preservation/matrix.ts --write");
  });

  const variants: Variant[] = ["excel", "libreoffice", "xlsm"];
  for (const variant of variants)
    for (const command of COMMANDS) {
      if (!PART_LEVEL.has(command.id)) continue;
      const what = command.newWorkbook
        ? "writes a workbook LibreOffice recomputes without errors"
        : "keeps what it does not edit and edits what it must";
      it(`${variant}: kaste ${command.label} ${what}`, () => {
        const r = run.results.find((x) => x.variant === variant && x.command.id === command.id) as RunResult;
        assert.ok(r.output, `the command wrote nothing: ${r.err}`);
        if (!command.newWorkbook) {
          assert.deepEqual(r.unexpected, [], "parts it did not need to edit must be byte-identical");
          assert.deepEqual(r.malformed, []);
          const bad = [...r.features].filter(([, cell]) => cell !== "kept" && cell !== "edited" && cell !== "—");
          assert.deepEqual(bad, []);
          if (command.writes.includes("Laskut")) {
            const { lastRow, appended } = r.growth;
            assert.ok(appended > 0, "the import appended rows");
            for (const id of ["table", "validation", "cf", "cfX14"]) assert.equal(r.features.get(id), "edited", id);
            // the Table's ref and its autoFilter's, down to the last imported row
            const refs = [...(r.outputTable ?? "").matchAll(/\bref="A1:([A-Z]+)(\d+)"/g)].map((m) => Number(m[2]));
            assert.deepEqual(refs, [lastRow + appended, lastRow + appended]);
          }
        }
        assert.ok(r.lo?.opened, "LibreOffice opens it");
        assert.deepEqual(r.lo.errors, []);
        assert.equal(r.lo.total, r.lo.expectedTotal, "the formula over the Table adds up every invoice");
        if (!command.newWorkbook) assert.notEqual(r.lo.total, null, "LibreOffice computed the formula over the Table");
        assert.ok(r.lo.sameInvoices);
      });
    }
});
