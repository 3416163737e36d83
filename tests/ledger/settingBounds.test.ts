import assert from "node:assert/strict";
import { checkWorkbook } from "../../src/check/checkWorkbook";
import { renderMessage } from "../../src/findings/render";
import { dayFromYmd } from "../../src/periods";
import type { CellValue } from "../../src/workbook/types";
import { book } from "../support/book";
import { LASKUT } from "../sync/support";

const AS_OF = { asOf: dayFromYmd(2014, 6, 30) };

/** A small monthly-billing ledger whose Asetukset holds one setting. */
function withSetting(key: string, value: CellValue): CellValue[][][] {
  return [
    [
      ["Hanke", "LasSe"],
      ["Alkaa", "1.4.2013"],
      ["Päättyy", "31.10.2015"],
    ],
    [
      ["Kumppani", "Laskutustapa", "Alkaa", "Päättyy", "ALV palautuu"],
      ["Pikassos", "kuukausi+tasaus", "1.8.2013", "31.12.2013", "kyllä"],
    ],
    [
      [...LASKUT],
      ["5.9.2013", "Pikassos", "P1", "1.8.2013", "31.8.2013", "kiinteä", "Palkat", 1000, 0, "kyllä", "Mäkinen", "Lahtinen"],
      ["5.10.2013", "Pikassos", "P2", "1.9.2013", "30.9.2013", "kiinteä", "Palkat", 1000, 0, "kyllä", "Mäkinen", "Lahtinen"],
    ],
    [
      ["Asetus", "Arvo"],
      [key, value],
    ],
  ];
}

function check(key: string, value: CellValue) {
  const [Hanke, Kumppanit, Laskut, Asetukset] = withSetting(key, value);
  return checkWorkbook(book({ Hanke, Kumppanit, Laskut, Asetukset }), AS_OF);
}

function invalid(key: string, value: CellValue) {
  return check(key, value).findings.filter((f) => f.code === "SETTING_INVALID");
}

describe("settings outside their bounds", () => {
  for (const [key, value, what] of [
    ["Tasausjakson ensimmäinen kuukausi", 13, "a first reconciliation month of 13"],
    ["Tasausjakson ensimmäinen kuukausi", 0, "a first reconciliation month of 0"],
    ["Toleranssi", -5, "a negative tolerance"],
    ["Tasauslaskun viive pv", 1e9, "a grace period of 10⁹ days"],
  ] as const) {
    it(`${what} is a finding at its cell, never a crash or a hang`, () => {
      const found = invalid(key, value);
      assert.equal(found.length, 1);
      assert.equal(found[0].sheet, "Asetukset");
      assert.equal(found[0].cell, "B2");
      assert.equal(found[0].severity, "error");
    });
  }

  it("names the allowed range in Finnish, Swedish and English", () => {
    const [finding] = invalid("Tasausjakson ensimmäinen kuukausi", 13);
    assert.equal(
      renderMessage(finding, "fi"),
      "Asetus Ensimmäinen tasauskuukausi = 13 ei ole sallittu: sallittu arvo on 1–12. Tarkistuksissa käytetään oletusarvoa.",
    );
    assert.match(renderMessage(finding, "sv"), /^Inställningen Första utjämningsmånad = 13 är inte tillåten: tillåtet värde är 1–12\./);
    assert.match(renderMessage(finding, "en"), /^The setting First reconciliation month = 13 is not allowed: the allowed value is 1–12\./);
    const [tolerance] = invalid("Toleranssi", -5);
    assert.match(renderMessage(tolerance, "fi"), /Toleranssi = −5,00\s€ .* 0,00\s€–1\s000,00\s€/);
  });

  it("checks with the default instead: a negative tolerance gives no false error", () => {
    const bad = check("Toleranssi", -5).findings.filter((f) => f.code !== "SETTING_INVALID");
    const good = check("Toleranssi", 0).findings;
    assert.deepEqual(
      bad.map((f) => f.code),
      good.map((f) => f.code),
    );
  });

  it("takes a setting inside its bounds as it is", () => {
    assert.deepEqual(invalid("Tasausjakson ensimmäinen kuukausi", 12), []);
    assert.equal(check("Tasausjakson ensimmäinen kuukausi", 2).ledger.settings.reconciliationFirstMonth, 2);
  });
});
