/**
 * Why a workbook could not be edited (`kaste import`, `application`, `mark-sent`, `map` with --out or
 * --in-place): the file's reason in the user's language inside the line, never an English one inside
 * a Finnish or Swedish sentence; an error that is no fault of the file stays an internal error.
 * Likewise why one could not be read, and why one written could not be read back.
 */
import assert from "node:assert/strict";
import fsp, { mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lasseSheets } from "../../examples/lasse";
import { readXlsx } from "../../cli/readXlsx";
import { InputError } from "../../cli/inputError";
import { xlsxInput } from "../../cli/input";
import { editBook, openEditor, saveEdited } from "../../cli/syncOutput";
import { writeXlsx } from "../../cli/writeXlsx";
import { NODE_DEFLATER, NODE_INFLATER } from "../../cli/zipNode";
import { CellReferenceError } from "../../src/workbook/cellLimits";
import { WorkbookFileError, fileReason } from "../../src/workbook/fileError";
import { ZipArchive } from "../../src/workbook/zip";
import { rewriteZip } from "../../src/workbook/zipWriter";
import { internalError } from "../../cli/main";
import { runCli } from "../support/cli";

/** The exit code and stderr as the kaste binary gives them: an error main lets through is the binary's internal error (exit 3). */
async function exitOf(...args: string[]): Promise<{ code: number; err: string }> {
  try {
    return await runCli(...args);
  } catch (error) {
    let err = "";
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = (chunk: string) => {
      err += chunk;
      return true;
    };
    try {
      const code = internalError(error);
      return { code, err };
    } finally {
      process.stderr.write = write;
    }
  }
}

const PARTNER_CSV = [
  "Laskun pvm;Laskuttaja;Laskun numero;Ajalta;Tilikohta;Summa (ALV 0);ALV;Selite",
  "5.11.2015;Pikassos;PIK-100;10/2015;Palkat;7 200,00;0;lokakuun palkat",
].join("\r\n");

/** The LasSe book with one zip entry's checksum in the directory flipped: that part reads as damaged. */
function withBadChecksum(bytes: Buffer, part: string): Buffer {
  const out = Buffer.from(bytes);
  for (let at = out.length - 22; at >= 0; at--) {
    if (out.readUInt32LE(at) !== 0x02014b50 || out.subarray(at + 46, at + 46 + out.readUInt16LE(at + 28)).toString() !== part) continue;
    out.writeUInt32LE(out.readUInt32LE(at + 16) ^ 1, at + 16);
    return out;
  }
  throw new Error(`no ${part}`);
}

/** The LasSe book with `[Content_Types].xml` holding no Types element. */
function withoutContentTypes(bytes: Buffer): Uint8Array {
  const zip = new ZipArchive(bytes, NODE_INFLATER);
  return rewriteZip(zip, { changed: new Map([["[content_types].xml", new TextEncoder().encode("<Other/>")]]) }, NODE_DEFLATER);
}

