import assert from "node:assert/strict";
import { amountColumnsOf, columnsOf, textColumnsOf, yearViewsOf } from "../../../src/ledger/phases/tableColumns";
import { tableOf } from "./tableOf";

describe("a table's columns by what they hold", () => {
  it("lists columns left to right, the money ones and the text ones", () => {
    const { table } = tableOf([["Summa €", "Laskuttaja", "Pvm", "Ajalta", "Selite"]]);
    assert.deepEqual(columnsOf(table), [0, 1, 2, 3, 4]);
    assert.deepEqual([...amountColumnsOf(table)], [0]);
    assert.equal(textColumnsOf(table).has(1), true);
    assert.equal(textColumnsOf(table).has(2), false);
  });

  it("sees a wide budget one year column at a time, each headed by its year", () => {
    const { table } = tableOf([["Kumppani", "Tilikohta", "2014", "2015"]], "Budjetti");
    const views = yearViewsOf(table);
    assert.deepEqual(
      views.map((v) => [v.year, v.table.columns.amount, v.table.headers.amount]),
      [
        [2014, 2, "2014"],
        [2015, 3, "2015"],
      ],
    );
    assert.equal(yearViewsOf(table), views);
  });
});
