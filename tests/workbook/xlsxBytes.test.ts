/**
 * The worksheet reader reads plain rows straight from the inflated bytes (SheetBytesReader.addBytes)
 * and every other row as text (add). Both must give the same cells, formulas and errors for any
 * row: hand-picked rows of every kind a writer makes, then rows fast-check builds from the pieces
 * Excel, LibreOffice and scripts write, fed whole and cut into pieces at row ends.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { CellReferenceError } from "../../src/workbook/cellLimits";
import type { CellValue, FormulaCell } from "../../src/workbook/types";
import { SheetBytesReader } from "../../src/workbook/xlsxBytes";

const SHARED = ["Pikassos Oy", "Palkat", "ä ö å €", "", " spaced "];
const decoder = new TextDecoder();
const decode = (bytes: Uint8Array) => decoder.decode(bytes);

interface Read {
  readonly rows?: CellValue[][];
  readonly formulas?: FormulaCell[];
  readonly error?: string;
}

function outcome(read: (reader: SheetBytesReader) => void, prefix = ""): Read {
  const reader = new SheetBytesReader(SHARED, prefix, false);
  try {
    read(reader);
    return { rows: reader.rows(), formulas: reader.formulas() };
  } catch (error) {
    return { error: `${error instanceof CellReferenceError ? "CellReferenceError" : "Error"}: ${(error as Error).message}` };
  }
}

/** The same sheet data read as text and as bytes, whole and in pieces cut after rows. */
function assertSame(rows: readonly string[], prefix = ""): Read {
  const xml = `<${prefix}sheetData>${rows.join("")}</${prefix}sheetData>`;
  const asText = outcome((reader) => reader.add(xml), prefix);
  const bytes = new TextEncoder().encode(xml);
  assert.deepEqual(
    outcome((reader) => reader.addBytes(bytes, decode), prefix),
    asText,
    xml,
  );
  // cut after every other row, as cli/readXlsx.ts cuts its pieces at row ends
  const pieces: string[] = [];
  for (let i = 0; i < rows.length; i += 2) pieces.push(rows.slice(i, i + 2).join(""));
  const inPieces = outcome((reader) => {
    for (const piece of pieces) reader.addBytes(new TextEncoder().encode(piece), decode);
  }, prefix);
  assert.deepEqual(
    inPieces,
    outcome((reader) => pieces.forEach((piece) => reader.add(piece)), prefix),
    xml,
  );
  return asText;
}

