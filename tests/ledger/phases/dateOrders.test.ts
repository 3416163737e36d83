import assert from "node:assert/strict";
import type { Finding } from "../../../src/findings/finding";
import { dateOrders } from "../../../src/ledger/phases/dateOrders";
import { tableOf } from "./tableOf";

describe("phase 3, coerce: each date column's order from its values", () => {
  const run = (rows: (string | number | null)[][]) => {
    const { reader, table } = tableOf([["Pvm", "Laskuttaja", "Laskun nro", "Ajalta alkaen", "Ajalta päättyen", "Summa €"], ...rows]);
    const findings: Finding[] = [];
    const orders = dateOrders(table, reader, reader.rowCount, findings);
    return {
      orders: Object.fromEntries(orders.monthFirst),
      proof: orders.proof,
      notes: findings.map((f) => [f.code, f.cell, f.params.field, f.params.order, f.params.why]),
    };
  };

  it("a column proved month first makes the table's undecided columns month first, with a note naming it", () => {
    assert.deepEqual(run([["10/31/2014", "V", "V-1", "10/1/2014", "10/31/2014", 1]]), {
      orders: { date: true, periodStart: true, periodEnd: true },
      proof: { order: "monthFirst", header: "Pvm" },
      notes: [["DATE_ORDER_ASSUMED", "D1", "Ajalta alkaen", "monthFirst", "otherColumn"]],
    });
  });

  it("columns proving both orders give no hint: the undecided one is day first by default", () => {
    const got = run([["31/10/2014", "V", "V-1", "10/1/2014", "10/31/2014", 1]]);
    assert.deepEqual(got.orders, { date: false, periodStart: false, periodEnd: true });
    assert.equal(got.proof, null);
    assert.deepEqual(got.notes, [["DATE_ORDER_ASSUMED", "D1", "Ajalta alkaen", "dayFirst", "default"]]);
  });

  it("Finnish dates and serials need no note", () => {
    assert.deepEqual(run([["1.10.2014", "V", "V-1", 41913, "31.10.2014", 1]]).notes, []);
  });
});
