import assert from "node:assert/strict";
import fc from "fast-check";
import { formatAmount, formatMoney, parseAmount } from "../../src/money";
import type { NumberLang } from "../../src/money";

const LANGS: readonly NumberLang[] = ["fi", "sv", "en"];

describe("formatAmount", () => {
  it("writes Finnish and Swedish amounts with no-break space groups and a decimal comma", () => {
    assert.equal(formatAmount(182820450, "fi"), "1\u00a0828\u00a0204,50");
    assert.equal(formatAmount(182820450, "sv"), "1\u00a0828\u00a0204,50");
  });

  it("writes English amounts with comma groups and a decimal point", () => {
    assert.equal(formatAmount(182820450, "en"), "1,828,204.50");
  });

  it("writes the minus as U+2212 in Finnish and a hyphen in English", () => {
    assert.equal(formatAmount(-123400, "fi"), "\u22121\u00a0234,00");
    assert.equal(formatAmount(-123400, "en"), "-1,234.00");
  });

  it("always writes two decimals", () => {
    assert.equal(formatAmount(0, "fi"), "0,00");
    assert.equal(formatAmount(5, "en"), "0.05");
    assert.equal(formatAmount(-5, "fi"), "\u22120,05");
    assert.equal(formatAmount(100000, "en"), "1,000.00");
    assert.equal(formatAmount(99999, "fi"), "999,99");
  });
});

describe("formatMoney", () => {
  it("puts the euro sign after Finnish and Swedish amounts, after a no-break space", () => {
    assert.equal(formatMoney(182820450, "fi"), "1\u00a0828\u00a0204,50\u00a0€");
    assert.equal(formatMoney(-123400, "sv"), "\u22121\u00a0234,00\u00a0€");
  });

  it("puts the euro sign before English amounts, after the minus", () => {
    assert.equal(formatMoney(182820450, "en"), "€1,828,204.50");
    assert.equal(formatMoney(-123400, "en"), "-€1,234.00");
  });
});

describe("formatting then parsing", () => {
  for (const lang of LANGS) {
    it(`gives back the same cents for every amount in ${lang} (property)`, () => {
      fc.assert(
        fc.property(fc.integer({ min: -1e13, max: 1e13 }), (cents) => {
          assert.deepEqual(parseAmount(formatAmount(cents, lang)), { ok: true, cents });
          assert.deepEqual(parseAmount(formatMoney(cents, lang)), { ok: true, cents });
        }),
      );
    });
  }

  it("gives back the same cents up to the largest safe integer (property)", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.constantFrom(...LANGS), (cents, lang) => {
        assert.deepEqual(parseAmount(formatMoney(cents, lang)), { ok: true, cents });
      }),
    );
  });
});
