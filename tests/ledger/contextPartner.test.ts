import assert from "node:assert/strict";
import { buildLedger } from "../../src/ledger/build";
import { book } from "../support/book";

const HEADER = ["Pvm", "Laskun nro", "Ajalta alkaen", "Ajalta päättyen", "Laji", "Tilikohta", "Summa", "ALV"];
const row = (number: string) => ["5.2.2014", number, "1.1.2014", "31.1.2014", "kiinteä", "Palkat", "4 200,00", 0];
const KUMPPANIT = [
  ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy", "ALV palautuu"],
  ["Pikassos Oy", "kuukausi+tasaus", "1.1.2014", "31.12.2014", "kyllä"],
  ["Verso", "kuukausi+tasaus", "1.1.2014", "31.12.2014", "kyllä"],
  ["SONet BOTNIA", "kolmannes", "1.1.2014", "31.12.2014", "ei"],
];

describe("contextPartner: the partner a ledger sheet's name or title names", () => {
  it("takes a partner named in the genitive, as Finnish titles and sheet names put it", () => {
    const { ledger, findings } = buildLedger(
      book({
        Kumppanit: KUMPPANIT,
        "Pikassoksen laskut": [HEADER, row("P-1")],
        Taul2: [["Verson laskut 2014"], [], HEADER, row("V-1")],
        Taul3: [["SONet BOTNIAn laskutus"], HEADER, row("S-1")],
        Taul4: [["Pikassos Oy:n laskut 2014, jatkuu"], HEADER, row("P-2")],
      }),
    );
    assert.deepEqual(
      ledger.invoices.map((l) => [l.number, l.partner]),
      [
        ["P-1", "Pikassos Oy"],
        ["V-1", "Verso"],
        ["S-1", "SONet BOTNIA"],
        ["P-2", "Pikassos Oy"],
      ],
    );
    assert.deepEqual(findings, []);
  });

  it("takes no partner from a longer word, nor from a title naming two partners", () => {
    const { ledger, findings } = buildLedger(
      book({
        Kumppanit: KUMPPANIT,
        Taul1: [["Versonkatu 5"], HEADER, row("V-1")],
        Taul2: [["Verson ja Pikassoksen laskut"], HEADER, row("V-2")],
      }),
    );
    assert.deepEqual(
      ledger.invoices.map((l) => l.partner),
      ["", ""],
    );
    assert.deepEqual(
      findings.map((f) => [f.code, `${f.sheet}!${f.cell}`]),
      [
        ["REQUIRED_MISSING", "Taul1!A2"],
        ["REQUIRED_MISSING", "Taul2!A2"],
      ],
    );
  });
});
