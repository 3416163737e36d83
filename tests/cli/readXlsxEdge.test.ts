/**
 * The fast xlsx reader (cli/readXlsx.ts + src/workbook/xlsxXml.ts) against hand-written
 * workbooks, one per thing a writer may do, and against the exceljs reader it replaced
 * (bench/readers/exceljs.ts, its fallback until part-level writing removed exceljs from the
 * dependencies): both must read each case as expected.
 * Where exceljs 4.4 itself cannot follow a file (cells without `r`, prefixed elements), only the
 * fast reader is held to the expected workbook, and the exceljs difference is recorded.
 */
import assert from "node:assert/strict";
import { crc32, deflateRawSync } from "node:zlib";
import { readXlsx } from "../../cli/readXlsx";
import { readXlsx as readXlsxWithExceljs } from "../../bench/readers/exceljs";
import type { CellValue, FormulaCell, WorkbookData } from "../../src/workbook/types";

/** A minimal zip writer (deflate, no zip64): enough to hand-craft test workbooks. */
function zip(files: Readonly<Record<string, string | Buffer>>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = typeof text === "string" ? Buffer.from(text, "utf8") : text;
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
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * Cell styles by index, as the cases use them: 0 General, 1 a date (numFmt 14), 2 a time
 * (21, h:mm:ss), 3 a date and time (22), 4 a duration ([h]:mm, custom), 5 a time (20, h:mm).
 */
const STYLES = `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="[h]:mm"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="21" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="20" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

interface SheetSpec {
  readonly name: string;
  /** What goes inside `<sheetData>`. */
  readonly rows: string;
  /** Anything after `</sheetData>` (merge cells). */
  readonly after?: string;
  /** A `<dimension ref>`; none when absent. */
  readonly dimension?: string;
  readonly state?: "hidden" | "veryHidden";
}

/** A workbook as Excel lays it out: workbook, relationships, styles, shared strings, one part per sheet. */
function workbookFile(sheets: readonly SheetSpec[], options: { sharedStrings?: readonly string[]; date1904?: boolean } = {}): Buffer {
  const files: Record<string, string> = {
    "[Content_Types].xml": `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    "_rels/.rels": `${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${options.date1904 ? ' date1904="1"' : ""}/><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets
      .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`)
      .join("")}</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `${XML}<Relationships xmlns="${PKG}">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    "xl/styles.xml": STYLES,
    "xl/sharedStrings.xml": `${XML}<sst xmlns="${MAIN}" count="${options.sharedStrings?.length ?? 0}" uniqueCount="${options.sharedStrings?.length ?? 0}">${(options.sharedStrings ?? []).join("")}</sst>`,
  };
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] =
      `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${s.dimension ? `<dimension ref="${s.dimension}"/>` : ""}<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>${s.rows}</sheetData>${s.after ?? ""}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  });
  return zip(files);
}

/** `count` nulls: the empty cells left of a value. */
const blanks = (count: number): null[] => Array<null>(count).fill(null);

/** The same cell, a missing cell and null alike; numbers within a millisecond (exceljs turns date cells into `Date`s rounded to one). */
function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (typeof x === "number" && typeof y === "number") return Math.abs(x - y) < 1e-8;
  if (x !== null && y !== null && typeof x === "object" && typeof y === "object") return x.error === y.error;
  return x === y;
}

/** The differences between two readings (sheet names and order, date system, every cell); [] when they agree. */
function differences(got: WorkbookData, want: WorkbookData): string[] {
  const out: string[] = [];
  if (got.date1904 !== want.date1904) out.push(`date1904 ${got.date1904} ≠ ${want.date1904}`);
  const names = (w: WorkbookData) => w.sheets.map((s) => s.name).join(", ");
  if (names(got) !== names(want)) out.push(`sheets [${names(got)}] ≠ [${names(want)}]`);
  for (const sheet of got.sheets) {
    const other = want.sheets.find((s) => s.name === sheet.name);
    if (!other) continue;
    for (let r = 0; r < Math.max(sheet.cells.length, other.cells.length); r++) {
      const x = sheet.cells[r] ?? [];
      const y = other.cells[r] ?? [];
      for (let c = 0; c < Math.max(x.length, y.length); c++) {
        if (!sameCell(x[c], y[c])) out.push(`${sheet.name}!R${r + 1}C${c + 1}: ${JSON.stringify(x[c])} ≠ ${JSON.stringify(y[c])}`);
      }
    }
  }
  return out;
}

