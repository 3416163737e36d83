/** The string tools of the part editor (src/workbook/xlsxWrite/xml.ts). */
import assert from "node:assert/strict";
import { escapeAttr, escapeText, findElement, getAttr, setAttr, unescapeAttr } from "../../../src/workbook/xlsxWrite/xml";
import { cellsOf } from "./fixture";

describe("part editing tools", () => {
  it("escapes text so that our reader reads back the very characters, control characters and _x…_ included", () => {
    const text = 'a & <b> "c" \r\n\u0001 _x0041_ ä';
    const xml = `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">${escapeText(text)}</t></is></c></row></sheetData>`;
    assert.deepEqual(cellsOf(xml), [[text]]);
    assert.equal(unescapeAttr(escapeAttr('x "y" & z')), 'x "y" & z');
  });

  it("reads and sets one attribute, leaving the others and the tag's form", () => {
    assert.equal(getAttr('<row r="3" spans="1:2">', "spans"), "1:2");
    assert.equal(getAttr('<row r="3">', "spans"), null);
    assert.equal(setAttr('<row r="3" spans="1:2">', "spans", null), '<row r="3">');
    assert.equal(setAttr('<calcPr calcId="1"/>', "fullCalcOnLoad", "1"), '<calcPr calcId="1" fullCalcOnLoad="1"/>');
    assert.equal(setAttr("<x a='1'>", "a", "2"), '<x a="2">');
  });

  it("finds an element whatever its prefix, a > inside a quoted value skipped", () => {
    const xml = '<a><x:sheets><x:sheet name="a>b"/></x:sheets></a>';
    const sheets = findElement(xml, "sheets");
    assert.equal(sheets?.prefix, "x:");
    assert.equal(xml.slice(sheets?.start, sheets?.end), '<x:sheets><x:sheet name="a>b"/></x:sheets>');
    const sheet = findElement(xml, "sheet");
    assert.equal(sheet?.selfClosed, true);
    assert.equal(findElement(xml, "sheetData"), null);
  });
});
