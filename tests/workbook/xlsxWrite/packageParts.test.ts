/** Content types, relationships and workbook.xml edited in place (contentTypes.ts, relationships.ts, workbookXml.ts). */
import assert from "node:assert/strict";
import { contentTypeOf, withOverride, withoutOverride } from "../../../src/workbook/xlsxWrite/contentTypes";
import { freeRelationshipId, relativeTarget, withRelationship, withoutRelationships } from "../../../src/workbook/xlsxWrite/relationships";
import { sheetEntries, withFullCalcOnLoad, withSheetEntry, withSheetState } from "../../../src/workbook/xlsxWrite/workbookXml";
import { parseXml } from "../../support/xml";
import { WORKBOOK_XML, fixtureParts } from "./fixture";

describe("package parts", () => {
  it("content types: an Override added, replaced and removed; the macro workbook's own type kept", () => {
    const types = fixtureParts(true).get("[Content_Types].xml") ?? "";
    assert.equal(contentTypeOf(types, "xl/workbook.xml"), "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    assert.equal(contentTypeOf(types, "xl/vbaProject.bin"), "application/vnd.ms-office.vbaProject");
    const added = withOverride(types, "xl/worksheets/sheet9.xml", "w+xml");
    parseXml(added);
    assert.equal(contentTypeOf(added, "XL/worksheets/sheet9.xml"), "w+xml");
    assert.equal(contentTypeOf(withoutOverride(added, "xl/worksheets/sheet9.xml"), "xl/worksheets/sheet9.xml"), "application/xml");
    assert.equal(withoutOverride(added, "xl/worksheets/sheet9.xml"), types);
  });

  it("relationships: a free id, a relative target, one removed by type", () => {
    const rels = fixtureParts().get("xl/_rels/workbook.xml.rels") ?? "";
    assert.equal(freeRelationshipId(rels), "rId6");
    const { xml, id } = withRelationship(rels, "t/worksheet", "worksheets/sheet3.xml");
    assert.equal(id, "rId6");
    parseXml(xml);
    assert.doesNotMatch(
      withoutRelationships(xml, (type) => type.endsWith("/calcChain")),
      /calcChain/,
    );
    assert.equal(relativeTarget("xl/workbook.xml", "xl/worksheets/sheet3.xml"), "worksheets/sheet3.xml");
    assert.equal(relativeTarget("xl/worksheets/sheet3.xml", "xl/tables/table2.xml"), "../tables/table2.xml");
  });

  it("workbook.xml: a sheet entry with a new sheetId, a state set, full calculation on load; defined names and extensions kept", () => {
    const added = withSheetEntry(WORKBOOK_XML, "A & B", "rId9", true);
    parseXml(added);
    assert.deepEqual(sheetEntries(added).at(-1), { name: "A & B", sheetId: 4, relId: "rId9", state: "hidden" });
    assert.equal(sheetEntries(withSheetState(added, "A & B", false)).at(-1)?.state, "visible");
    assert.match(withFullCalcOnLoad(WORKBOOK_XML), /<calcPr calcId="191029" fullCalcOnLoad="1"\/><extLst>/);
    const bare = '<workbook xmlns="m"><sheets/><definedNames/><extLst/></workbook>';
    assert.equal(withFullCalcOnLoad(bare), '<workbook xmlns="m"><sheets/><definedNames/><calcPr fullCalcOnLoad="1"/><extLst/></workbook>');
    // a workbook without the r: prefix declared gets it on the entry
    assert.match(withSheetEntry(bare, "X", "rId1", false), /<sheets><sheet name="X" sheetId="1" r:id="rId1" xmlns:r="[^"]+"\/><\/sheets>/);
  });
});
