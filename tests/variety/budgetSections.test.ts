import assert from "node:assert/strict";
import { buildLedger } from "../../src/ledger/build";
import type { CellValue } from "../../src/workbook/types";
import { book } from "../support/book";

const PARTNERS: CellValue[][] = [
  ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy"],
  ["Pikassos", "kuukausi+tasaus", "1.8.2013", "31.10.2015"],
  ["Verso", "kuukausi+tasaus", "1.12.2013", "30.9.2015"],
];
const read = (budget: CellValue[][]) => {
  const { ledger, findings } = buildLedger(book({ Kumppanit: PARTNERS, Budjetti: budget }));
  return { rows: ledger.budget.map((b) => [b.year, b.partner, b.line, b.amount]), findings: findings.map((f) => `${f.code} ${f.cell}`) };
};

/**
 * A budget kept in a section per partner, with no Kumppani column: the partner's name alone on a
 * row of its own ("Pikassos"), its cost lines under it, maybe its subtotal; the common share under
 * "Yhteiset kulut". Each line is the partner's of its section.
 */
describe("variety: a budget in a section per partner, with no partner column", () => {
  it("by year across: each section's lines are its partner's, the common share's none's", () => {
    const { rows, findings } = read([
      ["LasSe-hankkeen talousarvio"],
      ["Tilikohta", "2013", "2014"],
      ["Pikassos"],
      ["Palkat", 34_000, 88_000],
      ["Vuokrat", 2_400, null],
      ["Pikassos yhteensä", 36_400, 88_000],
      ["Verso"],
      ["Palkat", 3_900, 46_500],
      ["Yhteiset kulut"],
      ["Matkat", 1_000, 1_500],
    ]);
    assert.deepEqual(rows, [
      [2013, "Pikassos", "Palkat", 3_400_000],
      [2014, "Pikassos", "Palkat", 8_800_000],
      [2013, "Pikassos", "Vuokrat", 240_000],
      [2013, "Verso", "Palkat", 390_000],
      [2014, "Verso", "Palkat", 4_650_000],
      [2013, "", "Matkat", 100_000],
      [2014, "", "Matkat", 150_000],
    ]);
    assert.deepEqual(findings, []);
  });

  it("with Vuosi and Summa columns too, and a cost line named like a partner stays a line when it has its amount", () => {
    const { rows, findings } = read([
      ["Vuosi", "Tilikohta", "Summa"],
      [null, "Verso", null],
      [2014, "Palkat", 46_500],
      [2014, "Vuokrat", 3_000],
      [null, "Pikassos", null],
      [2014, "Palkat", 88_000],
      [2014, "Verso", 500],
    ]);
    assert.deepEqual(rows, [
      [2014, "Verso", "Palkat", 4_650_000],
      [2014, "Verso", "Vuokrat", 300_000],
      [2014, "Pikassos", "Palkat", 8_800_000],
      [2014, "Pikassos", "Verso", 50_000],
    ]);
    assert.deepEqual(findings, []);
  });
});
