/**
 * Hand-written .xlsx files with the cases a reader must get right, and the workbook each must
 * read as: shared strings with rich text runs, phonetic runs, entities, `_xHHHH_` escapes and
 * xml:space; inline strings (plain and rich); booleans; errors; formulas with cached number,
 * text and error results and without one; styled empty cells; sparse rows and columns; cells
 * and rows without `r`; ISO date cells; sheet names with entities; sheet order from
 * workbook.xml rather than the part names; a chart sheet (no cells); the 1904 date system; a
 * workbook whose elements carry a namespace prefix (`<x:c>`) and single-quoted attributes.
 *
 *   npx tsx bench/readers/edgeCases.ts   # checks src/cli/readXlsx.ts, and shows where exceljs differs
 */
import { crc32, deflateRawSync } from "node:zlib";
import type { WorkbookData } from "../../src/workbook/types";
import { differences } from "./compare";

/** A minimal zip writer (deflate, no zip64): enough to hand-craft test workbooks. */
export function zip(files: Readonly<Record<string, string>>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, "utf8");
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

function contentTypes(sheets: number): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${Array.from({ length: sheets }, (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
}

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

/** The main case: everything but the namespace prefix. */
export function edgeCaseFile(date1904: boolean): { file: Buffer; expected: WorkbookData } {
  const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="${MAIN}" count="9" uniqueCount="9">
  <si><t>Laskuttaja</t></si>
  <si><r><rPr><b/><sz val="11"/></rPr><t>Summa </t></r><r><rPr><i/></rPr><t xml:space="preserve">(ALV 0) </t></r></si>
  <si><t>Pikassos &amp; Verso &lt;3&gt; &quot;OK&quot; &apos;x&apos; &#228;&#xE4;&#x1F600;</t></si>
  <si><t xml:space="preserve">  välilyönnit  </t></si>
  <si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>
  <si><t>rivi 1_x000D__x000A_rivi 2</t></si>
  <si><t/></si>
  <si><r><t>a</t></r><r><rPr/><t>b</t></r><rPh sb="0" eb="1"><t>X</t></rPh><r><t>c</t></r></si>
  <si>
    <t>Palkat</t>
  </si>
</sst>`;
  // Sheet "Laskut & kulut" is part sheet3.xml but first in the workbook
  const ledger = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:AA9"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><cols><col min="1" max="1" width="12"/></cols>
<sheetData>
  <row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s" s="3"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>
  <row r="2"><c r="A2" s="2"><v>41640</v></c><c r="B2"><v>1234.56</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="b"><v>0</v></c><c r="E2" t="e"><v>#REF!</v></c></row>
  <row r="3"><c r="A3"><f>A2+1</f><v>41641</v></c><c r="B3" t="str"><f>"x"&amp;"y"</f><v>xy</v></c><c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D3"><f>SUM(B2:B3)</f></c><c r="E3" s="4"/><c r="F3" t="s"><v>4</v></c></row>
  <row r="5"><c r="D5" t="s"><v>5</v></c><c r="Z5"><v>-0.5</v></c><c r="AA5" t="inlineStr"><is><t>suora &amp; teksti</t></is></c></row>
  <row r="6"><c t="s"><v>6</v></c><c><v>2</v></c><c t="inlineStr"><is><r><rPr><b/></rPr><t>rikas </t></r><r><t>teksti</t></r></is></c></row>
  <row><c r="A7" t="s"><v>7</v></c><c r="B7" t="n"><v>1.5E-3</v></c><c r="C7"><v>0.30000000000000004</v></c></row>
  <row r="8" customHeight="1" ht="20"><c r="A8" s="1"/><c r="B8" s="1"/></row>
  <row r="9"><c r="B9" t="s"><v>8</v></c><c r="C9" t="d"><v>2014-01-31T12:00:00</v></c><c r="D9" t="str"><f>""</f><v></v></c></row>
</sheetData>
<mergeCells count="1"><mergeCell ref="A8:B8"/></mergeCells><rowBreaks count="1"><brk id="5"/></rowBreaks>
</worksheet>`;
  const empty = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}"><sheetData/></worksheet>`;
  const keys = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${MAIN}"><sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>Alkaa</t></is></c><c r="C2"><v>100</v></c></row></sheetData></worksheet>`;
  const workbook = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${date1904 ? ' date1904="1"' : ""} defaultThemeVersion="164011"/><bookViews><workbookView/></bookViews>
<sheets><sheet name="Laskut &amp; kulut" sheetId="3" r:id="rId3"/><sheet name="Tyhjä" sheetId="1" r:id="rId1"/><sheet name="Kaavio" sheetId="9" r:id="rId9"/><sheet name="Hanke" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>`;
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL}/worksheet" Target="worksheets/sheet3.xml"/><Relationship Id="rId9" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/><Relationship Id="rId5" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
  const file = zip({
    "[Content_Types].xml": contentTypes(3),
    "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": workbook,
    "xl/_rels/workbook.xml.rels": rels,
    "xl/worksheets/sheet1.xml": empty,
    "xl/worksheets/sheet2.xml": keys,
    "xl/worksheets/sheet3.xml": ledger,
    "xl/chartsheets/sheet1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><chartsheet xmlns="${MAIN}"/>`,
    "xl/sharedStrings.xml": sst,
  });
  const iso = date1904 ? 41670.5 - 1462 : 41670.5;
  const expected: WorkbookData = {
    date1904,
    sheets: [
      {
        name: "Laskut & kulut",
        cells: [
          ["Laskuttaja", "Summa (ALV 0) ", "Pikassos & Verso <3> \"OK\" 'x' ää😀", "  välilyönnit  "],
          [41640, 1234.56, true, false, { error: "#REF!" }],
          [41641, "xy", { error: "#DIV/0!" }, null, null, "東京"],
          [],
          [null, null, null, "rivi 1\r\nrivi 2", ...Array<null>(21).fill(null), -0.5, "suora & teksti"],
          ["", 2, "rikas teksti"],
          ["abc", 0.0015, 0.30000000000000004],
          [],
          [null, "Palkat", iso, ""],
        ],
      },
      { name: "Tyhjä", cells: [] },
      { name: "Hanke", cells: [[], [null, "Alkaa", 100]] },
    ],
  };
  return { file, expected };
}

