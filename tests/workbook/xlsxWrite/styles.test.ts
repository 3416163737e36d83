/** Cell formats found or appended in styles.xml (src/workbook/xlsxWrite/styles.ts), existing indexes untouched. */
import assert from "node:assert/strict";
import { StylesEditor, blankStyles } from "../../../src/workbook/xlsxWrite/styles";
import { parseXml } from "../../support/xml";
import { STYLES_XML } from "./fixture";

describe("the styles editor", () => {
  it("appends one cell format per base and number format, reusing it and an existing format code", () => {
    const styles = new StylesEditor(STYLES_XML);
    assert.equal(styles.changed, false);
    assert.equal(styles.xml(), STYLES_XML);
    const money = styles.withNumberFormat(2, "money", false);
    assert.equal(money, 4);
    assert.equal(styles.withNumberFormat(2, "money", false), 4);
    // a base with a number format keeps it when asked to
    assert.equal(styles.withNumberFormat(1, "money", true), 1);
    assert.equal(styles.numberFormatOf(money), 165);
    const xml = styles.xml();
    parseXml(xml);
    assert.match(xml, /<xf numFmtId="165" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1"\/><\/cellXfs>/);
    assert.match(xml, /<numFmt numFmtId="165" formatCode="#,##0.00"\/><\/numFmts>/);
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
    assert.equal(styles.numberFormatOf(boldDate), 164);
    // the number-format list is created before the fonts, where the schema wants it
    assert.ok(xml.indexOf("<numFmts") < xml.indexOf("<fonts"));
  });
});
