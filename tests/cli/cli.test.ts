import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { runCli } from "../support/cli";
import { openDocumentStart } from "../support/openDocument";
import { brokenExample } from "../../examples/broken";
import { xlsxFile } from "../support/xlsx";
import { writeZip } from "../../src/workbook/zipWriter";
import { NODE_DEFLATER } from "../../cli/zipNode";

const run = runCli;

/** The start of a compound (OLE) file and a directory sector naming `streams`, as Excel's encrypted .xlsx and .xls files hold them. */
function compoundFile(...streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const entries = ["Root Entry", ...streams].map((name) => {
    const entry = Buffer.alloc(128);
    entry.write(name, 0, "utf16le");
    entry.writeUInt16LE((name.length + 1) * 2, 64);
    return entry;
  });
  return Buffer.concat([header, ...entries]);
}

/** A zip package whose root relationship names `document` as its office document. */
function packageOf(document: string, content: string): Uint8Array {
  const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${document}"/></Relationships>`;
  const text = new TextEncoder();
  return writeZip(
    [
      { name: "_rels/.rels", bytes: text.encode(rels) },
      { name: document, bytes: text.encode(content) },
    ],
    NODE_DEFLATER,
  );
}

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), "kaste-cli-"));
}

describe("kaste check", () => {
  let broken: string;
  before(async () => {
    broken = await xlsxFile(brokenExample().sheets, "broken.xlsx");
  });

  it("lists every problem with its sheet and cell, and exits 1 on errors", async () => {
    const { code, out } = await run("check", broken);
    assert.equal(code, 1);
    assert.match(out, /Hanke!B7\s+COFUND_STATE_OVER_RATE\s+Valtionavustus/);
    assert.match(out, /^Virheet \(\d+\)/m);
  });

  it("speaks English when asked", async () => {
    const { out } = await run("check", broken, "--lang", "en");
    assert.match(out, /COFUND_STATE_OVER_RATE\s+The state grant/);
  });

  it("gives JSON with findings, not-checked rules and a summary", async () => {
    const { code, out } = await run("check", broken, "--format", "json");
    assert.equal(code, 1);
    const json = JSON.parse(out);
    for (const key of ["findings", "notChecked", "summary", "verdict"]) assert.ok(key in json, key);
    const over = json.findings.find((f: { code: string }) => f.code === "COFUND_STATE_OVER_RATE");
    assert.equal(over.sheet, "Hanke");
    assert.equal(over.severity, "error");
    assert.equal(typeof over.message, "string");
    assert.equal(typeof over.fix.cents, "number");
    assert.equal(json.summary.errors, json.findings.filter((f: { severity: string }) => f.severity === "error").length);
  });

  it("reads a folder of CSV files as a workbook", async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, "hanke.csv"),
      "Hanke;LasSe\nHyväksyttävät kustannukset;1 828 204\nValtionavustus;1 371 154\nKuntaosuus;457 050\n",
    );
    const { code, out } = await run("check", dir, "--format", "json");
    const codes = JSON.parse(out).findings.map((f: { code: string }) => f.code);
    assert.equal(code, 1);
    assert.ok(codes.includes("COFUND_STATE_OVER_RATE"));
  });

  it("reads a workbook saved under a .csv name as the workbook, and Excel's Unicode text (.txt) as CSV", async () => {
    const dir = await tempDir();
    const renamed = join(dir, "kirjanpito.csv");
    await writeFile(renamed, await readFile(broken));
    const asCsv = await run("check", renamed, "--format", "json");
    assert.equal(asCsv.code, 1);
    const codes = JSON.parse(asCsv.out).findings.map((f: { code: string }) => f.code);
    assert.ok(codes.includes("COFUND_STATE_OVER_RATE"));
    assert.ok(!codes.includes("TABLE_NOT_FOUND"));
    const text = join(dir, "hanke.txt");
    const rows = "Hanke\tLasSe\r\nHyväksyttävät kustannukset\t1828204\r\nValtionavustus\t1371154\r\nKuntaosuus\t457050\r\n";
    await writeFile(text, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rows, "utf16le")]));
    const unicode = await run("check", text, "--format", "json");
    assert.equal(unicode.code, 1);
    assert.ok(JSON.parse(unicode.out).findings.some((f: { code: string }) => f.code === "COFUND_STATE_OVER_RATE"));
  });

  it("reads a CSV file that starts with Excel's sep= line as the same sheet", async () => {
    const dir = await tempDir();
    const rows = "Hanke;LasSe\nHyväksyttävät kustannukset;1 828 204\nValtionavustus;1 371 154\nKuntaosuus;457 050\n";
    await writeFile(join(dir, "hanke.csv"), rows);
    const plain = await run("check", dir, "--format", "json");
    await writeFile(join(dir, "hanke.csv"), `sep=;\n${rows}`);
    const withSep = await run("check", dir, "--format", "json");
    assert.equal(withSep.code, 1);
    assert.deepEqual(JSON.parse(withSep.out).findings, JSON.parse(plain.out).findings);
  });

  it("rejects an --as-of that is not a date", async () => {
    const { code, err } = await run("check", broken, "--as-of", "eilen");
    assert.equal(code, 2);
    assert.match(err, /--as-of/);
  });
});

