import assert from "node:assert/strict";
import {
  BinaryWorkbookError,
  NoWorkbookError,
  isOpenDocument,
  readXlsxStructure,
  relationshipsPathOf,
  resolvePart,
} from "../../src/workbook/xlsxPackage";
import { oneSheetXlsx } from "../support/oneSheetXlsx";
import { openDocumentStart } from "../support/openDocument";
import type { XlsxParts } from "../../src/workbook/xlsxPackage";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function rels(...relationships: [id: string, type: string, target: string, external?: boolean][]): string {
  const items = relationships.map(
    ([id, type, target, external]) =>
      `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"${external ? ' TargetMode="External"' : ""}/>`,
  );
  return `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join("")}</Relationships>`;
}

function workbook(sheets: [name: string, relId: string, state?: string][], date1904 = false): string {
  const items = sheets.map(
    ([name, relId, state]) => `<sheet name="${name}" sheetId="1"${state ? ` state="${state}"` : ""} r:id="${relId}"/>`,
  );
  return `<workbook xmlns:r="${REL}"><workbookPr${date1904 ? ' date1904="1"' : ""}/><sheets>${items.join("")}</sheets></workbook>`;
}

const STRINGS = `<sst><si><t>Kulut</t></si><si><t>Summa</t></si></sst>`;

/** Parts from a record, synchronously or (as the task pane's reader) asynchronously; records which were read. */
function partsOf(files: Record<string, string>, async = false): XlsxParts & { read: string[] } {
  const read: string[] = [];
  return {
    read,
    has: (path) => path in files,
    text: (path) => {
      read.push(path);
      if (!(path in files)) throw new Error(`${path} read though missing`);
      return async ? Promise.resolve(files[path]) : files[path];
    },
  };
}