describe("a worksheet read from its bytes as from its text", () => {
  it("reads Excel's plain rows to the same numbers, shared strings and booleans", () => {
    const read = assertSame([
      `<row r="1" spans="1:3" x14ac:dyDescent="0.25"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" t="s"><v>2</v></c><c r="C1" t="b"><v>1</v></c></row>`,
      `<row r="2"><c r="A2" s="2"><v>41519</v></c><c r="C2"><v>-333.25</v></c><c r="D2" t="n"><v>0.1</v></c><c r="E2" t="b"><v>0</v></c></row>`,
      `<row r="4"><c r="b4" t='s'><v>1</v></c><c t="s"><v>4</v></c><c/><c r="F4"/><c><v>7</v></c></row>`,
      `<row r="5"/>`,
      `<row><c><v>123456789012345</v></c></row>`,
    ]);
    assert.deepEqual(read.rows, [
      ["Pikassos Oy", "ä ö å €", true],
      [41519, null, -333.25, 0.1, false],
      [],
      [null, "Palkat", " spaced ", null, null, null, 7],
      [],
      [123456789012345],
    ]);
  });

  it("reads every other row as text: formulas, inline strings, entities, errors, dates, odd numbers", () => {
    const read = assertSame([
      `<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="str"><f>A1&amp;"x"</f><v>2x</v></c><c r="C1"><f>SUM(A1:B1)</f></c></row>`,
      `<row r="2"><c r="A2" t="inlineStr"><is><t>R&amp;D ä</t></is></c><c r="B2" t="e"><v>#N/A</v></c><c r="C2" t="d"><v>2014-03-01</v></c></row>`,
      `<row r="3"><c r="A3"><v>1E3</v></c><c r="B3"><v> 5 </v></c><c r="C3"><v></v></c><c r="D3" t="s"><v>99</v></c><c r="E3" t="b"><v>true</v></c></row>`,
      `<row r="4"><c r="A5"><v>5</v></c><c r="B4"><v>4</v></c><!-- </row> --><c r="C4"><v>3</v></c></row>`,
      `<row r="6" ><c r = "A6"><v>6</v></c><extLst><ext/></extLst><c r="B6"><v xml:space="preserve">7</v></c></row>`,
    ]);
    assert.deepEqual(read.rows?.[0], [2, "2x"]);
    assert.deepEqual(read.rows?.[1], ["R&D ä", { error: "#N/A" }, 41699]);
    assert.deepEqual(read.formulas, [{ row: 0, col: 2, formula: "SUM(A1:B1)" }]);
  });

  it("refuses references beyond Excel's limits alike", () => {
    for (const row of [
      `<row r="3"><c r="ZZZZZZ3"><v>1</v></c></row>`,
      `<row r="1"><c r="M2000000000"><v>1</v></c></row>`,
      `<row r="2000000000"><c><v>1</v></c></row>`,
      `<row r="0"><c><v>1</v></c></row>`,
      `<row r="1"><c r="XFD1"><v>1</v></c><c><v>2</v></c></row>`,
      `<row r="1"><c r="A1"><v>1</v>`,
    ])
      assert.ok(assertSame([row]).error, row);
  });

  it("reads a prefixed worksheet (x:row, x:c) as text", () => {
    const read = assertSame([`<x:row r="1"><x:c r="A1" t="s"><x:v>1</x:v></x:c></x:row>`], "x:");
    assert.deepEqual(read.rows, [["Palkat"]]);
  });

  it("reads rows built from the pieces writers use to the same cells, whole and in pieces", () => {
    const space = fc.constantFrom("", " ", "  ", "\n");
    const quote = fc.constantFrom('"', "'");
    const column = fc.constantFrom("A", "B", "c", "AA", "XFD", "XFE", "", "1");
    const attribute = (name: string, value: fc.Arbitrary<string>) =>
      fc.tuple(space, quote, value).map(([s, q, v]) => ` ${s}${name}=${q}${v}${q}`);
    const type = fc.constantFrom("s", "n", "b", "e", "str", "inlineStr", "d", "x");
    const value = fc.constantFrom(
      "0",
      "-0",
      "1",
      "4",
      "5",
      "-12.5",
      "41519",
      "1E3",
      "",
      " 7",
      "true",
      "#DIV/0!",
      "&amp;",
      "2014-03-01",
      "0.1",
    );
    const content = fc.oneof(
      value.map((v) => `<v>${v}</v>`),
      value.map((v) => `<f>A1+1</f><v>${v}</v>`),
      fc.constant(`<f>A1*2</f>`),
      value.map((v) => `<is><t>${v}</t></is>`),
      fc.constant(""),
      value.map((v) => `<v>${v}</v><extLst/>`),
    );
    const cell = (row: number) =>
      fc
        .tuple(
          fc.option(fc.tuple(column, fc.constantFrom(String(row), String(row + 1), "", "0")), { nil: undefined }),
          fc.option(type, { nil: undefined }),
          fc.boolean(),
          content,
          quote,
          space,
        )
        .chain(([ref, t, styled, body, q, s]) =>
          fc.constant(
            `${s}<c${ref ? ` r=${q}${ref[0]}${ref[1]}${q}` : ""}${styled ? ' s="2"' : ""}${t ? ` t=${q}${t}${q}` : ""}${body === "" ? "/>" : `>${body}</c>`}`,
          ),
        );
    const row = fc
      .integer({ min: 1, max: 6 })
      .chain((r) =>
        fc
          .tuple(
            fc.option(attribute("r", fc.constantFrom(String(r), "0", "x")), { nil: undefined }),
            fc.boolean(),
            fc.array(cell(r), { maxLength: 5 }),
            fc.boolean(),
          )
          .map(
            ([number, spans, cells, selfClosing]) =>
              `<row${number ?? ""}${spans ? ' spans="1:5" x14ac:dyDescent="0.25"' : ""}${selfClosing && cells.length === 0 ? "/>" : `>${cells.join("")}</row>`}`,
          ),
      );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), (rows) => {
        assertSame(rows);
      }),
      { numRuns: 3000 },
    );
  });
});