interface Case {
  readonly name: string;
  readonly file: Buffer;
  readonly expected: WorkbookData;
}

const book = (sheets: Record<string, CellValue[][]>, date1904 = false): WorkbookData => ({
  date1904,
  sheets: Object.entries(sheets).map(([name, cells]) => ({ name, cells })),
});

/** The workbook with formulas kept without a value on the sheets named. */
const withFormulas = (workbook: WorkbookData, formulas: Record<string, FormulaCell[]>): WorkbookData => ({
  ...workbook,
  sheets: workbook.sheets.map((s) => (formulas[s.name] ? { ...s, uncalculated: formulas[s.name] } : s)),
});

/** Cases both readers must read as expected. */
const CASES: Case[] = [
  {
    name: "shared strings: plain, rich text runs, entities, escapes, kept spaces, empty",
    file: workbookFile(
      [
        {
          name: "Laskut",
          rows: `<row r="1">${[0, 1, 2, 3, 4, 5].map((i) => `<c r="${"ABCDEF"[i]}1" t="s"><v>${i}</v></c>`).join("")}</row>`,
        },
      ],
      {
        sharedStrings: [
          "<si><t>Laskuttaja</t></si>",
          '<si><r><rPr><b/><sz val="11"/></rPr><t>Summa </t></r><r><rPr><i/></rPr><t xml:space="preserve">(ALV 0) </t></r></si>',
          "<si><t>Pikassos &amp; Verso &lt;3&gt; &quot;OK&quot; &#228;&#xE4;</t></si>",
          '<si><t xml:space="preserve">  välilyönnit  </t></si>',
          "<si><t>rivi 1_x000D__x000A_rivi 2</t></si>",
          "<si><t/></si>",
        ],
      },
    ),
    expected: book({
      Laskut: [["Laskuttaja", "Summa (ALV 0) ", 'Pikassos & Verso <3> "OK" ää', "  välilyönnit  ", "rivi 1\r\nrivi 2", ""]],
    }),
  },
  {
    name: "inline strings, plain and rich",
    file: workbookFile([
      {
        name: "Kumppanit",
        rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>suora &amp; teksti</t></is></c><c r="B1" t="inlineStr"><is><r><rPr><b/></rPr><t xml:space="preserve">rikas </t></r><r><t>teksti</t></r></is></c></row>',
      },
    ]),
    expected: book({ Kumppanit: [["suora & teksti", "rikas teksti"]] }),
  },
  {
    name: "booleans and errors",
    file: workbookFile([
      {
        name: "Arvot",
        rows: '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><v>#REF!</v></c><c r="D1" t="e"><v>#DIV/0!</v></c><c r="E1" t="e"><v>#N/A</v></c></row>',
      },
    ]),
    expected: book({ Arvot: [[true, false, { error: "#REF!" }, { error: "#DIV/0!" }, { error: "#N/A" }]] }),
  },
  {
    name: "formulas: their cached number, text, boolean and error; none without a cached value",
    file: workbookFile([
      {
        name: "Kaavat",
        rows: '<row r="1"><c r="A1"><v>2</v></c><c r="B1"><f>A1*2</f><v>4</v></c><c r="C1" t="str"><f>"x"&amp;"y"</f><v>xy</v></c><c r="D1" t="b"><f>A1&gt;1</f><v>1</v></c><c r="E1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="F1"><f>SUM(A1:B1)</f></c><c r="G1" t="e"><f>#REF!+1</f><v>#REF!</v></c></row>',
      },
    ]),
    expected: withFormulas(book({ Kaavat: [[2, 4, "xy", true, { error: "#DIV/0!" }, null, { error: "#REF!" }]] }), {
      Kaavat: [{ row: 0, col: 5, formula: "SUM(A1:B1)" }],
    }),
  },
  ...[false, true].map((date1904): Case => {
    // The same days in both systems: 1904 serials are 1462 less
    const shift = date1904 ? 1462 : 0;
    return {
      name: `dates in the ${date1904 ? "1904" : "1900"} date system stay the serials Excel stores`,
      file: workbookFile(
        [
          {
            name: "Päivät",
            rows: `<row r="1"><c r="A1" s="1"><v>${41640 - shift}</v></c><c r="B1" s="1"><v>${42308 - shift}</v></c><c r="C1" s="3"><v>${41640.75 - shift}</v></c><c r="D1"><v>${41640 - shift}</v></c></row>${date1904 ? "" : '<row r="2"><c r="A2" s="1"><v>10</v></c><c r="B2" s="1"><v>59</v></c><c r="C2" s="1"><v>61</v></c></row>'}`,
          },
        ],
        { date1904 },
      ),
      expected: book(
        { Päivät: [[41640 - shift, 42308 - shift, 41640.75 - shift, 41640 - shift], ...(date1904 ? [] : [[10, 59, 61]])] },
        date1904,
      ),
    };
  }),
  ...[false, true].map((date1904): Case => ({
    // A time of day is a fraction of a day: it stays that fraction, never a day of 1899 or 1904
    name: `time-only cells (${date1904 ? "1904" : "1900"} system) stay the fraction of a day Excel stores`,
    file: workbookFile(
      [
        {
          name: "Ajat",
          rows: '<row r="1"><c r="A1" s="2"><v>0.5</v></c><c r="B1" s="5"><v>0.75</v></c><c r="C1" s="4"><v>1.25</v></c><c r="D1" s="2"><v>0</v></c><c r="E1" s="2"><v>0.33333333333333331</v></c></row>',
        },
      ],
      { date1904 },
    ),
    expected: book({ Ajat: [[0.5, 0.75, 1.25, 0, 1 / 3]] }, date1904),
  })),
  {
    name: "merged cells: the value in the top-left cell only, as Excel stores it",
    file: workbookFile([
      {
        name: "Hanke",
        rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>Hanke</t></is></c><c r="B1"/><c r="C1"/></row><row r="2"><c r="A2"/><c r="B2"/><c r="C2"><v>7</v></c></row><row r="3"><c r="A3"><v>1</v></c><c r="B3"/></row>',
        after: '<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="A3:B3"/></mergeCells>',
      },
    ]),
    expected: book({ Hanke: [["Hanke"], [null, null, 7], [1]] }),
  },
  {
    name: "empty rows: missing, empty, only styled cells, and trailing",
    file: workbookFile([
      {
        name: "Laskut",
        rows: '<row r="1"><c r="A1"><v>1</v></c></row><row r="3"/><row r="4"><c r="A4" s="1"/><c r="B4" s="1"/></row><row r="6"><c r="B6"><v>6</v></c></row><row r="7"><c r="A7" s="1"/></row><row r="9"/>',
      },
    ]),
    expected: book({ Laskut: [[1], [], [], [], [], [null, 6]] }),
  },
  {
    name: "a dimension ref that lies: the cells decide",
    file: workbookFile([
      { name: "Pieni", dimension: "A1:B2", rows: '<row r="1"><c r="A1"><v>1</v></c></row><row r="5"><c r="E5"><v>5</v></c></row>' },
      { name: "Iso", dimension: "A1:Z1000", rows: '<row r="2"><c r="B2"><v>2</v></c></row>' },
      { name: "Tyhjä", dimension: "A1", rows: "" },
    ]),
    expected: book({ Pieni: [[1], [], [], [], [...blanks(4), 5]], Iso: [[], [null, 2]], Tyhjä: [] }),
  },
  {
    name: "hidden and very hidden sheets are read, in the workbook's order",
    file: workbookFile([
      { name: "Näkyvä", rows: '<row r="1"><c r="A1"><v>1</v></c></row>' },
      { name: "KASTE-maksatukset", state: "hidden", rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>piilotettu</t></is></c></row>' },
      { name: "Salainen", state: "veryHidden", rows: '<row r="1"><c r="A1"><v>3</v></c></row>' },
    ]),
    expected: book({ Näkyvä: [[1]], "KASTE-maksatukset": [["piilotettu"]], Salainen: [[3]] }),
  },
  {
    name: "very wide columns: AA, AZ, BA and XFD, the last column there is",
    file: workbookFile([
      {
        name: "Leveä",
        rows: '<row r="1"><c r="A1"><v>1</v></c><c r="AA1"><v>27</v></c><c r="AZ1"><v>52</v></c><c r="BA1"><v>53</v></c></row><row r="2"><c r="XFD2" t="inlineStr"><is><t>viimeinen</t></is></c></row>',
      },
    ]),
    expected: book({
      Leveä: [
        [1, ...blanks(25), 27, ...blanks(24), 52, 53],
        [...blanks(16_383), "viimeinen"],
      ],
    }),
  },
];

// Files exceljs 4.4 cannot read, or reads otherwise: the fast reader is held to what Excel means.
// exceljs throws on cells without an `r` attribute and on prefixed elements, and gives a `t="d"`
// cell as its year.

function contentTypesOf(sheets: number): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${Array.from({ length: sheets }, (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
}

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

/** The main case: everything but the namespace prefix. */
function edgeCaseFile(date1904: boolean): { file: Buffer; expected: WorkbookData } {
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
    "[Content_Types].xml": contentTypesOf(3),
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
function prefixedFile(): { file: Buffer; expected: WorkbookData } {
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
    "[Content_Types].xml": contentTypesOf(0),
    "_rels/.rels": ROOT_RELS.replace("xl/workbook.xml", "xl/book.xml"),
    "xl/book.xml": workbook,
    "xl/_rels/book.xml.rels": rels,
    "xl/sheets/a.xml": sheet,
    "xl/strings.xml": sst,
  });
  return {
    file,
    expected: {
      date1904: false,
      sheets: [
        {
          name: "Kumppanit",
          cells: [
            ["Kumppani", "Laskutustapa"],
            ["Verso", 7, true],
          ],
        },
      ],
    },
  };
}

describe("the fast xlsx reader on edge cases, against exceljs", () => {
  for (const { name, file, expected } of CASES) {
    it(name, async () => {
      const fast = await readXlsx(file);
      assert.deepEqual(differences(fast, expected), [], "fast reader");
      assert.deepEqual(differences(await readXlsxWithExceljs(file), expected), [], "exceljs reader");
      // no cell past the last value: rows end at their last value, the sheet at its last row with one
      for (const sheet of fast.sheets) {
        for (const row of sheet.cells) assert.notEqual(row[row.length - 1], null, `${sheet.name}: a row ends in a blank`);
        if (sheet.cells.length > 0) assert.ok(sheet.cells[sheet.cells.length - 1].length > 0, `${sheet.name}: trailing empty rows`);
      }
    });
  }
});

describe("the fast xlsx reader on XML parts in UTF-16", () => {
  it("reads the workbook, its relationships, shared strings and sheets saved in UTF-16 (a byte order mark first) as in UTF-8", async () => {
    const utf16 = (text: string, bigEndian: boolean) => {
      const le = Buffer.from(`\ufeff${text.replace('encoding="UTF-8"', 'encoding="UTF-16"')}`, "utf16le");
      return bigEndian ? le.swap16() : le;
    };
    const sheet = `${XML}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>3800.5</v></c></row></sheetData></worksheet>`;
    for (const bigEndian of [false, true]) {
      const file = zip({
        "_rels/.rels": utf16(
          `${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
          bigEndian,
        ),
        "xl/workbook.xml": utf16(
          `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Päivä" sheetId="1" r:id="rId1"/></sheets></workbook>`,
          bigEndian,
        ),
        "xl/_rels/workbook.xml.rels": utf16(
          `${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
          bigEndian,
        ),
        "xl/sharedStrings.xml": utf16(`${XML}<sst xmlns="${MAIN}"><si><t>Närpiö €</t></si></sst>`, bigEndian),
        "xl/worksheets/sheet1.xml": utf16(sheet, bigEndian),
      });
      assert.deepEqual(await readXlsx(file), { date1904: false, sheets: [{ name: "Päivä", cells: [["Närpiö €", 3800.5]] }] });
    }
  });
});

describe("the fast xlsx reader on hidden sheets", () => {
  it("says which sheets are hidden or very hidden (an old copy of the ledger is often kept out of sight)", async () => {
    const file = CASES.find((c) => c.name.startsWith("hidden and very hidden sheets"))?.file;
    assert.ok(file);
    assert.deepEqual(
      (await readXlsx(file)).sheets.map((sheet) => [sheet.name, sheet.hidden ?? false]),
      [
        ["Näkyvä", false],
        ["KASTE-maksatukset", true],
        ["Salainen", true],
      ],
    );
  });
});

describe("the fast xlsx reader on files exceljs cannot follow", () => {
  const cases: [string, { file: Buffer; expected: WorkbookData }][] = [
    [
      "cells and rows without r, phonetic runs, ISO date cells, sheets in the workbook's order, a chart sheet (1900 dates)",
      edgeCaseFile(false),
    ],
    ["the same in the 1904 date system", edgeCaseFile(true)],
    ["every element with a namespace prefix, single-quoted attributes", prefixedFile()],
  ];
  for (const [name, { file, expected }] of cases) {
    it(name, async () => {
      assert.deepEqual(differences(await readXlsx(file), expected), []);
    });
  }

  it("exceljs indeed throws on them, so the fast reader must read them itself", async () => {
    await assert.rejects(readXlsxWithExceljs(edgeCaseFile(false).file));
  });
});
