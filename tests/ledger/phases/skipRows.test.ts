import assert from "node:assert/strict";
import { isBlankRow, isNoteRow, isRecordRow, isTotalRow } from "../../../src/ledger/phases/skipRows";
import { tableOf } from "./tableOf";

describe("phase 2, read rows: which rows are records", () => {
  const { reader, table } = tableOf([
    ["Pvm", "Laskuttaja", "Laskun nro", "Ajalta", "Summa €", null, "Muistiinpano"],
    [41671, "Verso", "V-1", "1/2014", 100],
    [null, null, null, null, null, null, "beside the table"],
    ["Yhteensä", null, null, null, 100],
    [null, null, null, null, 100],
    [null, null, null, null, "Huom: laskut 3/2014 puuttuvat"],
    [null, "Verso"],
    [null, null, null, null, null, null, "Yhteensä"],
  ]);

  it("reads a data row and an unfinished one with only a name", () => {
    assert.equal(isRecordRow(reader, table, 1), true);
    assert.equal(isRecordRow(reader, table, 6), true);
  });

  it("skips a row blank in the table's columns, whatever stands beside it", () => {
    assert.equal(isBlankRow(reader, table, 2), true);
    assert.equal(isRecordRow(reader, table, 2), false);
  });

  it("skips a labelled total and an unlabelled sum", () => {
    assert.equal(isTotalRow(reader, table, 3), true);
    assert.equal(isTotalRow(reader, table, 4), true);
    assert.equal(isTotalRow(reader, table, 1), false);
  });

  it("skips a note typed into the table", () => {
    assert.equal(isNoteRow(reader, table, 5), true);
    assert.equal(isNoteRow(reader, table, 6), false);
  });
});
