import assert from "node:assert/strict";
import { read } from "./support";

const KUMPPANIT = [
  ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy"],
  ["Pikassos Oy", "kuukausi+tasaus", "1.8.2013", "31.10.2015"],
  ["Verso", "kuukausi+tasaus", "1.12.2013", "30.9.2015"],
];
const HEADER = ["Päivämäärä", "Laskuttaja", "Laskun numero", "Ajalta alkaen", "Ajalta päättyen", "Tilikohta", "Summa (ALV 0)"];
const line = (number: string, month: number, biller: string | null = null) => [
  `5.${month + 1}.2014`,
  biller,
  number,
  `1.${month}.2014`,
  `${[31, 28, 31][month - 1]}.${month}.2014`,
  "Palkat",
  7_200,
];

describe("variety: a ledger in a section per partner, its name typed once over its invoices", () => {
  it("gives each line the name over its section, in the Laskuttaja column or in the first column", () => {
    const { ledger, findings } = read({
      Kumppanit: KUMPPANIT,
      Laskut: [
        HEADER,
        [null, "Pikassos"],
        line("P-1", 1),
        line("P-2", 2),
        [null, null, null, null, null, "Yhteensä", 14_400],
        [],
        ["Verso"],
        line("V-1", 1),
        line("V-2", 2),
        // A line that names its own biller ends the section
        line("P-3", 3, "Pikassos"),
        line("X-1", 3),
      ],
    });
    assert.deepEqual(
      ledger.invoices.map((l) => [l.partner, l.number]),
      [
        ["Pikassos", "P-1"],
        ["Pikassos", "P-2"],
        ["Verso", "V-1"],
        ["Verso", "V-2"],
        ["Pikassos", "P-3"],
        ["", "X-1"],
      ],
    );
    assert.deepEqual(findings, [["REQUIRED_MISSING", "Laskut!B11"]]);
  });

  it("leaves lines under a first-column heading that names no partner, or a note, without a biller; a lone name with no lines under it is a line", () => {
    const { ledger, findings } = read({
      Kumppanit: KUMPPANIT,
      Laskut: [
        HEADER,
        ["Kiinteät laskut"],
        line("P-1", 1),
        [null, "Huom: tarkista"],
        line("P-2", 2),
        line("P-3", 3, "Pikassos"),
        [null, "Verso"],
      ],
    });
    assert.deepEqual(
      ledger.invoices.map((l) => [l.partner, l.number]),
      [
        ["", "P-1"],
        ["", "P-2"],
        ["Pikassos", "P-3"],
        ["Verso", ""],
      ],
    );
    assert.ok(findings.some(([code, cell]) => code === "REQUIRED_MISSING" && cell === "Laskut!B3"));
    assert.ok(findings.some(([code, cell]) => code === "REQUIRED_MISSING" && cell === "Laskut!B5"));
  });
});
