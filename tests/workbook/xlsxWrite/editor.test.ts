/**
 * The package editor (src/workbook/xlsxWrite/editor.ts) on a workbook as Excel writes it: rows
 * appended below the Excel Table grow it (ref and autoFilter) and the drop-down and conditional
 * formats (main and x14) with it; styles come from the row above; parts not edited are copied
 * byte for byte through the zip writer; formulas drop the calculation chain and ask for a full
 * recalculation; sheets are added and our own replaced in place; an .xlsm keeps its VBA project.
 */
import assert from "node:assert/strict";
import { NODE_DEFLATER, NODE_INFLATER } from "../../../cli/zipNode";
import { readXlsx } from "../../../cli/readXlsx";
import { dayFromYmd } from "../../../src/periods";
import { XlsxEditor, SheetNameTaken } from "../../../src/workbook/xlsxWrite/editor";
import { memorySource } from "../../../src/workbook/xlsxWrite/newWorkbook";
import { ZipArchive } from "../../../src/workbook/zip";
import { rewriteZip, writeZip } from "../../../src/workbook/zipWriter";
import { parseXml } from "../../support/xml";
import { cellsOf, fixtureParts } from "./fixture";

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

async function edited(edit: (editor: XlsxEditor) => Promise<void>, macro = false, change?: (parts: Map<string, string>) => void) {
  const parts = fixtureParts(macro);
  change?.(parts);
  const editor = await XlsxEditor.open(memorySource(parts));
  await edit(editor);
  const edits = await editor.edits();
  const after = new Map(parts);
  for (const name of edits.removed) after.delete(name);
  for (const [name, bytes] of edits.changed) after.set(name, text(bytes));
  for (const part of edits.added) after.set(part.name, text(part.bytes));
  return { parts, edits, after };
}

const invoiceRows = [
  ["Verso", { date: dayFromYmd(2014, 1, 3) }, { money: 30_050 }],
  ["Pikassos", { date: dayFromYmd(2014, 1, 4) }, { money: -1_000 }],
] as const;