/** The same kind of content with every element prefixed (`<x:c>`), single quotes and extra whitespace. */
export function prefixedFile(): { file: Buffer; expected: WorkbookData } {
  const sst = `<?xml version="1.0" encoding="UTF-8"?><x:sst xmlns:x="${MAIN}"><x:si><x:t>Kumppani</x:t></x:si><x:si><x:r><x:t>Ver</x:t></x:r><x:r><x:t>so</x:t></x:r></x:si></x:sst>`;
  const sheet = `<?xml version="1.0" encoding="UTF-8"?>
<x:worksheet xmlns:x="${MAIN}"><x:sheetData>
<x:row r='1'>
  <x:c r='A1' t='s'><x:v>0</x:v></x:c>
  <x:c r = "B1"  t = "inlineStr" ><x:is><x:t>Laskutustapa</x:t></x:is></x:c>
</x:row>
<x:row r='2'><x:c r='A2' t='s'><x:v>1</x:v></x:c><x:c r='B2'><x:v>7</x:v></x:c><x:c r='C2' t='b'><x:v>true</x:v></x:c></x:row>
</x:sheetData></x:worksheet>`;
  const workbook = `<?xml version="1.0" encoding="UTF-8"?><x:workbook xmlns:x="${MAIN}" xmlns:rel="${REL}"><x:sheets><x:sheet name='Kumppanit' sheetId='1' rel:id='R1'/></x:sheets></x:workbook>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id='R1' Type='${REL}/worksheet' Target='sheets/a.xml'/><Relationship Id='R2' Type='${REL}/sharedStrings' Target='strings.xml'/></Relationships>`;
  const file = zip({
    "[Content_Types].xml": contentTypes(0),
    "_rels/.rels": ROOT_RELS.replace("xl/workbook.xml", "xl/book.xml"),
    "xl/book.xml": workbook,
    "xl/_rels/book.xml.rels": rels,
    "xl/sheets/a.xml": sheet,
    "xl/strings.xml": sst,
  });
  return { file, expected: { date1904: false, sheets: [{ name: "Kumppanit", cells: [["Kumppani", "Laskutustapa"], ["Verso", 7, true]] }] } };
}

/** Checks a reader on every case; returns the problems found ([] when all read as expected). */
export async function checkReader(read: (buffer: Buffer) => Promise<WorkbookData>): Promise<string[]> {
  const problems: string[] = [];
  const cases: [string, { file: Buffer; expected: WorkbookData }][] = [
    ["edge cases, 1900 dates", edgeCaseFile(false)],
    ["edge cases, 1904 dates", edgeCaseFile(true)],
    ["namespace prefix", prefixedFile()],
  ];
  for (const [name, { file, expected }] of cases) {
    try {
      const got = await read(file);
      for (const d of differences(got, expected, 20)) problems.push(`${name}: ${d} (got ≠ expected)`);
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
    }
  }
  return problems;
}

if (process.argv[1] && /edgeCases\.ts$/.test(process.argv[1])) {
  (async () => {
    const { readXlsx } = await import("../../src/cli/readXlsx");
    const { readXlsx: readExceljs } = await import("./exceljs");
    const ours = await checkReader(readXlsx);
    process.stdout.write(`src/cli/readXlsx.ts: ${ours.length === 0 ? "every case as expected" : `\n  ${ours.join("\n  ")}`}\n`);
    const theirs = await checkReader(readExceljs);
    process.stdout.write(`exceljs (for comparison): ${theirs.length === 0 ? "every case as expected" : `\n  ${theirs.join("\n  ")}`}\n`);
    process.exitCode = ours.length === 0 ? 0 : 1;
  })();
}
