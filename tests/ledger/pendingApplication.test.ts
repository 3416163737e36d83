import assert from "node:assert/strict";
import type { CellValue } from "../../src/workbook/types";
import { buildLedger } from "../../src/ledger/build";
import { book } from "../support/book";

const HEADER: CellValue[] = ["Nro", "Ajalta", "Haettu", "Maksettu", "Lähetetty"];

function read(paid: CellValue, sent: CellValue) {
  const { ledger, findings } = buildLedger(
    book({
      Maksatukset: [HEADER, [1, "1.1.–31.12.2014", 170_704.23, 170_704.23, "27.2.2015"], [2, "1.1.–31.10.2015", 133_696.23, paid, sent]],
    }),
  );
  return { second: ledger.applications[1], codes: findings.map((f) => `${f.code} ${f.cell}`) };
}

describe("a payment application not yet paid or sent, and saying so in words", () => {
  it("is unpaid and unsent, with no finding: odottaa, ei vielä maksettu, kesken, pending", () => {
    for (const [paid, sent] of [
      ["odottaa", "30.11.2015"],
      ["Ei vielä maksettu", "30.11.2015"],
      [null, "kesken"],
      ["pending", "ei lähetetty"],
    ] as const) {
      const { second, codes } = read(paid, sent);
      assert.deepEqual([second.paid, codes], [null, []], `${paid} / ${sent}`);
    }
  });

  it("keeps other words where the amount or date belongs a finding", () => {
    assert.deepEqual(read("kyllä", "30.11.2015").codes, ["VALUE_NOT_A_NUMBER D3"]);
    assert.deepEqual(read(null, "joulukuussa").codes, ["VALUE_NOT_A_DATE E3"]);
  });
});