describe("why a workbook could not be edited, in the user's language", function () {
  this.timeout(60_000);
  let dir: string;
  let lasse: Buffer;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "kaste-edit-"));
    await writeXlsx(join(dir, "lasse.xlsx"), lasseSheets());
    lasse = await readFile(join(dir, "lasse.xlsx"));
    await writeFile(join(dir, "pikassos.csv"), PARTNER_CSV);
  });

  it("kaste import into a book whose styles part is damaged: fi, sv and en each say it in their own words", async () => {
    const book = join(dir, "styles.xlsx");
    await writeFile(book, withBadChecksum(lasse, "xl/styles.xml"));
    const said = { fi: "", sv: "", en: "" };
    for (const lang of ["fi", "sv", "en"] as const) {
      const { code, err } = await runCli(
        "import",
        join(dir, "pikassos.csv"),
        "--into",
        book,
        "--out",
        join(dir, `out-${lang}.xlsx`),
        "--lang",
        lang,
      );
      assert.equal(code, 2, err);
      said[lang] = err;
    }
    assert.equal(said.fi, `kaste: Työkirjaa ${book} ei voitu muokata (xl/styles.xml on vioittunut); mitään ei kirjoitettu.\n`);
    assert.equal(said.sv, `kaste: Arbetsboken ${book} kunde inte ändras (xl/styles.xml är skadad); inget skrevs.\n`);
    assert.equal(said.en, `kaste: Could not edit ${book} (xl/styles.xml is damaged (checksum mismatch)); nothing written.\n`);
    assert.ok(!(await readdir(dir)).some((name) => name.startsWith("out-")), "nothing written");
  });

  it("kaste mark-sent into a book without a Types element: the part and the element named in fi and sv", async () => {
    const book = join(dir, "types.xlsx");
    await writeFile(book, withoutContentTypes(lasse));
    const args = ["mark-sent", book, "--period", "2014-01-01..2014-12-31", "--out", join(dir, "marked.xlsx")];
    const fi = await runCli(...args);
    assert.equal(fi.code, 2, fi.err);
    assert.equal(
      fi.err,
      `kaste: Työkirjaa ${book} ei voitu muokata (osassa [Content_Types].xml ei ole Types-elementtiä); mitään ei kirjoitettu.\n`,
    );
    const sv = await runCli(...args, "--lang", "sv");
    assert.equal(
      sv.err,
      `kaste: Arbetsboken ${book} kunde inte ändras (delen [Content_Types].xml saknar elementet Types); inget skrevs.\n`,
    );
    const en = await runCli(...args, "--lang", "en");
    assert.match(en.err, /\(\[Content_Types\]\.xml has no Types element\); nothing written/);
  });

  it("a written book that reads back with other sheets names them in fi and sv", async () => {
    const book = join(dir, "readback.xlsx");
    await writeFile(book, lasse);
    const source = await openEditor(lasse);
    const read = await readXlsx(lasse);
    const wrong = { ...read, sheets: read.sheets.slice(1) };
    const refused = await saveEdited(source, book, { kind: "inPlace" }, new Date(), wrong).then(
      () => assert.fail("kept"),
      (error: unknown) => error,
    );
    assert.ok(refused instanceof InputError);
    assert.match(refused.text("fi"), /ei lukeutunut takaisin samana \(välilehdet\)/);
    assert.match(refused.text("sv"), /lästes inte tillbaka likadan \(bladen\)/);
    assert.match(refused.text("en"), /did not read back the same \(sheets\)/);
  });

  it("an edit that fails through no fault of the file is an internal error, not a line about the file", async () => {
    const zip = new ZipArchive(lasse, NODE_INFLATER);
    const mode = { kind: "out", path: join(dir, "never.xlsx") } as const;
    await assert.rejects(
      editBook(join(dir, "lasse.xlsx"), zip, mode, new Date(), await readXlsx(lasse), () => Promise.reject(new TypeError("a bug"))),
      (error: unknown) => error instanceof TypeError && !(error instanceof InputError),
    );
  });

  it("a written book that cannot be read back (the disk fails) is a file's line with its reason, exit 2, not an internal error", async () => {
    const book = join(dir, "readfail.xlsx");
    await writeFile(book, lasse);
    const out = join(dir, "readfail-out.xlsx");
    const read = fsp.readFile;
    fsp.readFile = ((path: Parameters<typeof read>[0], ...rest: []) =>
      /\.kaste-\d+-\d+\.tmp$/.test(String(path))
        ? Promise.reject(Object.assign(new Error("EIO: i/o error, read"), { code: "EIO", errno: -5, syscall: "read" }))
        : read(path, ...rest)) as typeof read;
    syncBuiltinESMExports();
    const said: Record<string, { code: number; err: string }> = {};
    try {
      for (const lang of ["fi", "sv", "en"] as const)
        said[lang] = await exitOf("import", join(dir, "pikassos.csv"), "--into", book, "--out", out, "--lang", lang);
    } finally {
      fsp.readFile = read;
      syncBuiltinESMExports();
    }
    assert.deepEqual(
      Object.values(said).map(({ code }) => code),
      [2, 2, 2],
      said.fi.err,
    );
    assert.equal(said.fi.err, `kaste: Kirjoitettua työkirjaa ei voitu lukea takaisin (levyn lukuvirhe); tiedostoa ${out} ei muutettu.\n`);
    assert.equal(said.sv.err, `kaste: Den skrivna arbetsboken kunde inte läsas tillbaka (läsfel på disken); ${out} ändrades inte.\n`);
    assert.equal(said.en.err, `kaste: The written workbook could not be read back (a read error on the disk); ${out} was not changed.\n`);
    assert.ok(!(await readdir(dir)).some((name) => name.startsWith("readfail-out") || name.endsWith(".tmp")), "nothing left");
  });
});

