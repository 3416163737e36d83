import { NODE_DEFLATER } from "../../cli/zipNode";
import { writeZip } from "../../src/workbook/zipWriter";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const text = (s: string) => new TextEncoder().encode(s);

/** A hand-made .xlsx of one sheet Laskut holding `rows` (the inside of `<sheetData>`, as written), zipped by the project's writer. */
export function oneSheetXlsx(rows: string): Uint8Array {
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
        name: "xl/workbook.xml",
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
      { name: "xl/worksheets/sheet1.xml", bytes: text(`<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`) },
    ],
    NODE_DEFLATER,
  );
}

/** Rows naming a cell past column XFD, and one past row 1 048 576: what a damaged file may hold. */
export const HEADER_ROW = `<row r="1"><c r="A1" t="inlineStr"><is><t>Tosite</t></is></c><c r="B1" t="inlineStr"><is><t>Summa</t></is></c></row>`;
export const TOO_WIDE = `${HEADER_ROW}<row r="3"><c r="ZZZZZZ3"><v>1</v></c></row>`;
export const TOO_DEEP = `${HEADER_ROW}<row r="2"><c r="M2000000000"><v>1</v></c></row>`;