describe("unreadable input gets one clear line and exit code 2", () => {
  const cases: [string, (dir: string) => Promise<string>, RegExp][] = [
    ["a missing file", (dir) => Promise.resolve(join(dir, "puuttuu.xlsx")), /Tiedostoa ei löydy/],
    [
      "a file that is not an xlsx",
      async (dir) => {
        const p = join(dir, "muistio.xlsx");
        await writeFile(p, "hello");
        return p;
      },
      /ei ole Excel-työkirja/,
    ],
    [
      "a CSV file named .xlsx: what it is and what to do",
      async (dir) => {
        const p = join(dir, "laskut.xlsx");
        await writeFile(p, "Laskuttaja;Laskun numero\r\nVerso;VER-1\r\n");
        return p;
      },
      /laskut\.xlsx ei ole Excel-työkirja vaan tekstitiedosto \(CSV\): nimeä se \.csv-päätteiseksi tai avaa se Excelissä ja tallenna \.xlsx-muodossa/,
    ],
    [
      "a web page (HTML) named .xls, as some systems export tables",
      async (dir) => {
        const p = join(dir, "raportti.xls");
        await writeFile(p, '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>1</td></tr></table></body></html>');
        return p;
      },
      /raportti\.xls ei ole Excel-työkirja vaan verkkosivu \(HTML\).*: avaa se Excelissä ja tallenna \.xlsx-muodossa/,
    ],
    [
      "an Excel 2003 XML spreadsheet",
      async (dir) => {
        const p = join(dir, "vanha.xml");
        await writeFile(
          p,
          '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>',
        );
        return p;
      },
      /vanha\.xml on Excel 2003:n XML-taulukko, ei \.xlsx-työkirja: avaa se Excelissä/,
    ],
    [
      "a flat OpenDocument spreadsheet (.fods)",
      async (dir) => {
        const p = join(dir, "libre.fods");
        await writeFile(p, '<?xml version="1.0"?>\n<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>');
        return p;
      },
      /libre\.fods on OpenDocument-tiedosto \(\.fods\): tallenna se LibreOfficessa/,
    ],
    [
      "an Excel binary workbook (.xlsb)",
      async (dir) => {
        const p = join(dir, "iso.xlsb");
        await writeFile(p, packageOf("xl/workbook.bin", "\u0083\u0001\u0000"));
        return p;
      },
      /iso\.xlsb on Excelin binäärityökirja \(\.xlsb\): avaa se Excelissä ja tallenna \.xlsx-muodossa/,
    ],
    [
      "a Word document named .xlsx",
      async (dir) => {
        const p = join(dir, "muistio.xlsx");
        await writeFile(p, packageOf("word/document.xml", '<w:document xmlns:w="urn:w"><w:body/></w:document>'));
        return p;
      },
      /muistio\.xlsx on zip-paketti, jossa ei ole Excel-työkirjaa \(onko se Word- tai PowerPoint-tiedosto\?\): anna \.xlsx-työkirja/,
    ],
    [
      "an OpenDocument spreadsheet (.ods), even named .xlsx",
      async (dir) => {
        const p = join(dir, "libre.xlsx");
        await writeFile(p, openDocumentStart());
        return p;
      },
      /libre\.xlsx on OpenDocument-tiedosto \(\.ods\): tallenna se LibreOfficessa tai Excelissä \.xlsx-muodossa/,
    ],
    [
      "an encrypted workbook",
      async (dir) => {
        const p = join(dir, "salattu.xlsx");
        await writeFile(p, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
        return p;
      },
      /salattu/,
    ],
    [
      "a password-protected workbook: how to take the password off",
      async (dir) => {
        const p = join(dir, "palkat.xlsx");
        await writeFile(p, compoundFile("EncryptionInfo", "EncryptedPackage"));
        return p;
      },
      /palkat\.xlsx on suojattu salasanalla: avaa se Excelissä, poista salasana \(Tiedosto → Tiedot → Suojaa työkirja → Salaa salasanalla\) ja tallenna/,
    ],
    [
      "an old .xls workbook, even named .xlsx",
      async (dir) => {
        const p = join(dir, "vanha.xlsx");
        await writeFile(p, compoundFile("Workbook", "\u0005SummaryInformation"));
        return p;
      },
      /vanha\.xlsx on vanhaa \.xls-muotoa: avaa se Excelissä ja tallenna \.xlsx-muodossa/,
    ],
    [
      "a truncated zip",
      async (dir) => {
        const whole = await readFile(await xlsxFile(brokenExample().sheets));
        const p = join(dir, "katkennut.xlsx");
        await writeFile(p, whole.subarray(0, 2000));
        return p;
      },
      /vioittunut tai katkennut/,
    ],
    [
      "an empty file",
      async (dir) => {
        const p = join(dir, "tyhja.xlsx");
        await writeFile(p, "");
        return p;
      },
      /tyhjä/,
    ],
    ["an empty workbook", async () => xlsxFile([{ name: "Taul1", rows: [] }]), /tyhjä/],
  ];
  for (const [what, make, message] of cases) {
    it(what, async () => {
      const path = await make(await tempDir());
      const { code, err, out } = await run("check", path);
      assert.equal(code, 2);
      assert.equal(out, "");
      assert.match(err, message);
      assert.equal(err.trim().split("\n").length, 1);
    });
  }
});

describe("kaste template", () => {
  it("writes the canonical workbook, which checks as an empty project", async () => {
    const path = join(await tempDir(), "uusi.xlsx");
    const written = await run("template", path);
    assert.equal(written.code, 0);
    assert.equal(written.out.split("\n")[0], `Kirjoitettu ${path}`);
    assert.match(written.out, /\nSeuraavaksi: täytä välilehdet Hanke, Kumppanit ja Budjetti/);
    assert.ok(written.out.trimEnd().endsWith(`kaste check ${path}`));
    assert.match((await run("template", path, "--force", "--lang", "sv")).out, /^Skrivet .*\nNästa: fyll i flikarna/);
    const { out } = await run("check", path, "--format", "json");
    const json = JSON.parse(out);
    assert.ok(!json.findings.some((f: { code: string; message: string }) => f.code === "TABLE_NOT_FOUND" && f.message.includes("Laskut")));
  });

  it("says in one line when the file cannot be written", async () => {
    const path = join(await tempDir(), "ei-ole", "uusi.xlsx");
    const { code, err } = await run("template", path, "--lang", "en");
    assert.equal(code, 2);
    assert.equal(err, `kaste: Could not write ${path}: no such folder.\n`);
  });

  it("never overwrites an existing file without --force", async () => {
    const path = join(await tempDir(), "olemassa.xlsx");
    await writeFile(path, "tärkeä");
    const { code, err } = await run("template", path);
    assert.equal(code, 2);
    assert.match(err, /--force/);
    assert.equal(await readFile(path, "utf8"), "tärkeä");
    assert.equal((await run("template", path, "--force")).code, 0);
    assert.ok((await stat(path)).size > 1000);
  });
});

describe("the kaste command", () => {
  it("runs from bin/ with the exit code of the check", async () => {
    const broken = await xlsxFile(brokenExample().sheets);
    const result = await promisify(execFile)("node", ["bin/kaste.js", "check", broken, "--format", "json"]).catch((e) => e);
    assert.equal(result.code, 1);
    assert.ok(JSON.parse(result.stdout).findings.length > 0);
  });
});

describe("kaste check --budget", () => {
  it("prints the budget-use table after the findings", async () => {
    const { lasseSheets } = await import("../../examples/lasse");
    const path = await xlsxFile(lasseSheets());
    const { code, out } = await run("check", path, "--budget");
    assert.equal(code, 0);
    assert.match(out, /^Vuosi\s+Kumppani\s+Tilikohta\s+Budjetti\s+Toteuma\s+Käyttö/m);
    assert.match(out, /^2014\s+Verso\s+Palkat\s+46\u00a0500,00\u00a0€/m);
    const json = JSON.parse((await run("check", path, "--budget", "--format", "json")).out);
    const project = json.budget.find((r: { level: string; year: number | null }) => r.level === "project" && r.year === null);
    assert.ok(project.realised.cents > 0 && project.budget.cents > 0);
  });
});
