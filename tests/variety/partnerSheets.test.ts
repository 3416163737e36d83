import assert from "node:assert/strict";
import { read } from "./support";

describe("variety: one ledger sheet per partner and year, with a summary beside each", () => {
  it("reads every sheet's invoices for its partner and ignores the summaries and remarks", () => {
    const { ledger, findings } = read({
      Kumppanit: [
        ["Kumppani", "Y-tunnus", "Laskutustapa", "Alkaa", "Päättyy", "ALV palautuu"],
        ["Pikassos Oy", "1234567-8", "kuukausi+tasaus", "1.8.2013", "31.10.2015", "kyllä"],
        ["Verso", null, "kuukausi+tasaus", "1.12.2013", "30.9.2015", "kyllä"],
      ],
      "Pikassos 2014": [
        ["Pikassos Oy – laskut 2014"],
        ["Pvm", "Laskun nro", "Jakso", "Laji", "Summa €", "Huom", null, "Tilikohta", "Yhteensä"],
        [41671, 101, "1/2014", "kiinteä", 8_000, null, null, "Palkat", 24_000],
        [41700, 102, "2/2014", "kiinteä", 8_000, "myöhässä", null, "Yhteensä", 24_000],
        [41730, 103, "3/2014", "kiinteä", 8_000],
        [null, null, null, null, 24_000],
      ],
      "Verso 2014": [
        ["Pvm", "Laskun nro", "Jakso", "Laji", "Summa €"],
        [41671, "V-1", "1/2014", "kiinteä", 4_200],
        ["Yhteensä", null, null, null, 4_200],
      ],
    });
    assert.deepEqual(
      ledger.invoices.map((i) => [i.partner, i.number, i.net]),
      [
        ["Pikassos Oy", "101", 800_000],
        ["Pikassos Oy", "102", 800_000],
        ["Pikassos Oy", "103", 800_000],
        ["Verso", "V-1", 420_000],
      ],
    );
    assert.deepEqual(findings, []);
  });
});