describe("the package structure of an .xlsx", () => {
  it("resolves relationship targets against their part's folder", () => {
    assert.equal(resolvePart("xl/", "worksheets/sheet1.xml"), "xl/worksheets/sheet1.xml");
    assert.equal(resolvePart("xl/", "./worksheets/./sheet1.xml"), "xl/worksheets/sheet1.xml");
    assert.equal(resolvePart("xl/", "../customXml/item1.xml"), "customXml/item1.xml");
    assert.equal(resolvePart("xl/", "/xl/worksheets/sheet1.xml"), "xl/worksheets/sheet1.xml");
    assert.equal(resolvePart("xl/", "worksheets//sheet1.xml"), "xl/worksheets/sheet1.xml");
    assert.equal(resolvePart("", "xl/workbook.xml"), "xl/workbook.xml");
    assert.equal(resolvePart("", "/xl/workbook.xml"), "xl/workbook.xml");
    assert.equal(resolvePart("", "../../xl/workbook.xml"), "xl/workbook.xml"); // no folder above the root
    assert.equal(resolvePart("xl/", "worksheets\\sheet1.xml"), "xl/worksheets/sheet1.xml");
    assert.equal(resolvePart("xl/", "\\xl\\theme\\theme1.xml"), "xl/theme/theme1.xml");
  });

  it("names a part's relationships part", () => {
    assert.equal(relationshipsPathOf("xl/workbook.xml"), "xl/_rels/workbook.xml.rels");
    assert.equal(relationshipsPathOf("workbook.xml"), "_rels/workbook.xml.rels");
  });

  it("follows _rels/.rels to the workbook and its relationships to the worksheets in the workbook's order, and says which are hidden", async () => {
    const parts = partsOf(
      {
        "_rels/.rels": rels(["rId1", "extended-properties", "docProps/app.xml"], ["rId2", "officeDocument", "/book/main.xml"]),
        "book/main.xml": workbook(
          [
            ["Kulut", "rId3"],
            ["Kaavio", "rId9"],
            ["Tulot", "rId1", "hidden"],
            ["Linkki", "rId4"],
            ["Ei suhdetta", "rId7"],
          ],
          true,
        ),
        "book/_rels/main.xml.rels": rels(
          ["rId1", "worksheet", "sheets/b.xml"],
          ["rId2", "sharedStrings", "../shared/strings.xml"],
          ["rId3", "worksheet", "/book/sheets/a.xml"],
          ["rId4", "worksheet", "http://example.com/x.xml", true],
          ["rId9", "chartsheet", "charts/c.xml"],
        ),
        "shared/strings.xml": STRINGS,
      },
      true,
    );
    assert.deepEqual(await readXlsxStructure(parts), {
      date1904: true,
      sharedStrings: ["Kulut", "Summa"],
      sheets: [
        { name: "Kulut", path: "book/sheets/a.xml" },
        { name: "Tulot", path: "book/sheets/b.xml", hidden: true },
      ],
    });
    assert.deepEqual(parts.read, ["_rels/.rels", "book/main.xml", "book/_rels/main.xml.rels", "shared/strings.xml"]); // worksheets are the caller's
  });

  it("without _rels/.rels takes xl/workbook.xml, and xl/sharedStrings.xml without its relationship", async () => {
    const parts = partsOf({
      "xl/workbook.xml": workbook([["Kulut", "rId1"]]),
      "xl/_rels/workbook.xml.rels": rels(["rId1", "worksheet", "worksheets/sheet1.xml"]),
      "xl/sharedStrings.xml": STRINGS,
    });
    assert.deepEqual(await readXlsxStructure(parts), {
      date1904: false,
      sharedStrings: ["Kulut", "Summa"],
      sheets: [{ name: "Kulut", path: "xl/worksheets/sheet1.xml" }],
    });
  });

  it("takes xl/workbook.xml when _rels/.rels names no office document (or only an external one)", async () => {
    const parts = partsOf({
      "_rels/.rels": rels(["rId1", "officeDocument", "http://example.com/book.xml", true]),
      "xl/workbook.xml": workbook([["Kulut", "rId1"]]),
    });
    // no workbook relationships: no sheet can be found; no shared strings
    assert.deepEqual(await readXlsxStructure(parts), { date1904: false, sharedStrings: [], sheets: [] });
  });

  it("says there is no workbook when the part named is not there", async () => {
    await assert.rejects(readXlsxStructure(partsOf({})), NoWorkbookError);
    await assert.rejects(
      readXlsxStructure(partsOf({ "_rels/.rels": rels(["rId1", "officeDocument", "xl/book.xml"]), "xl/workbook.xml": workbook([]) })),
      /no workbook inside \(not an \.xlsx file\?\)/,
    );
  });
});

describe("a zip whose office document is no workbook to read", () => {
  it("an .xlsb's binary workbook is named for what it is, not read as a workbook without sheets", async () => {
    const parts = partsOf({ "_rels/.rels": rels(["rId1", "officeDocument", "xl/workbook.bin"]), "xl/workbook.bin": "\u0083\u0001\u0000" });
    await assert.rejects(readXlsxStructure(parts), BinaryWorkbookError);
    await assert.rejects(readXlsxStructure(parts), /an Excel binary workbook \(\.xlsb\)/);
  });

  it("a Word document holds no workbook", async () => {
    const document = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>`;
    const parts = partsOf({ "_rels/.rels": rels(["rId1", "officeDocument", "word/document.xml"]), "word/document.xml": document });
    await assert.rejects(readXlsxStructure(parts), NoWorkbookError);
    // a workbook element with a namespace prefix is one
    const prefixed = `<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><x:sheets/></x:workbook>`;
    assert.deepEqual((await readXlsxStructure(partsOf({ "xl/workbook.xml": prefixed }))).sheets, []);
  });
});

describe("isOpenDocument", () => {
  it("knows an .ods by its first, stored mimetype entry, and an .xlsx is none", () => {
    assert.equal(isOpenDocument(openDocumentStart()), true);
    assert.equal(isOpenDocument(oneSheetXlsx("")), false);
    assert.equal(isOpenDocument(new Uint8Array(10)), false);
  });
});
