/** New workbooks built by the same editor (newWorkbook.ts, newSheet.ts, cellXml.ts), read back by our reader. */
import assert from "node:assert/strict";
import { readXlsx } from "../../../cli/readXlsx";
import { NODE_DEFLATER } from "../../../cli/zipNode";
import { dayFromYmd } from "../../../src/periods";
import { cellXml, formatOf } from "../../../src/workbook/xlsxWrite/cellXml";
import { newWorkbook, newWorkbookParts } from "../../../src/workbook/xlsxWrite/newWorkbook";
import { parseXml } from "../../support/xml";
import { cellsOf } from "./fixture";

describe("new workbooks", () => {
  it("each kind of value as a cell our reader reads back as it was meant", () => {
    const values = [
      "teksti",
      12.5,
      true,
      { error: "#N/A" },
      { date: dayFromYmd(2014, 3, 1) },
      { money: 123_456 },
      { percent: 750_000 },
      { formula: "1+1", result: 2 },
      { formula: 'A1&"x"', result: "tekstix" },
    ] as const;
    const xml = `<sheetData><row r="1">${values.map((v, c) => cellXml(`${String.fromCharCode(65 + c)}1`, v, null, false)).join("")}</row></sheetData>`;
    assert.deepEqual(cellsOf(xml), [["teksti", 12.5, true, { error: "#N/A" }, 41699, 1234.56, 0.75, 2, "tekstix"]]);
    assert.deepEqual(values.map(formatOf), [null, null, null, null, "date", "money", "percent", null, null]);
    assert.equal(cellXml("A1", null, null, false), "");
    assert.equal(cellXml("A1", null, 3, false), '<c r="A1" s="3"/>');
  });

  it("a workbook of sheets with tables, widths, bold rows, hidden sheets and formulas", async () => {
    const sheets = [
      {
        name: "laskut",
        rows: [
          ["Laskuttaja", "Summa", "Linkki"],
          ["Pikassos", 10.5, { formula: 'HYPERLINK("#Laskut!A2","A2")' }],
        ],
        boldRows: [0],
        widths: [18, 18, 18],
        tables: [{ name: "kaste_laskut", headerRow: 0, rows: 1, columns: 3 }],
        decimalsAsMoney: true,
      },
      { name: "tyhjä", rows: [["Otsikko"]], tables: [{ name: "kaste_tyhja", headerRow: 0, rows: 0, columns: 1 }] },
      { name: "piilo", rows: [[1]], hidden: true },
    ];
    const parts = await newWorkbookParts(sheets);
    for (const [name, xml] of parts) assert.doesNotThrow(() => parseXml(xml), name);
    assert.match(parts.get("xl/tables/table1.xml") ?? "", /name="kaste_laskut" displayName="kaste_laskut" ref="A1:C2"/);
    // an empty table keeps one blank row: Excel refuses a table of a header alone
    assert.match(parts.get("xl/tables/table2.xml") ?? "", /ref="A1:A2"/);
    assert.match(parts.get("xl/worksheets/sheet1.xml") ?? "", /<cols><col min="1" max="1" width="18" customWidth="1"\/>/);
    assert.match(
      parts.get("xl/worksheets/sheet1.xml") ?? "",
      /<tableParts count="1"><tablePart r:id="rId1"\/><\/tableParts><\/worksheet>$/,
    );
    assert.match(parts.get("xl/workbook.xml") ?? "", /<sheet name="piilo" sheetId="3" state="hidden" r:id="rId4"\/>/);
    assert.match(parts.get("xl/workbook.xml") ?? "", /fullCalcOnLoad="1"/);
    // text in one shared strings part, as Excel writes it, each string once
    assert.match(parts.get("xl/sharedStrings.xml") ?? "", /<sst [^>]*count="5" uniqueCount="5"><si><t>Laskuttaja<\/t><\/si>/);
    assert.match(parts.get("xl/worksheets/sheet1.xml") ?? "", /<c r="A2" t="s"><v>3<\/v><\/c>/);
    assert.match(parts.get("[Content_Types].xml") ?? "", /\/xl\/sharedStrings.xml/);
    const book = await readXlsx(Buffer.from(await newWorkbook(sheets, NODE_DEFLATER)));
    assert.deepEqual(
      book.sheets.map((s) => s.name),
      ["laskut", "tyhjä", "piilo"],
    );
    assert.deepEqual(book.sheets[0]?.cells[1]?.slice(0, 2), ["Pikassos", 10.5]);
    assert.deepEqual(book.sheets[0]?.uncalculated, [{ row: 1, col: 2, formula: 'HYPERLINK("#Laskut!A2","A2")' }]);
  });
});
