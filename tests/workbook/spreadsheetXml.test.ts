/** Excel 2003's XML Spreadsheet read as sheets (src/workbook/spreadsheetXml.ts), as older finance systems export it. */
import assert from "node:assert/strict";
import { readSpreadsheetXml } from "../../src/workbook/spreadsheetXml";

describe("an Excel 2003 XML Spreadsheet", () => {
  it("reads each worksheet: typed data, rows and cells placed by ss:Index, merged cells, entities", () => {
    const xml = `<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Worksheet ss:Name="Laskut &amp; muut"><Table>
  <Row><Cell ss:MergeAcross="1"><Data ss:Type="String">Laskuttaja</Data></Cell><Cell><Data ss:Type="String">Summa</Data></Cell></Row>
  <Row ss:Index="3"><Cell><Data ss:Type="String">Pikassos &#228;</Data></Cell><Cell ss:Index="3"><Data ss:Type="Number">7200.5</Data></Cell>
   <Cell><Data ss:Type="DateTime">2015-10-20T12:00:00.000</Data></Cell><Cell><Data ss:Type="Boolean">1</Data></Cell><Cell><Data ss:Type="Error">#N/A</Data></Cell><Cell/></Row>
  <Row/>
 </Table></Worksheet>
 <Worksheet ss:Name="Tyhjä"><Table/></Worksheet>
</Workbook>`;
    assert.deepEqual(readSpreadsheetXml(xml), [
      {
        name: "Laskut & muut",
        cells: [["Laskuttaja", null, "Summa"], [], ["Pikassos ä", null, 7200.5, 42297.5, true, { error: "#N/A" }]],
      },
      { name: "Tyhjä", cells: [] },
    ]);
  });
});
