/**
 * Why a workbook could not be edited (`kaste import`, `application`, `mark-sent`, `map` with --out or
 * --in-place): the file's reason in the user's language inside the line, never an English one inside
 * a Finnish or Swedish sentence; an error that is no fault of the file stays an internal error.
 */
import assert from "node:assert/strict";
import { mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lasseSheets } from "../../examples/lasse";
import { readXlsx } from "../../cli/readXlsx";
import { InputError } from "../../cli/inputError";
import { editBook, openEditor, saveEdited } from "../../cli/syncOutput";
import { writeXlsx } from "../../cli/writeXlsx";
import { NODE_DEFLATER, NODE_INFLATER } from "../../cli/zipNode";
import { ZipArchive } from "../../src/workbook/zip";
import { rewriteZip } from "../../src/workbook/zipWriter";
import { runCli } from "../support/cli";

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
});