describe("why a workbook could not be read, in the user's language", function () {
  this.timeout(60_000);
  let dir: string;
  let lasse: Buffer;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "kaste-read-"));
    await writeXlsx(join(dir, "lasse.xlsx"), lasseSheets());
    lasse = await readFile(join(dir, "lasse.xlsx"));
  });

  it("a damaged book is a file's line in fi and sv (exit 2), its reason in the sentence's language", async () => {
    const book = join(dir, "cut.xlsx");
    await writeFile(book, lasse.subarray(0, lasse.length - 30));
    const fi = await runCli("check", book);
    const sv = await runCli("check", book, "--lang", "sv");
    assert.deepEqual([fi.code, sv.code], [2, 2]);
    assert.match(fi.err, /^kaste: .*cut\.xlsx on vioittunut tai katkennut \.xlsx-tiedosto \(zip-[^()]*\)\.\n$/);
    assert.match(sv.err, /^kaste: .*cut\.xlsx är en skadad eller avbruten \.xlsx-fil \(zip-[^()]*\)\.\n$/);
    assert.doesNotMatch(fi.err + sv.err, /directory|not found|central/i);
  });

  it("a fault of the reader (ours, not the file's) is an internal error, exit 3 and please report, in no language a damaged file", async () => {
    // The CLI's reader calls remember on the zip it opens: here it fails as a bug of ours would
    const remember = Object.getOwnPropertyDescriptor(ZipArchive.prototype, "remember") ?? assert.fail("no remember");
    const bug = () => {
      throw new TypeError("a bug");
    };
    Object.defineProperty(ZipArchive.prototype, "remember", { ...remember, value: bug });
    try {
      for (const lang of ["fi", "sv", "en"]) {
        const { code, err } = await exitOf("check", join(dir, "lasse.xlsx"), "--lang", lang);
        assert.equal(code, 3, err);
        assert.match(err, /^kaste: sisäinen virhe \/ internal error: a bug \(please report/);
        assert.doesNotMatch(err, /vioittunut|skadad|damaged/);
      }
    } finally {
      Object.defineProperty(ZipArchive.prototype, "remember", remember);
    }
    await assert.rejects(
      xlsxInput("lasse.xlsx", lasse, () => {
        throw new TypeError("a bug");
      }),
      (error: unknown) => error instanceof TypeError,
    );
  });

  it("a cell beyond Excel's limits is a file's error like the others: one reason of a file, in every language", () => {
    const beyond = new CellReferenceError("ZZZZZZ3", "cell", "Laskut");
    assert.ok(beyond instanceof WorkbookFileError);
    assert.deepEqual(fileReason(beyond), {
      fi: beyond.says("fi"),
      sv: beyond.says("sv"),
      en: beyond.message,
    });
    assert.match(beyond.says("sv"), /^cellreferensen ZZZZZZ3 på bladet Laskut ligger utanför Excels gränser/);
    assert.equal(fileReason(new TypeError("a bug")), null);
    assert.equal(fileReason(Object.assign(new Error("EIO"), { code: "EIO" })), null);
  });
});
