/**
 * Cell references beyond Excel's limits (1 048 576 rows, 16 384 columns): a damaged file that
 * names `ZZZZZZ3` or `M2000000000` is refused with one clear line (exit 2) by the CLI and a
 * message in the pane, in fi/sv/en, instead of killing V8 or hanging the reader.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { readXlsx } from "../../cli/readXlsx";
import { parseAddress } from "../../src/workbook/address";
import { CellReferenceError, MAX_COLUMNS, MAX_ROWS } from "../../src/workbook/cellLimits";
import { SheetCellsReader } from "../../src/workbook/xlsxXml";
import { readPartnerXlsx } from "../../taskpane/ui/partnerXlsx";
import { TOO_DEEP, TOO_WIDE, oneSheetXlsx } from "../support/oneSheetXlsx";

function read(rows: string) {
  const reader = new SheetCellsReader([], "", false);
  reader.add(rows);
  return reader.rows();
}

function refused(rows: string): CellReferenceError {
  try {
    read(rows);
  } catch (error) {
    assert.ok(error instanceof CellReferenceError, String(error));
    return error;
  }
  assert.fail("the reader accepted a reference beyond Excel's limits");
}

describe("cell references within Excel's limits", () => {
  it("reads the last cell of a sheet, XFD1048576", () => {
    const rows = read(`<row r="${MAX_ROWS}"><c r="XFD${MAX_ROWS}"><v>7</v></c></row>`);
    assert.equal(rows.length, MAX_ROWS);
    assert.equal(rows[MAX_ROWS - 1].length, MAX_COLUMNS);
    assert.equal(rows[MAX_ROWS - 1][MAX_COLUMNS - 1], 7);
  });

  it("refuses a column past XFD, a row past 1 048 576, in a cell's reference or a row's number", () => {
    assert.equal(refused(TOO_WIDE).reference, "ZZZZZZ3");
    assert.equal(refused(`<row r="1"><c r="XFE1"><v>1</v></c></row>`).reference, "XFE1");
    assert.equal(refused(TOO_DEEP).reference, "M2000000000");
    assert.equal(refused(`<row r="1"><c r="A1048577"><v>1</v></c></row>`).reference, "A1048577");
    const row = refused(`<row r="2000000000"><c><v>1</v></c></row>`);
    assert.deepEqual([row.reference, row.kind], ["2000000000", "row"]);
  });

  it("refuses cells and rows without references that walk off the sheet", () => {
    const wide = `<row r="1"><c r="XFD1"><v>1</v></c><c><v>2</v></c></row>`;
    assert.equal(refused(wide).reference, "XFE1");
    const deep = `<row r="${MAX_ROWS}"><c r="A${MAX_ROWS}"><v>1</v></c></row><row><c><v>2</v></c></row>`;
    assert.equal(refused(deep).reference, String(MAX_ROWS + 1));
  });

  it("says so in Finnish, Swedish and English, naming the sheet", () => {
    const error = refused(TOO_WIDE).inSheet("Laskut");
    assert.match(
      error.says("fi"),
      /^soluviittaus ZZZZZZ3 taulukossa Laskut on Excelin rajojen ulkopuolella \(enintään 1\u00a0048\u00a0576 riviä/,
    );
    assert.match(
      error.says("sv"),
      /^cellreferensen ZZZZZZ3 på bladet Laskut ligger utanför Excels gränser \(högst 1\u00a0048\u00a0576 rader/,
    );
    assert.match(error.says("en"), /^the cell reference ZZZZZZ3 in the sheet Laskut is beyond Excel's limits \(at most 1,048,576 rows/);
  });

  it("parses only addresses on a sheet", () => {
    assert.deepEqual(parseAddress("XFD1048576"), { row: MAX_ROWS - 1, col: MAX_COLUMNS - 1 });
    assert.equal(parseAddress("XFE1"), null);
    assert.equal(parseAddress("A1048577"), null);
    assert.equal(parseAddress("M2000000000"), null);
    assert.equal(parseAddress("A0"), null);
  });

  it("the CLI's reader and the pane's refuse the file, naming the sheet, and never fall back to another reader", async () => {
    for (const rows of [TOO_WIDE, TOO_DEEP]) {
      const bytes = oneSheetXlsx(rows);
      for (const reading of [readXlsx(Buffer.from(bytes)), readPartnerXlsx(bytes)]) {
        await assert.rejects(reading, (error: unknown) => error instanceof CellReferenceError && error.sheet === "Laskut");
      }
    }
  });
});

describe("kaste check on a file with a reference beyond Excel's limits", function () {
  this.timeout(60_000);
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "kaste-limits-"));
  });

  /** A process of its own: the reader this guards against killed V8 (exit 133) or hung. */
  async function check(rows: string, lang: string): Promise<{ code: number; err: string; out: string }> {
    const file = join(dir, `${lang}-${rows.length}.xlsx`);
    await writeFile(file, oneSheetXlsx(rows));
    const result = await promisify(execFile)(process.execPath, ["--import", "tsx", "cli/main.ts", "check", file, "--lang", lang], {
      timeout: 30_000,
    }).then(
      ({ stdout, stderr }) => ({ code: 0, out: stdout, err: stderr }),
      (error: { code?: number; signal?: string; stdout: string; stderr: string }) => ({
        code: error.code ?? -1,
        out: error.stdout,
        err: error.stderr,
      }),
    );
    return result;
  }

  const oneLine = (err: string) => err.trimEnd().split("\n");

  it("ZZZZZZ3: exit 2 and one line in Finnish", async () => {
    const { code, err, out } = await check(TOO_WIDE, "fi");
    assert.equal(code, 2, err);
    assert.equal(out, "");
    const lines = oneLine(err);
    assert.equal(lines.length, 1, err);
    assert.match(
      lines[0],
      /^kaste: .*fi-\d+\.xlsx on vioittunut \.xlsx-tiedosto: soluviittaus ZZZZZZ3 taulukossa Laskut on Excelin rajojen ulkopuolella/,
    );
  });

  it("M2000000000: exit 2 and one line in English", async () => {
    const { code, err } = await check(TOO_DEEP, "en");
    assert.equal(code, 2, err);
    const lines = oneLine(err);
    assert.equal(lines.length, 1, err);
    assert.match(lines[0], /is a damaged \.xlsx file: the cell reference M2000000000 in the sheet Laskut is beyond Excel's limits/);
  });

  it("and in Swedish", async () => {
    const { code, err } = await check(TOO_DEEP, "sv");
    assert.equal(code, 2, err);
    assert.equal(oneLine(err).length, 1, err);
    assert.match(err, /är en skadad \.xlsx-fil: cellreferensen M2000000000 på bladet Laskut ligger utanför Excels gränser/);
  });
});
