/**
 * The shared zip layer (src/workbook/zip.ts, zipWriter.ts) and the two readers over it, the
 * CLI's (cli/readXlsx.ts, Node's zlib) and the pane's (taskpane/ui/partnerXlsx.ts, the browser's
 * DecompressionStream, here Node's): both read the same files and refuse the same ones.
 */
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readXlsx } from "../../cli/readXlsx";
import { NODE_DEFLATER, NODE_INFLATER } from "../../cli/zipNode";
import { ZipArchive, ZipError, ZIP_LIMITS, crc32 } from "../../src/workbook/zip";
import { rewriteZip, writeZip } from "../../src/workbook/zipWriter";
import type { ZipDeflater } from "../../src/workbook/zipWriter";
import { readPartnerXlsx } from "../../taskpane/ui/partnerXlsx";
import { runCli } from "../support/cli";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const text = (s: string) => new TextEncoder().encode(s);

/** Stores every part as it is, so that a test can change a byte of a sheet's XML in place. */
const STORING: ZipDeflater = { deflate: (data) => data, crc32: (data, seed) => NODE_DEFLATER.crc32(data, seed) };

/** A workbook of one sheet Laskut, its part names spelt as `workbookPart` says. */
function workbook(sheetXml: string, options: { workbookPart?: string; deflater?: ZipDeflater } = {}): Uint8Array {
  const workbookPart = options.workbookPart ?? "xl/workbook.xml";
  return writeZip(
    [
      { name: "[Content_Types].xml", bytes: text(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`) },
      {
        name: "_rels/.rels",
        bytes: text(
          `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
        ),
      },
      {
        name: workbookPart,
        bytes: text(
          `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Laskut" sheetId="1" r:id="rId1"/></sheets></workbook>`,
        ),
      },
      {
        name: "xl/_rels/workbook.xml.rels",
        bytes: text(
          `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
        ),
      },
      { name: "xl/worksheets/sheet1.xml", bytes: text(`<worksheet xmlns="${MAIN}"><sheetData>${sheetXml}</sheetData></worksheet>`) },
    ],
    options.deflater ?? NODE_DEFLATER,
  );
}

const INVOICES =
  `<row r="1"><c r="A1" t="inlineStr"><is><t>Tosite</t></is></c><c r="B1" t="inlineStr"><is><t>Summa</t></is></c></row>` +
  `<row r="2"><c r="A2" t="inlineStr"><is><t>VER-003</t></is></c><c r="B2"><v>3500</v></c></row>`;

/** Both readers' verdict on a file: its cells or the error each throws. */
async function bothRead(bytes: Uint8Array): Promise<{ cli: unknown; pane: unknown }> {
  const outcome = (promise: Promise<unknown>) =>
    promise.then(
      (book) => book,
      (error: unknown) => error,
    );
  return { cli: await outcome(readXlsx(Buffer.from(bytes))), pane: await outcome(readPartnerXlsx(bytes)) };
}

function assertRefused(outcome: { cli: unknown; pane: unknown }, problem: "damaged" | "too-large", reason: RegExp): void {
  for (const [reader, error] of Object.entries(outcome)) {
    assert.ok(error instanceof ZipError, `${reader} reader did not refuse the file: ${JSON.stringify(error)}`);
    assert.equal(error.problem, problem, reader);
    assert.match(error.message, reason, reader);
  }
}

/** Replaces the first `from` in the bytes by `to` (same length), as a damaged disk sector might. */
function damaged(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const copy = bytes.slice();
  const at = Buffer.from(copy).indexOf(from);
  assert.ok(at >= 0, `${from} not in the file`);
  copy.set(text(to), at);
  return copy;
}

async function cliCheck(bytes: Uint8Array): Promise<{ code: number; err: string }> {
  const path = join(await mkdtemp(join(tmpdir(), "kaste-zip-")), "book.xlsx");
  await writeFile(path, bytes);
  return runCli("check", path);
}

describe("the zip layer", () => {
  it("writes new parts and reads them back, checked, in their order", async () => {
    const bytes = workbook(INVOICES);
    const zip = new ZipArchive(bytes, NODE_INFLATER);
    assert.deepEqual(
      zip.entries.map((e) => e.name),
      ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml"],
    );
    assert.match(await zip.text("xl/worksheets/sheet1.xml"), /VER-003/);
    assert.equal(zip.entry("xl/worksheets/sheet1.xml")?.method, 8);
  });

  it("rewrites a zip copying every untouched entry's stored bytes as they are, in order", async () => {
    const original = new ZipArchive(workbook(INVOICES), NODE_INFLATER);
    const sheet = text(`<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`);
    const rewritten = new ZipArchive(
      rewriteZip(
        original,
        {
          changed: new Map([["XL/worksheets/sheet1.xml", sheet]]),
          removed: new Set(["_rels/.rels"]),
          added: [{ name: "docProps/custom.xml", bytes: text("<x/>") }],
        },
        NODE_DEFLATER,
      ),
      NODE_INFLATER,
    );
    assert.deepEqual(
      rewritten.entries.map((e) => e.name),
      ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml", "docProps/custom.xml"],
    );
    for (const name of ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"]) {
      const before = original.entry(name);
      const after = rewritten.entry(name);
      assert.ok(before && after);
      assert.deepEqual(rewritten.raw(after), original.raw(before), name);
    }
    assert.deepEqual(Buffer.from(await rewritten.bytes("xl/worksheets/sheet1.xml")), Buffer.from(sheet));
    assert.equal(await rewritten.text("docProps/custom.xml"), "<x/>");
  });

  it("computes the zip CRC-32 in plain code as zlib does", () => {
    const data = text("Kumppani;Summa\n1 234,50 €");
    assert.equal(crc32(data), NODE_DEFLATER.crc32(data, 0));
    assert.equal(crc32(data.subarray(5), crc32(data.subarray(0, 5))), crc32(data));
  });

  it("reads a zip64 directory", async () => {
    const plain = workbook(INVOICES);
    const view = new DataView(plain.buffer, plain.byteOffset, plain.byteLength);
    const eocd = plain.length - 22;
    const count = view.getUint16(eocd + 10, true);
    const size = view.getUint32(eocd + 12, true);
    const offset = view.getUint32(eocd + 16, true);
    const zip64 = new Uint8Array(56 + 20);
    const z = new DataView(zip64.buffer);
    z.setUint32(0, 0x06064b50, true);
    z.setBigUint64(4, 44n, true);
    z.setBigUint64(24, BigInt(count), true);
    z.setBigUint64(32, BigInt(count), true);
    z.setBigUint64(40, BigInt(size), true);
    z.setBigUint64(48, BigInt(offset), true);
    z.setUint32(56, 0x07064b50, true);
    z.setBigUint64(64, BigInt(eocd), true);
    z.setUint32(72, 1, true);
    const end = plain.slice(eocd);
    const e = new DataView(end.buffer);
    e.setUint16(8, 0xffff, true);
    e.setUint16(10, 0xffff, true);
    e.setUint32(16, 0xffffffff, true);
    const bytes = new Uint8Array([...plain.subarray(0, eocd), ...zip64, ...end]);
    const { cli, pane } = await bothRead(bytes);
    assert.deepEqual(pane, cli);
    assert.deepEqual((cli as { sheets: { cells: unknown }[] }).sheets[0]?.cells, [
      ["Tosite", "Summa"],
      ["VER-003", 3500],
    ]);
  });
});

describe("the CLI and the pane on damaged, wrongly cased and oversized files", () => {
  it("read a workbook part spelt xl/Workbook.xml alike", async () => {
    const { cli, pane } = await bothRead(workbook(INVOICES, { workbookPart: "xl/Workbook.xml" }));
    assert.ok(!(cli instanceof Error), String(cli));
    assert.deepEqual(pane, cli);
  });

  it("refuse a damaged sheet that would still unpack (3 500 read as 9 500, VER-003 as VER-013)", async () => {
    const sound = workbook(INVOICES, { deflater: STORING });
    assert.deepEqual((await bothRead(sound)).pane, (await bothRead(sound)).cli);
    assertRefused(await bothRead(damaged(sound, "<v>3500", "<v>9500")), "damaged", /checksum/);
    assertRefused(await bothRead(damaged(sound, "VER-003", "VER-013")), "damaged", /checksum/);
    const { code, err } = await cliCheck(damaged(sound, "<v>3500", "<v>9500"));
    assert.equal(code, 2);
    assert.match(err, /vioittunut|damaged/);
  });

  it("refuse a compressed entry that unpacks past the size its directory gives", async () => {
    const bytes = workbook(INVOICES + INVOICES.repeat(50).replace(/r="\w+"/g, ""));
    const zip = new ZipArchive(bytes, NODE_INFLATER);
    const sheet = zip.entry("xl/worksheets/sheet1.xml");
    assert.ok(sheet);
    const lying = bytes.slice();
    const view = new DataView(lying.buffer);
    const central = Buffer.from(lying).lastIndexOf("xl/worksheets/sheet1.xml") - 46;
    view.setUint32(central + 24, 100, true);
    view.setUint32(sheet.localOffset + 22, 100, true);
    assertRefused(await bothRead(lying), "damaged", /cannot be unpacked|checksum/);
  });

  it("refuse a zip bomb (an entry packed far tighter than any sheet) as too large, with exit 2 in the CLI", async () => {
    const bomb = workbook(INVOICES + " ".repeat(4_000_000));
    assert.ok(bomb.length < 20_000, `the bomb is ${bomb.length} bytes`);
    assertRefused(await bothRead(bomb), "too-large", /zip bomb/);
    const { code, err } = await cliCheck(bomb);
    assert.equal(code, 2);
    assert.match(err, /liian suuri|too large/);
  });

  it("refuse more entries or more inflated bytes than the limits allow", () => {
    const bytes = workbook(INVOICES);
    assert.throws(() => new ZipArchive(bytes, NODE_INFLATER, { ...ZIP_LIMITS, entries: 4 }), /5 zip entries/);
    assert.throws(() => new ZipArchive(bytes, NODE_INFLATER, { ...ZIP_LIMITS, totalBytes: 500 }), /more than/);
    assert.doesNotThrow(() => new ZipArchive(bytes, NODE_INFLATER));
  });

  it("refuse a file cut short", async () => {
    const bytes = workbook(INVOICES);
    assertRefused(await bothRead(bytes.subarray(0, bytes.length - 30)), "damaged", /not a zip file|cut short/);
  });
});
