/** Cell formats found or appended in styles.xml (src/workbook/xlsxWrite/styles.ts), existing indexes untouched. */
import assert from "node:assert/strict";
import { StylesEditor, blankStyles } from "../../../src/workbook/xlsxWrite/styles";
import { parseXml } from "../../support/xml";
import { STYLES_XML } from "./fixture";

describe("the styles editor", () => {
  it("appends one cell format per base and number format, reusing it, a base's own format kept when asked", () => {
    const styles = new StylesEditor(STYLES_XML);
    assert.equal(styles.changed, false);
    assert.equal(styles.xml(), STYLES_XML);
    const money = styles.withNumberFormat(2, "money", false);
    assert.equal(money, 4);
    assert.equal(styles.withNumberFormat(2, "money", false), 4);
    // a base with a number format keeps it when asked to
    assert.equal(styles.withNumberFormat(1, "money", true), 1);
    assert.equal(styles.numberFormatOf(money), 4);
    // a base that has the format already is itself
    assert.equal(styles.withNumberFormat(3, "money", false), 3);
    const xml = styles.xml();
    parseXml(xml);
    assert.match(
      xml,
      /<cellXfs count="5">.*<xf numFmtId="4" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1"\/><\/cellXfs>/,
    );
    assert.match(xml, /<numFmts count="1"><numFmt numFmtId="164" formatCode="d\\\.m\\\.yyyy"\/><\/numFmts>/);
  });

  it("makes a bold font once and a bold format over it; a bold font is reused", () => {
    const styles = new StylesEditor(blankStyles());
    const bold = styles.bold(null);
    assert.equal(bold, 1);
    assert.equal(styles.bold(bold), bold);
    const boldDate = styles.withNumberFormat(bold, "date", false);
    const xml = styles.xml();
    parseXml(xml);
    assert.match(xml, /<fonts count="2">.*<font><b\/><sz val="11"\/>/);
    assert.match(xml, /<cellXfs count="3">/);
    assert.equal(styles.numberFormatOf(boldDate), 14);
    assert.doesNotMatch(xml, /<numFmts/);
  });
});
