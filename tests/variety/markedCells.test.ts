import assert from "node:assert/strict";
import { read } from "./support";

const PARTNER_HEADER = ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy", "ALV palautuu"];

describe("variety: cells marked the way a coordinator marks them", () => {
  it("reads a VAT column ticked with x or ✓ as yes, its blank cells as no", () => {
    const { ledger, findings } = read({
      Kumppanit: [
        PARTNER_HEADER,
        ["Pikassos Oy", "kuukausi+tasaus", "1.8.2013", "31.10.2015", "x"],
        ["Verso", "kuukausi+tasaus", "1.12.2013", "30.9.2015", null],
        ["Socius", "kuukausi+tasaus", "1.12.2013", "30.9.2015", "✓"],
      ],
    });
    assert.deepEqual(
      ledger.partners.map((p) => [p.name, p.vatRecoverable]),
      [
        ["Pikassos Oy", true],
        ["Verso", false],
        ["Socius", true],
      ],
    );
    assert.deepEqual(findings, []);
  });

  it("keeps a blank VAT cell unknown where the column is written out in words", () => {
    const { ledger } = read({
      Kumppanit: [
        PARTNER_HEADER,
        ["Pikassos Oy", "kuukausi+tasaus", "1.8.2013", "31.10.2015", "kyllä"],
        ["Verso", "kuukausi+tasaus", "1.12.2013", "30.9.2015", null],
      ],
    });
    assert.deepEqual(
      ledger.partners.map((p) => p.vatRecoverable),
      [true, null],
    );
  });

  it("reads a dash in an amount cell as zero, as an accounting format shows it", () => {
    const { ledger, findings } = read({
      Laskut: [
        ["Pvm", "Laskuttaja", "Laskun nro", "Ajalta", "Summa (ALV 0)", "ALV"],
        ["3.2.2014", "Verso", "V-1", "1/2014", "100,00", "-"],
        ["3.3.2014", "Verso", "V-2", "2/2014", "100,00", "– €"],
        ["3.4.2014", "Verso", "V-3", "3/2014", "100,00", " − "],
        ["3.5.2014", "Verso", "V-4", "4/2014", "100,00", "--"],
      ],
    });
    assert.deepEqual(
      ledger.invoices.map((i) => [i.number, i.vat]),
      [
        ["V-1", 0],
        ["V-2", 0],
        ["V-3", 0],
        ["V-4", null],
      ],
    );
    // Two dashes are no accounting zero: that cell is reported, not guessed
    assert.deepEqual(findings, [["VALUE_NOT_A_NUMBER", "Laskut!F5"]]);
  });

  it("reads the billing scheme however it is named in a contract's words", () => {
    const schemes = [
      "kuukausilaskutus",
      "kk laskutus",
      "tertiaaleittain",
      "kolmannesvuosittain",
      "toteumalaskutus",
      "toteutuneiden kulujen mukaan",
    ];
    const { ledger, findings } = read({
      Kumppanit: [PARTNER_HEADER, ...schemes.map((scheme, i) => [`Keskus ${"ABCDEF"[i]}`, scheme, "1.8.2013", "31.10.2015", "kyllä"])],
    });
    assert.deepEqual(
      ledger.partners.map((p) => p.scheme),
      ["monthly", "monthly", "tertial", "tertial", "actual", "actual"],
    );
    assert.deepEqual(findings, []);
  });
});
