import assert from "node:assert/strict";
import { noiseOf } from "../../../src/ledger/phases/noiseRows";
import { tableOf } from "./tableOf";

describe("phase 2, read rows: a pasted report's own rows inside a table", () => {
  const { reader, table } = tableOf([
    ["Pvm", "Laskuttaja", "Laskun nro", "Ajalta", "Summa €"],
    [41671, "Verso", "V-1", "1/2014", 100],
    [null, null, null, "Sivun summa", 100],
    ["Sivu 1/3"],
    ["Pvm", "Laskuttaja", "Laskun nro", "Ajalta", "Summa €"],
    ["Transport", null, null, null, 100],
    [null, "Sida 2 av 3"],
    [null, "Page 3 of 3"],
    [null, "Transport", "T-1", "1/2014", 100],
    [null, "Siirto Oy", "S-1", "1/2014", 100],
    ["Pvm", "Verso", "V-2", "1/2014", 100],
    [null, null, null, null, "Summa €"],
    ["Carried forward:", null, null, null, "1 200,00"],
  ]);

  it("knows the header repeated on a page, whichever cells it repeats (two or more)", () => {
    assert.equal(noiseOf(reader, table, 4), "header");
    assert.equal(noiseOf(reader, table, 10), null, "a record whose first cell happens to be a header word");
    assert.equal(noiseOf(reader, table, 11), null, "one header word alone is not a header row");
  });

  it("knows page footers and page or carried totals in fi, sv and en", () => {
    assert.equal(noiseOf(reader, table, 2), "pageTotal");
    assert.equal(noiseOf(reader, table, 3), "pageFooter");
    assert.equal(noiseOf(reader, table, 5), "pageTotal");
    assert.equal(noiseOf(reader, table, 6), "pageFooter");
    assert.equal(noiseOf(reader, table, 7), "pageFooter");
    assert.equal(noiseOf(reader, table, 12), "pageTotal");
  });

  it("leaves records alone, also a biller named like a footer word", () => {
    assert.equal(noiseOf(reader, table, 1), null);
    assert.equal(noiseOf(reader, table, 8), null);
    assert.equal(noiseOf(reader, table, 9), null);
  });
});
