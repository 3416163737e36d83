/**
 * Saving an edited workbook (cli/syncOutput.ts saveEdited): the written file is read back before
 * it replaces anything; a file that does not read back as the edit means is never kept, the
 * input stays as it was and no backup is made.
 */
import assert from "node:assert/strict";
import { mkdtemp, readFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readXlsx } from "../../cli/readXlsx";
import { differenceOf, openEditor, saveEdited } from "../../cli/syncOutput";
import { writeXlsx } from "../../cli/writeXlsx";
import { NODE_INFLATER } from "../../cli/zipNode";
import { writeBlocks } from "../../src/workbook/cells";
import type { OutBlock } from "../../src/workbook/cells";
import { ZipArchive } from "../../src/workbook/zip";

const BLOCK: OutBlock = { sheet: "Laskut", row: 2, col: 0, rows: [["Verso", { money: 12_345 }]], styleFromAbove: true };

async function book(): Promise<{ dir: string; path: string }> {
  const dir = await mkdtemp(join(tmpdir(), "kaste-save-"));
  const path = join(dir, "kirja.xlsx");
  await writeXlsx(path, [
    {
      name: "Laskut",
      rows: [
        ["Laskuttaja", "Summa"],
        ["Pikassos", 10.5],
      ],
    },
    { name: "Muut", rows: [["x"]] },
  ]);
  return { dir, path };
}

describe("saving an edited workbook", () => {
  it("--in-place: a file that reads back other than meant is not kept, the input untouched, no backup", async () => {
    const { dir, path } = await book();
    const before = await readFile(path);
    const source = await openEditor(before);
    await source.editor.writeBlocks([BLOCK]);
    const wrong = writeBlocks(await readXlsx(before), [{ ...BLOCK, rows: [["Verso", { money: 99 }]] }]);
    await assert.rejects(saveEdited(source, path, { kind: "inPlace" }, new Date(), wrong), /did not read back the same \(Laskut!B3\)/);
    assert.deepEqual(await readFile(path), before);
    assert.deepEqual(await readdir(dir), ["kirja.xlsx"]);
  });

  it("--in-place: the file that reads back as meant replaces the input after the backup", async () => {
    const { dir, path } = await book();
    const before = await readFile(path);
    const source = await openEditor(before);
    await source.editor.writeBlocks([BLOCK]);
    const expected = writeBlocks(await readXlsx(before), [BLOCK]);
    const saved = await saveEdited(source, path, { kind: "inPlace" }, new Date(), expected);
    assert.equal(saved.written, path);
    assert.ok(saved.backup);
    assert.deepEqual(await readFile(saved.backup), before);
    assert.equal(differenceOf(await readXlsx(await readFile(path)), expected), null);
    assert.equal((await readdir(dir)).length, 2);
  });

  it("the comparison names the first cell that differs, and a sheet list that differs", () => {
    const a = { date1904: false, sheets: [{ name: "A", cells: [[1, 2]] }] };
    assert.equal(differenceOf(a, a), null);
    assert.equal(differenceOf(a, { date1904: false, sheets: [{ name: "A", cells: [[1, 3]] }] }), "A!B1");
    assert.equal(differenceOf(a, { date1904: false, sheets: [{ name: "A", cells: [[1, 2, null], []] }] }), null);
    assert.equal(differenceOf(a, { date1904: false, sheets: [{ name: "B", cells: [] }] }), "sheets");
    assert.equal(
      differenceOf(a, { date1904: false, sheets: [{ name: "A", cells: [[9]] }] }, () => false),
      null,
    );
  });

  it("the zip keeps a sheet read once inflated for the edit (remember)", async () => {
    const { path } = await book();
    const zip = new ZipArchive(await readFile(path), NODE_INFLATER);
    zip.remember(1 << 20);
    const first = await zip.bytes("xl/worksheets/sheet1.xml");
    assert.equal(await zip.bytes("xl/worksheets/sheet1.xml"), first);
    const other = new ZipArchive(await readFile(path), NODE_INFLATER);
    assert.notEqual(await other.bytes("xl/worksheets/sheet1.xml"), await other.bytes("xl/worksheets/sheet1.xml"));
  });
});
