/**
 * A small coordinator's workbook as Excel writes it, part by part, for the editor's tests: a
 * Laskut sheet with an Excel Table over A1:C3 (a date style on B), a drop-down and conditional
 * formats (main and x14) over the table's rows, a defined name, a calculation chain, a chart
 * part and a VBA project the edits must leave alone; plus a second sheet with a formula.
 */
import { SheetCellsReader } from "../../../src/workbook/xlsxXml";
import type { CellValue } from "../../../src/workbook/types";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

export const LASKUT_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">` +
  '<dimension ref="A1:C3"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><selection activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
  '<cols><col min="1" max="3" width="14" customWidth="1"/></cols><sheetData>' +
  '<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
  '<row r="2" spans="1:3"><c r="A2" s="2" t="s"><v>3</v></c><c r="B2" s="1"><v>41640</v></c><c r="C2" s="3"><v>100.5</v></c></row>' +
  '<row r="3" spans="1:3"><c r="A3" s="2" t="s"><v>4</v></c><c r="B3" s="1"><v>41641</v></c><c r="C3" s="3"><v>200</v></c></row>' +
  "</sheetData>" +
  '<conditionalFormatting sqref="C2:C3"><cfRule type="cellIs" dxfId="0" priority="2" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>' +
  '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A2:A3"><formula1>"Pikassos,Verso"</formula1></dataValidation></dataValidations>' +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId2"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts>' +
  '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">' +
  '<x14:cfRule type="expression" priority="1" id="{1}"><xm:f>Kumppanit!$A$1=""</xm:f><x14:dxf/></x14:cfRule><xm:sqref>B2:B3</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>' +
  "</worksheet>";

export const SUMMA_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><dimension ref="A1"/><sheetData><row r="1"><c r="A1"><f>SUM(Laskut!C2:C3)</f><v>300.5</v></c></row></sheetData></worksheet>`;

export const STYLES_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="d\\.m\\.yyyy"/></numFmts>` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0"/><xf numFmtId="4" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="1"><dxf><font><color rgb="FFFF0000"/></font></dxf></dxfs></styleSheet>';

export const TABLE_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN}" id="1" name="Laskut" displayName="Laskut" ref="A1:C3" totalsRowShown="0">` +
  '<autoFilter ref="A1:C3"/><tableColumns count="3"><tableColumn id="1" name="Laskuttaja"/><tableColumn id="2" name="Pvm"/><tableColumn id="3" name="Summa"/></tableColumns>' +
  '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>';

export const WORKBOOK_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr codeName="ThisWorkbook"/>` +
  '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" activeTab="0"/></bookViews>' +
  '<sheets><sheet name="Laskut" sheetId="1" r:id="rId1"/><sheet name="Summa" sheetId="3" r:id="rId2"/></sheets>' +
  '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">Laskut!$A$1:$C$3</definedName></definedNames>' +
  '<calcPr calcId="191029"/><extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}"/></extLst></workbook>';

/** The fixture's parts in Excel's order; `macro` makes it an .xlsm. */
export function fixtureParts(macro = false): Map<string, string> {
  const workbookType = macro
    ? "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  return new Map([
    [
      "[Content_Types].xml",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${workbookType}"/>` +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>' +
        '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
    ],
    [
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    ["xl/workbook.xml", WORKBOOK_XML],
    [
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId4" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId5" Type="${REL}/calcChain" Target="calcChain.xml"/>` +
        (macro
          ? '<Relationship Id="rId6" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
          : "") +
        "</Relationships>",
    ],
    ["xl/worksheets/sheet1.xml", LASKUT_XML],
    [
      "xl/worksheets/_rels/sheet1.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/table" Target="../tables/table1.xml"/><Relationship Id="rId2" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`,
    ],
    ["xl/worksheets/sheet2.xml", SUMMA_XML],
    ["xl/tables/table1.xml", TABLE_XML],
    ["xl/drawings/drawing1.xml", `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>`],
    ["xl/styles.xml", STYLES_XML],
    [
      "xl/sharedStrings.xml",
      `<sst xmlns="${MAIN}" count="5" uniqueCount="5"><si><t>Laskuttaja</t></si><si><t>Pvm</t></si><si><t>Summa</t></si><si><t>Pikassos</t></si><si><t>Verso</t></si></sst>`,
    ],
    ["xl/calcChain.xml", `<calcChain xmlns="${MAIN}"><c r="A1" i="2"/></calcChain>`],
    ...(macro ? [["xl/vbaProject.bin", "\u0001VBA project bytes\u0002"] as [string, string]] : []),
  ]);
}

/** A worksheet's cells as our reader reads them. */
export function cellsOf(
  xml: string,
  sharedStrings: readonly string[] = ["Laskuttaja", "Pvm", "Summa", "Pikassos", "Verso"],
): CellValue[][] {
  const reader = new SheetCellsReader(sharedStrings, "", false);
  const start = xml.indexOf("<sheetData");
  const end = xml.indexOf("</sheetData>");
  reader.add(xml.slice(start, end < 0 ? xml.length : end));
  return reader.rows();
}
