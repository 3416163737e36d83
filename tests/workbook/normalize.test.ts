import assert from "node:assert/strict";
import { nameKey, normalizeHeader } from "../../src/workbook/normalize";

describe("header normalisation", () => {
  it("folds case, accents, punctuation and the euro sign", () => {
    assert.equal(normalizeHeader("  Päivämäärä: "), "paivamaara");
    assert.equal(normalizeHeader("Summa (€)"), "summa");
    assert.equal(normalizeHeader("Belopp, EUR"), "belopp");
  });

  it("keeps the percent sign apart from the amount it qualifies", () => {
    assert.equal(normalizeHeader("Valtionavustus-%"), "valtionavustus pct");
    assert.notEqual(normalizeHeader("Valtionavustus-%"), normalizeHeader("Valtionavustus"));
  });

  it("makes VAT-exclusive and VAT-inclusive markers one token each", () => {
    assert.equal(normalizeHeader("Summa (ALV 0 %)"), "summa alv0");
    assert.equal(normalizeHeader("Summa, veroton"), "summa alv0");
    assert.equal(normalizeHeader("Summa sis. ALV"), "summa sisalv");
    assert.equal(normalizeHeader("Belopp inkl. moms"), "belopp sisalv");
    assert.equal(normalizeHeader("Amount incl. VAT"), "amount sisalv");
  });

  it("matches partner names whatever their case and spacing", () => {
    assert.equal(nameKey("SONet  BOTNIA"), nameKey("Sonet Botnia"));
    assert.equal(nameKey("Pikassos Oy "), "pikassos");
    assert.equal(nameKey("SONet BOTNIA ry"), nameKey("SONet BOTNIA"));
    assert.equal(nameKey("Oy"), "oy", "a legal form alone is a name");
    assert.equal(nameKey("Oy Pikassos Ab"), "oy pikassos", "only a trailing legal form is dropped");
  });
});
