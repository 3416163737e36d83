/** Excel Table parts built and grown (src/workbook/xlsxWrite/tables.ts). */
import assert from "node:assert/strict";
import { grownTable, newTableXml, tableColumnNames, tableInfo } from "../../../src/workbook/xlsxWrite/tables";
import { parseXml } from "../../support/xml";
import { TABLE_XML } from "./fixture";

describe("table parts", () => {
  it("reads a table's id, name and range", () => {
    assert.deepEqual(tableInfo(TABLE_XML), {
      id: 1,
      name: "Laskut",
      range: { top: 0, left: 0, bottom: 2, right: 2 },
      totalsRows: 0,
      headerRows: 1,
    });
  });

  it("grows ref and autoFilter together, and adds columns, the rest of the part kept", () => {
    const grown = grownTable(TABLE_XML, 9, ["Lähde", "Tuotu"]);
    parseXml(grown);
    assert.match(grown, /<table [^>]*ref="A1:E10"/);
    assert.match(grown, /<autoFilter ref="A1:E10"\/>/);
    assert.match(grown, /<tableColumns count="5">.*<tableColumn id="4" name="Lähde"\/><tableColumn id="5" name="Tuotu"\/><\/tableColumns>/);
    assert.match(grown, /<tableStyleInfo name="TableStyleMedium2"/);
  });

  it("names columns uniquely and never empty; a new table is well-formed", () => {
    assert.deepEqual(tableColumnNames(["Summa", "summa", "", "A\nB"]), ["Summa", "summa2", "Column3", "A B"]);
    const xml = newTableXml(3, "kaste_laskut", { top: 0, left: 0, bottom: 4, right: 1 }, ["A & B", "C"]);
    parseXml(xml);
    assert.match(xml, /id="3" name="kaste_laskut" displayName="kaste_laskut" ref="A1:B5"/);
    assert.match(xml, /name="A &amp; B"/);
  });
});
