/** Cells set and rows spliced into a worksheet's sheetData (src/workbook/xlsxWrite/sheetData.ts), the rest of the XML as it was. */
import assert from "node:assert/strict";
import { SheetDataEditor } from "../../../src/workbook/xlsxWrite/sheetData";
import { cellsOf } from "./fixture";

const cell = (ref: string, v: number) => `<c r="${ref}"><v>${v}</v></c>`;
const sheet = (data: string, dimension = "A1:B3") =>
  `<worksheet xmlns="m"><dimension ref="${dimension}"/><sheetData>${data}</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;

describe("the sheetData editor", () => {
  it("inserts new rows between existing ones in order and appends after the last, the rest byte for byte", () => {
    const xml = sheet(`<row r="1" spans="1:2">${cell("A1", 1)}</row><row r="3">${cell("A3", 3)}</row>`);
    const editor = new SheetDataEditor(xml);
    editor.set(4, 1, cell("B5", 5));
    editor.set(1, 0, cell("A2", 2));
    const out = editor.xml();
    assert.equal(
      out,
      sheet(
        `<row r="1" spans="1:2">${cell("A1", 1)}</row><row r="2">${cell("A2", 2)}</row><row r="3">${cell("A3", 3)}</row><row r="5">${cell("B5", 5)}</row>`,
        "A1:B5",
      ),
    );
    assert.deepEqual(cellsOf(out), [[1], [2], [3], [], [null, 5]]);
  });

  it("merges cells into an existing row in column order, keeping its attributes (spans dropped) and other cells", () => {
    const xml = sheet(`<row r="1" spans="1:3" ht="20" customHeight="1"><c r="A1" s="4"><v>1</v></c><c r="C1"><v>3</v></c></row>`);
    const editor = new SheetDataEditor(xml);
    assert.equal(editor.styleAt(0, 0), 4);
    assert.equal(editor.styleAt(0, 1), null);
    editor.set(0, 1, cell("B1", 2));
    editor.set(0, 2, "");
    const out = editor.xml();
    assert.match(out, /<row r="1" ht="20" customHeight="1"><c r="A1" s="4"><v>1<\/v><\/c><c r="B1"><v>2<\/v><\/c><\/row>/);
    assert.deepEqual(cellsOf(out), [[1, 2]]);
  });

  it("numbers rows and cells written without r before inserting, so nothing shifts", () => {
    const xml = sheet(`<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>`);
    const editor = new SheetDataEditor(xml);
    editor.set(0, 2, cell("C1", 9));
    editor.set(3, 0, cell("A4", 4));
    const out = editor.xml();
    assert.deepEqual(cellsOf(out), [[1, 2, 9], [3], [], [4]]);
    assert.match(out, /<row r="2">/);
  });

  it("fills an empty self-closed sheetData and follows a namespace prefix", () => {
    const xml = '<x:worksheet xmlns:x="m"><x:dimension ref="A1"/><x:sheetData/></x:worksheet>';
    const editor = new SheetDataEditor(xml);
    assert.equal(editor.lastRow, -1);
    editor.set(1, 1, '<x:c r="B2"><x:v>7</x:v></x:c>');
    assert.equal(
      editor.xml(),
      '<x:worksheet xmlns:x="m"><x:dimension ref="A1:B2"/><x:sheetData><x:row r="2"><x:c r="B2"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>',
    );
  });

  it("follows a namespace prefix on a sheet whose end tag lies past its first 4 KB (.NET's OpenXML SDK writes x:)", () => {
    const rows = Array.from({ length: 300 }, (_, r) => `<x:row r="${r + 1}"><x:c r="A${r + 1}"><x:v>${r}</x:v></x:c></x:row>`).join("");
    const xml = `<x:worksheet xmlns:x="m"><x:dimension ref="A1:A300"/><x:sheetData>${rows}</x:sheetData></x:worksheet>`;
    assert.ok(xml.length > 4096);
    const editor = new SheetDataEditor(xml);
    assert.equal(editor.lastRow, 299);
    editor.set(300, 0, '<x:c r="A301"><x:v>300</x:v></x:c>');
    assert.match(
      editor.xml(),
      /<x:row r="300"><x:c r="A300"><x:v>299<\/x:v><\/x:c><\/x:row><x:row r="301"><x:c r="A301"><x:v>300<\/x:v><\/x:c><\/x:row><\/x:sheetData>/,
    );
  });

  it("notes a formula written over, and leaves the XML alone without edits", () => {
    const xml = sheet(`<row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row>`);
    assert.equal(new SheetDataEditor(xml).xml(), xml);
    const editor = new SheetDataEditor(xml);
    editor.set(0, 0, cell("A1", 5));
    editor.xml();
    assert.equal(editor.overwroteFormula, true);
  });

  it("edits the header row and appends below a long sheet, rows in between untouched", () => {
    const rows = Array.from({ length: 500 }, (_, r) => `<row r="${r + 1}">${cell(`A${r + 1}`, r)}</row>`).join("");
    const xml = sheet(rows, "A1:A500");
    const editor = new SheetDataEditor(xml);
    editor.set(0, 1, cell("B1", -1));
    assert.equal(editor.styleAt(499, 0), null);
    editor.set(500, 0, cell("A501", 500));
    editor.set(250, 2, cell("C251", 7));
    const out = editor.xml();
    const cells = cellsOf(out);
    assert.equal(cells.length, 501);
    assert.deepEqual(cells[0], [0, -1]);
    assert.deepEqual(cells[250], [250, null, 7]);
    assert.deepEqual(cells[500], [500]);
    assert.deepEqual(
      cells.slice(1, 250).map((r) => r[0]),
      Array.from({ length: 249 }, (_, i) => i + 1),
    );
    assert.equal(
      out.slice(out.indexOf('<row r="2">'), out.indexOf('<row r="251">')),
      xml.slice(xml.indexOf('<row r="2">'), xml.indexOf('<row r="251">')),
    );
  });

  it("rows out of order (no Excel writes them) keep every value where its r says", () => {
    const editor = new SheetDataEditor(sheet(`<row r="3">${cell("A3", 3)}</row><row r="1">${cell("A1", 1)}</row>`));
    editor.set(1, 0, cell("A2", 2));
    assert.deepEqual(cellsOf(editor.xml()), [[1], [2], [3]]);
  });
});