describe("the package editor", () => {
  it("appends rows below the table: the table, its autoFilter, the drop-down and the x14 and main conditional formats grow", async () => {
    const { after, edits } = await edited((editor) =>
      editor.writeBlocks([{ sheet: "Laskut", row: 3, col: 0, rows: invoiceRows.map((r) => [...r]), styleFromAbove: true }]),
    );
    const sheet = after.get("xl/worksheets/sheet1.xml") ?? "";
    parseXml(sheet);
    assert.deepEqual(cellsOf(sheet), [
      ["Laskuttaja", "Pvm", "Summa"],
      ["Pikassos", 41640, 100.5],
      ["Verso", 41641, 200],
      ["Verso", 41642, 300.5],
      ["Pikassos", 41643, -10],
    ]);
    assert.match(after.get("xl/tables/table1.xml") ?? "", /<table [^>]*ref="A1:C5"/);
    assert.match(after.get("xl/tables/table1.xml") ?? "", /<autoFilter ref="A1:C5"\/>/);
    assert.match(sheet, /<dataValidation [^>]*sqref="A2:A5"/);
    assert.match(sheet, /<conditionalFormatting sqref="C2:C5">/);
    assert.match(sheet, /<xm:sqref>B2:B5<\/xm:sqref>/);
    assert.match(sheet, /<dimension ref="A1:C5"\/>/);
    // the selection in the sheet view is no range the table covered
    assert.match(sheet, /<selection activeCell="A2" sqref="A2"\/>/);
    // the new cells take the styles above: the text cell the border style 2, the date its date style 1, the money cell 3 (#,##0.00)
    assert.match(
      sheet,
      /<c r="A4" s="2" t="inlineStr"><is><t>Verso<\/t><\/is><\/c><c r="B4" s="1"><v>41642<\/v><\/c><c r="C4" s="3"><v>300.5<\/v><\/c>/,
    );
    // no formula written: the calculation chain and the styles stay
    assert.deepEqual([...edits.changed.keys()].sort(), ["xl/tables/table1.xml", "xl/worksheets/sheet1.xml"]);
    assert.equal(edits.removed.size, 0);
    assert.equal(edits.added.length, 0);
  });

  it("fills a grown table's calculated column into the new rows the write left empty, as Excel does when a row is typed", async () => {
    const { after, edits } = await edited(
      (editor) =>
        editor.writeBlocks([{ sheet: "Laskut", row: 3, col: 0, rows: invoiceRows.map((r) => [r[0], r[1]]), styleFromAbove: true }]),
      false,
      (parts) =>
        parts.set(
          "xl/tables/table1.xml",
          (parts.get("xl/tables/table1.xml") ?? "").replace(
            '<tableColumn id="3" name="Summa"/>',
            '<tableColumn id="3" name="Summa"><calculatedColumnFormula>Laskut[[#This Row],[Pvm]]&gt;0</calculatedColumnFormula></tableColumn>',
          ),
        ),
    );
    const sheet = after.get("xl/worksheets/sheet1.xml") ?? "";
    assert.match(sheet, /<c r="C4" s="3"><f>Laskut\[\[#This Row\],\[Pvm\]\]&gt;0<\/f><\/c>/);
    assert.match(sheet, /<c r="C5" s="3"><f>/);
    assert.match(after.get("xl/tables/table1.xml") ?? "", /ref="A1:C5"/);
    assert.ok(edits.removed.has("xl/calcChain.xml"));
    assert.match(after.get("xl/workbook.xml") ?? "", /fullCalcOnLoad="1"/);
  });

  it("adds a cell format with a built-in number format over a style without one, once, and keeps every existing style and format", async () => {
    const { after } = await edited((editor) =>
      editor.writeBlocks([
        {
          sheet: "Summa",
          row: 2,
          col: 0,
          rows: [[{ date: dayFromYmd(2014, 1, 1) }, { percent: 750_000 }, { date: dayFromYmd(2014, 1, 2) }]],
        },
      ]),
    );
    const styles = after.get("xl/styles.xml") ?? "";
    parseXml(styles);
    assert.match(styles, /<cellXfs count="6">.*<xf numFmtId="14" [^>]*applyNumberFormat="1"\/><xf numFmtId="10" [^>]*\/><\/cellXfs>/);
    // the number formats of the workbook stay as they were: built-in ones need no entry
    const original = fixtureParts().get("xl/styles.xml") ?? "";
    assert.equal(styles.slice(0, styles.indexOf("<cellXfs")), original.slice(0, original.indexOf("<cellXfs")));
    assert.equal(styles.slice(styles.indexOf("</cellXfs>")), original.slice(original.indexOf("</cellXfs>")));
    const sheet = after.get("xl/worksheets/sheet2.xml") ?? "";
    assert.match(
      sheet,
      /<row r="3"><c r="A3" s="4"><v>41640<\/v><\/c><c r="B3" s="5"><v>0.75<\/v><\/c><c r="C3" s="4"><v>41641<\/v><\/c><\/row>/,
    );
  });

  it("sets cells in an existing row, keeping its other cells and their styles", async () => {
    const { after, edits } = await edited((editor) =>
      editor.writeBlocks([
        { sheet: "Laskut", row: 1, col: 1, rows: [["tarkistettu"]] },
        { sheet: "Laskut", row: 0, col: 3, rows: [["Lähde"]] },
      ]),
    );
    const sheet = after.get("xl/worksheets/sheet1.xml") ?? "";
    assert.deepEqual(cellsOf(sheet).slice(0, 2), [
      ["Laskuttaja", "Pvm", "Summa", "Lähde"],
      ["Pikassos", "tarkistettu", 100.5],
    ]);
    assert.match(sheet, /<c r="B2" s="1" t="inlineStr">/);
    // a header written right of the table's header widens the table
    const table = after.get("xl/tables/table1.xml") ?? "";
    assert.match(table, /ref="A1:D3"/);
    assert.match(table, /<tableColumns count="4">.*<tableColumn id="4" name="Lähde"\/><\/tableColumns>/);
    assert.ok(!edits.removed.has("xl/calcChain.xml"));
  });

  it("writing a formula drops the calculation chain (part, relationship, content type) and asks for a full recalculation", async () => {
    const { after, edits } = await edited((editor) =>
      editor.writeBlocks([{ sheet: "Summa", row: 1, col: 0, rows: [[{ formula: "SUM(Laskut!C:C)", result: 300.5, format: "money" }]] }]),
    );
    assert.deepEqual([...edits.removed], ["xl/calcChain.xml"]);
    assert.doesNotMatch(after.get("xl/_rels/workbook.xml.rels") ?? "", /calcChain/);
    assert.doesNotMatch(after.get("[Content_Types].xml") ?? "", /calcChain/);
    const workbook = after.get("xl/workbook.xml") ?? "";
    assert.match(workbook, /<calcPr calcId="191029" fullCalcOnLoad="1"\/>/);
    assert.match(workbook, /<definedName name="_xlnm.Print_Area" localSheetId="0">Laskut!\$A\$1:\$C\$3<\/definedName>/);
    assert.match(after.get("xl/worksheets/sheet2.xml") ?? "", /<c r="A2" s="\d+"><f>SUM\(Laskut!C:C\)<\/f><v>300.5<\/v><\/c>/);
  });

  it("overwriting a formula cell drops the calculation chain too", async () => {
    const { edits } = await edited((editor) => editor.writeBlocks([{ sheet: "Summa", row: 0, col: 0, rows: [[1]] }]));
    assert.ok(edits.removed.has("xl/calcChain.xml"));
  });

  it("adds a sheet as new parts with its workbook, relationship and content-type entries, and a table on it", async () => {
    const { after, edits } = await edited((editor) =>
      editor.addSheet({
        name: "KASTE-maksatukset",
        rows: [
          ["Hakemus", "Summa"],
          ["1", { money: 12_345 }],
        ],
        hidden: true,
        boldRows: [0],
        tables: [{ name: "Laskut", headerRow: 0, rows: 1, columns: 2 }],
      }),
    );
    assert.deepEqual(edits.added.map((p) => p.name).sort(), [
      "xl/tables/table2.xml",
      "xl/worksheets/_rels/sheet3.xml.rels",
      "xl/worksheets/sheet3.xml",
    ]);
    const workbook = after.get("xl/workbook.xml") ?? "";
    assert.match(workbook, /<sheet name="KASTE-maksatukset" sheetId="4" state="hidden" r:id="rId6"\/><\/sheets>/);
    assert.match(after.get("xl/_rels/workbook.xml.rels") ?? "", /Id="rId6" Type="[^"]+\/worksheet" Target="worksheets\/sheet3.xml"/);
    assert.match(after.get("[Content_Types].xml") ?? "", /PartName="\/xl\/worksheets\/sheet3.xml"/);
    assert.match(after.get("[Content_Types].xml") ?? "", /PartName="\/xl\/tables\/table2.xml"/);
    // a table name taken (Laskut) is numbered; the id follows the workbook's highest
    assert.match(after.get("xl/tables/table2.xml") ?? "", /id="2" name="Laskut_2" displayName="Laskut_2" ref="A1:B2"/);
    assert.deepEqual(cellsOf(after.get("xl/worksheets/sheet3.xml") ?? ""), [
      ["Hakemus", "Summa"],
      ["1", 123.45],
    ]);
    await assert.rejects(
      edited((editor) => editor.addSheet({ name: "laskut", rows: [] })),
      SheetNameTaken,
    );
  });

  it("replaces one of our sheets in place: the same part and place, its old tables gone", async () => {
    const { after, edits } = await edited(async (editor) => {
      await editor.addSheet({ name: "KASTE-sarakkeet", rows: [["a"]], tables: [{ name: "kaste_x", headerRow: 0, rows: 0, columns: 1 }] });
    });
    const editor = await XlsxEditor.open(memorySource(after));
    await editor.replaceSheet({ name: "KASTE-sarakkeet", rows: [["b"], ["c"]], hidden: true });
    const second = await editor.edits();
    assert.ok(edits.added.some((p) => p.name === "xl/tables/table2.xml"));
    assert.ok(second.removed.has("xl/tables/table2.xml"));
    assert.ok(second.removed.has("xl/worksheets/_rels/sheet3.xml.rels"));
    assert.deepEqual(cellsOf(text(second.changed.get("xl/worksheets/sheet3.xml"))), [["b"], ["c"]]);
    assert.match(text(second.changed.get("xl/workbook.xml")), /<sheet name="KASTE-sarakkeet" sheetId="4" r:id="rId6" state="hidden"\/>/);
    assert.doesNotMatch(text(second.changed.get("[Content_Types].xml")), /table2/);
  });

  it("through the zip writer every part not edited is byte-identical, an .xlsm keeps its VBA project and content type", async () => {
    const encoder = new TextEncoder();
    const original = writeZip(
      [...fixtureParts(true)].map(([name, t]) => ({ name, bytes: encoder.encode(t) })),
      NODE_DEFLATER,
    );
    const archive = new ZipArchive(original, NODE_INFLATER);
    const editor = await XlsxEditor.open({
      names: archive.entries.map((e) => e.name),
      has: (n) => archive.has(n),
      text: (n) => archive.text(n),
    });
    await editor.writeBlocks([{ sheet: "Laskut", row: 3, col: 0, rows: invoiceRows.map((r) => [...r]), styleFromAbove: true }]);
    const edits = await editor.edits();
    const written = new ZipArchive(rewriteZip(archive, edits, NODE_DEFLATER), NODE_INFLATER);
    assert.deepEqual(
      written.entries.map((e) => e.name),
      archive.entries.map((e) => e.name),
    );
    for (const entry of archive.entries) {
      if (edits.changed.has(entry.name)) continue;
      const copy = written.entry(entry.name);
      assert.ok(copy);
      assert.deepEqual(written.raw(copy), archive.raw(entry), entry.name);
    }
    assert.equal(await written.text("xl/vbaProject.bin"), "\u0001VBA project bytes\u0002");
    assert.match(await written.text("[Content_Types].xml"), /macroEnabled\.main\+xml/);
    const book = await readXlsx(Buffer.from(rewriteZip(archive, edits, NODE_DEFLATER)));
    assert.equal(book.sheets[0]?.cells.length, 5);
  });

  it("copies an edited ASCII sheet's untouched runs as bytes, to the very bytes the text path writes", async () => {
    const encoder = new TextEncoder();
    const parts = fixtureParts();
    const block = { sheet: "Laskut", row: 3, col: 0, rows: invoiceRows.map((r) => [...r]), styleFromAbove: true };
    const byText = await XlsxEditor.open(memorySource(parts));
    await byText.writeBlocks([block, { sheet: "Laskut", row: 0, col: 3, rows: [["Lähde"]] }]);
    const viaText = (await byText.edits()).changed.get("xl/worksheets/sheet1.xml");
    const bytes = new Map([...parts].map(([name, t]) => [name, encoder.encode(t)]));
    const byBytes = await XlsxEditor.open({
      ...memorySource(parts),
      asciiBytes: (name) => ([...(parts.get(name) ?? "é")].every((c) => c.charCodeAt(0) < 128) ? (bytes.get(name) ?? null) : null),
    });
    await byBytes.writeBlocks([block, { sheet: "Laskut", row: 0, col: 3, rows: [["Lähde"]] }]);
    const viaBytes = (await byBytes.edits()).changed.get("xl/worksheets/sheet1.xml");
    assert.ok(viaText && viaBytes);
    assert.deepEqual(viaBytes, viaText);
    assert.match(
      new TextDecoder().decode(viaBytes),
      /<c r="D1" t="inlineStr"><is><t>Lähde<\/t><\/is><\/c>.*<dataValidation [^>]*sqref="A2:A5"/,
    );
  });

  it("appends a block of 250 000 rows (no spread of every row into Math.max, which overflows the stack)", async () => {
    const rows = Array.from({ length: 250_000 }, (_, r) => [r]);
    const { after } = await edited((editor) => editor.writeBlocks([{ sheet: "Summa", row: 1, col: 0, rows }]));
    const sheet = after.get("xl/worksheets/sheet2.xml") ?? "";
    assert.match(sheet, /<dimension ref="A1:A250001"\/>/);
    assert.match(sheet, /<row r="250001"><c r="A250001"><v>249999<\/v><\/c><\/row><\/sheetData>/);
  });
});
