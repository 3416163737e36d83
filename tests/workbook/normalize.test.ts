import assert from "node:assert/strict";
import fc from "fast-check";
import { isBlankText, nameKey, normalizeHeader, trimmed } from "../../src/workbook/normalize";

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

describe("trimming cell text without a call per cell", () => {
  // the white space String.prototype.trim removes, beside printable ASCII and letters
  const pieces = ["a", "Ä", "1", " ", "\t", "\n", "\r", "\u00a0", "\u2007", "\u3000", "\ufeff", "\u2028", "€", "~", "\u007f", "\u001f", ""];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((parts) => parts.join(""));

  it("trimmed gives what trim gives, for any mix of white space and text", () => {
    fc.assert(
      fc.property(fc.oneof(texts, fc.string(), fc.string({ unit: "grapheme" })), (text) => {
        assert.equal(trimmed(text), text.trim());
      }),
      { numRuns: 3000 },
    );
    assert.equal(trimmed("\u00a0Pikassos Oy "), "Pikassos Oy");
    assert.equal(trimmed("Palkat"), "Palkat");
  });

  it('isBlankText says what trim() === "" says', () => {
    fc.assert(
      fc.property(fc.oneof(texts, fc.string(), fc.string({ unit: "grapheme" })), (text) => {
        assert.equal(isBlankText(text), text.trim() === "");
      }),
      { numRuns: 3000 },
    );
    assert.equal(isBlankText("\u00a0\u3000 "), true);
    assert.equal(isBlankText(" x"), false);
  });
});
